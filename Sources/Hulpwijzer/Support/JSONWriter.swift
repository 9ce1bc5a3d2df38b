/// Writes `JSONValue`s as compact or indented JSON with a stable byte layout:
/// members in the order given, numbers in a fixed format, no trailing spaces.
public enum JSONWriter {
    /// Serialises a value. With `indent` the output is pretty-printed with two spaces.
    public static func write(_ value: JSONValue, indent: Bool = true) -> String {
        var out = ""
        write(value, into: &out, level: 0, indent: indent)
        return out
    }

    /// Formats a number the way this project writes JSON: integers without a
    /// fraction (`2`), other values with up to six decimals (`741.66`).
    public static func formatNumber(_ n: Double) -> String {
        if n == n.rounded(), abs(n) < 1e15 {
            return String(Int64(n))
        }
        var s = String(format6(n))
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    private static func format6(_ n: Double) -> String {
        let scaled = (abs(n) * 1_000_000).rounded()
        let whole = Int64(scaled / 1_000_000)
        let frac = Int64(scaled) - whole * 1_000_000
        var fracText = String(frac)
        fracText = String(repeating: "0", count: 6 - fracText.count) + fracText
        return (n < 0 ? "-" : "") + "\(whole).\(fracText)"
    }

    private static func write(_ value: JSONValue, into out: inout String, level: Int, indent: Bool) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += formatNumber(n)
        case .string(let s): writeString(s, into: &out)
        case .array(let elements):
            if elements.isEmpty {
                out += "[]"
                return
            }
            let flat = !indent || elements.allSatisfy(\.isScalar)
            out += "["
            for (i, element) in elements.enumerated() {
                if i > 0 { out += flat ? (indent ? ", " : ",") : "," }
                if !flat { newline(&out, level + 1) }
                write(element, into: &out, level: level + 1, indent: indent)
            }
            if !flat { newline(&out, level) }
            out += "]"
        case .object(let object):
            if object.members.isEmpty {
                out += "{}"
                return
            }
            out += "{"
            for (i, member) in object.members.enumerated() {
                if i > 0 { out += "," }
                if indent { newline(&out, level + 1) }
                writeString(member.key, into: &out)
                out += indent ? ": " : ":"
                write(member.value, into: &out, level: level + 1, indent: indent)
            }
            if indent { newline(&out, level) }
            out += "}"
        }
    }

    private static func newline(_ out: inout String, _ level: Int) {
        out += "\n"
        out += String(repeating: "  ", count: level)
    }

    private static func writeString(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

extension JSONValue {
    var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }
}
