/// How an answer in `vraag` is read for a field. Values go through `FlagValue`, like the
/// options of `check`; an answer that does not fit is refused with what to type instead.
enum InterviewAnswer {
    /// What a field's answer looks like.
    enum Kind: Equatable {
        case yesNo
        case number(FactUnit, whole: Bool)
        case choice([String])
        /// Ages of the children under 18 (`4 9`), or `geen`.
        case children
        /// Ages of the other adults in the home, or `geen`.
        case coResidents
        /// `nee`, `ja`, or the partner's age.
        case partner
        /// Benefits from a closed list, or `geen`.
        case benefits([String])
        /// Scheme ids of the catalogue, or `geen`.
        case schemes([String])
        /// A municipality's name or CBS code (checked by the evaluation).
        case municipality

        /// What to type, for the question and for a refused answer.
        var hint: String {
            switch self {
            case .yesNo: return "ja of nee"
            case .number(let unit, _):
                switch unit {
                case .euro: return "bedrag in euro, bijvoorbeeld 2.500"
                case .euroPerMaand: return "bedrag in euro per maand, bijvoorbeeld 1.650,50"
                case .euroPerJaar: return "bedrag in euro per jaar, bijvoorbeeld 24.000"
                case .jaren: return "aantal jaren"
                case .uren: return "aantal uren"
                case .procent: return "percentage van 0 tot 100"
                default: return "een aantal"
                }
            case .choice(let options): return options.joined(separator: ", ")
            case .children: return "leeftijden gescheiden door spaties, bijvoorbeeld 4 9, of 'geen'"
            case .coResidents: return "leeftijden gescheiden door spaties, bijvoorbeeld 19 52, of 'geen'"
            case .partner: return "nee, ja, of de leeftijd van de partner"
            case .benefits: return "bijvoorbeeld ww of bijstand, gescheiden door spaties, of 'geen'"
            case .schemes: return "regelingen zoals 'hulpwijzer regelingen' ze noemt (zorgtoeslag huurtoeslag), of 'geen'"
            case .municipality: return "naam of CBS-code, bijvoorbeeld Utrecht of GM0344"
            }
        }

        /// The JSON value of an answer (not empty, not "onbekend"), or why it does not fit.
        func parse(_ text: String) throws(FlagValue.Refusal) -> JSONValue {
            let word = FlagValue.normalized(text)
            switch self {
            case .yesNo: return .bool(try FlagValue.yesNo(text))
            case .number(_, let whole): return .number(try FlagValue.number(text, whole: whole))
            case .choice(let options): return .string(try FlagValue.choice(text, from: options))
            case .municipality: return .string(text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
            case .partner:
                if FlagValue.noWords.contains(word) { return .null }
                if FlagValue.yesWords.contains(word) { return .object(JSONObject()) }
                let age = try ages(text, adults: true)
                guard age.count == 1 else { throw FlagValue.Refusal(message: "typ één leeftijd, of nee als er geen partner is") }
                return .object(JSONObject([("leeftijd", .number(Double(age[0])))]))
            case .children, .coResidents:
                if FlagValue.noWords.contains(word) { return .array([]) }
                return .array(try ages(text, adults: self == .coResidents).map { .object(JSONObject([("leeftijd", .number(Double($0)))])) })
            case .benefits(let known), .schemes(let known):
                if FlagValue.noWords.contains(word) { return .array([]) }
                let items = words(word)
                for item in items where !known.contains(item) {
                    let what = self == .schemes(known) ? "regeling uit de catalogus" : "uitkering"
                    var message = "\(Quoted.text(item)) is geen \(what)"
                    if case .benefits = self, ["loon", "salaris", "werk", "inkomen", "pensioen"].contains(item) {
                        message += " (loon, salaris en pensioen horen bij het inkomen)"
                    }
                    throw FlagValue.Refusal(message: message + "." + Suggest.didYouMean(item, in: known)
                                            + (self == .schemes(known) ? "" : " Kies uit \(known.dutchList), of 'geen'"))
                }
                return .array(items.map(JSONValue.string))
            }
        }

        /// Words separated by spaces, commas, semicolons or "en".
        private func words(_ text: String) -> [String] {
            text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }).map(String.init).filter { $0 != "en" }
        }

        /// Whole ages, for children under 18 or for adults.
        private func ages(_ text: String, adults: Bool) throws(FlagValue.Refusal) -> [Int] {
            let items = words(FlagValue.normalized(text)).filter { $0 != "jaar" && $0 != "jr" }
            if FlagValue.normalized(text) == "0" {
                throw FlagValue.Refusal(message: adults ? "0 is geen leeftijd van een volwassene; typ 'geen' als er niemand is"
                    : "bedoelt u een baby? Typ dan '0 jaar'; geen kinderen: typ 'geen'")
            }
            guard !items.isEmpty else { throw FlagValue.Refusal(message: "typ de leeftijden, of 'geen'") }
            return try items.map { item throws(FlagValue.Refusal) in
                let n = try FlagValue.number(item, whole: true)
                guard n >= 0, n <= 130 else { throw FlagValue.Refusal(message: "\(Quoted.text(item)) is geen leeftijd") }
                if !adults, n >= 18 { throw FlagValue.Refusal(message: "een kind van \(Int(n)) is een medebewoner (de kinderen zijn de kinderen onder de 18)") }
                if adults, self != .partner, n < 18 { throw FlagValue.Refusal(message: "iemand van \(Int(n)) is een kind; medebewoners zijn volwassenen") }
                return Int(n)
            }
        }
    }

    /// The kind of answer a field takes (from its value kind in `ContractFields`), or nil for a
    /// field the interview does not ask. `schemes` are the ids an `ontvangt` answer may name.
    static func kind(of path: String, schemes: [String] = []) -> Kind? {
        switch path {
        case "gemeente": return .municipality
        case "partner": return .partner
        case "kinderen": return .children
        case "medebewoners": return .coResidents
        case "ontvangt": return schemes.isEmpty ? nil : .schemes(schemes)
        default: break
        }
        guard let field = ContractFields.entry(at: path) else { return nil }
        switch field.value {
        case .bool: return .yesNo
        case .choice(let options): return .choice(options)
        case .number: return .number(field.unit, whole: false)
        case .integer: return .number(field.unit, whole: true)
        case .list(let known): return known.isEmpty ? nil : .benefits(known)
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
