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

    @Test func childrenByAgeOrDateOfBirth() throws {
        let h = try FormDecoder.household(["kinderen": "6 2-10-2019 2018-04-30"]).get()
        let kids = h["kinderen"]?.arrayValue?.compactMap(\.objectValue) ?? []
        #expect(kids.map { $0["leeftijd"] } == [.number(6), nil, nil])
        #expect(kids.map { $0["geboortedatum"] } == [nil, .string("2019-10-02"), .string("2018-04-30")])
        #expect(FormDecoder.values(h)["kinderen"] == "6 02-10-2019 30-04-2018")
        guard case .failure(let f) = FormDecoder.household(["kinderen": "31-02-2019"]) else {
            Issue.record("an impossible date was accepted")
            return
        }
        #expect(f.problems.map(\.field) == ["kinderen"])
    }

    @Test func noChildrenIsExplicit() throws {
        #expect(try FormDecoder.household(["kinderen": "geen"]).get()["kinderen"] == .array([]))
    }
}
