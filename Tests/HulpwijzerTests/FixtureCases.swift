import Foundation
@testable import Hulpwijzer

/// The fixture households, each with a stable name: what the snapshot net and the fixture
/// tests iterate over.
enum FixtureCases {
    /// One household with its name (the fixture file name without `.json`).
    struct Case: Sendable {
        var name: String
        var household: JSONValue
    }

    /// Every fixture household, sorted by name.
    static func all() throws -> [Case] {
        let dir = TestSupport.fixtures.appendingPathComponent("gevallen")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { file in
            let doc = try JSONParser.parse([UInt8](try Data(contentsOf: dir.appendingPathComponent(file))))
            guard case .object(let o) = doc, let household = o["household"] else {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: file])
            }
            return Case(name: String(file.dropLast(5)), household: household)
        }
    }
}
