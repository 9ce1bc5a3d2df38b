import Foundation
import Testing
@testable import Hulpwijzer

/// The client handout `check --format html [--uit PAD]` (issue 9 item 6).
@Suite struct HandoutTests {
    static let household = ["check", "--peildatum", "2026-12-02", "--gemeente", "Utrecht", "--leeftijd", "34", "--geen-partner",
                            "--kind", "4", "--kind", "9", "--huur", "720", "--netto-inkomen", "1.400", "--vermogen", "800",
                            "--werk-uren", "20", "--zorgverzekerd", "--rechtmatig-verblijf", "--format", "html"]

    /// Every opened element is closed in order (void elements aside): the page is well-formed.
    static func balanced(_ html: String) -> Bool {
        let void: Set<String> = ["meta", "br", "hr", "img", "link", "input"]
        var stack: [String] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { return false }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("!") { continue }
            let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
            if void.contains(name) { continue }
            if tag.hasPrefix("/") {
                guard stack.popLast() == name else { return false }
            } else {
                stack.append(name)
            }
        }
        return stack.isEmpty
    }

    /// The kredietbank's case ("man, two children" in Utrecht): kinderbijslag is likely but has
    /// no amount yet (the 6-year-old's age band at the start of the quarter is unknown); the
    /// client must still see it on the handout.
    @Test func aLikelySchemeWithoutAmountIsOnTheHandout() throws {
        let run = TestSupport.cli(["check", "--peildatum", "2026-12-02", "--gemeente", "Utrecht", "--leeftijd", "38", "--geen-partner",
                                   "--kind", "6", "--kind", "9", "--huur", "725,50", "--netto-inkomen", "1.850", "--format", "html"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Kinderbijslag"))
        let text = TestSupport.cli(["check", "--peildatum", "2026-12-02", "--gemeente", "Utrecht", "--leeftijd", "38", "--geen-partner",
                                    "--kind", "6", "--kind", "9", "--huur", "725,50", "--netto-inkomen", "1.850"])
        #expect(!text.stdout.contains("Kinderbijslag —"), "the case must stay one where kinderbijslag has no amount")
    }

    @Test func handoutIsSelfContainedAndWellFormed() throws {
        let run = TestSupport.cli(Self.household + ["--id", "casus-114"])
        #expect(run.status == 0, "\(run.stderr)")
        let html = run.stdout
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<html lang=\"nl\">"))
        #expect(Self.balanced(html))
        for external in ["src=", "href=", "@import", "url(", "<script", "<link"] { #expect(!html.contains(external), "\(external)") }
        #expect(html.contains("@page { size: A4"))
        // What to apply for first, where and how, deadlines, what to bring, amounts.
        #expect(html.contains("1. Dit kunt u aanvragen"))
        #expect(html.contains("Kindgebonden budget") && html.contains("Ongeveer €"))
        #expect(html.contains("<dt>Waar</dt>") && html.contains("<dt>Hoe</dt>"))
        #expect(html.contains("Aanvragen over 2026 kan tot 1 september 2027."))
        #expect(html.contains("Neem mee als u iets aanvraagt"))
        #expect(html.contains("dossier casus-114"))
        // With beslag, the beslagvrije voet is a protection, not something to apply for.
        let beslag = TestSupport.cli(Self.household + ["--beslag"]).stdout
        let apply = try #require(beslag.components(separatedBy: "Wat beschermd is").first)
        #expect(!apply.contains("Beslagvrije voet") && beslag.contains("blijft beschermd"))
    }

    /// An id that looks like a BSN (passes the 11-proef) or a name is never printed.
    @Test(arguments: ["111222333", "Jan de Vries"])
    func identifiersAreNotPrinted(_ id: String) {
        let run = TestSupport.cli(Self.household + ["--id", id])
        #expect(!run.stdout.contains(id))
    }

    /// `--uit PAD` writes the page to a file.
    @Test func writesToAFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hw-handout-\(UUID().uuidString).html").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = TestSupport.cli(Self.household + ["--uit", path])
        #expect(run.status == 0 && run.stdout.isEmpty)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("Uw overzicht"))
        let bad = TestSupport.cli(Self.household + ["--uit", "/nonexistent/dir/x.html"])
        #expect(bad.status == 1 && bad.stderr.contains("/nonexistent/dir/x.html"), "\(bad.stderr)")
    }
}
