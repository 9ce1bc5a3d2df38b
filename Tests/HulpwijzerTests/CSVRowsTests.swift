import Foundation
import Testing
@testable import Hulpwijzer

/// The byte-level CSV reader of the municipality register reads every row as the earlier
/// `Character`-based reader did.
@Suite struct CSVRowsTests {
    /// The earlier reader, kept as the reference: it iterated `Character`s (grapheme clusters).
    static func referenceRows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.makeIterator()
        var pending: Character?
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { field.append(c) }
                continue
            }
            switch c {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\n", "\r\n":
                row.append(field); field = ""
                rows.append(row); row = []
            case "\r": break
            default: field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    @Test(arguments: ["gemeenten.csv", "aliassen.csv", "dubbelzinnig.csv"])
    func everyRowOfTheRegisterIsReadAsBefore(_ name: String) throws {
        let text = try String(contentsOfFile: TestSupport.dataDirectory + "/gemeenten/" + name, encoding: .utf8)
        let rows = CSV.rows(text)
        let reference = Self.referenceRows(text)
        #expect(rows.count > 1)
        #expect(rows.count == reference.count)
        for (n, (row, old)) in zip(rows, reference).enumerated() {
            #expect(row == old, "regel \(n + 1)")
        }
    }

    @Test(arguments: [
        "a,b\n1,2\n", "a,b\r\n1,2\r\n", "a,\"b,c\"\n", "\"say \"\"hi\"\"\",x", "'s-Hertogenbosch,GM0796", "Súdwest-Fryslân,x\ny",
        "\"open\nline\",z\r\n", "a\rb,c", "", "\n\n", "x,\"\"", "\"unterminated", "é,ü\r\nñ",
    ])
    func edgeCasesAreReadAsBefore(_ text: String) {
        #expect(CSV.rows(text) == Self.referenceRows(text))
    }

    /// The ASCII fast path of the matching key gives the same key as the general one, for every
    /// name and alias of the register (and some typed forms).
    @Test func theASCIIKeyEqualsTheFoldedKey() throws {
        var texts = ["'s-Hertogenbosch", "Den Haag", "BERGEN (NH.)", "gm0363", "Súdwest-Fryslân", "  Ede ", "a.b-c d"]
        for name in ["gemeenten.csv", "aliassen.csv", "dubbelzinnig.csv"] {
            let text = try String(contentsOfFile: TestSupport.dataDirectory + "/gemeenten/" + name, encoding: .utf8)
            texts += CSV.rows(text).dropFirst().flatMap { $0 }
        }
        #expect(texts.count > 1000)
        for t in texts { #expect(MunicipalityRegistry.key(t) == MunicipalityRegistry.foldedKey(t), "\(t)") }
    }
}
