import Foundation
import Testing
@testable import Hulpwijzer

/// `hulpwijzer uitleg REGELING [huishouden]` (issue 9 item 2).
@Suite struct ExplainCommandTests {
    /// Every national scheme can be explained without a household: its rule in Dutch, the
    /// legal basis, the source and the figures with their dates — without raw field paths.
    @Test func everySchemeIsExplained() throws {
        let catalogue = try Catalogue.load(from: TestSupport.dataDirectory)
        for id in Set(catalogue.schemes.map(\.id)).sorted() {
            let run = TestSupport.cli(["uitleg", id, "--peildatum", "2026-07-01"])
            #expect(run.status == 0, "\(id): \(run.stderr)")
            let text = run.stdout
            #expect(text.contains("(\(id))") && text.contains("Bron:") && text.contains("AANVRAGEN"), "\(id)")
            #expect(text.contains("VOORWAARDEN"), "\(id)")
            for raw in ["aanvrager.l", "aanvrager.u", "aanvrager.r", "inkomen.netto", "kinderen[", "huishouden.", " ?"] {
                #expect(!text.contains(raw), "\(id): \(raw)\n\(text)")
            }
        }
    }

    /// The rule shows the figures in force on the peildatum, with their date.
    @Test func figuresHaveTheirDate() {
        let run = TestSupport.cli(["uitleg", "kinderbijslag", "--peildatum", "2026-07-01"])
        #expect(run.stdout.contains("De kinderbijslag voor een kind van 0 tot en met 5 jaar: € 298,40 (vanaf 1 juli 2026)"), "\(run.stdout)")
        #expect(run.stdout.contains("Algemene Kinderbijslagwet"))
    }

    /// With a household: every condition with its verdict and the amount step by step.
    @Test func withAHouseholdEveryConditionHasItsVerdict() {
        let run = TestSupport.cli(["uitleg", "zorgtoeslag", "--peildatum", "2026-03-01", "--leeftijd", "30", "--geen-partner",
                                   "--toetsingsinkomen", "22.000", "--vermogen", "1.000", "--zorgverzekerd", "--rechtmatig-verblijf"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("VOOR DIT HUISHOUDEN: JA"), "\(run.stdout)")
        #expect(run.stdout.contains("berekening:"))
    }

    /// A municipal scheme needs its municipality; a typo gets a suggestion.
    @Test func unknownSchemesAreRefusedWithASuggestion() {
        let typo = TestSupport.cli(["uitleg", "zorgtoeslg"])
        #expect(typo.status != 0)
        #expect(typo.stderr.contains("zorgtoeslag"), "\(typo.stderr)")
        let local = TestSupport.cli(["uitleg", "gm0344-u-pas"])
        #expect(local.status != 0 && local.stderr.contains("--gemeente"), "\(local.stderr)")
        let withMunicipality = TestSupport.cli(["uitleg", "gm0344-u-pas", "--gemeente", "Utrecht"])
        #expect(withMunicipality.status == 0 && withMunicipality.stdout.contains("gemeentelijke regeling"), "\(withMunicipality.stderr)")
        let none = TestSupport.cli(["uitleg"])
        #expect(none.status != 0)
    }
}
