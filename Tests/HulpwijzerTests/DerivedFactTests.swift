import Foundation
import Testing
@testable import Hulpwijzer

/// Each derived fact comes from one declared unit, and the catalogue must hold every parameter the units declare.
@Suite struct DerivedFactTests {
    @Test func everyDerivedFactHasExactlyOneUnit() {
        let derived = FactRegistry.all.filter(\.derived).map(\.name)
        let produced = DerivedFact.all.flatMap(\.produces).map(\.name)
        #expect(produced.sorted() == derived.sorted())
        #expect(Set(produced).count == produced.count, "a fact is produced by two units")
    }

    @Test func everyDeclaredParameterIsInTheBundledCatalogue() {
        let globals = TestSupport.catalogue.globals
        for unit in DerivedFact.all {
            for name in unit.parameters { #expect(globals[name] != nil, "\(unit.concept): \(name)") }
        }
    }

    @Test func aMissingDeclaredParameterIsACatalogueErrorNamingIt() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hw-derived-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: TestSupport.dataDirectory), to: dir)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("parameters/participatiewet.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        let renamed = text.replacingOccurrences(of: "\"pw.kostendeler.minimumleeftijd\"", with: "\"pw.kostendeler.leeftijd_hernoemd\"")
        #expect(renamed != text)
        try renamed.write(to: file, atomically: true, encoding: .utf8)
        var found: [String] = []
        do { _ = try Catalogue.load(from: dir.path) } catch { found = error.diagnostics.map(\.description) }
        #expect(found.contains("parameters/: pw.kostendeler.minimumleeftijd: landelijke parameter ontbreekt; het afgeleide feit kostendelers (Pw art. 19a en 22a) heeft hem nodig"), "\(found)")
    }
}
