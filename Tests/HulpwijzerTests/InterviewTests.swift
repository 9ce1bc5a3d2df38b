import Foundation
import Testing
@testable import Hulpwijzer

/// `hulpwijzer vraag`: asks the municipality first, then what settles the most with the money
/// facts early; refuses answers that do not fit; `terug`, `?`, `klaar`; says why it stops;
/// saves the household for `check`.
@Suite struct InterviewTests {
    static let known = ["vraag", "--peildatum", "2026-03-01", "--zorgverzekerd", "--rechtmatig-verblijf", "--leeftijd", "35",
                        "--geen-partner", "--geen-kinderen", "--geen-medebewoners", "--vermogen", "2000", "--geen-uitkering"]

    /// The questions as asked, in order (`Vraag N: …` lines, without the number).
    static func questions(_ out: String) -> [String] {
        out.split(separator: "\n").filter { $0.hasPrefix("Vraag ") }.map { String($0[$0.range(of: ": ")!.upperBound...]) }
    }

    /// The JSON document after the dialogue.
    static func document(_ out: String) throws -> [String: JSONValue] {
        let json = String(out[try #require(out.range(of: "\n{"))!.lowerBound...])
        let members = try #require(try JSONParser.parse(json).objectValue).members
        return Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func asksTheMunicipalityFirstAndUsesTheAnswers() throws {
        let r = TestSupport.cli(Self.known + ["--max", "4", "--format", "json"], lines: ["Utrecht", "1.200", "nee", "0"])
        #expect(r.status == 0, "\(r.stderr)")
        let asked = Self.questions(r.stdout)
        #expect(asked.first == "De gemeente (naam of CBS-code, bijvoorbeeld Utrecht of GM0344)")
        #expect(asked.dropFirst().first == "Het netto inkomen (bedrag in euro per maand, bijvoorbeeld 1.650,50)", "\(asked)")
        let doc = try Self.document(r.stdout)
        #expect(doc["gemeente"]?.objectValue?["code"] == .string("GM0344"))
        let bijstand = doc["resultaten"]?.arrayValue?.first { $0.objectValue?["regeling"] == .string("bijstand") }?.objectValue
        // Norm € 1.401,50 minus € 1.200 / 0,95 (Pw art. 21a, 1 January 2026).
        #expect(bijstand?["bedrag"]?.objectValue?["per_maand"] == .number(138.34), "\(r.stdout)")
    }

    /// The scripted interview: a refused answer, `?`, `terug`, a skip and `klaar`.
    @Test func aScriptedInterviewWithRefusalUndoExplanationAndKlaar() throws {
        let r = TestSupport.cli(Self.known + ["--gemeente", "Utrecht"],
                                lines: ["veel", "?", "1.650", "terug", "€ 1.250,-", "", "klaar", "never read"])
        #expect(r.status == 0, "\(r.stderr)")
        let out = r.stdout
        #expect(out.contains("Dat past niet: \"veel\" is geen getal; typ bijvoorbeeld 1650 of 1.650,50.\n"), "\(out)")
        #expect(out.contains("Het antwoord beslist mee over "), "\(out)")
        #expect(out.contains("Bijstand"), "the explanation names schemes, not ids")
        #expect(out.contains("Teruggenomen: het netto inkomen."))
        #expect(out.contains("Overgeslagen: dit blijft onbekend."))
        #expect(out.contains("Gestopt op uw verzoek ('klaar')."))
        // A refused answer and `?` ask the same question again without a new number; `terug` asks
        // the first question again; the second is then skipped; the third gets `klaar`.
        let asked = Self.questions(out)
        #expect(asked.count == 5, "\(asked)")
        #expect(asked.count == 5 && asked[0] == asked[2] && asked[1] == asked[3], "\(asked)")
        #expect(out.components(separatedBy: "Vraag 1: ").count == 3, "\(out)")
        #expect(out.contains(#""netto_per_maand":1250"#), "the answer after terug counts: \(out)")
        #expect(out.contains("JA — u hebt waarschijnlijk recht op") || out.contains("MOGELIJK"))
    }

    @Test(arguments: [
        ([String](), ["klaar"], "Gestopt op uw verzoek ('klaar')."),
        (["--max", "1"], ["Utrecht"], "Gestopt na 1 vraag: dat is het maximum (meer vragen met --max)."),
        ([], [], "Gestopt: er komen geen antwoorden meer (einde van de invoer)."),
    ])
    func itSaysWhyItStops(args: [String], lines: [String], sentence: String) {
        let r = TestSupport.cli(["vraag", "--peildatum", "2026-03-01"] + args, lines: lines)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\n\(sentence)\n"), "\(r.stdout)")
    }

    @Test func itStopsWhenNothingLeftChangesTheOutcome() throws {
        let household = try CLITests.household(of: CLITests.example)
        let r = TestSupport.cli(["vraag", "-"], input: household, lines: Array(repeating: "", count: 200))
        // Standard input carries the answers, so the household must be a file.
        #expect(r.status == 2)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hw-vraag-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("h.json").path
        try household.write(toFile: path, atomically: true, encoding: .utf8)
        let all = TestSupport.cli(["vraag", path, "--max", "200"], lines: Array(repeating: "onbekend", count: 200))
        #expect(all.stdout.contains("Klaar: er zijn geen vragen meer die de uitkomst nog veranderen ("), "\(all.stdout)")
    }

    /// `--bewaar` writes the household in the contract format; `check` of that file gives the same result.
    @Test func theSavedHouseholdGivesTheSameResultInCheck() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hw-vraag-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("huishouden.json").path
        let r = TestSupport.cli(["vraag", "--peildatum", "2026-03-01", "--kind", "4", "--kinderopvang-uren", "60", "--bewaar", path, "--format", "json"],
                                lines: ["Nijmegen", "nee", "1.650", "34", "huur", "onbekend", "780"])
        #expect(r.status == 0, "\(r.stderr)")
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        let household = try HouseholdDecoder.decode(bytes: Array(saved.utf8))
        #expect(household.gemeente == "Nijmegen")
        #expect(household.kinderen?.first?.kinderopvangUrenPerMaand == 60)
        #expect(household.partner == .absent && household.inkomen.nettoPerMaand == 1650 && household.woning.kaleHuurPerMaand == 780, "\(saved)")
        #expect(!r.stdout.contains("Dat past niet"), "the script follows the order of the questions: \(r.stdout)")
        #expect(saved.hasPrefix("{\n  \"peildatum\": \"2026-03-01\",\n  \"gemeente\": \"Nijmegen\""), "contract order: \(saved)")
        let check = TestSupport.cli(["check", path, "--format", "json"])
        #expect(check.status == 0, "\(check.stderr)")
        let dialogueJSON = String(r.stdout[try #require(r.stdout.range(of: "\n{"))!.upperBound...])
        #expect("{" + dialogueJSON == check.stdout)
    }

    @Test func aSavePathInAMissingFolderIsRefusedBeforeAsking() {
        let r = TestSupport.cli(["vraag", "--bewaar", "/nonexistent/map/h.json"], lines: ["Utrecht"])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix(#"Fout: --bewaar: de map "/nonexistent/map" bestaat niet"#), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    /// From scratch, the money facts come within the default twelve questions.
    @Test func theMoneyFactsComeEarly() throws {
        let engine = TestSupport.engine
        let options = Engine.Options(defaultPeildatum: Day("2026-03-01")!)
        var session = try InterviewSession(JSONObject()) { (o: JSONObject) throws(EvaluationError) in try engine.evaluate(o, options: options) }
        let answers = ["gemeente": "Utrecht", "aanvrager.leeftijd": "40", "partner": "nee", "kinderen": "5 9", "woning.soort": "huur",
                       "woning.kale_huur_per_maand": "850", "inkomen.netto_per_maand": "1.650", "vermogen.totaal": "500",
                       "schulden.beslag": "ja", "schulden.problematisch": "ja", "medebewoners": "geen"]
        var asked: [String] = []
        while asked.count < 12, let pending = session.next() {
            asked.append(pending.field)
            if let text = answers[pending.field] { try session.answer(pending.field, try pending.kind.parse(text)) } else { session.skip(pending.field) }
        }
        #expect(asked.first == "gemeente")
        for field in ["inkomen.netto_per_maand", "woning.kale_huur_per_maand", "vermogen.totaal", "schulden.beslag"] {
            #expect(asked.contains(field), "\(field) not in the first 12: \(asked)")
        }
    }

    @Test(arguments: [
        (InterviewAnswer.Kind.yesNo, "Jawel", JSONValue.bool(true)), (.yesNo, "klopt", .bool(true)), (.yesNo, "j", .bool(true)),
        (.yesNo, "Nee.", .bool(false)), (.yesNo, "niet", .bool(false)), (.yesNo, "n", .bool(false)),
        (.number(.euroPerMaand, whole: false), "€ 1.650,50", .number(1650.5)), (.number(.euroPerMaand, whole: false), "1.650", .number(1650)),
        (.number(.jaren, whole: true), "41", .number(41)),
        (.children, "4 9", .array([.object(JSONObject([("leeftijd", .number(4))])), .object(JSONObject([("leeftijd", .number(9))]))])),
        (.children, "0 jaar", .array([.object(JSONObject([("leeftijd", .number(0))]))])),
        (.children, "geen", .array([])), (.partner, "nee", .null), (.partner, "41", .object(JSONObject([("leeftijd", .number(41))]))),
        (.partner, "ja", .object(JSONObject())), (.benefits(HouseholdDecoder.knownBenefits), "WW en bijstand", .array([.string("ww"), .string("bijstand")])),
        (.choice(Woonsoort.allCases.map(\.rawValue)), "Huur", .string("huur")),
    ])
    func answersThatFit(kind: InterviewAnswer.Kind, text: String, value: JSONValue) throws {
        #expect(try kind.parse(text) == value)
    }

    @Test(arguments: [
        (InterviewAnswer.Kind.benefits(HouseholdDecoder.knownBenefits), "loon", "\"loon\" is geen uitkering (loon, salaris en pensioen horen bij het inkomen)"),
        (.benefits(HouseholdDecoder.knownBenefits), "ww wajng", #"Bedoelde je "wajong"?"#),
        (.number(.euroPerMaand, whole: false), "1,650", "bedoelt u 1,65 of 1.650?"),
        (.number(.euroPerMaand, whole: false), "huur", "\"huur\" is geen getal"),
        (.number(.jaren, whole: true), "40,5", "geen heel getal"),
        (.choice(Woonsoort.allCases.map(\.rawValue)), "1200", "kies uit huur, koop, inwonend, instelling of dakloos"),
        (.yesNo, "misschien", "is geen ja of nee"),
        (.children, "0", "bedoelt u een baby?"), (.children, "4 19", "een kind van 19 is een medebewoner"),
        (.coResidents, "12", "iemand van 12 is een kind"), (.partner, "40 41", "typ één leeftijd"),
        (.schemes(["zorgtoeslag", "huurtoeslag"]), "zorgtoeslg", #"Bedoelde je "zorgtoeslag"?"#),
    ])
    func answersThatDoNotFitAreRefusedWithAHint(kind: InterviewAnswer.Kind, text: String, message: String) {
        #expect(throws: FlagValue.Refusal.self) { try kind.parse(text) }
        do {
            _ = try kind.parse(text)
        } catch {
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test func aRefusedBenefitIsAskedAgainInTheDialogue() {
        let args = ["vraag", "--peildatum", "2026-03-01", "--gemeente", "Utrecht", "--zorgverzekerd", "--rechtmatig-verblijf", "--leeftijd", "35",
                    "--geen-partner", "--geen-kinderen", "--geen-medebewoners", "--vermogen", "2000", "--netto-inkomen", "1200", "--huur", "700",
                    "--chronisch-ziek", "nee", "--werk-uren", "0", "--zelfstandige-woning", "--beslag", "nee", "--zorgpremie", "150", "--servicekosten", "0", "--max", "6"]
        // "No benefit" is assumed for the order of the questions, so it is confirmed after the
        // open facts (skipped here).
        let r = TestSupport.cli(args, lines: Array(repeating: "onbekend", count: 5) + ["loon", "ww"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.questions(r.stdout).last?.hasPrefix("De uitkeringen van de aanvrager") == true, "\(r.stdout)")
        #expect(r.stdout.contains(#"Dat past niet: "loon" is geen uitkering (loon, salaris en pensioen horen bij het inkomen). Kies uit bijstand, ww"#), "\(r.stdout)")
        #expect(r.stdout.contains(#""uitkeringen":["ww"]"#), "\(r.stdout)")
        #expect(r.stdout.contains("Gestopt na 6 vragen"))
    }

    @Test func setsFieldsInsideLists() {
        let set = InterviewAnswer.setting(JSONObject(), path: "medebewoners[1].student", to: .bool(false))
        #expect(set["medebewoners"]?.arrayValue?.count == 2)
        #expect(InterviewAnswer.kind(of: "medebewoners[0].student") == .yesNo)
        #expect(InterviewAnswer.kind(of: "aanvrager.uitkeringen") == .benefits(HouseholdDecoder.knownBenefits))
    }
}
