import Foundation
import Testing
@testable import Hulpwijzer

/// File I/O happens in `Engine.prepare`, never in evaluation; a broken municipality file is a
/// catalogue error, not a household error; each municipality is read once (issue 7, item 9).
@Suite struct PreparationTests {
    /// A copy of the bundled catalogue with one municipality file broken.
    static func brokenCopy() throws -> String {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("hw-prep-\(UUID().uuidString)")
        try fm.copyItem(at: URL(fileURLWithPath: TestSupport.dataDirectory), to: dir)
        try "{kapot".write(to: dir.appendingPathComponent("gemeenten/lokaal/GM0268.json"), atomically: true, encoding: .utf8)
        return dir.path
    }

    @Test func aBrokenMunicipalityFileIsACatalogueError() throws {
        let dir = try Self.brokenCopy()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let engine = Engine(catalogue: try Catalogue.load(from: dir))
        let household = try TestSupport.household(#"{"peildatum": "2026-03-01", "gemeente": "Nijmegen"}"#)
        #expect {
            try engine.prepare(household)
        } throws: { error in
            guard case .catalogue(let e)? = error as? EvaluationError else { return false }
            return e.description.contains("GM0268.json")
        }
        let r = TestSupport.cli(["check", "--gemeente", "Nijmegen", "--catalogus", dir])
        #expect(r.status == 1)
        #expect(r.stderr.contains("de catalogus is niet in orde"))
        #expect(!r.stderr.contains("het huishouden is niet te toetsen"))
    }

    @Test func anUnknownMunicipalityIsAHouseholdError() throws {
        let household = try TestSupport.household(#"{"gemeente": "Amsterdm"}"#)
        #expect {
            try TestSupport.engine.prepare(household)
        } throws: { ($0 as? EvaluationError)?.householdProblems?.first?.path == "gemeente" }
    }

    @Test func evaluatingAPreparationEqualsTheConvenience() throws {
        let catalogue = try Catalogue.load(from: TestSupport.dataDirectory)
        let engine = Engine(catalogue: catalogue)
        let household = try TestSupport.household(#"{"peildatum": "2026-03-01", "gemeente": "Nijmegen", "aanvrager": {"leeftijd": 40}}"#)
        let prepared = try engine.prepare(household)
        let a = try engine.evaluate(household, prepared: prepared, options: .init(defaultPeildatum: Day(year: 2026, month: 3, day: 1)!))
        let b = try engine.evaluate(household)
        #expect(JSONRenderer.render(a, includeNo: true) == JSONRenderer.render(b, includeNo: true))
        #expect(prepared.local?.code == "GM0268")
    }

    @Test func concurrentQueriesShareOneRead() throws {
        let catalogue = try Catalogue.load(from: TestSupport.dataDirectory)
        let loaded = Mutex<[LocalCatalogue]>([])
        DispatchQueue.concurrentPerform(iterations: 16) { _ in
            if let l = try? catalogue.local(for: "GM0599") { loaded.withLock { $0.append(l) } }
        }
        let all = loaded.withLock { $0 }
        #expect(all.count == 16)
        #expect(Set(all.map { $0.schemes.map(\.id) }).count == 1)
        // The same scheme objects: one read, shared.
        #expect(all.allSatisfy { $0.schemes.first === all[0].schemes.first })
    }
}
