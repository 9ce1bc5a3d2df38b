import Foundation

/// `hulpwijzer check`: evaluate one household from a file, standard input and/or flags.
enum CheckCommand {
    /// What `check` (and `vraag`) read from their arguments: the household as JSON and the output options.
    struct Setup {
        var household = JSONObject()
        /// The output format (`--format`); the first document format by default.
        var renderer: any Renderer.Type = Renderers.formats(.document)[0]
        var includeNo = false
        var detailed = false
        var categories = Set<Category>()
        var showHelp = false
        /// Write the output to this file instead of standard output (`--uit`).
        var outputPath: String?

        /// The household, decoded (a bad field is an input error naming it).
        func decoded() throws(InputError) -> Household {
            do {
                return try HouseholdDecoder.decode(.object(household))
            } catch {
                throw InputError(error)
            }
        }

        /// The rendering choices.
        var renderOptions: RenderOptions { RenderOptions(includeNo: includeNo, detailed: detailed) }
    }

    static func run(_ args: [String], load: () throws(InputError) -> Catalogue, terminal: Terminal) throws -> Int32 {
        let setup = try parse(args, terminal: terminal, command: "check")
        if setup.showHelp {
            terminal.out(help())
            return ExitCode.success
        }
        // Decode before loading the catalogue: a bad household is reported without that cost.
        let household = try setup.decoded()
        let catalogue = try load()
        let evaluation: Evaluation
        do {
            evaluation = try Engine(catalogue: catalogue).evaluateWithOverview(household, options: .init(defaultPeildatum: terminal.today(), categories: setup.categories))
        } catch {
            throw InputError(error)
        }
        let text = setup.renderer.render(evaluation, setup.renderOptions)
        if let path = setup.outputPath {
            do throws(RawFile.Failure) {
                try RawFile.write(text, path: path)
            } catch {
                throw InputError(message: "kan het bestand niet schrijven: \(error.message)")
            }
            terminal.err("Geschreven: \(path)\n")
        } else {
            terminal.out(text)
        }
        return ExitCode.success
    }

    /// Reads the file (or standard input) and the flags into one household JSON object.
    static func parse(_ args: [String], terminal: Terminal, command: String) throws -> Setup {
        var setup = Setup()
        var list = ArgumentList(args, command: command)
        var file: String?
        var flags: [(HouseholdFlag, String?)] = []
        while let arg = list.next() {
            let (name, inline) = ArgumentList.split(arg)
            switch name {
            case "--help", "-h":
                setup.showHelp = true
                return setup
            case "--format":
                let value = try list.value(for: name, inline: inline)
                guard let renderer = Renderers.named(value, for: .document) else {
                    throw UsageError(message: Renderers.unknown(value, for: .document), command: command)
                }
                setup.renderer = renderer
            case "--uit": setup.outputPath = try list.value(for: name, inline: inline)
            case "--alle": setup.includeNo = true
            case "--uitgebreid": setup.detailed = true
            case "--categorie":
                setup.categories.insert(try ArgumentList.category(try list.value(for: name, inline: inline), command: command))
            default:
                // Every household option starts with "--"; a file name does not need the option table.
                if name.hasPrefix("--"), let flag = HouseholdFlag.named(name) {
                    if flag.isFixed {
                        if inline != nil { throw UsageError(message: "\(name) neemt geen waarde", command: command) }
                        flags.append((flag, nil))
                    } else if flag.valueIsOptional, inline == nil {
                        // `--beslag` alone is yes; `--beslag nee` takes only a yes/no word as its value.
                        let word = list.peek().map(FlagValue.normalized)
                        flags.append((flag, word.map(FlagValue.optionWords.contains) == true ? list.next() : nil))
                    } else {
                        flags.append((flag, try list.value(for: name, inline: inline)))
                    }
                } else if name.hasPrefix("-") && name != "-" {
                    let known = HouseholdFlag.all.map(\.name) + ["--format", "--uit", "--alle", "--uitgebreid", "--categorie", "--help", "--catalogus"]
                        + (command == "vraag" ? ["--max", "--bewaar"] : [])
                    throw UsageError(message: "onbekende optie '\(name)'.\(Suggest.didYouMean(name, in: known))", command: command)
                } else if file == nil {
                    file = arg
                } else {
                    throw UsageError(message: "er kan maar één bestand worden getoetst; gebruik 'hulpwijzer batch' voor een bestand met meer huishoudens", command: command)
                }
            }
        }
        var base = JSONObject()
        if let file {
            let bytes: [UInt8]
            if file == "-" {
                if command == "vraag" { throw UsageError(message: "het vraaggesprek leest de antwoorden van standaardinvoer; geef het huishouden als bestand", command: command) }
                bytes = terminal.readInputUpTo(InputLimits.householdBytes)
            } else {
                bytes = try InputError.reading(file, limit: InputLimits.householdBytes)
            }
            let parsed: JSONValue
            do throws(HouseholdError) {
                parsed = try HouseholdDecoder.parse(bytes: bytes)
            } catch {
                throw InputError(message: "\(file == "-" ? "standaardinvoer" : file): \(error.description)")
            }
            guard case .object(let o) = parsed else {
                throw InputError(message: "een huishouden is een JSON-object {…}, gevonden \(parsed.typeDescription)")
            }
            base = o
        }
        var patch = FlagPatch(base)
        for (flag, value) in flags { try patch.apply(flag, value: value, command: command) }
        try patch.finish(command: command)
        setup.household = patch.object
        return setup
    }

    static func help() -> String {
        """
        hulpwijzer check — toets een huishouden

        \(CLI.usageLine("check"))

        Leest een huishouden (JSON volgens het contract) uit BESTAND, of uit standaardinvoer met '-'.
        Dezelfde gegevens kunnen als opties worden gegeven; opties gaan boven het bestand.
        Wat niet is opgegeven is onbekend (niet nul): de regeling wordt dan 'mogelijk', nooit 'nee'.
        Alle velden staan uitgelegd in docs/huishouden.md.

        Uitvoer:
        \(Renderers.helpLine(.document, width: 22))
          --uit PAD             schrijf de uitvoer naar dit bestand (bijvoorbeeld de afdruk: --format html --uit overzicht.html)
          --alle                toon ook de regelingen met 'nee', met de voorwaarde die niet klopt
          --uitgebreid          toon ook de opmerkingen en de berekening van elk bedrag
          --categorie NOOD      alleen regelingen voor deze nood (herhaalbaar): \(Category.allCases.map(\.rawValue).joined(separator: ", "))

        Huishouden:
          Bedragen en getallen zoals u ze typt: 1650, 1.650, 1.650,50 of € 1.650,-.
          Ja/nee-opties: de optie alleen is ja (--beslag); --beslag nee of --beslag=nee is nee.
          De waarde 'onbekend' maakt een gegeven uit het bestand weer onbekend (--huur onbekend).
          Per kind en per medebewoner: zet hun opties direct na de --kind of --medebewoner waar ze
          bij horen: --kind 3 --kinderopvang-uren 80 --kind 9 --kind-onderwijs basisschool.
          Herhaalbare opties (--kind, --medebewoner, --uitkering, --ontvangt) vervangen de lijst uit het bestand.
        \(HouseholdFlag.help())
        Voorbeelden:
          hulpwijzer check huishouden.json
          hulpwijzer check --gemeente Rotterdam --leeftijd 34 --geen-partner --kind 4 --kind 9 --huur 720 --netto-inkomen 1.400
          hulpwijzer check --gemeente Utrecht --leeftijd 40 --partner-leeftijd 38 --partner-werk-uren 20 --kind 3 --kinderopvang-uren 80
          hulpwijzer check - --format json < huishouden.json

        """
    }
}
