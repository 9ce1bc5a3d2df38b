/// Splits a JSON array of households into one record per element, each with the line it
/// starts on, without parsing the elements (each is parsed and checked on its own, so one
/// bad household gives one error record and the others are still evaluated).
enum BatchJSONArray {
    static func records(_ bytes: [UInt8]) throws(InputError) -> BatchChunk {
        var records: [BatchRecord] = []
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D {
                if bytes[i] == 0x0A { line += 1 }
                i += 1
            }
        }
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "[") else {
            throw InputError(message: "de invoer is geen JSON-lijst van huishoudens (verwacht '[' op regel \(line))")
        }
        i += 1
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { return BatchChunk(storage: bytes, records: []) }
        while true {
            skipSpace()
            let start = i
            let startLine = line
            var depth = 0
            var inString = false
            var escaped = false
            // One element: up to the comma or bracket that closes it at depth 0.
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x0A { line += 1 }
                if inString {
                    if escaped { escaped = false } else if b == 0x5C { escaped = true } else if b == 0x22 { inString = false }
                } else if b == 0x22 {
                    inString = true
                } else if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") {
                    depth += 1
                } else if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") {
                    if depth == 0 { break }
                    depth -= 1
                } else if b == UInt8(ascii: ","), depth == 0 {
                    break
                }
                i += 1
            }
            guard i < bytes.count else {
                throw InputError(message: "de JSON-lijst van huishoudens is niet afgesloten: het huishouden op regel \(startLine) eindigt niet (ontbreekt een '}' of ']'?)")
            }
            var end = i
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
            if end > start {
                records.append(BatchRecord(line: startLine, body: .bytes(start..<end)))
            } else {
                records.append(BatchRecord(line: startLine, body: .failure([HouseholdError.Problem(path: "", message: "een leeg element in de lijst van huishoudens")])))
            }
            let closer = bytes[i]
            i += 1
            if closer == UInt8(ascii: "]") { break }
            if closer != UInt8(ascii: ",") {
                throw InputError(message: "de JSON-lijst van huishoudens is niet in orde op regel \(line): onverwacht '\(Character(Unicode.Scalar(closer)))'")
            }
        }
        skipSpace()
        if i < bytes.count {
            throw InputError(message: "na de JSON-lijst van huishoudens staat nog tekst (regel \(line))")
        }
        return BatchChunk(storage: bytes, records: records)
    }
}
