import Foundation
import Testing
@testable import Hulpwijzer

/// `batch --format csv` (Dutch Excel) and `csv-rfc` (RFC 4180), read back by a strict reader.
@Suite struct BatchCSVTests {
    /// A strict RFC 4180 reader with a chosen separator: every row ends in CRLF, a quote only
    /// opens a field or is doubled inside one; anything else is an error.
    struct StrictCSV {
        struct Malformed: Error { var at: Int }

        static func rows(_ text: String, separator: Character) throws -> [[String]] {
            let chars = Array(text)
            var rows: [[String]] = []
            var row: [String] = []
            var field = ""
            var i = 0
            while i < chars.count {
                if chars[i] == "\"" {
                    i += 1
                    while true {
                        guard i < chars.count else { throw Malformed(at: i) }
                        if chars[i] == "\"" {
                            if i + 1 < chars.count, chars[i + 1] == "\"" { field.append("\""); i += 2; continue }
                            i += 1
                            break
                        }
                        field.append(chars[i])
                        i += 1
                    }
                } else {
                    while i < chars.count, chars[i] != separator, chars[i] != "\r\n", chars[i] != "\r", chars[i] != "\n" {
                        guard chars[i] != "\"" else { throw Malformed(at: i) }
                        field.append(chars[i])
                        i += 1
                    }
                }
                row.append(field)
                field = ""
                guard i < chars.count else { throw Malformed(at: i) }  // the last row must end in CRLF too
                if chars[i] == separator { i += 1; continue }
                guard chars[i] == "\r\n" else { throw Malformed(at: i) }  // Swift reads CR LF as one Character
                rows.append(row)
                row = []
                i += 1
            }
            return rows
        }
    }

    static let tricky = [
        #"{"id": "=HYPERLINK(\"x\")", "peildatum": "2026-03-01", "aanvrager": {"leeftijd": 40, "zorgverzekerd": true, "rechtmatig_verblijf": true}, "partner": null, "inkomen": {"toetsingsinkomen_per_jaar": 20000}, "vermogen": {"totaal": 0}, "ontvangt": []}"#,
        #"{"id": "a;b,c\rd\ne\"f", "peildatum": "2026-03-01", "aanvrager": {"leeftijd": 40, "zorgverzekerd": true, "rechtmatig_verblijf": true}, "partner": null, "inkomen": {"toetsingsinkomen_per_jaar": 20000}, "vermogen": {"totaal": 0}, "ontvangt": []}"#,
        #"{"id": "+1", "aanvrager": {"leeftjid": 3}}"#,
        #"{"id": "@x", "peildatum": "2026-03-01", "aanvrager": {"leeftijd": 30}}"#,
    ].joined(separator: "\n")

    static func read(_ format: String, separator: Character, extra: [String] = []) throws -> (rows: [[String]], raw: String) {
        let r = TestSupport.cli(["batch", "-", "--format", format, "--sta-id-toe", "--peildatum", "2026-03-01"] + extra, input: tricky)
        return (try StrictCSV.rows(r.stdout, separator: separator), r.stdout)
    }

    @Test(arguments: [("csv", Character(";")), ("csv-rfc", Character(","))])
    func bothFlavoursReadBackWithEveryFieldIntact(_ format: String, _ separator: Character) throws {
        let (rows, raw) = try Self.read(format, separator: separator)
        #expect(raw.hasPrefix("\u{FEFF}") == (format == "csv"))
        let header = rows[0].map { $0.replacingOccurrences(of: "\u{FEFF}", with: "") }
        #expect(header == CSVRenderer.columns)
        #expect(rows.allSatisfy { $0.count == header.count })
        let col = Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0) })
        let data = rows.dropFirst()
        // Formula starts are neutralised with a leading quote; the value is otherwise intact.
        #expect(data.filter { $0[0] == "1" }.allSatisfy { $0[col["id"]!] == "'=HYPERLINK(\"x\")" })
        #expect(data.filter { $0[0] == "2" }.allSatisfy { $0[col["id"]!] == "a;b,c\rd\ne\"f" })
        #expect(data.filter { $0[0] == "4" }.allSatisfy { $0[col["id"]!] == "'@x" })
        #expect(data.contains { $0[0] == "3" && $0[col["fout"]!].contains("onbekend veld") })
        // Numbers hulpwijzer writes itself are not neutralised, with the flavour's decimal mark.
        let zorg = try #require(data.first { $0[0] == "1" && $0[col["regeling"]!] == "zorgtoeslag" })
        #expect(zorg[col["bedrag_per_jaar"]!] == "1550")
        #expect(zorg[col["bedrag_per_maand"]!] == "129")
        let cents = data.map { $0[col["bedrag_per_jaar"]!] }.filter { $0.contains(",") || $0.contains(".") }
        #expect(!cents.isEmpty)
        #expect(cents.allSatisfy { $0.contains(format == "csv" ? "," : ".") && !$0.hasPrefix("'") })
    }

    @Test func neutralisesEveryFormulaStartButNotNumbersItWrites() {
        for start in ["=", "+", "-", "@", "\t", "\r"] {
            var out = CompactBytes()
            CSVFlavour.excelNL.text(start + "1+1", into: &out)
            #expect(out.text.hasPrefix("'") || out.text.hasPrefix("\"'"), "\(start.debugDescription)")
        }
        var out = CompactBytes()
        CSVFlavour.excelNL.money(Money(cents: -12345), into: &out)
        #expect(out.text == "-123,45")
        var plain = CompactBytes()
        CSVFlavour.rfc4180.text("gewoon", into: &plain)
        #expect(plain.text == "gewoon")
    }

    @Test func missedRowsAreSortableByTheirYearlyAmount() throws {
        let (rows, _) = try Self.read("csv-rfc", separator: ",", extra: ["--gemist"])
        let col = Dictionary(uniqueKeysWithValues: rows[0].enumerated().map { ($1, $0) })
        let data = rows.dropFirst().filter { $0[col["fout"]!].isEmpty }
        #expect(!data.isEmpty)
        #expect(data.allSatisfy { $0[col["status"]!] == "ja" && $0[col["soort"]!] == "geld" && $0[col["ontvangt"]!] != "ja" })
        #expect(data.allSatisfy { $0[col["bedrag_per_jaar"]!].isEmpty || Double($0[col["bedrag_per_jaar"]!]) != nil })
    }
}
