/// A value from outside, quoted for a message: cut short and with control characters escaped,
/// so a value can neither flood a message nor forge a line or control the terminal.
package enum Quoted {
    /// The most characters of a value shown in a message.
    package static let limit = 60

    /// `"value"`, at most `limit` characters (then `…`), control characters as `\n`, `\t` or `\u{1B}`.
    package static func text(_ value: String, limit: Int = Quoted.limit) -> String {
        var out = "\""
        var count = 0
        for scalar in value.unicodeScalars {
            if count == limit {
                out += "…"
                break
            }
            count += 1
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A key from outside as it appears in a field path: escaped and cut short like `text`, without quotes.
    package static func key(_ key: String) -> String {
        let quoted = text(key)
        return String(quoted.dropFirst().dropLast())
    }
}
