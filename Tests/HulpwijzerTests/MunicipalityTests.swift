import Foundation
import Testing
@testable import Hulpwijzer

@Suite struct MunicipalityTests {
    var registry: MunicipalityRegistry { TestSupport.catalogue.municipalities }

    @Test func all342MunicipalitiesResolveByCodeAndName() throws {
        #expect(registry.all.count == 342)
        #expect(registry.all.reduce(0) { $0 + $1.inhabitants } == 18_130_208)
        for m in registry.all {
            #expect(try registry.resolve(m.code).code == m.code)
            #expect(try registry.resolve(m.code.lowercased()).code == m.code)
            #expect(try registry.resolve(m.name).code == m.code, "\(m.name)")
            #expect(try registry.resolve(m.name.uppercased()).code == m.code, "\(m.name)")
        }
    }

    @Test func everyAliasResolvesToItsCode() throws {
        let csv = try String(contentsOfFile: TestSupport.dataDirectory + "/gemeenten/aliassen.csv", encoding: .utf8)
        let rows = CSV.rows(csv).dropFirst()
        #expect(rows.count == 216)
        for row in rows {
            #expect(try registry.resolve(row[0]).code == row[1], "\(row[0])")
        }
    }

    @Test(arguments: [
        ("Den Bosch", "GM0796"), ("den bosch", "GM0796"), ("'s-Hertogenbosch", "GM0796"), ("’s-Hertogenbosch", "GM0796"),
        ("s Hertogenbosch", "GM0796"), ("Den Haag", "GM0518"), ("Sudwest-Fryslan", "GM1900"), ("súdwest fryslân", "GM1900"),
        ("GM0363", "GM0363"), ("0363", "GM0363"), ("Nuenen", "GM0820"), ("Bergen NH", "GM0373"), ("Bergen (L.)", "GM0893"),
        ("Capelle a/d IJssel", "GM0502"), ("  Leiden ", "GM0546"), ("Weesp", "GM0363"),
    ])
    func forgivingMatching(input: String, code: String) throws {
        #expect(try registry.resolve(input).code == code)
    }

    @Test(arguments: ["Bergen", "bergen", "Haren", "Alphen"])
    func ambiguousNamesAskWhichOne(input: String) {
        do {
            _ = try registry.resolve(input)
            Issue.record("\(input) should be ambiguous")
        } catch {
            guard case .ambiguous(_, let candidates) = error else { Issue.record("\(error)"); return }
            #expect(candidates.count >= 2)
            #expect(error.description.contains("Welke wordt bedoeld?"))
        }
    }

    @Test func unknownNameSuggestsTheClosest() {
        do {
            _ = try registry.resolve("Rotterdm")
            Issue.record("expected an error")
        } catch {
            guard case .unknown(_, let suggestions) = error else { Issue.record("\(error)"); return }
            #expect(suggestions.first?.code == "GM0599")
        }
        #expect(throws: MunicipalityLookupError.self) { try registry.resolve("GM9999") }
        #expect(throws: MunicipalityLookupError.self) { try registry.resolve("") }
    }
}
