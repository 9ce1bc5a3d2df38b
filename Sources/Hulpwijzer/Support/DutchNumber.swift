/// Numbers as Dutch people type them: `1650`, `1.650`, `1.650,50`, `1650,50`, `€ 1.650`,
/// `€1650,-`. A form that could mean two things (`1,650`: 1,65 or 1650? `12.5`: 12,5 or 125?)
/// is refused with both readings, so a typed income is never silently misread.
package enum DutchNumber {
    /// Why a text is not a number.
    package enum Failure: Error, Sendable, Equatable {
        /// Not a number at all.
        case notANumber(String)
        /// Two readings are possible.
        case ambiguous(String, first: String, second: String)

        /// Dutch, for a message after the name of the field or option.
        package var description: String {
            switch self {
            case .notANumber(let text):
                return "\(Quoted.text(text)) is geen getal; typ bijvoorbeeld 1650 of 1.650,50"
            case .ambiguous(let text, let first, let second):
                return "\(Quoted.text(text)) is niet eenduidig: bedoelt u \(first) of \(second)? Typ het bedrag met een komma voor de centen (1.650,50) of zonder punten (1650)"
            }
        }
    }

    /// The value of a typed number.
    package static func parse(_ input: String) throws(Failure) -> Double {
        var text = Substring(input.trimmingWhitespace())
        if text.hasPrefix("€") { text = text.dropFirst() }
        text = Substring(String(text).trimmingWhitespace())
        if text.hasSuffix(",-") || text.hasSuffix(".-") { text = text.dropLast(2) }
        if text.hasSuffix("€") { text = Substring(String(text.dropLast()).trimmingWhitespace()) }
        var negative = false
        if text.hasPrefix("-") {
            negative = true
            text = text.dropFirst()
        }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
              let firstChar = text.first, firstChar.isNumber, let lastChar = text.last, lastChar.isNumber else {
            throw .notANumber(input)
        }
        let dots = text.filter { $0 == "." }.count
        let commas = text.filter { $0 == "," }.count
        let value: Double
        switch (dots, commas) {
        case (0, 0):
            value = try number(String(text), input)
        case (_, 0):
            // Only dots: thousands separators when every group after a dot has three digits.
            if groupsOfThree(text, separator: ".") {
                value = try number(text.replacingEvery(".", with: ""), input)
            } else if dots == 1 {
                let plain = String(text)
                throw .ambiguous(input, first: format(try number(plain, input)), second: format(try number(text.replacingEvery(".", with: ""), input)))
            } else {
                throw .notANumber(input)
            }
        case (0, 1):
            let parts = text.split(separator: ",")
            if parts.count == 2, parts[1].count == 3, parts[0].count <= 3 {
                // "1,650": Dutch 1,65 or English 1650.
                let dutch = try number(String(parts[0]) + "." + parts[1], input)
                throw .ambiguous(input, first: format(dutch), second: format(try number(String(parts[0]) + parts[1], input)))
            }
            value = try number(text.replacingEvery(",", with: "."), input)
        case (0, _):
            // "1,650,000": English thousands separators, unambiguous.
            guard groupsOfThree(text, separator: ",") else { throw .notANumber(input) }
            value = try number(text.replacingEvery(",", with: ""), input)
        default:
            // Both: the last separator is the decimal one, the other groups thousands.
            let lastDot = text.lastIndex(of: ".")!, lastComma = text.lastIndex(of: ",")!
            let (group, decimal): (Character, Character) = lastComma > lastDot ? (".", ",") : (",", ".")
            let decimalIndex = lastComma > lastDot ? lastComma : lastDot
            let whole = text[..<decimalIndex], fraction = text[text.index(after: decimalIndex)...]
            guard !fraction.contains(group), !fraction.contains(decimal), groupsOfThree(whole, separator: group) else { throw .notANumber(input) }
            value = try number(whole.replacingEvery(String(group), with: "") + "." + String(fraction), input)
        }
        return negative ? -value : value
    }

    /// True when every group after the first has three digits and the first has one to three.
    private static func groupsOfThree(_ text: Substring, separator: Character) -> Bool {
        let groups = text.split(separator: separator, omittingEmptySubsequences: false)
        guard groups.count >= 2, let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    private static func number(_ text: String, _ input: String) throws(Failure) -> Double {
        guard let v = Double(text), v.isFinite else { throw .notANumber(input) }
        return v
    }

    /// A value in Dutch notation for a message: `1,65`, `1.650`, `12,5`.
    private static func format(_ v: Double) -> String {
        Format.number(v, decimals: 3)
    }
}
