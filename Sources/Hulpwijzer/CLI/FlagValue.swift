/// A value a person types for one contract field, read as the field's value kind in
/// `ContractFields`: numbers as Dutch people write them, yes and no in the usual Dutch words,
/// one of a closed set (with the nearest one suggested), a date. The flags of `check` and the
/// answers of `vraag` read values through here, so both accept and refuse the same things.
enum FlagValue {
    /// Why a typed value does not fit the field, in Dutch, without the field's name.
    struct Refusal: Error, Sendable, Equatable {
        /// The Dutch explanation, with what to type instead.
        var message: String
    }

    /// The words that mean "yes" (lower case, without a final full stop or exclamation mark).
    static let yesWords: Set<String> = ["ja", "j", "jawel", "jazeker", "ja zeker", "ja hoor", "zeker", "klopt", "dat klopt", "wel"]
    /// The words that mean "no".
    static let noWords: Set<String> = ["nee", "n", "neen", "nee hoor", "niet", "klopt niet", "dat klopt niet", "geen", "nooit"]
    /// The words that mean "not known": the field stays (or becomes) unknown.
    static let unknownWords: Set<String> = ["onbekend", "weet niet", "weet ik niet", "geen idee", "onzeker"]
    /// The short forms a yes/no option may take as its next argument (`--beslag nee`); anything
    /// else after the option is the next argument, and the option alone means yes.
    static let optionWords: Set<String> = ["ja", "j", "nee", "n", "onbekend"]

    /// The text in lower case without surrounding spaces and a final `.` or `!`.
    static func normalized(_ text: String) -> String {
        var s = Substring(text.lowercased())
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace || c == "." || c == "!" { s = s.dropLast() }
        return s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// True when the text says "not known".
    static func isUnknown(_ text: String) -> Bool { unknownWords.contains(normalized(text)) }

    /// Yes or no in the usual Dutch forms (`ja`, `j`, `jawel`, `klopt`, `nee`, `n`, `niet`, …).
    static func yesNo(_ text: String) throws(Refusal) -> Bool {
        let word = normalized(text)
        if yesWords.contains(word) { return true }
        if noWords.contains(word) { return false }
        throw Refusal(message: "\(Quoted.text(text)) is geen ja of nee; typ ja, nee of onbekend")
    }

    /// A number as Dutch people type it (`1.650`, `€ 1.650,50`); whole when the field asks for whole numbers.
    static func number(_ text: String, whole: Bool = false) throws(Refusal) -> Double {
        let n: Double
        do throws(DutchNumber.Failure) {
            n = try DutchNumber.parse(text)
        } catch {
            throw Refusal(message: error.description)
        }
        if whole, n != n.rounded() { throw Refusal(message: "\(Quoted.text(text)) is geen heel getal") }
        return n
    }

    /// One of `options`, in any case; otherwise the list and the nearest option.
    static func choice(_ text: String, from options: [String]) throws(Refusal) -> String {
        let word = normalized(text)
        if options.contains(word) { return word }
        throw Refusal(message: "\(Quoted.text(text)) is geen geldige waarde; kies uit \(options.dutchList).\(Suggest.didYouMean(word, in: options))")
    }

    /// A date as `JJJJ-MM-DD` or as Dutch people write it (`3-5-2019`, `03-05-2019`).
    static func date(_ text: String) throws(Refusal) -> Day {
        let t = normalized(text)
        if let d = Day(t) { return d }
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
           let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]), let d = Day(year: year, month: month, day: day) {
            return d
        }
        throw Refusal(message: "\(Quoted.text(text)) is geen geldige datum; typ JJJJ-MM-DD (2019-05-03) of DD-MM-JJJJ (03-05-2019)")
    }

    /// The JSON value of a typed value for a field of this kind, or nil for "not known".
    /// A list field takes one element (the flags append it); a section takes no typed value.
    static func read(_ text: String, as kind: ValueKind) throws(Refusal) -> JSONValue? {
        if isUnknown(text) { return nil }
        switch kind {
        case .number: return .number(try number(text))
        case .integer: return .number(try number(text, whole: true))
        case .bool: return .bool(try yesNo(text))
        case .choice(let options): return .string(try choice(text, from: options))
        case .date: return .string(try date(text).description)
        case .text, .list: return .string(text)
        case .section: throw Refusal(message: "hier hoort geen waarde bij")
        }
    }
}

extension Array where Element == String {
    /// "huur, koop, inwonend, instelling of dakloos"
    var dutchList: String { dutchList(joinedBy: "of") }

    /// "a, b en c" or "a, b of c".
    func dutchList(joinedBy word: String) -> String { count < 2 ? joined() : dropLast().joined(separator: ", ") + " \(word) " + self[count - 1] }
}
