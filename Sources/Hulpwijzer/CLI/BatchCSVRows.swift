/// A strict reader of CSV (RFC 4180, `,` or `;` as the header row uses; a UTF-8 byte-order
/// mark is skipped): rows of fields with the line each row starts on. A quote inside an
/// unquoted field, or an unclosed quoted field, makes that row a problem instead of a guess.
enum BatchCSVRows {
    /// One row: its fields, or why it cannot be read.
    struct Row {
        var line: Int
        var content: Content
    }

    enum Content {
        case fields([String])
        case problem(String)
    }

    static func parse(_ input: [UInt8]) -> [Row] {
        var bytes = input[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let separator = detectSeparator(bytes)
        var rows: [Row] = []
        var i = bytes.startIndex
        var line = 1
        while i < bytes.endIndex {
            let startLine = line
            var fields: [String] = []
            var field: [UInt8] = []
            var problem: String?
            var rowDone = false
            while !rowDone {
                if i < bytes.endIndex, bytes[i] == 0x22 {
                    // A quoted field: up to the closing quote; "" is one quote.
                    i += 1
                    var closed = false
                    while i < bytes.endIndex {
                        let b = bytes[i]
                        if b == 0x22 {
                            if i + 1 < bytes.endIndex, bytes[i + 1] == 0x22 {
                                field.append(0x22)
                                i += 2
                                continue
                            }
                            i += 1
                            closed = true
                            break
                        }
                        if b == 0x0A { line += 1 }
                        field.append(b)
                        i += 1
                    }
                    if !closed { problem = problem ?? "een veld tussen aanhalingstekens wordt niet afgesloten" }
                    if i < bytes.endIndex, bytes[i] != separator, bytes[i] != 0x0A, bytes[i] != 0x0D {
                        problem = problem ?? "na het afsluitende aanhalingsteken volgt geen scheidingsteken"
                        while i < bytes.endIndex, bytes[i] != separator, bytes[i] != 0x0A { i += 1 }
                    }
                } else {
                    while i < bytes.endIndex, bytes[i] != separator, bytes[i] != 0x0A, bytes[i] != 0x0D {
                        if bytes[i] == 0x22 { problem = problem ?? "een aanhalingsteken midden in een veld zonder aanhalingstekens" }
                        field.append(bytes[i])
                        i += 1
                    }
                }
                fields.append(String(decoding: field, as: UTF8.self))
                field = []
                if i < bytes.endIndex, bytes[i] == separator {
                    i += 1
                    continue
                }
                if i < bytes.endIndex, bytes[i] == 0x0D { i += 1 }
                if i < bytes.endIndex, bytes[i] == 0x0A {
                    i += 1
                    line += 1
                }
                rowDone = true
            }
            rows.append(Row(line: startLine, content: problem.map { .problem($0) } ?? .fields(fields)))
        }
        return rows
    }

    /// `;` when the header row has more of them outside quotes than `,`; else `,`.
    static func detectSeparator(_ bytes: ArraySlice<UInt8>) -> UInt8 {
        var semicolons = 0
        var commas = 0
        var quoted = false
        for b in bytes {
            if b == 0x22 { quoted.toggle() }
            if quoted { continue }
            if b == 0x0A { break }
            if b == UInt8(ascii: ";") { semicolons += 1 }
            if b == UInt8(ascii: ",") { commas += 1 }
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }
}
