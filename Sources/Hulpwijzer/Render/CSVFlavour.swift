/// How a CSV flavour writes: the separator, the decimal mark and whether a UTF-8 byte-order
/// mark opens the file. Both flavours end rows with CRLF (RFC 4180), quote a field that holds
/// the separator, a quote, CR or LF, and neutralise text a spreadsheet would run as a formula.
struct CSVFlavour: Sendable {
    /// `;` for Dutch Excel, `,` for RFC 4180.
    let separator: UInt8
    /// `,` for Dutch Excel, `.` for RFC 4180.
    let decimal: UInt8
    /// Dutch Excel reads UTF-8 only with a byte-order mark.
    let byteOrderMark: Bool

    /// Dutch Excel: opens correctly by double-click.
    static let excelNL = CSVFlavour(separator: UInt8(ascii: ";"), decimal: UInt8(ascii: ","), byteOrderMark: true)
    /// RFC 4180, for scripts.
    static let rfc4180 = CSVFlavour(separator: UInt8(ascii: ","), decimal: UInt8(ascii: "."), byteOrderMark: false)

    /// Characters that make a spreadsheet treat a cell as a formula when they come first.
    static let formulaStarts: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]

    /// A text field (from input or catalogue): neutralised with a leading `'` when it starts
    /// like a formula, and quoted when needed.
    func text(_ s: String, into out: inout CompactBytes) {
        var s = s
        s.withUTF8 { b in
            let neutralise = b.first.map { Self.formulaStarts.contains($0) } ?? false
            let quote = b.contains { $0 == separator || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            if quote { out.append(byte: 0x22) }
            if neutralise { out.append(byte: UInt8(ascii: "'")) }
            if quote {
                for byte in b {
                    if byte == 0x22 { out.append(byte: 0x22) }
                    out.append(byte: byte)
                }
                out.append(byte: 0x22)
            } else {
                out.append(bytes: b)
            }
        }
    }

    /// An amount written by hulpwijzer itself (never neutralised): `1550`, `741,66`.
    func money(_ m: Money?, into out: inout CompactBytes) {
        if let m { out.append(money: m, decimal: decimal) }
    }

    /// A row of already formatted fields.
    func separate(_ out: inout CompactBytes) { out.append(byte: separator) }

    /// The end of a row.
    func endRow(_ out: inout CompactBytes) { out.append("\r\n") }
}
