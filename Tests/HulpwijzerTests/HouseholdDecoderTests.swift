import Testing
@testable import Hulpwijzer

@Suite struct HouseholdDecoderTests {
    func problems(_ json: String) -> [String] {
        do {
            _ = try HouseholdDecoder.decode(bytes: Array(json.utf8))
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func absentNullAndEmptyAreDifferent() throws {
        let unknown = try TestSupport.household("{}")
        #expect(unknown.partner == .unknown)
        #expect(unknown.kinderen == nil)
        #expect(unknown.vermogen.totaal == nil)
        let answered = try TestSupport.household(#"{"partner": null, "kinderen": [], "medebewoners": [], "vermogen": {"totaal": 0}}"#)
        #expect(answered.partner == .absent)
        #expect(answered.kinderen == [])
        #expect(answered.medebewoners == [])
        #expect(answered.vermogen.totaal == 0)
    }

    @Test func decodesTheContractExample() throws {
        let h = try TestSupport.household("""
        {"peildatum": "2026-03-01", "gemeente": "Rotterdam",
         "aanvrager": {"leeftijd": 34, "rechtmatig_verblijf": true, "zorgverzekerd": true, "werk_uren_per_week": 0, "uitkeringen": ["bijstand"]},
         "partner": null,
         "kinderen": [{"leeftijd": 4, "thuiswonend": true}, {"leeftijd": 9, "thuiswonend": true}],
         "medebewoners": [],
         "woning": {"soort": "huur", "zelfstandig": true, "kale_huur_per_maand": 720},
         "inkomen": {"netto_per_maand": 1400, "toetsingsinkomen_per_jaar": 18500, "maanden_laag_inkomen": 40},
         "vermogen": {"totaal": 900},
         "schulden": {"totaal": 14000, "problematisch": true, "beslag": true}}
        """)
        #expect(h.peildatum == Day("2026-03-01"))
        #expect(h.aanvrager.leeftijd == 34)
        #expect(h.aanvrager.uitkeringen == ["bijstand"])
        #expect(h.kinderen?.map(\.leeftijd) == [4, 9])
        #expect(h.woning.kaleHuurPerMaand == 720)
        #expect(h.schulden.beslag == true)
    }

    @Test(arguments: [
        (#"{"aanvrager": {"leeftijd": "dertig"}}"#, #"aanvrager.leeftijd: "dertig" is geen getal"#),
        (#"{"aanvrager": {"leeftijd": -3}}"#, "aanvrager.leeftijd: -3 is negatief"),
        (#"{"aanvrager": {"leeftijd": 30.5}}"#, "aanvrager.leeftijd: 30.5 is geen heel getal"),
        (#"{"peildatum": "2026-02-30"}"#, #"peildatum: "2026-02-30" is geen geldige datum"#),
        (#"{"peildatum": "1-3-2026"}"#, #"peildatum: "1-3-2026" is geen geldige datum"#),
        (#"{"aanvrager": {"leeftjid": 30}}"#, #"aanvrager.leeftjid: onbekend veld. Bedoelde je "leeftijd"?"#),
        (#"{"kinderen": [{"leeftijd": 3}, {"lefetijd": 5}]}"#, #"kinderen[1].lefetijd: onbekend veld. Bedoelde je "leeftijd"?"#),
        (#"{"inkomne": {}}"#, #"inkomne: onbekend veld. Bedoelde je "inkomen"?"#),
        (#"{"woning": {"soort": "hur"}}"#, #"woning.soort: "hur" is geen geldige waarde"#),
        (#"{"partner": 3}"#, "partner: 3 is geen object"),
        (#"{"kinderen": {"leeftijd": 3}}"#, "kinderen: {…} is geen lijst"),
        (#"{"schulden": {"beslag": "ja"}}"#, #"schulden.beslag: "ja" is geen true of false"#),
        (#"{"aanvrager": {"uitkeringen": ["bijstnad"]}}"#, #"aanvrager.uitkeringen[0]: "bijstnad" is geen bekende uitkering. Bedoelde je "bijstand"?"#),
        (#"{"aanvrager": {"leeftijd": 30}, "peildatum": }"#, "ongeldige JSON op regel 1, kolom 46"),
        ("[1, 2]", "een huishouden is een JSON-object"),
    ])
    func badInputNamesTheField(json: String, message: String) {
        let found = problems(json)
        #expect(found.contains { $0.hasPrefix(message) || $0.contains(message) }, "got \(found)")
    }

    @Test func reportsAllProblemsAtOnce() {
        let found = problems(#"{"aanvrager": {"leeftijd": -1, "zorgverzekerd": "ja"}, "vermogen": {"totaal": "veel"}}"#)
        #expect(found.count == 3)
    }

    @Test func checksAgeAgainstBirthDateOnThePeildatum() throws {
        let h = try TestSupport.household(#"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 40, "geboortedatum": "1990-06-15"}}"#)
        #expect { try TestSupport.engine.evaluate(h) } throws: { ($0 as? EvaluationError)?.householdProblems?.isEmpty == false }
        let ok = try TestSupport.household(#"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 35, "geboortedatum": "1990-06-15"}}"#)
        #expect(throws: Never.self) { try TestSupport.engine.evaluate(ok) }
    }

    @Test func unknownMunicipalityAndSchemeIdsAreErrors() throws {
        do {
            _ = try TestSupport.evaluate(#"{"gemeente": "Amsterdm"}"#)
            Issue.record("expected an error")
        } catch {
            #expect(String(describing: error).contains("gemeente: \"Amsterdm\" is geen bekende gemeente. Bedoelde je \"Amsterdam\" (GM0363)?"))
        }
        do {
            _ = try TestSupport.evaluate(#"{"ontvangt": ["zorgtoeslg"]}"#)
            Issue.record("expected an error")
        } catch {
            #expect(String(describing: error).contains("ontvangt[0]: \"zorgtoeslg\" is geen bekende regeling. Bedoelde je \"zorgtoeslag\"?"))
        }
    }

    @Test func peildatumBeforeTheCatalogueIsAnError() {
        #expect { try TestSupport.evaluate(#"{"peildatum": "2024-06-01"}"#) } throws: { ($0 as? EvaluationError)?.householdProblems?.first?.path == "peildatum" }
    }
}
