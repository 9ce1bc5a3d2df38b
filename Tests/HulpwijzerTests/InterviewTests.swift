import Testing
@testable import Hulpwijzer

/// `hulpwijzer vraag`: asks the deciding question first and uses the answers.
@Suite struct InterviewTests {
    @Test func asksTheDecidingQuestionsAndUsesTheAnswers() throws {
        let r = TestSupport.cli(["vraag", "--peildatum", "2026-03-01", "--zorgverzekerd", "--rechtmatig-verblijf", "--leeftijd", "35",
                                 "--geen-partner", "--geen-kinderen", "--geen-medebewoners", "--vermogen", "2000", "--geen-uitkering",
                                 "--max", "3", "--format", "json"],
                                lines: ["1200", "nee", "0"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Vraag 1: Het netto inkomen (bedrag in euro per maand)"))
        // Then what settles the toeslagen (the net income does not give the toetsingsinkomen
        // while it is unknown who works); an improbable fact (chronic illness) is not asked early.
        #expect(r.stdout.contains("Vraag 2: Het toetsingsinkomen"))
        let json = String(r.stdout[r.stdout.range(of: "\n{")!.lowerBound...])
        let doc = try JSONParser.parse(json).objectValue!
        let results = doc["resultaten"]?.arrayValue ?? []
        let bijstand = results.first { $0.objectValue?["regeling"] == .string("bijstand") }?.objectValue
        #expect(bijstand?["status"] == .string("ja"), "\(r.stdout)")
        // Norm € 1.401,50 minus € 1.200 / 0,95 (Pw art. 21a, 1 January 2026).
        #expect(bijstand?["bedrag"]?.objectValue?["per_maand"] == .number(138.34))
    }

    @Test func unknownAnswersAreSkippedAndBadAnswersExplained() {
        let r = TestSupport.cli(["vraag", "--peildatum", "2026-03-01", "--max", "3"], lines: ["?", "misschien", "klaar"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Dat antwoord begrijp ik niet"))
        #expect(r.stdout.contains("RECHT OP"))
        #expect(r.stdout.contains("Het huishouden zoals nu bekend"))
    }

    @Test func answersAreParsedPerKind() {
        #expect(Answer.Kind.ages.parse("4 9") == .array([.object(JSONObject([("leeftijd", .number(4))])), .object(JSONObject([("leeftijd", .number(9))]))]))
        #expect(Answer.Kind.ages.parse("geen") == .array([]))
        #expect(Answer.Kind.partner.parse("nee") == .null)
        #expect(Answer.Kind.partner.parse("41") == .object(JSONObject([("leeftijd", .number(41))])))
        #expect(Answer.Kind.number(.euro).parse("1.234,56") == .number(1234.56))
        #expect(Answer.Kind.yesNo.parse("Ja") == .bool(true))
        #expect(Answer.kind(of: "medebewoners[0].student") != nil)
        let set = Answer.setting(JSONObject(), path: "medebewoners[1].student", to: .bool(false))
        #expect(set["medebewoners"]?.arrayValue?.count == 2)
    }
}
