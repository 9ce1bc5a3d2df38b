import Testing
@testable import Hulpwijzer

/// The household options of `check`: one for every contract field, read as the field's kind,
/// grouped in the help, and refused in Dutch when they do not fit.
@Suite struct HouseholdFlagTests {
    /// The household JSON that these options give (no file).
    static func household(_ args: [String], input: String = "") throws -> String {
        let terminal = Terminal(out: { _ in }, err: { _ in }, readInput: { Array(input.utf8) })
        let setup = try CheckCommand.parse(args, terminal: terminal, command: "check")
        return JSONWriter.write(.object(setup.household), indent: false)
    }

    static func writes(_ flag: HouseholdFlag) -> [String] { [flag.field] + flag.alsoWrites }

    @Test func everyContractFieldHasAFlag() {
        let written = HouseholdFlag.all.flatMap(Self.writes)
        for entry in ContractFields.all {
            if case .section = entry.value {
                // A section is typed through its fields (`--huur`), or as a whole (`--geen-partner`).
                #expect(written.contains { $0 == entry.path || $0.hasPrefix(entry.path + ".") || $0.hasPrefix(entry.path + "[].") }, "\(entry.path)")
            } else {
                #expect(written.contains(entry.path), "no option writes \(entry.path)")
            }
        }
    }

    @Test func everyFlagWritesAContractField() {
        for flag in HouseholdFlag.all {
            for path in Self.writes(flag) { #expect(ContractFields.entry(at: path) != nil, "\(flag.name) → \(path)") }
            switch flag.kind {
            case .value, .append:
                if case .section? = flag.entry?.value { Issue.record("\(flag.name) takes a value for a section") }
                #expect(flag.list == nil, "\(flag.name) is inside a list but does not attach to an element")
            case .newItem, .itemValue:
                #expect(flag.list != nil, "\(flag.name) is no field of a list element")
            case .fixed:
                #expect(flag.metavar.isEmpty)
            }
        }
        #expect(Set(HouseholdFlag.all.map(\.name)).count == HouseholdFlag.all.count, "an option name is used twice")
    }

    @Test func helpShowsEveryFlagUnderItsGroup() {
        let help = CheckCommand.help()
        for group in HouseholdFlag.Group.allCases { #expect(help.contains("\n\(group.rawValue):\n"), "\(group)") }
        // The option lines under each heading, up to the next empty line.
        var sections: [String: [String]] = [:]
        var current: String?
        for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty { current = nil } else if line.hasSuffix(":"), !line.hasPrefix(" ") { current = String(line.dropLast()) } else if let c = current {
                sections[c, default: []].append(String(line))
            }
        }
        for flag in HouseholdFlag.all {
            let lines = sections[flag.group.rawValue] ?? []
            #expect(lines.contains { $0.hasPrefix("  \(flag.name) ") || $0 == "  \(flag.name)" }, "\(flag.name) not under \(flag.group.rawValue)")
        }
        #expect(HouseholdFlag.named("--woning")?.help == "woonsituatie: huur, koop, inwonend, instelling of dakloos")
        #expect(HouseholdFlag.named("--beslag")?.metavar == "[ja|nee]")
        #expect(HouseholdFlag.named("--huur")?.metavar == "BEDRAG")
    }

    @Test(arguments: [
        (["--beslag"], #"{"schulden":{"beslag":true}}"#),
        (["--beslag", "nee"], #"{"schulden":{"beslag":false}}"#),
        (["--beslag=N", "--wsnp", "j"], #"{"schulden":{"beslag":false,"wsnp":true}}"#),
        (["--beslag", "--leeftijd", "30"], #"{"schulden":{"beslag":true},"aanvrager":{"leeftijd":30}}"#),
        (["--chronisch-ziek=jawel", "--studiefinanciering", "nee", "--onderwijs", "MBO"],
         #"{"aanvrager":{"chronisch_ziek_of_beperking":true,"studiefinanciering":false,"onderwijs":"mbo"}}"#),
        (["--arbeidsongeschikt", "35", "--aow-jaren", "42"], #"{"aanvrager":{"arbeidsongeschikt_procent":35,"aow_jaren_verzekerd":42}}"#),
        (["--kind", "3", "--kinderopvang-uren", "80", "--kind", "9", "--kind-onderwijs", "basisschool"],
         #"{"kinderen":[{"leeftijd":3,"thuiswonend":true,"kinderopvang_uren_per_maand":80},{"leeftijd":9,"thuiswonend":true,"onderwijs":"basisschool"}]}"#),
        (["--kind", "03-05-2019", "--kind-thuiswonend", "nee"], #"{"kinderen":[{"geboortedatum":"2019-05-03","thuiswonend":false}]}"#),
        (["--medebewoner", "24", "--medebewoner-relatie", "huurder", "--medebewoner-commerciele-huur", "--medebewoner-inkomen", "18.000",
          "--medebewoner", "19", "--medebewoner-student"],
         #"{"medebewoners":[{"leeftijd":24,"relatie":"huurder","commerciele_huur":true,"inkomen_bruto_per_jaar":18000},{"leeftijd":19,"student":true}]}"#),
        (["--partner-leeftijd", "68", "--partner-aow-jaren", "38", "--partner-uitkering", "aow", "--partner-werk-uren", "0"],
         #"{"partner":{"leeftijd":68,"aow_jaren_verzekerd":38,"uitkeringen":["aow"],"werk_uren_per_week":0}}"#),
        (["--zorgverzekerd", "--partner-leeftijd", "40", "--partner-zorgverzekerd", "nee"],
         #"{"aanvrager":{"zorgverzekerd":true},"partner":{"leeftijd":40,"zorgverzekerd":false}}"#),
        (["--rechtmatig-verblijf", "--partner-leeftijd", "40"], #"{"aanvrager":{"rechtmatig_verblijf":true},"partner":{"leeftijd":40,"rechtmatig_verblijf":true}}"#),
        (["--uitkering", "geen", "--ontvangt", "zorgtoeslag", "--ontvangt", "huurtoeslag"],
         #"{"aanvrager":{"uitkeringen":[]},"ontvangt":["zorgtoeslag","huurtoeslag"]}"#),
        (["--huur", "1.200", "--servicekosten", "€ 45,50"], #"{"woning":{"kale_huur_per_maand":1200,"soort":"huur","servicekosten_per_maand":45.5}}"#),
        (["--schulden", "12.500", "--schuldeisers", "7", "--schuldhulp", "--problematische-schulden"],
         #"{"schulden":{"totaal":12500,"aantal_schuldeisers":7,"in_schuldhulp":true,"problematisch":true}}"#),
        (["--vermogen-1-januari", "3.000", "--auto-waarde", "2.500", "--overwaarde", "40.000"],
         #"{"vermogen":{"peildatum_1_januari":3000,"auto_waarde":2500},"woning":{"overwaarde":40000}}"#),
        (["--peildatum", "1-3-2026", "--leeftijd", "30", "--leeftijd", "onbekend"], #"{"peildatum":"2026-03-01","aanvrager":{}}"#),
        (["--uitkering", "onbekend", "--kind", "onbekend"], #"{"aanvrager":{},"kinderen":[{"thuiswonend":true}]}"#),
    ])
    func flagsWriteTheContractFields(args: [String], json: String) throws {
        #expect(try Self.household(args) == json)
    }

    @Test(arguments: [
        (["--kinderopvang-uren", "80"], "--kinderopvang-uren hoort bij de --kind die ervoor staat"),
        (["--medebewoner-student"], "--medebewoner-student hoort bij de --medebewoner die ervoor staat"),
        (["--geen-partner", "--partner-werk-uren", "20"], "--geen-partner en --partner-werk-uren spreken elkaar tegen"),
        (["--kind", "3", "--geen-kinderen"], "--geen-kinderen en --kind spreken elkaar tegen"),
        (["--zelfstandige-woning", "--onzelfstandige-woning"], "gaan over hetzelfde gegeven"),
        (["--woning", "hur"], #"--woning: "hur" is geen geldige waarde; kies uit huur, koop, inwonend, instelling of dakloos. Bedoelde je "huur"?"#),
        (["--chronisch-ziek=misschien"], #"--chronisch-ziek: "misschien" is geen ja of nee"#),
        (["--netto-inkomen", "1,650"], "bedoelt u 1,65 of 1.650?"),
        (["--leeftijd", "30,5"], #"--leeftijd: "30,5" is geen heel getal"#),
        (["--kind", "drie"], #"--kind: "drie" is geen getal"#),
        (["--partner-geboortedatum", "31-02-1980"], "is geen geldige datum"),
        (["--geen-partner=ja"], "--geen-partner neemt geen waarde"),
        (["--partner-leeftjid", "40"], #"Bedoelde je "--partner-leeftijd"?"#),
    ])
    func badOptionsAreRefusedInDutch(args: [String], message: String) {
        let r = TestSupport.cli(["check"] + args)
        #expect(r.status == 2, "\(args): \(r.stderr)")
        #expect(r.stderr.hasPrefix("Fout: "), "\(args): \(r.stderr)")
        #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
        #expect(r.stderr.contains("Zie 'hulpwijzer check --help'."))
    }

    @Test func optionsOverrideTheFileAndOnbekendClearsIt() throws {
        let base = #"{"peildatum": "2026-03-01", "woning": {"soort": "huur", "kale_huur_per_maand": 700}, "kinderen": [{"leeftijd": 4}]}"#
        let json = try Self.household(["-", "--huur", "onbekend", "--kind", "12"], input: base)
        #expect(json == #"{"peildatum":"2026-03-01","woning":{"soort":"huur"},"kinderen":[{"leeftijd":12,"thuiswonend":true}]}"#)
    }

    @Test func everyFlagIsDocumentedAndTheDocumentedCommandsRun() {
        let doc = ContractDocumentTests.text
        for flag in HouseholdFlag.all {
            #expect(doc.contains("`\(flag.name) ") || doc.contains("`\(flag.name)`"), "\(flag.name) is not in docs/huishouden.md")
        }
        var commands: [String] = []
        var inBlock = false
        for line in doc.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "```sh" { inBlock = true; commands.append(""); continue }
            if line == "```" { inBlock = false; continue }
            if inBlock { commands[commands.count - 1] += line.replacingOccurrences(of: "\\", with: " ") + " " }
        }
        #expect(!commands.isEmpty)
        for command in commands {
            let words = command.split(separator: " ").map(String.init)
            guard words.first == "hulpwijzer" else { continue }
            let r = TestSupport.cli(Array(words.dropFirst()) + ["--peildatum", "2026-03-01"])
            #expect(r.status == 0, "\(command): \(r.stderr)")
        }
    }
}
