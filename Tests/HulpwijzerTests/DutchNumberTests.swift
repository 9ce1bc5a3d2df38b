import Testing
@testable import Hulpwijzer

/// Numbers as Dutch people type them (issue 9, item 1).
@Suite struct DutchNumberTests {
    @Test(arguments: [
        ("1650", 1650.0), ("1.650", 1650), ("1.650,50", 1650.5), ("1650,50", 1650.5), ("€ 1.650", 1650), ("€1650,-", 1650),
        ("€ 1.650,-", 1650), ("12,5", 12.5), ("1.234.567", 1_234_567), ("1.234.567,89", 1_234_567.89), ("0,5", 0.5),
        (" 780 ", 780), ("26.000", 26000), ("1,650.50", 1650.5), ("1,650,000", 1_650_000), ("-5", -5), ("1650 €", 1650),
    ])
    func readsDutchForms(_ text: String, _ expected: Double) throws {
        #expect(try DutchNumber.parse(text) == expected)
    }

    @Test(arguments: [("1,650", "1,65", "1.650"), ("12.5", "12,5", "125"), ("1.65", "1,65", "165"), ("2,500", "2,5", "2.500")])
    func refusesAmbiguousForms(_ text: String, _ first: String, _ second: String) {
        #expect(throws: DutchNumber.Failure.ambiguous(text, first: first, second: second)) { try DutchNumber.parse(text) }
        let message = DutchNumber.Failure.ambiguous(text, first: first, second: second).description
        #expect(message.contains(first) && message.contains(second))
    }

    @Test(arguments: ["", "abc", "1.2.3", "1,,5", ".5", "5.", "1.650,5.0", "€", "12 34", "1e5", "∞"])
    func refusesNonNumbers(_ text: String) {
        #expect(throws: DutchNumber.Failure.self) { try DutchNumber.parse(text) }
    }
}

/// The flags and the interview read Dutch numbers: `--netto-inkomen 1.650` is € 1.650, not € 1,65.
@Suite struct DutchNumberFlagTests {
    @Test func flagsReadThousandsSeparators() throws {
        let r = TestSupport.cli(["check", "--peildatum", "2026-03-01", "--leeftijd", "40", "--netto-inkomen", "1.650", "--huur", "€ 1.200,-", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let plain = TestSupport.cli(["check", "--peildatum", "2026-03-01", "--leeftijd", "40", "--netto-inkomen", "1650", "--huur", "1200", "--format", "json"])
        #expect(r.stdout == plain.stdout)
    }

    @Test func ambiguousFlagValuesAreRefused() {
        let r = TestSupport.cli(["check", "--leeftijd", "40", "--netto-inkomen", "1,650"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--netto-inkomen: \"1,650\" is niet eenduidig: bedoelt u 1,65 of 1.650?"))
    }
}
