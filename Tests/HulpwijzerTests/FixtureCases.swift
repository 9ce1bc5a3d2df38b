import Foundation
import Testing
@testable import Hulpwijzer

/// The golden test cases, read from the case tables in `Fixtures/contract`, `Fixtures/regelingen`
/// (one table per national scheme) and `Fixtures/gemeenten` (one table per municipality): what
/// the snapshot net and the fixture tests iterate over.
///
/// A table is `{"basis": {household}, "gevallen": [case, …]}`; a case is `{"naam", "waarom",
/// "huishouden"?, "verwacht", "bedrag"?}`, and its `huishouden` is deep-merged onto `basis`
/// (objects merge key by key; arrays, scalars and `null` replace). A malformed table is an error
/// that names the file and the case.
enum FixtureCases {
    /// The folders under `Fixtures/` that hold case tables.
    static let folders = ["contract", "regelingen", "gemeenten"]
    /// The statuses a case may expect.
    static let statuses: Set<String> = ["ja", "mogelijk", "nee"]
    /// The amount fields a case may check.
    static let amountKeys: Set<String> = ["per_maand", "per_jaar", "per_kwartaal", "eenmalig"]
    /// The keys of a table.
    static let tableKeys: Set<String> = ["basis", "gevallen"]
    /// The keys of a case.
    static let caseKeys: Set<String> = ["naam", "waarom", "huishouden", "verwacht", "bedrag"]

    /// One case: its table, its name, the merged household and what it must get.
    struct Case: Sendable, CustomTestStringConvertible {
        /// The folder under `Fixtures/` (`gemeenten`).
        var folder: String
        /// The table's file name without `.json` (`GM0014`, `huurtoeslag`).
        var table: String
        var naam: String
        var waarom: String
        /// `basis` with the case's `huishouden` merged onto it.
        var household: JSONValue
        /// Per scheme id: a status, a list of allowed statuses, or `null` (must not be listed).
        var verwacht: JSONObject
        /// Per scheme id: amount fields and their values (`null`: must be absent).
        var bedrag: JSONObject?

        /// The stable name of the case, `table › naam`: the key of the snapshot net.
        var name: String { "\(table) › \(naam)" }
        var testDescription: String { name }
    }

    /// A malformed table or case, named by file and (when known) case.
    struct TableError: Error, CustomStringConvertible {
        var file: String
        var naam: String?
        var message: String
        var description: String { "\(file)\(naam.map { " › \($0)" } ?? ""): \(message)" }
    }

    /// Every case of every table, tables sorted by folder and name, cases in table order.
    static func all() throws -> [Case] {
        var result: [Case] = []
        var seen: Set<String> = []
        for folder in folders {
            let dir = TestSupport.fixtures.appendingPathComponent(folder)
            let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".json") }.sorted()
            for file in files {
                let bytes = [UInt8](try Data(contentsOf: dir.appendingPathComponent(file)))
                for c in try cases(in: bytes, file: "\(folder)/\(file)") {
                    guard seen.insert(c.name).inserted else {
                        throw TableError(file: "\(folder)/\(file)", naam: c.naam, message: "de naam \(c.name) komt al voor in een andere tabel")
                    }
                    result.append(c)
                }
            }
        }
        return result
    }

    /// The cases of one table; `file` is its path under `Fixtures/` (`gemeenten/GM0014.json`).
    static func cases(in bytes: [UInt8], file: String) throws -> [Case] {
        let parts = file.split(separator: "/").map(String.init)
        let folder = parts.count > 1 ? parts[parts.count - 2] : ""
        let table = (parts.last ?? file).replacingOccurrences(of: ".json", with: "")
        func fail(_ naam: String?, _ message: String) -> TableError { TableError(file: file, naam: naam, message: message) }
        let doc: JSONValue
        do { doc = try JSONParser.parse(bytes) } catch { throw fail(nil, "geen geldige JSON: \(error)") }
        guard let top = doc.objectValue else { throw fail(nil, "de tabel is geen object") }
        if let unknown = top.keys.first(where: { !tableKeys.contains($0) }) { throw fail(nil, "onbekende sleutel \"\(unknown)\"") }
        guard case .object? = top["basis"] else { throw fail(nil, "\"basis\" ontbreekt of is geen object") }
        guard let rows = top["gevallen"]?.arrayValue, !rows.isEmpty else { throw fail(nil, "\"gevallen\" ontbreekt of is leeg") }
        var names: Set<String> = []
        return try rows.enumerated().map { index, row in
            guard let o = row.objectValue else { throw fail("geval \(index + 1)", "een geval is geen object") }
            guard let naam = o["naam"]?.stringValue, !naam.isEmpty else { throw fail("geval \(index + 1)", "\"naam\" ontbreekt") }
            if naam.contains(where: { "/›\t\n".contains($0) }) { throw fail(naam, "een naam bevat geen /, ›, tab of regeleinde") }
            guard names.insert(naam).inserted else { throw fail(naam, "de naam komt twee keer voor") }
            if let unknown = o.keys.first(where: { !caseKeys.contains($0) }) { throw fail(naam, "onbekende sleutel \"\(unknown)\"") }
            guard let waarom = o["waarom"]?.stringValue else { throw fail(naam, "\"waarom\" ontbreekt") }
            guard let verwacht = o["verwacht"]?.objectValue, !verwacht.members.isEmpty else { throw fail(naam, "\"verwacht\" ontbreekt of is leeg") }
            for (id, want) in verwacht.members where !isExpectation(want) {
                throw fail(naam, "verwacht.\(id): kies \"ja\", \"mogelijk\", \"nee\", een lijst daarvan of null")
            }
            let bedrag = o["bedrag"]?.objectValue
            if o["bedrag"] != nil, bedrag == nil { throw fail(naam, "\"bedrag\" is geen object") }
            for (id, fields) in bedrag?.members ?? [] {
                guard let f = fields.objectValue else { throw fail(naam, "bedrag.\(id) is geen object") }
                for (key, value) in f.members where !amountKeys.contains(key) || !(value == .null || value.numberValue != nil) {
                    throw fail(naam, "bedrag.\(id).\(key): kies uit \(amountKeys.sorted().joined(separator: ", ")) met een getal of null")
                }
            }
            let patch = o["huishouden"] ?? .object(JSONObject())
            guard case .object = patch else { throw fail(naam, "\"huishouden\" is geen object") }
            let household = merge(top["basis"] ?? .null, patch)
            do { _ = try HouseholdDecoder.decode(household) } catch { throw fail(naam, "het huishouden past niet in het contract: \(error)") }
            return Case(folder: folder, table: table, naam: naam, waarom: waarom, household: household, verwacht: verwacht, bedrag: bedrag)
        }
    }

    /// Deep merge: objects merge key by key (new keys after the base's), anything else replaces.
    static func merge(_ base: JSONValue, _ patch: JSONValue) -> JSONValue {
        guard case .object(var b) = base, case .object(let p) = patch else { return patch }
        for (key, value) in p.members {
            if let i = b.members.firstIndex(where: { $0.key == key }) {
                b.members[i].value = merge(b.members[i].value, value)
            } else {
                b.members.append((key: key, value: value))
            }
        }
        return .object(b)
    }

    private static func isExpectation(_ v: JSONValue) -> Bool {
        switch v {
        case .null: return true
        case .string(let s): return statuses.contains(s)
        case .array(let a): return !a.isEmpty && a.allSatisfy { $0.stringValue.map(statuses.contains) == true }
        default: return false
        }
    }
}
