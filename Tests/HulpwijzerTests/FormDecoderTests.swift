import Testing
@testable import Hulpwijzer

/// The desk page's form as the contract household: empty is unknown, never zero (issue 12).
@Suite struct FormDecoderTests {
    @Test func emptyFieldsStayUnknown() throws {
        let form = ["gemeente": "", "aanvrager.leeftijd": "", "partner": "onbekend", "kinderen": "", "schulden.beslag": "onbekend"]
        let household = try FormDecoder.household(form).get()
        #expect(household.members.isEmpty)
    }

    @Test func filledFormGivesTheContractHousehold() throws {
        let form = ["gemeente": "Utrecht", "aanvrager.leeftijd": "38", "partner": "nee", "kinderen": "4 9",
                    "inkomen.netto_per_maand": "1.650,50", "woning.kale_huur_per_maand": "€ 720", "schulden.beslag": "ja"]
        let h = try FormDecoder.household(form).get()
        #expect(h["gemeente"] == .string("Utrecht"))
        #expect(h["aanvrager"]?.objectValue?["leeftijd"] == .number(38))
        #expect(h["partner"] == .null)
        #expect(h["kinderen"]?.arrayValue?.count == 2)
        #expect(h["inkomen"]?.objectValue?["netto_per_maand"] == .number(1650.5))
        #expect(h["woning"]?.objectValue?["soort"] == .string("huur"))
        #expect(h["schulden"]?.objectValue?["beslag"] == .bool(true))
        #expect(FormDecoder.values(h)["kinderen"] == "4 9")
        #expect(FormDecoder.values(h)["partner"] == "nee")
    }

    @Test func badNumberNamesTheField() {
        guard case .failure(let f) = FormDecoder.household(["inkomen.netto_per_maand": "1,650", "kinderen": "4 twintig"]) else {
            Issue.record("a bad number was accepted")
            return
        }
        #expect(f.problems.map(\.field) == ["inkomen.netto_per_maand", "kinderen"])
        #expect(f.problems[0].message.contains("niet eenduidig"))
    }

    @Test func noChildrenIsExplicit() throws {
        #expect(try FormDecoder.household(["kinderen": "geen"]).get()["kinderen"] == .array([]))
    }
}
