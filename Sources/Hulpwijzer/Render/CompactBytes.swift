/// A growing byte buffer for the batch formats: ASCII text, integers, money and JSON strings
/// written straight into bytes, without building `String`s or a `JSONValue` tree per row.
struct CompactBytes {
    /// The bytes written so far.
    var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A string's UTF-8 bytes as they are (a literal goes to the `StaticString` overload, without a `String`).
    mutating func append(string text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func append(byte: UInt8) { bytes.append(byte) }

    /// A decimal integer.
    mutating func append(int value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var v = value.magnitude
        if v == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            while v > 0 {
                d[n] = UInt8(truncatingIfNeeded: v % 10) + 48
                v /= 10
                n += 1
            }
            for k in stride(from: n - 1, through: 0, by: -1) { bytes.append(d[k]) }
        }
    }

    /// Money in euros as this project writes numbers (`1550`, `741.66`, `12.5`), with
    /// `decimal` as the decimal separator (`.` for JSON and plain CSV, `,` for Dutch Excel).
    mutating func append(money: Money, decimal: UInt8 = UInt8(ascii: ".")) {
        let cents = money.cents
        if cents < 0 { bytes.append(UInt8(ascii: "-")) }
        let m = cents.magnitude
        append(int: Int(m / 100))
        let frac = Int(m % 100)
        guard frac != 0 else { return }
        bytes.append(decimal)
        bytes.append(UInt8(frac / 10) + 48)
        if frac % 10 != 0 { bytes.append(UInt8(frac % 10) + 48) }
    }

    /// A date as `JJJJ-MM-DD` (as `Day.description` writes it), without making a `String`.
    mutating func append(day d: Day) {
        var pad = 1000
        while pad > 1, d.year < pad {
            bytes.append(UInt8(ascii: "0"))
            pad /= 10
        }
        append(int: d.year)
        twoDigits(d.month)
        twoDigits(d.day)
    }

    private mutating func twoDigits(_ v: Int) {
        bytes.append(UInt8(ascii: "-"))
        bytes.append(UInt8(v / 10) + 48)
        bytes.append(UInt8(v % 10) + 48)
    }

    /// A JSON string literal, escaped as `JSONWriter` does.
    mutating func append(jsonString s: String) { JSONWriter.writeString(s, into: &bytes) }

    /// The bytes as text.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
