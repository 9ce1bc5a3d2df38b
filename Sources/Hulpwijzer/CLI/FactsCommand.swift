/// `hulpwijzer feiten`: every fact a rule may name (contract field or derived), with its label,
/// unit and, for a derived fact, the concept, legal basis and parameters it comes from.
/// The markdown output is the facts block of `data/README.md`.
enum FactsCommand {
    static let help = """
        hulpwijzer feiten — alle feiten die een regel kan toetsen

        Gebruik: hulpwijzer feiten [--format tekst|markdown|json]

          --format tekst|markdown|json   markdown is het blok in data/README.md

        """

    static func run(_ args: [String], terminal: Terminal) throws(UsageError) -> Int32 {
        var list = ArgumentList(args, command: "feiten")
        var format = "tekst"
        while let arg = list.next() {
            let (name, inline) = ArgumentList.split(arg)
            switch name {
            case "--help", "-h":
                terminal.out(help)
                return ExitCode.success
            case "--format":
                format = try list.value(for: name, inline: inline)
                guard ["tekst", "text", "markdown", "json"].contains(format) else {
                    throw UsageError(message: "--format kent tekst, markdown of json, niet \"\(format)\"", command: "feiten")
                }
            default:
                throw UsageError(message: "onbekende optie '\(name)'.\(Suggest.didYouMean(name, in: ["--format", "--help"]))", command: "feiten")
            }
        }
        switch format {
        case "markdown": terminal.out(markdown())
        case "json": terminal.out(JSONWriter.write(json()) + "\n")
        default: terminal.out(text())
        }
        return ExitCode.success
    }

    /// The facts that are contract fields, in registry order.
    static var fieldFacts: [FactDefinition] { FactRegistry.all.filter { !$0.derived } }

    /// The markdown block: one table of contract fields, then one table per derived unit.
    static func markdown() -> String {
        var s = "Feiten uit het huishouden (de paden in de huishouden-JSON van het contract):\n\n"
        s += "| feit | betekenis | eenheid |\n|---|---|---|\n"
        for f in fieldFacts { s += "| `\(f.name)` | \(f.label) | \(unitText(f)) |\n" }
        s += "\nAfgeleide feiten, die hulpwijzer één keer per huishouden berekent:\n"
        for unit in DerivedFact.all {
            s += "\n**\(unit.concept)**"
            if let basis = unit.legalBasis { s += " (\(basis))" }
            if !unit.parameters.isEmpty { s += "; parameters: " + unit.parameters.map { "`\($0)`" }.joined(separator: ", ") }
            s += "\n\n| feit | betekenis | eenheid |\n|---|---|---|\n"
            for f in unit.produces { s += "| `\(f.name)` | \(f.label) | \(unitText(f)) |\n" }
        }
        return s
    }

    /// The unit, with the allowed values of a closed set: "tekst: `huur`, `koop`, …".
    static func unitText(_ f: FactDefinition) -> String {
        let options: [String]
        if f.name == "huishouden.type" {
            options = Leefsituatie.allCases.map(\.rawValue)
        } else if case .choice(let allowed)? = ContractFields.all.first(where: { $0.factName == f.name })?.value {
            options = allowed
        } else {
            return f.unit.dutchName
        }
        return f.unit.dutchName + ": " + options.map { "`\($0)`" }.joined(separator: ", ")
    }

    /// Plain text: one line per fact, the derived ones under their concept.
    static func text() -> String {
        let width = FactRegistry.all.map(\.name.count).max() ?? 0
        func line(_ f: FactDefinition) -> String {
            "  " + f.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + "\(f.label) (\(f.unit.dutchName))\n"
        }
        var s = "Feiten uit het huishouden:\n"
        for f in fieldFacts { s += line(f) }
        for unit in DerivedFact.all {
            s += "\nAfgeleid: \(unit.concept)\(unit.legalBasis.map { " — \($0)" } ?? "")\n"
            for f in unit.produces { s += line(f) }
        }
        return s
    }

    /// JSON: one object per fact.
    static func json() -> JSONValue {
        func item(_ f: FactDefinition, _ unit: DerivedFact?) -> JSONValue {
            var members: [(String, JSONValue)] = [("naam", .string(f.name)), ("omschrijving", .string(f.label)),
                                                  ("eenheid", .string(f.unit.rawValue)), ("afgeleid", .bool(unit != nil))]
            if let unit {
                members.append(("begrip", .string(unit.concept)))
                members.append(("wettelijke_basis", unit.legalBasis.map(JSONValue.string) ?? .null))
                members.append(("parameters", .array(unit.parameters.map(JSONValue.string))))
            }
            return .object(JSONObject(members))
        }
        return .array(fieldFacts.map { item($0, nil) } + DerivedFact.all.flatMap { unit in unit.produces.map { item($0, unit) } })
    }
}
