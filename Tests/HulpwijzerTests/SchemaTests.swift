import Foundation
import Testing
@testable import Hulpwijzer

/// The JSON Schemas in `data/schema/` name exactly the keys the loader accepts, so an editor's
/// completion and the validator cannot drift apart; and every municipal file names its schema.
@Suite struct SchemaTests {
    /// One object in a schema, and the keys the loader accepts there.
    struct Place: CustomTestStringConvertible, Sendable {
        let schema: String
        let path: [String]
        let keys: [String]
        var testDescription: String { "\(schema) \(path.joined(separator: "/"))" }
    }

    static let places: [Place] = [
        Place(schema: "gemeente", path: [], keys: CatalogueLoader.localKeys + ["$schema"]),
        Place(schema: "regio", path: [], keys: CatalogueLoader.regionKeys + ["$schema"]),
        Place(schema: "gemeente", path: ["properties", "niet_gevonden", "items"], keys: CatalogueReader.notFoundKeys),
        Place(schema: "regio", path: ["properties", "niet_gevonden", "items"], keys: CatalogueReader.notFoundKeys),
        Place(schema: "parameters", path: [], keys: CatalogueLoader.parameterFileKeys + ["$schema"]),
        Place(schema: "parameters", path: ["$defs", "parameter"], keys: CatalogueReader.parameterKeys + CatalogueReader.valueKeys),
        Place(schema: "parameters", path: ["$defs", "waarde"], keys: CatalogueReader.valueKeys),
        Place(schema: "regeling", path: [], keys: CatalogueReader.schemeKeys + ["$schema"]),
        Place(schema: "regeling", path: ["$defs", "regeling"], keys: CatalogueReader.schemeKeys),
        Place(schema: "regeling", path: ["$defs", "toets"], keys: ["feit", "uitleg"] + Condition.Operator.keys),
        // These three lists are written inline in CatalogueReader+Scheme.swift.
        Place(schema: "regeling", path: ["$defs", "wettelijke_basis"], keys: ["wet", "artikel", "link"]),
        Place(schema: "regeling", path: ["$defs", "aanvragen"], keys: ["hoe", "link", "termijn", "terugwerkende_kracht"]),
        Place(schema: "regeling", path: ["$defs", "bedrag"], keys: ["periode", "formule", "afronding", "maand_afronding", "toelichting", "geldig_van", "nul_is_nee"]),
        Place(schema: "sjabloon", path: [], keys: Templates.fileKeys + ["$schema"]),
        Place(schema: "sjabloon", path: ["$defs", "regeling"], keys: Templates.schemeKeys),
        Place(schema: "sjabloon", path: ["$defs", "invulling"], keys: Templates.entryKeys),
    ]

    static func schema(_ name: String) throws -> JSONObject {
        let url = URL(fileURLWithPath: TestSupport.dataDirectory).appendingPathComponent("schema/\(name).schema.json")
        return try #require(try JSONParser.parse(Array(try Data(contentsOf: url))).objectValue)
    }

    @Test(arguments: places) func theSchemaNamesExactlyTheKeysTheLoaderAccepts(_ place: Place) throws {
        var object = try Self.schema(place.schema)
        for step in place.path { object = try #require(object[step]?.objectValue, "\(step) ontbreekt") }
        let properties = try #require(object["properties"]?.objectValue)
        #expect(Set(properties.keys) == Set(place.keys))
        #expect(object["additionalProperties"] == .bool(false))
    }

    @Test func theConditionNodesAreTheReadersNodes() throws {
        let node = try #require(try Self.schema("regeling")["$defs"]?.objectValue?["voorwaarde"]?.objectValue)
        let kinds = node["anyOf"]?.arrayValue ?? []
        let keys = kinds.flatMap { $0.objectValue?["properties"]?.objectValue?.keys ?? [] }
        #expect(Set(keys) == ["alle", "een_van", "niet", "handmatig", "als", "dan"])
        #expect(kinds.contains { $0.objectValue?["$ref"] == .string("#/$defs/toets") })
    }

    @Test(arguments: ["gemeente", "regio", "parameters", "regeling", "sjabloon"])
    func everySchemaIsDraft202012(_ name: String) throws {
        let schema = try Self.schema(name)
        #expect(schema["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
        #expect(schema["$id"]?.stringValue?.hasSuffix("/\(name).schema.json") == true)
    }

    @Test(arguments: [("gemeenten/lokaal", "../../schema/gemeente.schema.json"), ("gemeenten/regio", "../../schema/regio.schema.json"),
                      ("sjablonen", "../schema/sjabloon.schema.json")])
    func everyMunicipalFileNamesItsSchema(_ folder: String, _ schema: String) throws {
        let dir = URL(fileURLWithPath: TestSupport.dataDirectory).appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".json") }
        #expect(!names.isEmpty)
        for name in names {
            let value = try JSONParser.parse(Array(try Data(contentsOf: dir.appendingPathComponent(name))))
            #expect(value.objectValue?["$schema"] == .string(schema), "\(folder)/\(name)")
        }
    }
}
