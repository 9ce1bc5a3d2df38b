/// `hulpwijzer vraag`: a short interview. Starting from what is known (a file and/or the
/// flags of `check`), it asks only the question that settles the most schemes, takes the
/// answer, evaluates again, and stops when nothing open remains, after `--max` questions,
/// or when the counsellor types `klaar`. Then it prints the overview of `check`.
enum InterviewCommand {
    static func run(_ args: [String], load: () throws(InputError) -> Catalogue, terminal: Terminal) throws -> Int32 {
        var maxQuestions = 12
        var rest: [String] = []
        var list = ArgumentList(args, command: "vraag")
        while let arg = list.next() {
            let (name, inline) = ArgumentList.split(arg)
            switch name {
            case "--help", "-h":
                terminal.out(help())
                return ExitCode.success
            case "--max":
                let v = try list.value(for: name, inline: inline)
                guard let n = Int(v), n >= 0 else { throw UsageError(message: "--max verwacht een aantal vragen, niet \"\(v)\"", command: "vraag") }
                maxQuestions = n
            default:
                rest.append(arg)
            }
        }
        let setup = try CheckCommand.parse(rest, terminal: terminal, command: "vraag")
        if setup.showHelp {
            terminal.out(help())
            return ExitCode.success
        }
        var object = setup.household
        let catalogue = try load()
        let engine = Engine(catalogue: catalogue)
        let options = Engine.Options(defaultPeildatum: terminal.today(), categories: setup.categories)
        var skipped = Set<String>()
        var asked = 0
        var evaluation: Evaluation
        do {
            evaluation = try engine.evaluate(object, options: options)
        } catch {
            throw InputError(error)
        }
        terminal.out("hulpwijzer vraagt alleen wat het meest beslist. Antwoord op elke vraag, of: ? = weet niet, klaar = stoppen.\n")
        while asked < maxQuestions {
            guard let question = evaluation.questions.first(where: { !skipped.contains($0.field) && Answer.kind(of: $0.field) != nil }) else { break }
            let kind = Answer.kind(of: question.field)!
            terminal.out("\nVraag \(asked + 1): \(FieldLabels.label(for: question.field).capitalizedFirst) \(kind.hint)\n")
            terminal.out("  (beslist mee voor: \(question.schemes.joined(separator: ", ")))\n> ")
            guard let line = terminal.readLine() else { break }
            let answer = line.trimmingSpaces
            if answer.lowercased() == "klaar" { break }
            asked += 1
            if answer.isEmpty || answer == "?" || answer.lowercased() == "weet niet" {
                skipped.insert(question.field)
                continue
            }
            guard let value = kind.parse(answer) else {
                terminal.out("  Dat antwoord begrijp ik niet; \(kind.hint). De vraag komt zo nodig later terug.\n")
                skipped.insert(question.field)
                continue
            }
            let candidate = Answer.setting(object, path: question.field, to: value)
            do {
                evaluation = try engine.evaluate(candidate, options: options)
                object = candidate
            } catch {
                terminal.out("  Niet overgenomen: \(error.householdProblems?.map(\.description).joined(separator: "; ") ?? error.description)\n")
                skipped.insert(question.field)
            }
        }
        terminal.out("\n")
        terminal.out(setup.renderer.render(evaluation, setup.renderOptions))
        if setup.renderer.forPeople {
            terminal.out("\nHet huishouden zoals nu bekend (voor 'hulpwijzer check'):\n\(JSONWriter.write(.object(object), indent: false))\n")
        }
        return ExitCode.success
    }

    static func help() -> String {
        """
        hulpwijzer vraag — een kort vraaggesprek: alleen de vragen die het meest beslissen

        Gebruik: hulpwijzer vraag [BESTAND] [--max N] [huishouden-opties van check] [--format \(Renderers.usage(.document))] [--alle]

        Begint bij wat al bekend is (een bestand en/of de opties van 'hulpwijzer check') en vraagt steeds het
        gegeven dat voor de meeste regelingen de doorslag geeft. Antwoorden: getallen (1.234,56 of 1234.56),
        ja/nee, leeftijden gescheiden door spaties (kinderen, medebewoners), 'geen', '?' (weet niet) of 'klaar'.
        Na afloop volgt het overzicht van 'check' en het huishouden als JSON.

          --max N    hoogstens N vragen (standaard 12)

        """
    }
}

/// How an interview answer for a field is read.
enum Answer {
    enum Kind {
        case yesNo, number(FactUnit), text([String]), ages, partner, words

        var hint: String {
            switch self {
            case .yesNo: return "(ja/nee)"
            case .number(let unit):
                switch unit {
                case .euro: return "(bedrag in euro)"
                case .euroPerMaand: return "(bedrag in euro per maand)"
                case .euroPerJaar: return "(bedrag in euro per jaar)"
                case .jaren: return "(in jaren)"
                case .uren: return "(aantal uren)"
                case .procent: return "(percentage)"
                default: return "(een getal)"
                }
            case .text(let options): return "(\(options.joined(separator: "/")))"
            case .ages: return "(leeftijden gescheiden door spaties, of 'geen')"
            case .partner: return "(nee, of de leeftijd van de partner)"
            case .words: return "(gescheiden door spaties, of 'geen')"
            }
        }

        func parse(_ text: String) -> JSONValue? {
            let lower = text.lowercased()
            switch self {
            case .yesNo:
                if ["ja", "j", "yes", "y"].contains(lower) { return .bool(true) }
                if ["nee", "n", "no"].contains(lower) { return .bool(false) }
                return nil
            case .number:
                return (try? ArgumentList.number(text, option: "", command: "vraag")).map { .number($0) }
            case .text(let options):
                return options.contains(lower) ? .string(lower) : nil
            case .ages:
                if ["geen", "0", "nee"].contains(lower) { return .array([]) }
                let parts = lower.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" })
                let ages = parts.compactMap { Int($0) }
                guard ages.count == parts.count, !ages.isEmpty else { return nil }
                return .array(ages.map { .object(JSONObject([("leeftijd", .number(Double($0)))])) })
            case .partner:
                if ["nee", "geen", "n"].contains(lower) { return .null }
                if ["ja", "j"].contains(lower) { return .object(JSONObject()) }
                return Int(lower).map { .object(JSONObject([("leeftijd", .number(Double($0)))])) }
            case .words:
                if ["geen", "nee"].contains(lower) { return .array([]) }
                return .array(lower.split(whereSeparator: { $0 == " " || $0 == "," }).map { .string(String($0)) })
            }
        }
    }

    /// The kind of answer a field takes (from its value kind in `ContractFields`), or nil
    /// for a field the interview does not ask.
    static func kind(of path: String) -> Kind? {
        switch path {
        case "partner": return .partner
        case "kinderen", "medebewoners": return .ages
        default: break
        }
        guard let field = ContractFields.entry(at: path) else { return nil }
        switch field.value {
        case .bool: return .yesNo
        case .choice(let options): return .text(options)
        case .number, .integer: return .number(field.unit)
        case .list: return .words
        case .date, .text, .section: return nil
        }
    }

    /// A copy of the household with the value set at a path like `partner.leeftijd` or `medebewoners[0].student`.
    static func setting(_ object: JSONObject, path: String, to value: JSONValue) -> JSONObject {
        var steps: [(key: String, index: Int?)] = []
        for part in path.split(separator: ".") {
            if let open = part.firstIndex(of: "["), let close = part.firstIndex(of: "]") {
                steps.append((String(part[..<open]), Int(part[part.index(after: open)..<close])))
            } else {
                steps.append((String(part), nil))
            }
        }
        return set(object, steps[...], value)
    }

    private static func set(_ object: JSONObject, _ steps: ArraySlice<(key: String, index: Int?)>, _ value: JSONValue) -> JSONObject {
        guard let step = steps.first else { return object }
        var copy = object
        let rest = steps.dropFirst()
        var newValue: JSONValue
        if let index = step.index {
            var items = object[step.key]?.arrayValue ?? []
            while items.count <= index { items.append(.object(JSONObject())) }
            let inner = items[index].objectValue ?? JSONObject()
            items[index] = rest.isEmpty ? value : .object(set(inner, rest, value))
            newValue = .array(items)
        } else if rest.isEmpty {
            newValue = value
        } else {
            newValue = .object(set(object[step.key]?.objectValue ?? JSONObject(), rest, value))
        }
        if let i = copy.members.firstIndex(where: { $0.key == step.key }) {
            copy.members[i].value = newValue
        } else {
            copy.members.append((step.key, newValue))
        }
        return copy
    }
}

private extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " || s.first == "\t" { s.removeFirst() }
        while s.last == " " || s.last == "\t" || s.last == "\r" { s.removeLast() }
        return String(s)
    }
}
