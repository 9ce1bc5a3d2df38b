/// Keeps personal data out of a household's `id`: the contract's `id` is the counsellor's case
/// label, never a BSN, a name, an address, a postcode with house number, an e-mail address or a
/// phone number. `check(_:)` says what the value looks like, so a batch can refuse it.
package enum IdentifierCheck {
    /// The longest `id` accepted.
    package static let maxLength = 64

    /// What an `id` looks like when it is not a plain case label.
    package enum Finding: String, Sendable, Equatable, CaseIterable {
        case tooLong
        case bsn
        case email
        case phone
        case postcode
        case address
        case name

        /// Dutch, for a message after "de id lijkt …".
        package var description: String {
            switch self {
            case .tooLong: return "langer dan \(IdentifierCheck.maxLength) tekens"
            case .bsn: return "een burgerservicenummer (9 cijfers die de elfproef halen)"
            case .email: return "een e-mailadres"
            case .phone: return "een telefoonnummer"
            case .postcode: return "een postcode met huisnummer"
            case .address: return "een adres"
            case .name: return "een naam"
            }
        }
    }

    /// The first kind of personal data the value looks like, or nil for a plain case label.
    package static func check(_ id: String) -> Finding? {
        isPlainLabel(id) ? nil : fullCheck(id)
    }

    /// `check` without the fast path for plain labels (the tests compare the two).
    package static func fullCheck(_ id: String) -> Finding? {
        if id.count > maxLength { return .tooLong }
        let scalars = Array(id.unicodeScalars)
        if digitRuns(scalars).contains(where: { $0.count == 9 && passesElevenTest($0) || $0.count == 8 && passesElevenTest([0] + $0) }) {
            return .bsn
        }
        if looksLikeEmail(id) { return .email }
        if looksLikePhone(scalars) { return .phone }
        if looksLikePostcode(scalars) { return .postcode }
        let words = id.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if looksLikeAddress(words) { return .address }
        if looksLikeName(words) { return .name }
        return nil
    }

    /// The common case, decided from the bytes alone: a short label of ASCII letters, digits,
    /// `-` and `_` (`case-17`, `K2026_0042`) without a run of 8 or more digits (a hyphen between
    /// digits continues the run, as in `digitRuns`) cannot be any finding: a BSN or phone number
    /// needs 8 or more digits, an e-mail address `@`, a name or address a space or comma, and a
    /// postcode four digits and two capitals (so capitals only pass without a run of 4 digits).
    private static func isPlainLabel(_ id: String) -> Bool {
        var run = 0, longest = 0, capitals = false, count = 0
        var previous: UInt8 = 0
        for b in id.utf8 {
            count += 1
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                run += 1
                longest = max(longest, run)
            case UInt8(ascii: "-"):
                // Possibly a separator inside a number: the run goes on only if a digit follows.
                if !(previous >= UInt8(ascii: "0") && previous <= UInt8(ascii: "9")) { run = 0 }
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "_"):
                run = 0
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                run = 0
                capitals = true
            default:
                return false
            }
            previous = b
        }
        return count <= maxLength && longest < 8 && !(capitals && longest >= 4)
    }

    /// The 11-proef of a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros).
    package static func passesElevenTest(_ digits: [Int]) -> Bool {
        guard digits.count == 9, digits.contains(where: { $0 != 0 }) else { return false }
        var sum = 0
        for (i, d) in digits.prefix(8).enumerated() { sum += (9 - i) * d }
        sum -= digits[8]
        return sum % 11 == 0
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
    private static func isLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }

    /// Maximal runs of digits, where single spaces, dots and hyphens inside a run are ignored
    /// (`123.456.782`, `1234 56 782`).
    private static func digitRuns(_ scalars: [Unicode.Scalar]) -> [[Int]] {
        var runs: [[Int]] = []
        var current: [Int] = []
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if isDigit(s) {
                current.append(Int(s.value) - 48)
            } else if (s == " " || s == "." || s == "-"), !current.isEmpty, i + 1 < scalars.count, isDigit(scalars[i + 1]) {
                // a separator inside a number
            } else {
                if !current.isEmpty { runs.append(current) }
                current = []
            }
            i += 1
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    private static func looksLikeEmail(_ id: String) -> Bool {
        guard let at = id.firstIndex(of: "@"), at != id.startIndex else { return false }
        let domain = id[id.index(after: at)...]
        return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".")
    }

    /// Ten digits starting with 0 (`06 12345678`, `020-1234567`), or `+31`/`0031` and nine digits.
    private static func looksLikePhone(_ scalars: [Unicode.Scalar]) -> Bool {
        let text = String(String.UnicodeScalarView(scalars))
        for run in digitRuns(scalars) {
            if run.count == 10, run[0] == 0 { return true }
            if run.count == 11, run.starts(with: [3, 1]), text.contains("+") { return true }
            if run.count == 13, run.starts(with: [0, 0, 3, 1]) { return true }
        }
        return false
    }

    /// A Dutch postcode (`1234 AB`, `1234AB`) followed by a house number.
    private static func looksLikePostcode(_ scalars: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i + 6 <= scalars.count {
            let four = scalars[i..<i + 4]
            if four.allSatisfy(isDigit), scalars[i] != "0", i == 0 || !isDigit(scalars[i - 1]) {
                var j = i + 4
                if j < scalars.count, scalars[j] == " " { j += 1 }
                if j + 2 <= scalars.count, ("A"..."Z").contains(scalars[j]), ("A"..."Z").contains(scalars[j + 1]),
                   j + 2 == scalars.count || !isLetter(scalars[j + 2]) {
                    let rest = scalars[(j + 2)...]
                    if rest.contains(where: isDigit) { return true }
                }
            }
            i += 1
        }
        return false
    }

    static let streetEndings = ["straat", "weg", "laan", "plein", "gracht", "kade", "singel", "dijk", "hof", "pad",
                                "steeg", "dreef", "park", "markt", "baan", "wal", "veld", "plantsoen", "erf", "ring"]

    /// A word ending like a Dutch street name, followed by a house number (`Dorpsstraat 12a`).
    private static func looksLikeAddress(_ words: [String]) -> Bool {
        for (k, word) in words.enumerated() where k + 1 < words.count {
            let lower = word.lowercased()
            guard word.unicodeScalars.allSatisfy({ isLetter($0) || $0 == "-" || $0 == "." }), lower.count >= 4 else { continue }
            let next = words[k + 1]
            if streetEndings.contains(where: { lower.hasSuffix($0) }), let first = next.unicodeScalars.first, isDigit(first) {
                return true
            }
        }
        return false
    }

    static let tussenvoegsels: Set<String> = ["van", "de", "der", "den", "het", "ter", "ten", "te", "la", "le", "el", "al", "op", "in", "'t"]

    /// Two or more words of letters only, the first and the last capitalised (`Jan Jansen`,
    /// `J. de Vries`, `Fatima El Amrani`).
    private static func looksLikeName(_ words: [String]) -> Bool {
        let parts = words.filter { !$0.isEmpty }
        guard parts.count >= 2, parts.count <= 6 else { return false }
        func isWord(_ w: String) -> Bool { w.unicodeScalars.allSatisfy { isLetter($0) || $0 == "." || $0 == "-" || $0 == "'" } }
        guard parts.allSatisfy(isWord) else { return false }
        func capitalised(_ w: String) -> Bool { w.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }
        guard let first = parts.first, let last = parts.last, capitalised(first), capitalised(last) else { return false }
        let middle = parts.dropFirst().dropLast()
        return middle.allSatisfy { capitalised($0) || tussenvoegsels.contains($0.lowercased()) }
    }
}
