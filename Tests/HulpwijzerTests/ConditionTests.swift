import Testing
@testable import Hulpwijzer

/// Every condition type and operator, through a scheme read the way the catalogue reads it.
@Suite struct ConditionTests {
    /// Builds a scheme around `conditions` (and `parameters`), evaluates it for `household`.
    func evaluate(_ conditions: String, parameters: String = "{}", household: String, amount: String? = nil) throws -> Outcome {
        let json = """
        {"id": "test", "naam": "Test", "omschrijving": "t", "uitvoerder": "t", "categorie": ["inkomen"],
         "wettelijke_basis": [{"wet": "Testwet"}], "bron": "https://example.org", "geldig_van": "2025-01-01",
         "laatst_geverifieerd": "2026-11-23", "maatwerk": false, "aanvragen": {"hoe": "t"},
         "voorwaarden": \(conditions), "parameters": \(parameters)\(amount.map { ", \"bedrag\": \($0)" } ?? "")}
        """
        let catalogue = TestSupport.catalogue
        var reader = CatalogueReader(file: "test.json", globals: catalogue.globals)
        let scheme = try #require(reader.scheme(try JSONParser.parse(json), at: ""), "\(reader.diagnostics)")
        #expect(reader.diagnostics.isEmpty, "\(reader.diagnostics)")
        let h = try TestSupport.household(household)
        let facts = FactComputer(household: h, day: h.peildatum ?? Day("2026-03-01")!, globals: catalogue.globals).compute()
        // The one walk gives the same truth whatever it records.
        let evaluator = ConditionEvaluator(facts: facts, resolver: ParameterResolver(overrides: nil, day: facts.peildatum))
        var nothing = NoTrace(), missing = MissingPaths(), full = FullTrace()
        let truths = [evaluator.evaluate(scheme.conditions, into: &nothing), evaluator.evaluate(scheme.conditions, into: &missing),
                      evaluator.evaluate(scheme.conditions, into: &full)]
        #expect(Set(truths).count == 1, "\(conditions): \(truths)")
        #expect(Set(missing.paths) == Set(full.keptTraces.filter { $0.truth == .unknown }.flatMap(\.missing)) || truths[0] != .unknown)
        return Engine(catalogue: catalogue).evaluate(scheme, facts: facts, household: h, overrides: nil, municipalityKnown: false, precomputedGates: nil)
    }

    @Test(arguments: [
        ("minimaal", 18.0, [(17, Status.nee), (18, .ja), (19, .ja)]),
        ("maximaal", 18.0, [(17, .ja), (18, .ja), (19, .nee)]),
        ("groter_dan", 18.0, [(17, .nee), (18, .nee), (19, .ja)]),
        ("kleiner_dan", 18.0, [(17, .ja), (18, .nee), (19, .nee)]),
        ("gelijk_aan", 18.0, [(17, .nee), (18, .ja), (19, .nee)]),
    ])
    func numericOperators(op: String, limit: Double, cases: [(Int, Status)]) throws {
        for (age, expected) in cases {
            let o = try evaluate(#"{"feit": "aanvrager.leeftijd", "\#(op)": \#(limit)}"#, household: #"{"aanvrager": {"leeftijd": \#(age)}}"#)
            #expect(o.status == expected, "\(op) \(limit) with \(age)")
        }
        let unknown = try evaluate(#"{"feit": "aanvrager.leeftijd", "\#(op)": \#(limit)}"#, household: "{}")
        #expect(unknown.status == .mogelijk)
        #expect(unknown.missing == ["aanvrager.leeftijd"])
    }

    @Test func boolTextAndListOperators() throws {
        let cases: [(String, String, Status)] = [
            (#"{"feit": "aanvrager.zorgverzekerd", "is": true}"#, #"{"aanvrager": {"zorgverzekerd": true}}"#, .ja),
            (#"{"feit": "aanvrager.zorgverzekerd", "is": true}"#, #"{"aanvrager": {"zorgverzekerd": false}}"#, .nee),
            (#"{"feit": "aanvrager.zorgverzekerd", "is": true}"#, #"{}"#, .mogelijk),
            (#"{"feit": "woning.soort", "in": ["huur", "koop"]}"#, #"{"woning": {"soort": "koop"}}"#, .ja),
            (#"{"feit": "woning.soort", "in": ["huur"]}"#, #"{"woning": {"soort": "koop"}}"#, .nee),
            (#"{"feit": "woning.soort", "niet_in": ["instelling"]}"#, #"{"woning": {"soort": "huur"}}"#, .ja),
            (#"{"feit": "woning.soort", "niet_in": ["instelling"]}"#, #"{}"#, .mogelijk),
            (#"{"feit": "aanvrager.uitkeringen", "bevat": "ww"}"#, #"{"aanvrager": {"uitkeringen": ["ww"]}}"#, .ja),
            (#"{"feit": "aanvrager.uitkeringen", "bevat": "ww"}"#, #"{"aanvrager": {"uitkeringen": []}}"#, .nee),
            (#"{"feit": "aanvrager.uitkeringen", "bevat_geen": ["aow", "aio"]}"#, #"{"aanvrager": {"uitkeringen": ["ww"]}}"#, .ja),
            (#"{"feit": "aanvrager.uitkeringen", "bevat_geen": ["aow"]}"#, #"{"aanvrager": {"uitkeringen": ["aow"]}}"#, .nee),
        ]
        for (condition, household, expected) in cases {
            #expect(try evaluate(condition, household: household).status == expected, "\(condition) \(household)")
        }
    }

    @Test func compositesFollowKleene() throws {
        let c = #"{"alle": [{"feit": "aanvrager.zorgverzekerd", "is": true}, {"een_van": [{"feit": "aanvrager.leeftijd", "minimaal": 65}, {"niet": {"feit": "huishouden.heeft_partner", "is": true}}]}]}"#
        #expect(try evaluate(c, household: #"{"aanvrager": {"zorgverzekerd": true, "leeftijd": 70}}"#).status == .ja)
        #expect(try evaluate(c, household: #"{"aanvrager": {"zorgverzekerd": true, "leeftijd": 30}, "partner": null}"#).status == .ja)
        #expect(try evaluate(c, household: #"{"aanvrager": {"zorgverzekerd": true, "leeftijd": 30}, "partner": {}}"#).status == .nee)
        let partial = try evaluate(c, household: #"{"aanvrager": {"zorgverzekerd": true, "leeftijd": 30}}"#)
        #expect(partial.status == .mogelijk)
        #expect(partial.missing == ["partner"])
        #expect(try evaluate(c, household: #"{"aanvrager": {"zorgverzekerd": false}}"#).status == .nee)
    }

    @Test func implicationOnlyTestsWhenThePremiseHolds() throws {
        let c = #"{"als": {"feit": "huishouden.heeft_partner", "is": true}, "dan": {"feit": "partner.leeftijd", "minimaal": 21}}"#
        #expect(try evaluate(c, household: #"{"partner": null}"#).status == .ja)
        #expect(try evaluate(c, household: #"{"partner": {"leeftijd": 25}}"#).status == .ja)
        #expect(try evaluate(c, household: #"{"partner": {"leeftijd": 19}}"#).status == .nee)
        #expect(try evaluate(c, household: #"{"partner": {}}"#).status == .mogelijk)
        #expect(try evaluate(c, household: #"{}"#).status == .mogelijk)
    }

    @Test func manualConditionsKeepTheSchemeAtMogelijk() throws {
        let o = try evaluate(#"{"alle": [{"feit": "aanvrager.leeftijd", "minimaal": 18}, {"handmatig": "Is de partner overleden?"}]}"#,
                             household: #"{"aanvrager": {"leeftijd": 40}}"#)
        #expect(o.status == .mogelijk)
        #expect(o.missing.isEmpty)
        #expect(o.explain().reasons.contains { $0.contains("Is de partner overleden?") })
        let failing = try evaluate(#"{"alle": [{"feit": "aanvrager.leeftijd", "minimaal": 18}, {"handmatig": "Vraag?"}]}"#,
                                   household: #"{"aanvrager": {"leeftijd": 17}}"#)
        #expect(failing.status == .nee)
    }

    @Test func comparisonWithAnotherFact() throws {
        let c = #"{"feit": "vermogen.totaal", "maximaal": {"feit": "norm.vermogensgrens"}}"#
        let single = #"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 30}, "partner": null, "kinderen": [], "vermogen": {"totaal": %@}}"#
        #expect(try evaluate(c, household: single.replacingOccurrences(of: "%@", with: "8000")).status == .ja)
        #expect(try evaluate(c, household: single.replacingOccurrences(of: "%@", with: "8001")).status == .nee)
        let o = try evaluate(c, household: #"{"vermogen": {"totaal": 9000}}"#)
        #expect(o.status == .mogelijk)
        #expect(Set(o.missing) == ["partner", "kinderen"])
    }

    static let partnerLimit = #"{"grens": {"omschrijving": "de grens", "eenheid": "euro_per_jaar", "per": "huishouden.heeft_partner", "waarden": [{"vanaf": "2025-01-01", "waarde": {"nee": 100, "ja": 200}, "bron": "https://example.org", "zekerheid": "geverifieerd"}]}}"#

    @Test func variantsWithAnUnknownSelectorAreTriedAll() throws {
        let c = #"{"feit": "inkomen.toetsingsinkomen", "maximaal": "grens"}"#
        func status(_ income: Int, _ partner: String) throws -> Status {
            let partnerPart = partner.isEmpty ? "" : #", "partner": \#(partner)"#
            return try evaluate(c, parameters: Self.partnerLimit, household: #"{"inkomen": {"toetsingsinkomen_per_jaar": \#(income)}\#(partnerPart)}"#).status
        }
        #expect(try status(90, "") == .ja)       // below both limits
        #expect(try status(250, "") == .nee)     // above both limits
        #expect(try status(150, "") == .mogelijk) // depends on the partner
        #expect(try status(150, "null") == .nee)
        #expect(try status(150, "{}") == .ja)
        let o = try evaluate(c, parameters: Self.partnerLimit, household: #"{"inkomen": {"toetsingsinkomen_per_jaar": 150}}"#)
        #expect(o.missing == ["partner"])
    }

    @Test func estimatesDecideOnlyWithAMargin() throws {
        // A working single person; the toetsingsinkomen is estimated from net income with the 2026 tax rules.
        let c = #"{"feit": "inkomen.toetsingsinkomen", "maximaal": 30000}"#
        func household(_ net: Int) -> String {
            #"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 35, "werk_uren_per_week": 36}, "partner": null, "inkomen": {"netto_per_maand": \#(net)}}"#
        }
        let low = try evaluate(c, household: household(1200))
        #expect(low.status == .ja)
        #expect(low.explain().usesEstimate)
        let high = try evaluate(c, household: household(3500))
        #expect(high.status == .nee)
        let close = try evaluate(c, household: household(2100))
        #expect(close.status == .mogelijk)
        #expect(close.missing == ["inkomen.toetsingsinkomen_per_jaar"])
        #expect(close.explain().reasons.contains { $0.contains("te dicht bij") })
    }

    @Test func sentencesShowTheFiguresAndTheYear() throws {
        let o = try evaluate(#"{"feit": "inkomen.toetsingsinkomen", "maximaal": "grens"}"#, parameters: Self.partnerLimit,
                             household: #"{"peildatum": "2025-06-01", "inkomen": {"toetsingsinkomen_per_jaar": 150}, "partner": {}}"#)
        #expect(o.explain().reasons == ["Het toetsingsinkomen (€ 150 per jaar) is niet hoger dan de grens van € 200 per jaar (2025)."])
    }

    @Test func amountsFollowTheFormulaAndRounding() throws {
        let o = try evaluate(#"{"feit": "aanvrager.leeftijd", "minimaal": 18}"#, household: #"{"aanvrager": {"leeftijd": 30}, "kinderen": [{"leeftijd": 3}, {"leeftijd": 13}]}"#,
                             amount: #"{"periode": "jaar", "formule": "max(0, 1000.4 * huishouden.aantal_kinderen - 1) + als(kinderen.aantal_12_17 >= 1, 0.5, 0)", "afronding": "euro", "maand_afronding": "euro_beneden"}"#)
        #expect(o.amount?.perYear == 2000)
        #expect(o.amount?.perMonth == 166)
        let unknown = try evaluate(#"{"feit": "aanvrager.leeftijd", "minimaal": 18}"#, household: #"{"aanvrager": {"leeftijd": 30}}"#,
                                   amount: #"{"periode": "maand", "formule": "100 * huishouden.aantal_kinderen"}"#)
        #expect(unknown.amount?.perMonth == nil)
        #expect(unknown.amount?.missing == ["kinderen"])
    }
}

extension Engine {
    /// Evaluates one scheme outside a catalogue, with the household's facts (tests only).
    func evaluate(_ scheme: Scheme, facts: FactSet, household: Household, overrides: [String: Parameter]?,
                  municipalityKnown: Bool, precomputedGates: PrecomputedGates?) -> Outcome {
        let context = EvaluationContext(facts: facts, overrides: overrides.map { [scheme.id: $0] } ?? [:], municipalityKnown: municipalityKnown)
        return evaluate(scheme, context: context, household: household, overrides: overrides, precomputedGates: precomputedGates)
    }
}
