import Foundation
import Testing
@testable import Hulpwijzer

/// The golden cases of the case tables in Fixtures/{contract,regelingen,gemeenten}: each case is
/// one argument, named `table › naam`, with the statuses (and amounts) it must get.
@Suite struct FixtureCaseTests {
    /// Every table loads (a malformed one fails here, naming file and case) and each folder has cases.
    @Test func everyFolderHasCases() throws {
        let cases = try FixtureCases.all()
        for folder in FixtureCases.folders {
            #expect(cases.contains { $0.folder == folder }, "no cases in Fixtures/\(folder)")
        }
    }

    @Test(arguments: try FixtureCases.all())
    func fixture(_ c: FixtureCases.Case) throws {
        let evaluation = try TestSupport.engine.evaluate(try HouseholdDecoder.decode(c.household))
        let byID = Dictionary(evaluation.outcomes.map { ($0.scheme.id, $0) }, uniquingKeysWith: { a, _ in a })
        // The missing facts found in the fast pass are exactly those of the explaining tests
        // (or, for a scheme whose amount decides, those of the amount).
        for o in evaluation.outcomes where o.status == .mogelijk {
            let fromTraces = Set(o.traces.filter { $0.truth == .unknown }.flatMap(\.missing))
            let fromAmount = Set(o.amount?.missing ?? [])
            #expect(Set(o.missing) == fromTraces || (fromTraces.isEmpty && Set(o.missing) == fromAmount),
                    "\(c.name): \(o.scheme.id): \(o.missing) vs \(fromTraces.sorted())")
        }
        for o in evaluation.outcomes where o.status == .nee {
            #expect(!o.traces.isEmpty || o.scheme.amount?.zeroMeansNo == true || !o.reasons.isEmpty, "\(c.name): \(o.scheme.id) is nee without a reason")
        }
        for (id, want) in c.verwacht.members {
            if case .null = want {
                #expect(byID[id] == nil, "\(c.name): \(id) should not be listed for this household, is \(byID[id]?.status.rawValue ?? "")")
                continue
            }
            let allowed: [String] = want.stringValue.map { [$0] } ?? want.arrayValue?.compactMap(\.stringValue) ?? []
            let got = byID[id]?.status.rawValue
            #expect(got.map(allowed.contains) == true, "\(c.name): \(id) is \(got ?? "absent"), expected \(allowed); reasons: \(byID[id]?.reasons ?? [])")
        }
        for (id, fields) in c.bedrag?.members ?? [] {
            let a = byID[id]?.amount
            for (key, value) in fields.objectValue?.members ?? [] {
                let got: Double?
                switch key {
                case "per_maand": got = a?.perMonth
                case "per_jaar": got = a?.perYear
                case "per_kwartaal": got = a?.perQuarter
                default: got = a?.once
                }
                if case .null = value {
                    #expect(got == nil, "\(c.name): \(id).\(key) should be absent, is \(got.map(String.init(describing:)) ?? "")")
                } else {
                    let want = value.numberValue ?? .nan
                    #expect(got.map { abs($0 - want) < 0.005 } == true, "\(c.name): \(id).\(key) is \(got.map(String.init(describing:)) ?? "absent"), expected \(want)")
                }
            }
        }
    }

    /// A malformed table fails loudly, naming the file and the case.
    @Test(arguments: [
        (#"{"basis": {}, "gevallen": [{"naam": "a", "waarom": "w", "verwacht": {"aow": "ja"}, "verwachting": {}}]}"#,
         #"regelingen/aow.json › a: onbekende sleutel "verwachting""#),
        (#"{"basis": {}, "gevallen": [{"naam": "a", "waarom": "w", "huishouden": {"aanvrager": {"leeftijd": 70}}}]}"#,
         #"regelingen/aow.json › a: "verwacht" ontbreekt"#),
        (#"{"basis": {"aanvrager": {"leeftijd": 70}}, "gevallen": [{"naam": "a", "waarom": "w", "huishouden": {"aanvrager": {"leeftjd": 3}}, "verwacht": {"aow": "ja"}}]}"#,
         "regelingen/aow.json › a: het huishouden past niet in het contract: aanvrager.leeftjd: onbekend veld."),
        (#"{"basis": {}, "gevallen": [{"naam": "a", "waarom": "w", "verwacht": {"aow": "misschien"}}]}"#,
         "regelingen/aow.json › a: verwacht.aow:"),
        (#"{"basis": {}, "gevallen": [{"naam": "a", "waarom": "w", "verwacht": {"aow": "ja"}, "bedrag": {"aow": {"per_week": 1}}}]}"#,
         "regelingen/aow.json › a: bedrag.aow.per_week:"),
        (#"{"basis": {}, "gevallen": [{"naam": "a", "waarom": "w", "verwacht": {"aow": "ja"}}, {"naam": "a", "waarom": "w", "verwacht": {"aow": "ja"}}]}"#,
         "regelingen/aow.json › a: de naam komt twee keer voor"),
        (#"{"basis": {}, "gevallen": [{"waarom": "w", "verwacht": {"aow": "ja"}}]}"#,
         #"regelingen/aow.json › geval 1: "naam" ontbreekt"#),
        (#"{"basis": {}, "cases": []}"#, #"regelingen/aow.json: onbekende sleutel "cases""#),
    ])
    func malformedTableFailsNamingFileAndCase(table: String, message: String) {
        do {
            let cases = try FixtureCases.cases(in: Array(table.utf8), file: "regelingen/aow.json")
            Issue.record("accepted \(cases.count) cases")
        } catch {
            #expect("\(error)".hasPrefix(message), "\(error)")
        }
    }

    /// A case's household is merged onto the basis: objects key by key, arrays and scalars
    /// replace, `null` replaces, and new keys come after the basis's.
    @Test func caseIsMergedOntoBasis() throws {
        let table = #"""
            {"basis": {"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 40, "uitkeringen": ["ww"]}, "partner": {"leeftijd": 41}},
             "gevallen": [{"naam": "a", "waarom": "w", "verwacht": {"aow": "nee"},
                           "huishouden": {"aanvrager": {"uitkeringen": [], "zorgverzekerd": true}, "partner": null, "kinderen": [{"leeftijd": 3}]}}]}
            """#
        let c = try #require(try FixtureCases.cases(in: Array(table.utf8), file: "regelingen/aow.json").first)
        let want = try JSONParser.parse(#"""
            {"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 40, "uitkeringen": [], "zorgverzekerd": true}, "partner": null, "kinderen": [{"leeftijd": 3}]}
            """#)
        #expect(c.household == want)
        #expect(c.name == "aow › a")
        #expect(c.folder == "regelingen")
    }
}
