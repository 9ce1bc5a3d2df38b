import Foundation
import Testing
@testable import Hulpwijzer

/// Named steps in an amount (`bedrag.stappen`): how they are read and checked, that they
/// compute what the formula written out in full computes, and how `--uitgebreid` shows them.
@Suite struct AmountStepTests {
    /// Reads one scheme whose `bedrag` is `amount` and returns the reader's diagnostics.
    func diagnostics(amount: String, parameters: String = "{}") throws -> [String] {
        let json = """
        {"id": "test", "naam": "Test", "omschrijving": "x", "uitvoerder": "x", "categorie": ["inkomen"],
         "wettelijke_basis": [{"wet": "Testwet"}], "bron": "https://example.org", "geldig_van": "2026-01-01",
         "laatst_geverifieerd": "2026-11-23", "maatwerk": false, "aanvragen": {"hoe": "x"},
         "voorwaarden": {"feit": "aanvrager.leeftijd", "minimaal": 18},
         "bedrag": \(amount), "parameters": \(parameters)}
        """
        var reader = CatalogueReader(file: "test.json", globals: TestSupport.catalogue.globals)
        _ = reader.scheme(try JSONParser.parse(json), at: "")
        return reader.diagnostics.map(\.description)
    }

    let grens = #"{"grens": {"omschrijving": "g", "eenheid": "euro", "waarden": [{"vanaf": "2026-01-01", "waarde": 100, "bron": "x", "zekerheid": "geverifieerd"}]}}"#

    @Test func stepsThatUseEarlierStepsAreAccepted() throws {
        let found = try diagnostics(amount: """
            {"periode": "maand", "stappen": [
              {"naam": "huur", "formule": "min(woning.kale_huur_per_maand, grens)", "artikel": "Testwet art. 1"},
              {"naam": "helft", "formule": "huur / 2", "uitleg": "de helft van de huur", "eenheid": "euro"}],
             "formule": "huur - helft"}
            """, parameters: grens)
        #expect(found.isEmpty, "\(found)")
    }

    @Test(arguments: [
        // unknown name, with the nearest step name as suggestion
        (#"[{"naam": "rekenhuur", "formule": "woning.kale_huur_per_maand"}]"#, "rekenhur",
         #"bedrag.formule: onbekende naam 'rekenhur': geen stap, geen parameter en geen feit. Bedoelde je "rekenhuur"?"#),
        // a step that shadows a parameter, and one that shadows a fact
        (#"[{"naam": "grens", "formule": "1"}]"#, "grens", #"bedrag.stappen[0].naam: stap "grens" heeft dezelfde naam als een parameter"#),
        (#"[{"naam": "a", "formule": "1"}, {"naam": "min", "formule": "a"}]"#, "min", #"bedrag.stappen[1].naam: stap "min" heeft dezelfde naam als een functie"#),
        // used before it is defined, and used by itself
        (#"[{"naam": "a", "formule": "b + 1"}, {"naam": "b", "formule": "2"}]"#, "a",
         #"bedrag.stappen[0].formule: stap 'b' wordt gebruikt voordat hij is berekend"#),
        (#"[{"naam": "a", "formule": "a + 1"}]"#, "a", #"bedrag.stappen[0].formule: stap 'a' gebruikt zichzelf"#),
        // never used
        (#"[{"naam": "a", "formule": "1"}, {"naam": "ongebruikt", "formule": "a"}]"#, "a",
         #"bedrag.stappen[1]: stap "ongebruikt" wordt niet gebruikt in een latere stap of in de formule"#),
        // the checks on formulas apply to every step
        (#"[{"naam": "a", "formule": "minn(1, 2)"}]"#, "a", #"bedrag.stappen[0].formule: onbekende functie 'minn'. Bedoelde je "min"?"#),
        (#"[{"naam": "a", "formule": "aanvrager.leeftjid"}]"#, "a", #"stappen[0].formule: onbekende naam 'aanvrager.leeftjid': geen stap, geen parameter en geen feit. Bedoelde je "aanvrager.leeftijd""#),
        // names, keys and units of steps
        (#"[{"naam": "a", "formule": "1"}, {"naam": "a", "formule": "2"}]"#, "a", #"bedrag.stappen[1].naam: stap "a" staat er twee keer"#),
        (#"[{"naam": "Rekenhuur", "formule": "1"}]"#, "1", #"bedrag.stappen[0].naam: "Rekenhuur" is geen geldige stapnaam"#),
        (#"[{"naam": "a", "formule": "1", "artikl": "x"}]"#, "a", #"bedrag.stappen[0].artikl: onbekende sleutel. Bedoelde je "artikel"?"#),
        (#"[{"naam": "a", "formule": "1", "eenheid": "eur"}]"#, "a", #"bedrag.stappen[0].eenheid: kies euro of getal. Bedoelde je "euro"?"#),
        ("[]", "1", "bedrag.stappen: verwacht een niet-lege lijst van stappen"),
    ])
    func badStepsAreReported(steps: String, formula: String, message: String) throws {
        let found = try diagnostics(amount: #"{"periode": "maand", "stappen": \#(steps), "formule": "\#(formula)"}"#, parameters: grens)
        #expect(found.contains { $0.contains(message) }, "\(found)")
    }

    @Test func aStepCannotShadowAFactOrANationalParameter() throws {
        let fact = try diagnostics(amount: #"{"periode": "maand", "stappen": [{"naam": "huishouden.aantal_kinderen", "formule": "1"}], "formule": "1"}"#)
        #expect(fact.contains { $0.contains(#"stap "huishouden.aantal_kinderen" heeft dezelfde naam als een feit"#) }, "\(fact)")
        let national = try diagnostics(amount: #"{"periode": "maand", "stappen": [{"naam": "toeslagen.drempelinkomen", "formule": "1"}], "formule": "1"}"#)
        #expect(national.contains { $0.contains(#"stap "toeslagen.drempelinkomen" heeft dezelfde naam als een parameter"#) }, "\(national)")
    }

    /// The formula written out in full, with every step replaced by its own formula.
    static func inlined(_ e: Hulpwijzer.Expression, _ steps: [AmountStep]) -> Hulpwijzer.Expression {
        switch e {
        case .step(let k): return inlined(steps[k].formula, steps)
        case .negate(let inner): return .negate(inlined(inner, steps))
        case .binary(let op, let a, let b): return .binary(op, inlined(a, steps), inlined(b, steps))
        case .call(let f, let args): return .call(f, args.map { inlined($0, steps) })
        case .number, .parameter, .fact, .text: return e
        }
    }

    /// Over every fixture household: the value, the missing facts, the uncertain figures and
    /// the use of an estimate are those of the same formula without steps.
    @Test func stepsComputeWhatTheFormulaWrittenOutComputes() throws {
        let stepped = TestSupport.catalogue.schemes.filter { !($0.amount?.steps.isEmpty ?? true) }
        #expect(Set(stepped.map(\.id)).isSuperset(of: ["huurtoeslag", "zorgtoeslag", "kindgebonden-budget"]))
        let fallback = try #require(Day(year: 2026, month: 2, day: 1))
        var compared = 0
        for fixture in try FixtureCases.all() {
            let household = try HouseholdDecoder.decode(fixture.household)
            let day = household.peildatum ?? fallback
            let facts = FactComputer(household: household, day: day, globals: TestSupport.catalogue.globals).compute()
            for scheme in stepped {
                let rule = try #require(scheme.amount)
                let resolver = ParameterResolver(overrides: nil, day: day)
                var withSteps = ExpressionEvaluator(facts: facts, resolver: resolver)
                var written = ExpressionEvaluator(facts: facts, resolver: resolver)
                let a = withSteps.evaluate(rule), b = written.evaluate(Self.inlined(rule.formula, rule.steps))
                #expect(a == b, "\(fixture.name) \(scheme.id)")
                #expect(Set(withSteps.missing) == Set(written.missing), "\(fixture.name) \(scheme.id)")
                #expect(withSteps.uncertain.map { $0.text(on: day) } == written.uncertain.map { $0.text(on: day) }, "\(fixture.name) \(scheme.id)")
                #expect(withSteps.usedEstimate == written.usedEstimate, "\(fixture.name) \(scheme.id)")
                #expect(withSteps.stepValues.count == rule.steps.count)
                compared += 1
            }
        }
        #expect(compared > 1000)
    }

    /// A single parent with two children, renting for € 780 a month, toetsingsinkomen € 22.000.
    static let example = #"""
        {"peildatum": "2026-02-01", "gemeente": "Nijmegen", "aanvrager": {"leeftijd": 32, "rechtmatig_verblijf": true, "zorgverzekerd": true, "werk_uren_per_week": 24, "uitkeringen": []}, "partner": null, "kinderen": [{"leeftijd": 3, "thuiswonend": true, "kinderopvang_uren_per_maand": 0}, {"leeftijd": 8, "thuiswonend": true, "onderwijs": "basisschool", "kinderopvang_uren_per_maand": 0}], "medebewoners": [], "woning": {"soort": "huur", "zelfstandig": true, "kale_huur_per_maand": 780}, "inkomen": {"netto_per_maand": 1650, "toetsingsinkomen_per_jaar": 22000}, "vermogen": {"totaal": 1200, "peildatum_1_januari": 1200}}
        """#

    @Test func detailedTextShowsEachStepWithItsValueAndArticle() throws {
        let e = try TestSupport.evaluate(Self.example)
        let huurtoeslag = try #require(TestSupport.outcome(e, "huurtoeslag"))
        #expect(huurtoeslag.status == .ja)
        let detailed = TextRenderer.render(e, includeNo: false, detailed: true)
        #expect(detailed.contains("    berekening:\n"))
        #expect(detailed.contains("      - rekenhuur € 780,00 (Wht art. 21 lid 1): de kale huur tot de rekengrens"), "\(detailed)")
        #expect(detailed.contains("      - basishuur € 200,71 (Wht art. 16)"), "\(detailed)")
        // A plain number is not shown as money.
        #expect(detailed.contains("      - afbouwpercentage 22 (Wht art. 21 lid 2)"), "\(detailed)")
        #expect(detailed.contains("      - standaardpremie huishouden € 2.119,00 (Wzt art. 2 lid 1)"), "\(detailed)")
        #expect(detailed.contains("      - leeftijdstoeslag 12–15 € 0,00 (Wkb art. 2 lid 4)"), "\(detailed)")
        #expect(!TextRenderer.render(e, includeNo: false, detailed: false).contains("berekening:"))
    }

    @Test func unknownAndUnneededStepsAreSaidSo() throws {
        // Without the rent the rent steps are unknown, and so is the amount.
        let noRent = Self.example.replacingOccurrences(of: #", "kale_huur_per_maand": 780"#, with: "")
        let e = try TestSupport.evaluate(noRent)
        let o = try #require(TestSupport.outcome(e, "huurtoeslag"))
        let amount = try #require(o.amount)
        #expect(amount.missing == ["woning.kale_huur_per_maand"])
        let rule = try #require(o.scheme.amount)
        let rent = try #require(rule.steps.firstIndex { $0.name == "rekenhuur" })
        #expect(amount.steps[rent] == .unknown)
        #expect(TextRenderer.stepLines(amount, rule).contains("- rekenhuur onbekend (Wht art. 21 lid 1)"))
        // On a bijstand income the beslagvrije voet is 95% of the norm: the other parts are not needed.
        let bijstand = Self.example.replacingOccurrences(of: #""uitkeringen": []"#, with: #""uitkeringen": ["bijstand"]"#)
        let b = try #require(TestSupport.outcome(try TestSupport.evaluate(bijstand), "beslagvrije-voet"))
        let bvv = try #require(b.amount)
        let bvvRule = try #require(b.scheme.amount)
        #expect(bvv.steps.first.map { if case .value = $0 { true } else { false } } == true)
        #expect(bvv.steps.dropFirst().allSatisfy { $0 == .notNeeded })
        #expect(TextRenderer.stepLines(bvv, bvvRule).contains("- normdeel niet nodig"))
    }
}
