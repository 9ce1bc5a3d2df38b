import Foundation
import Testing
@testable import Hulpwijzer

/// `GET /api/uitleg/{id}`: the rule of one scheme as JSON, the same content as `hulpwijzer
/// uitleg`, described in docs/openapi.json (issue 12, item 4).
@Suite struct ExplainAPITests {
    static let service = DeskService(catalogue: TestSupport.catalogue, catalogueDirectory: TestSupport.dataDirectory,
                                     address: "127.0.0.1", port: 8080, today: { Day(year: 2026, month: 3, day: 1)! })

    static func document(_ r: HTTPResponse) throws -> JSONObject {
        try #require(try JSONParser.parse(r.body).objectValue)
    }

    @Test func aNationalSchemeGivesItsRuleWithTheTextOfTheCLI() throws {
        let r = Self.service.explain("kinderbijslag", query: ["peildatum": "2026-03-01"])
        #expect(r.status == 200)
        let doc = try Self.document(r)
        #expect(doc["regeling"] == .string("kinderbijslag"))
        #expect(doc["lokaal"] == .bool(false))
        #expect(doc["peildatum"] == .string("2026-03-01"))
        #expect(doc["uitvoerder"]?.stringValue?.hasPrefix("SVB") == true)
        #expect((doc["voorwaarden"]?.arrayValue?.count ?? 0) >= 2)
        #expect((doc["bedragen_en_grenzen"]?.arrayValue?.count ?? 0) >= 1)
        let cli = TestSupport.cli(["uitleg", "kinderbijslag", "--peildatum", "2026-03-01"])
        #expect(cli.status == 0)
        #expect(doc["tekst"] == .string(cli.stdout))
    }

    @Test func nestedConditionsKeepTheirLevel() throws {
        let doc = try Self.document(Self.service.explain("huurtoeslag", query: [:]))
        let levels = (doc["voorwaarden"]?.arrayValue ?? []).compactMap { $0.objectValue?["niveau"]?.numberValue }
        #expect(levels.contains(0))
        #expect(levels.allSatisfy { $0 >= 0 && $0 == $0.rounded() })
        let texts = (doc["voorwaarden"]?.arrayValue ?? []).compactMap { $0.objectValue?["tekst"]?.stringValue }
        #expect(texts.allSatisfy { $0.hasPrefix("- ") })
    }

    @Test func aMunicipalSchemeNeedsItsMunicipality() throws {
        let without = Self.service.explain("gm0344-u-pas", query: [:])
        #expect(without.status == 404)
        let message = try Self.document(without)["fout"]?.stringValue ?? ""
        #expect(message.contains("gemeentelijke regeling"))
        let with = Self.service.explain("gm0344-u-pas", query: ["gemeente": "Utrecht"])
        #expect(with.status == 200)
        #expect(try Self.document(with)["lokaal"] == .bool(true))
    }

    @Test func badInputIsNamedByField() throws {
        let unknown = Self.service.explain("kinderbijslg", query: [:])
        #expect(unknown.status == 404)
        #expect((try Self.document(unknown)["fout"]?.stringValue ?? "").contains("kinderbijslag"))
        let date = Self.service.explain("kinderbijslag", query: ["peildatum": "1-3-2026"])
        #expect(date.status == 400)
        #expect(try Self.document(date)["fouten"]?.arrayValue?.first?.objectValue?["veld"] == .string("peildatum"))
        let town = Self.service.explain("kinderbijslag", query: ["gemeente": "Atlantis"])
        #expect(town.status == 400)
        #expect(try Self.document(town)["fouten"]?.arrayValue?.first?.objectValue?["veld"] == .string("gemeente"))
    }

    /// Every key the OpenAPI schema `Uitleg` requires is in the answer, and nothing else.
    @Test func theAnswerMatchesItsOpenAPISchema() throws {
        let url = TestSupport.root.appendingPathComponent("docs/openapi.json")
        let api = try JSONParser.parse([UInt8](try Data(contentsOf: url)))
        let schema = try #require(api.objectValue?["components"]?.objectValue?["schemas"]?.objectValue?["Uitleg"]?.objectValue)
        let required = Set((schema["required"]?.arrayValue ?? []).compactMap(\.stringValue))
        let described = Set(schema["properties"]?.objectValue?.members.map(\.key) ?? [])
        for id in ["kinderbijslag", "zorgtoeslag", "bijzondere-bijstand"] {
            let keys = Set(try Self.document(Self.service.explain(id, query: [:])).members.map(\.key))
            #expect(required.isSubset(of: keys), "\(id): missing \(required.subtracting(keys))")
            #expect(keys.isSubset(of: described), "\(id): undescribed \(keys.subtracting(described))")
        }
    }
}
