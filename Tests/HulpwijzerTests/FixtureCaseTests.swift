import Foundation
import Testing
@testable import Hulpwijzer

/// Golden households in Fixtures/gevallen: the contract's example cases and one or more
/// cases per scheme and municipality, each with the statuses (and amounts) they must get.
@Suite struct FixtureCaseTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var testDescription: String { file }
    }

    static func files() -> [Case] {
        let dir = TestSupport.fixtures.appendingPathComponent("gevallen").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { Case(file: $0) }
    }

    @Test func thereAreFixtures() {
        #expect(Self.files().count >= 5)
    }

    @Test(arguments: files())
    func fixture(_ c: Case) throws {
        let url = TestSupport.fixtures.appendingPathComponent("gevallen").appendingPathComponent(c.file)
        let doc = try JSONParser.parse([UInt8](try Data(contentsOf: url)))
        guard case .object(let o) = doc, let household = o["household"] else {
            Issue.record("\(c.file): no household")
            return
        }
        let evaluation = try TestSupport.engine.evaluate(try HouseholdDecoder.decode(household))
        let byID = Dictionary(evaluation.outcomes.map { ($0.scheme.id, $0) }, uniquingKeysWith: { a, _ in a })
        // The missing facts found in the fast pass are exactly those of the explaining tests
        // (or, for a scheme whose amount decides, those of the amount).
        for o in evaluation.outcomes where o.status == .mogelijk {
            let x = o.explain()
            let fromTraces = Set(x.traces.filter { $0.truth == .unknown }.flatMap(\.missing))
            let fromAmount = Set(o.amount?.missing ?? [])
            #expect(Set(o.missing) == fromTraces || (fromTraces.isEmpty && Set(o.missing) == fromAmount),
                    "\(c.file): \(o.scheme.id): \(o.missing) vs \(fromTraces.sorted())")
        }
        for o in evaluation.outcomes where o.status == .nee {
            #expect(!o.explain().traces.isEmpty || o.scheme.amount?.zeroMeansNo == true || !o.notes.isEmpty, "\(c.file): \(o.scheme.id) is nee without a reason")
        }
        guard case .object(let expect)? = o["expect"] else {
            Issue.record("\(c.file): no expect")
            return
        }
        for (id, want) in expect.members {
            if case .null = want {
                #expect(byID[id] == nil, "\(c.file): \(id) should not be listed for this household, is \(byID[id]?.status.rawValue ?? "")")
                continue
            }
            let allowed: [String] = want.stringValue.map { [$0] } ?? want.arrayValue?.compactMap(\.stringValue) ?? []
            let got = byID[id]?.status.rawValue
            #expect(got.map(allowed.contains) == true, "\(c.file): \(id) is \(got ?? "absent"), expected \(allowed); reasons: \(byID[id]?.explain().reasons ?? [])")
        }
        if case .object(let amounts)? = o["bedrag"] {
            for (id, fields) in amounts.members {
                guard case .object(let f) = fields else { continue }
                let a = byID[id]?.amount
                for (key, value) in f.members {
                    let got: Double?
                    switch key {
                    case "per_maand": got = a?.perMonth?.euros
                    case "per_jaar": got = a?.perYear?.euros
                    case "per_kwartaal": got = a?.perQuarter?.euros
                    case "eenmalig": got = a?.once?.euros
                    default:
                        Issue.record("\(c.file): unknown amount key \(key)")
                        continue
                    }
                    if case .null = value {
                        #expect(got == nil, "\(c.file): \(id).\(key) should be absent, is \(got.map(String.init(describing:)) ?? "")")
                    } else {
                        let want = value.numberValue ?? .nan
                        #expect(got.map { abs($0 - want) < 0.005 } == true, "\(c.file): \(id).\(key) is \(got.map(String.init(describing:)) ?? "absent"), expected \(want)")
                    }
                }
            }
        }
    }
}
