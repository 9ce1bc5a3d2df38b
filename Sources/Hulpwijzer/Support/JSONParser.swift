/// A JSON syntax error with the line and column (both 1-based) where it was found.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    /// What is wrong, in Dutch (`verwacht ','`).
    public var message: String
    /// The 1-based line of the error.
    public var line: Int
    /// The 1-based column of the error.
    public var column: Int

    /// Dutch description, e.g. `ongeldige JSON op regel 3, kolom 14: verwacht ','`.
    public var description: String { "ongeldige JSON op regel \(line), kolom \(column): \(message)" }
}

/// A small, strict JSON parser (RFC 8259) over UTF-8 bytes.
///
/// It exists so that decoding stays behind one function that reports line and
/// column on every syntax error, keeps object key order, and never traps on
/// any input (nesting depth is bounded).
public struct JSONParser {
    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0
    private let maxDepth: Int

    /// Parses a complete JSON document, nested at most `maxDepth` arrays and objects deep
    /// (`InputLimits.catalogueDepth` unless told).
    public static func parse(_ bytes: [UInt8], maxDepth: Int = InputLimits.catalogueDepth) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes, maxDepth: maxDepth)
        parser.skipWhitespace()
        if parser.index == 0, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            parser.index = 3
            parser.skipWhitespace()
        }
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.index < bytes.count {
            throw parser.error("onverwachte tekens na het einde van de JSON-waarde")
        }
        return value
    }

    /// Parses a complete JSON document from a string.
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try parse(Array(text.utf8))
    }

    private init(bytes: [UInt8], maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    private func error(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
        let end = min(offset ?? index, bytes.count)
        var line = 1
        var column = 1
        var i = 0
        while i < end {
            if bytes[i] == 0x0A {
                line += 1
                column = 1
            } else if bytes[i] & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return JSONSyntaxError(message: message, line: line, column: column)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private func describeCurrent() -> String {
        guard index < bytes.count else { return "het einde van de invoer" }
        let b = bytes[index]
        if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        return "teken 0x\(String(b, radix: 16, uppercase: true))"
    }

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard index < bytes.count else { throw error("verwacht een waarde, maar de invoer houdt op") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw error("verwacht een waarde, gevonden \(describeCurrent())")
        }
    }

    private mutating func expectLiteral(_ literal: String) throws(JSONSyntaxError) {
        let start = index
        for b in literal.utf8 {
            guard index < bytes.count, bytes[index] == b else {
                throw error("onbekend woord; bedoeld is true, false of null", at: start)
            }
            index += 1
        }
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > maxDepth { throw error("te diep genest (meer dan \(maxDepth) niveaus)") }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        index += 1
        var members: [(key: String, value: JSONValue)] = []
        // Keys seen, once an object has more than a few (a linear search would be quadratic).
        var seen = Set<String>()
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .object(JSONObject(members))
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error("verwacht een sleutel tussen aanhalingstekens, gevonden \(describeCurrent())")
            }
            let keyStart = index
            let key = try parseString()
            if members.count < 8 ? members.contains(where: { $0.key == key }) : !seen.insert(key).inserted {
                throw error("sleutel \(Quoted.text(key)) komt twee keer voor in hetzelfde object", at: keyStart)
            }
            if members.count == 7 { seen = Set(members.map(\.key) + [key]) }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error("verwacht ':' na de sleutel \(Quoted.text(key)), gevonden \(describeCurrent())")
            }
            index += 1
            skipWhitespace()
            let value = try parseValue()
            members.append((key, value))
            skipWhitespace()
            guard index < bytes.count else { throw error("verwacht ',' of '}', maar de invoer houdt op") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                depth -= 1
                return .object(JSONObject(members))
            }
            throw error("verwacht ',' of '}', gevonden \(describeCurrent())")
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw error("verwacht ',' of ']', maar de invoer houdt op") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                depth -= 1
                return .array(elements)
            }
            throw error("verwacht ',' of ']', gevonden \(describeCurrent())")
        }
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let start = index
        index += 1
        var buffer: [UInt8] = []
        var chunkStart = index
        // Fast path: a string of ASCII without escapes (most keys and values) needs no UTF-8 check.
        var ascii = true
        while true {
            // Skip plain bytes in one tight loop; the byte it stops at is handled below.
            let (end, high) = bytes.withUnsafeBufferPointer { buffer -> (Int, Bool) in
                var i = index, high = false
                while i < buffer.count {
                    let b = buffer[i]
                    if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 { break }
                    if b >= 0x80 { high = true }
                    i += 1
                }
                return (i, high)
            }
            index = end
            if high { ascii = false }
            guard index < bytes.count else { throw error("tekst zonder afsluitend aanhalingsteken", at: start) }
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                if buffer.isEmpty {
                    let from = chunkStart, to = index
                    index += 1
                    if ascii {
                        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[from..<to]), as: UTF8.self) }
                    }
                    // No escapes: decode the slice directly.
                    guard let s = String(validating: bytes[from..<to], as: UTF8.self) else {
                        throw error("tekst is geen geldige UTF-8", at: start)
                    }
                    return s
                }
                buffer.append(contentsOf: bytes[chunkStart..<index])
                index += 1
                break
            }
            if b < 0x20 { throw error("stuurteken in tekst; gebruik \\n of \\t") }
            if b >= 0x80 { ascii = false }
            if b == UInt8(ascii: "\\") {
                buffer.append(contentsOf: bytes[chunkStart..<index])
                index += 1
                guard index < bytes.count else { throw error("onvolledige escape in tekst") }
                let e = bytes[index]
                index += 1
                switch e {
                case UInt8(ascii: "\""): buffer.append(0x22)
                case UInt8(ascii: "\\"): buffer.append(0x5C)
                case UInt8(ascii: "/"): buffer.append(0x2F)
                case UInt8(ascii: "b"): buffer.append(0x08)
                case UInt8(ascii: "f"): buffer.append(0x0C)
                case UInt8(ascii: "n"): buffer.append(0x0A)
                case UInt8(ascii: "r"): buffer.append(0x0D)
                case UInt8(ascii: "t"): buffer.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try parseHex4()
                    if (0xD800..<0xDC00).contains(scalar) {
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                              bytes[index + 1] == UInt8(ascii: "u") else {
                            throw error("ongepaarde surrogaat in \\u-escape")
                        }
                        index += 2
                        let low = try parseHex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw error("ongeldige surrogaat in \\u-escape") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00..<0xE000).contains(scalar) {
                        throw error("ongepaarde surrogaat in \\u-escape")
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw error("ongeldig teken in \\u-escape") }
                    buffer.append(contentsOf: Array(String(Character(u)).utf8))
                default:
                    throw error("onbekende escape '\\\(Character(Unicode.Scalar(e)))' in tekst", at: index - 2)
                }
                chunkStart = index
                continue
            }
            index += 1
        }
        guard let s = String(validating: buffer, as: UTF8.self) else {
            throw error("tekst is geen geldige UTF-8", at: start)
        }
        return s
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("onvolledige \\u-escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[index]
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw error("ongeldige hexadecimale cijfers in \\u-escape")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> Double {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw error("ongeldig getal", at: start) }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw error("getal mag niet met 0 beginnen", at: start) }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw error("verwacht cijfers na de decimale punt (gebruik een punt, geen komma)")
            }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("ongeldige exponent in getal") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if let fast = Self.fastNumber(bytes[start..<index]) { return fast }
        var text = ""
        text.unicodeScalars.append(contentsOf: bytes[start..<index].map { Unicode.Scalar($0) })
        guard let value = Double(text), value.isFinite else { throw error("getal buiten bereik", at: start) }
        return value
    }

    private static let powersOfTen: [Double] = (0...22).map { p in (0..<p).reduce(1.0) { r, _ in r * 10 } }

    /// Exact conversion for numbers with at most 15 digits and no exponent: the integer
    /// mantissa and the power of ten are both exact, so one correctly rounded division
    /// gives the same result as `Double(String)`.
    private static func fastNumber(_ s: ArraySlice<UInt8>) -> Double? {
        var mantissa: Int64 = 0
        var digits = 0
        var fraction = 0
        var seenDot = false
        var negative = false
        for b in s {
            switch b {
            case UInt8(ascii: "-"): negative = true
            case UInt8(ascii: "."): seenDot = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                mantissa = mantissa * 10 + Int64(b - UInt8(ascii: "0"))
                digits += 1
                if seenDot { fraction += 1 }
                if digits > 15 { return nil }
            default: return nil
            }
        }
        let v = Double(mantissa) / powersOfTen[fraction]
        return negative ? -v : v
    }

    private func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
}
