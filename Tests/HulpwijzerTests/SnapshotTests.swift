import Foundation
import Testing
@testable import Hulpwijzer

/// The safety net for restructuring: the contract JSON (`check --format json --alle`) of every
/// fixture household, stored as length and FNV-1a digest in `Snapshots/json-alle.tsv` and compared.
///
/// - `HULPWIJZER_SNAPSHOT_UPDATE=1 swift test --filter SnapshotTests` rewrites the file (do this
///   only for an intended change, and say why in the commit).
/// - `HULPWIJZER_SNAPSHOT_DUMP=/tmp/dir` also writes each household's full JSON there, so two
///   trees can be compared with `diff -r`.
@Suite struct SnapshotTests {
    static let file = TestSupport.root.appendingPathComponent("Tests/HulpwijzerTests/Snapshots/json-alle.tsv")

    /// The JSON of one fixture household, as `check --format json --alle` prints it.
    static func render(_ household: JSONValue) throws -> String {
        let evaluation = try TestSupport.engine.evaluate(try HouseholdDecoder.decode(household))
        return JSONRenderer.render(evaluation, includeNo: true) + "\n"
    }

    /// 64-bit FNV-1a over the UTF-8 bytes, as 16 hex digits.
    static func digest(_ text: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    static func stored() -> [String: String] {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [:] }
        var result: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            if parts.count == 2 { result[String(parts[0])] = String(parts[1]) }
        }
        return result
    }

    @Test func everyFixtureRendersAsStored() throws {
        let cases = try FixtureCases.all()
        let environment = ProcessInfo.processInfo.environment
        let dump = environment["HULPWIJZER_SNAPSHOT_DUMP"]
        if let dump { try FileManager.default.createDirectory(atPath: dump, withIntermediateDirectories: true) }
        var current: [(String, String)] = []
        for c in cases {
            let json = try Self.render(c.household)
            current.append((c.name, "\(json.utf8.count)\t\(Self.digest(json))"))
            if let dump { try json.write(toFile: dump + "/" + c.name + ".json", atomically: false, encoding: .utf8) }
        }
        if environment["HULPWIJZER_SNAPSHOT_UPDATE"] == "1" {
            let body = current.map { "\($0.0)\t\($0.1)" }.joined(separator: "\n")
            try FileManager.default.createDirectory(at: Self.file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try ("# case\tbytes\tfnv1a64 of `check --format json --alle`\n" + body + "\n")
                .write(to: Self.file, atomically: true, encoding: .utf8)
            return
        }
        let stored = Self.stored()
        #expect(stored.count == current.count, "snapshot has \(stored.count) households, fixtures \(current.count)")
        var changed: [String] = []
        for (name, value) in current where stored[name] != value { changed.append(name) }
        #expect(changed.isEmpty, "JSON changed for \(changed.count) households, e.g. \(changed.prefix(10))")
    }
}
