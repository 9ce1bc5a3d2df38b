/// Writes `JSONValue`s as compact or indented JSON with a stable byte layout:
/// members in the order given, numbers in a fixed format, no trailing spaces.
public enum JSONWriter {
    /// Serialises a value. With `indent` the output is pretty-printed with two spaces.
    public static func write(_ value: JSONValue, indent: Bool = true) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(value, into: &out, level: 0, indent: indent)
        return String(decoding: out, as: UTF8.self)
    }

    /// Formats a number the way this project writes JSON: integers without a
    /// fraction (`2`), other values with up to six decimals (`741.66`).
    public static func formatNumber(_ n: Double) -> String {
        if n == n.rounded(), abs(n) < 1e15 {
            return String(Int64(n))
        }
        // Large or very precise values (only from unusual input): Swift's shortest notation, valid JSON.
        guard abs(n) < 1e12 else { return String(describing: n) }
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

    private static func append(_ out: inout [UInt8], _ text: StaticString) {
        out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private static func write(_ value: JSONValue, into out: inout [UInt8], level: Int, indent: Bool) {
        switch value {
        case .null: append(&out, "null")
        case .bool(let b): if b { append(&out, "true") } else { append(&out, "false") }
        // JSON has no infinity or NaN: such a value is written as null, so the output always parses.
        case .number(let n): if n.isFinite { out.append(contentsOf: formatNumber(n).utf8) } else { append(&out, "null") }
        case .string(let s): writeString(s, into: &out)
        case .array(let elements):
            if elements.isEmpty {
                append(&out, "[]")
                return
            }
            let flat = !indent || elements.allSatisfy(\.isScalar)
            out.append(UInt8(ascii: "["))
            for (i, element) in elements.enumerated() {
                if i > 0 { if flat && indent { append(&out, ", ") } else { out.append(UInt8(ascii: ",")) } }
                if !flat { newline(&out, level + 1) }
                write(element, into: &out, level: level + 1, indent: indent)
            }
            if !flat { newline(&out, level) }
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            if object.members.isEmpty {
                append(&out, "{}")
                return
            }
            out.append(UInt8(ascii: "{"))
            for (i, member) in object.members.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                if indent { newline(&out, level + 1) }
                writeString(member.key, into: &out)
                if indent { append(&out, ": ") } else { out.append(UInt8(ascii: ":")) }
                write(member.value, into: &out, level: level + 1, indent: indent)
            }
            if indent { newline(&out, level) }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(_ out: inout [UInt8], _ level: Int) {
        out.append(0x0A)
        for _ in 0..<(level * 2) { out.append(0x20) }
    }

    /// Whether any byte is a control character, `"` or `\\`: eight bytes at a time (a batch line
    /// writes a few kilobytes of ids and paths, none of which needs escaping).
    @inline(__always)
    static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        var i = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= bytes.count {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                // A byte below 0x20, or equal to 0x22 or 0x5C.
                if (x &- ones &* 0x20) & ~x & highs != 0 || hasZeroByte(x ^ (ones &* 0x22)) || hasZeroByte(x ^ (ones &* 0x5C)) { return true }
                i += 8
            }
        }
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x20 || b == 0x22 || b == 0x5C { return true }
            i += 1
        }
        return false
    }

    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            // The common case (ids, paths, plain text): nothing to escape, one copy.
            if !needsEscaping(bytes) {
                out.append(contentsOf: bytes)
                return
            }
            var start = 0
            for (i, b) in bytes.enumerated() where b < 0x20 || b == 0x22 || b == 0x5C {
                out.append(contentsOf: bytes[start..<i])
                switch b {
                case 0x22: append(&out, "\\\"")
                case 0x5C: append(&out, "\\\\")
                case 0x0A: append(&out, "\\n")
                case 0x0D: append(&out, "\\r")
                case 0x09: append(&out, "\\t")
                default:
                    let hex = Array(String(b, radix: 16).utf8)
                    append(&out, "\\u00")
                    if hex.count == 1 { out.append(UInt8(ascii: "0")) }
                    out.append(contentsOf: hex)
                }
                start = i + 1
            }
            out.append(contentsOf: bytes[start...])
        }
        out.append(UInt8(ascii: "\""))
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
