import Foundation
import Testing
@testable import Hulpwijzer

/// `batch --rapport`: one self-contained HTML page whose numbers are the rows' numbers.
@Suite struct CaseloadReportTests {
    static func household(_ k: Int, gemeente: String) -> String {
        #"{"id": "r\#(k)", "peildatum": "2026-03-01", "gemeente": "\#(gemeente)", "aanvrager": {"leeftijd": \#(25 + k % 50), "zorgverzekerd": true, "rechtmatig_verblijf": true}, "partner": null, "kinderen": [], "inkomen": {"toetsingsinkomen_per_jaar": \#(12000 + 900 * k), "netto_per_maand": \#(1000 + 60 * k)}, "vermogen": {"totaal": 0}, "ontvangt": \#(k % 3 == 0 ? #"["zorgtoeslag"]"# : "[]")}"#
    }

    static func run() throws -> (html: String, rows: [JSONObject]) {
        var lines: [String] = []
        for k in 0..<40 { lines.append(household(k, gemeente: k % 2 == 0 ? "Nijmegen" : "Utrecht")) }
        lines.insert(#"{"id": "kapot", "aanvrager": {"leeftijd": -1}}"#, at: 7)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("hulpwijzer-rapport-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: file) }
        let r = TestSupport.cli(["batch", "-", "--format", "compact", "--rapport", file.path], input: lines.joined(separator: "\n"))
        #expect(r.status == 1)
        let rows = try r.stdout.split(separator: "\n").map { try JSONParser.parse(String($0)).objectValue! }
        return (try String(contentsOf: file, encoding: .utf8), rows)
    }

    static func element(_ id: String, in html: String) -> String? {
        guard let start = html.range(of: "id=\"\(id)\">") else { return nil }
        return String(html[start.upperBound...].prefix { $0 != "<" })
    }

    @Test func theNumbersAreTheRowsNumbers() throws {
        let (html, rows) = try Self.run()
        #expect(Self.element("gelezen", in: html) == "41")
        #expect(Self.element("getoetst", in: html) == "40")
        #expect(Self.element("fouten", in: html) == "1")
        #expect(Self.element("foutregels", in: html) == "8")
        // The missed money from the rows: `ja`, not received, money to claim.
        let kinds = Dictionary(TestSupport.catalogue.schemes.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        var cents: Int64 = 0
        var jaByScheme: [String: Int] = [:]
        for row in rows {
            for (id, v) in row["regelingen"]?.objectValue?.members ?? [] {
                let o = v.objectValue!
                if o["status"] == .string("ja") { jaByScheme[id, default: 0] += 1 }
                guard o["status"] == .string("ja"), o["ontvangt"] != .bool(true), (kinds[id] ?? .geld) == .geld else { continue }
                let euros = o["per_jaar"]?.numberValue ?? o["eenmalig"]?.numberValue ?? 0
                cents += Int64((euros * 100).rounded())
            }
        }
        #expect(cents > 0)
        #expect(Self.element("gemist-totaal", in: html) == Format.euro(Money(cents: cents).euros))
        // Per scheme: the `ja` count of zorgtoeslag is in its row of the table.
        let zorg = try #require(jaByScheme["zorgtoeslag"])
        #expect(html.contains("<tr><td>Zorgtoeslag</td><td class=\"n\">\(zorg)</td>"))
        #expect(html.contains("<table id=\"gemeenten\">"))
        #expect(html.contains("Nijmegen") && html.contains("Utrecht"))
    }

    @Test func thePageIsSelfContainedAndShowsNoIds() throws {
        let (html, _) = try Self.run()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg"))
        for external in ["<script", "<link", "src=", "@import", "url(", "href="] { #expect(!html.contains(external), "\(external)") }
        #expect(!html.contains("http") || !html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http"))
        for k in 0..<40 { #expect(!html.contains("\"r\(k)\"") && !html.contains(">r\(k)<")) }
        #expect(!html.contains("kapot"))
        #expect(!html.contains("aanvrager.") && !html.contains("inkomen.netto"))
    }
}
