import Foundation
import Testing
@testable import Hulpwijzer

/// A stamp lets a start skip the checks of a catalogue validated before, and only of exactly those files.
@Suite struct CatalogueStampTests {
    /// A copy of the bundled catalogue and an empty stamp folder, both temporary.
    func setUp() throws -> (catalogue: URL, stamps: CatalogueStamp) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hw-stamp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let catalogue = root.appendingPathComponent("data")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: TestSupport.dataDirectory), to: catalogue)
        return (catalogue, CatalogueStamp(folder: root.appendingPathComponent("cache/stempels").path))
    }

    func stampCount(_ stamps: CatalogueStamp) -> Int {
        ((try? FileManager.default.contentsOfDirectory(atPath: stamps.folder)) ?? []).filter { $0.hasPrefix("gevalideerd-") }.count
    }

    /// Breaks the source of one scheme: only the skipped `SourceCheck` refuses it.
    func breakSource(in catalogue: URL) throws {
        let file = catalogue.appendingPathComponent("regelingen/aow.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(#""bron": "https://www.svb.nl/nl/aow""#))
        try text.replacingOccurrences(of: #""bron": "https://www.svb.nl/nl/aow""#, with: #""bron": "mijn buurman""#)
            .write(to: file, atomically: true, encoding: .utf8)
    }

    func refused(_ catalogue: URL, _ stamps: CatalogueStamp?, trusting: Bool = true) -> [String] {
        do {
            _ = try Catalogue.load(from: catalogue.path, stamps: stamps, trusting: trusting)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func aValidatedCatalogueIsStampedAndLoadsTheSame() throws {
        let (catalogue, stamps) = try setUp()
        defer { try? FileManager.default.removeItem(at: catalogue.deletingLastPathComponent()) }
        let plain = try Catalogue.load(from: catalogue.path)
        let first = try Catalogue.load(from: catalogue.path, stamps: stamps)
        #expect(stampCount(stamps) == 1)
        let trusted = try Catalogue.load(from: catalogue.path, stamps: stamps)
        #expect(stampCount(stamps) == 1)
        for c in [first, trusted] {
            #expect(c.schemes.map(\.id) == plain.schemes.map(\.id))
            #expect(c.schemes.map(\.file) == plain.schemes.map(\.file))
            #expect(c.municipalities.all == plain.municipalities.all)
            for m in plain.municipalities.all {
                #expect(c.regions.listing(m.code) == plain.regions.listing(m.code), "\(m.code)")
            }
        }
    }

    /// A trusted load reads the region lists only when a member needs them, and still refuses a
    /// member file (not part of the stamp) that stopped naming its region.
    @Test func aTrustedLoadStillRefusesAMemberThatDropsItsRegion() throws {
        let (catalogue, stamps) = try setUp()
        defer { try? FileManager.default.removeItem(at: catalogue.deletingLastPathComponent()) }
        _ = try Catalogue.load(from: catalogue.path, stamps: stamps)
        let file = catalogue.appendingPathComponent("gemeenten/lokaal/GM0502.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(#""regio": ["ijsselgemeenten"]"#))
        try text.replacingOccurrences(of: #""regio": ["ijsselgemeenten"]"#, with: #""regio": []"#).write(to: file, atomically: true, encoding: .utf8)
        let trusted = try Catalogue.load(from: catalogue.path, stamps: stamps)
        guard case .scanned = trusted.regions else {
            Issue.record("the stamped load computed every region up front")
            return
        }
        #expect(trusted.regions.listing("GM0502").keys.sorted() == ["ijsselgemeenten"])
        #expect(trusted.regions.listing("GM0363").isEmpty)
        #expect(throws: CatalogueError.self) { _ = try trusted.local(for: "GM0502") }
        do {
            _ = try trusted.local(for: "GM0502")
        } catch {
            #expect(error.diagnostics.contains { $0.description.contains("gemeenten/regio/ijsselgemeenten.json noemt GM0502") }, "\(error.diagnostics)")
        }
    }

    @Test func anEditedCatalogueIsValidatedAgainAndRefused() throws {
        let (catalogue, stamps) = try setUp()
        defer { try? FileManager.default.removeItem(at: catalogue.deletingLastPathComponent()) }
        #expect(refused(catalogue, stamps).isEmpty)
        #expect(stampCount(stamps) == 1)
        try breakSource(in: catalogue)
        let problems = refused(catalogue, stamps)
        #expect(problems.contains { $0.contains("regelingen/aow.json") && $0.contains("mijn buurman") })
        // A refused load writes no stamp, so the next start refuses it again.
        #expect(stampCount(stamps) == 1)
        #expect(!refused(catalogue, stamps).isEmpty)
    }

    @Test func aBrokenCatalogueIsNeverStamped() throws {
        let (catalogue, stamps) = try setUp()
        defer { try? FileManager.default.removeItem(at: catalogue.deletingLastPathComponent()) }
        try breakSource(in: catalogue)
        #expect(!refused(catalogue, stamps).isEmpty)
        #expect(stampCount(stamps) == 0)
        #expect(!refused(catalogue, stamps).isEmpty)
    }

    @Test func anAddedOrRemovedFileChangesTheDigest() throws {
        let (catalogue, stamps) = try setUp()
        defer { try? FileManager.default.removeItem(at: catalogue.deletingLastPathComponent()) }
        #expect(refused(catalogue, stamps).isEmpty)
        // A template that fails its check: it is only read when validating.
        let template = catalogue.appendingPathComponent("sjablonen/kapot.json")
        try #"{"sjabloon": "kapot", "omschrijving": "x", "regeling": {"voorwaarden": {"feit": "bestaat.niet", "is": true}}}"#
            .write(to: template, atomically: true, encoding: .utf8)
        #expect(refused(catalogue, stamps).contains { $0.contains("sjablonen/kapot.json") })
        try FileManager.default.removeItem(at: template)
        #expect(refused(catalogue, stamps).isEmpty)
        #expect(stampCount(stamps) == 1)
    }

    @Test func valideerValidatesEvenWithAStamp() throws {
        let (catalogue, stamps) = try setUp()
        defer { try? FileManager.default.removeItem(at: catalogue.deletingLastPathComponent()) }
        #expect(refused(catalogue, stamps, trusting: false).isEmpty)
        #expect(stampCount(stamps) == 1)
    }

    @Test func theDigestCoversPathLengthAndBytes() {
        var a = CatalogueStamp.Digest(program: "p"), b = CatalogueStamp.Digest(program: "p"), c = CatalogueStamp.Digest(program: "q")
        a.add(file: "x.json", bytes: Array("{}".utf8))
        b.add(file: "x.json", bytes: Array("{ }".utf8))
        c.add(file: "x.json", bytes: Array("{}".utf8))
        var d = CatalogueStamp.Digest(program: "p")
        d.add(file: "x.jso", bytes: Array("n{}".utf8))
        #expect(a != b)
        #expect(a != c)
        #expect(a != d)
        #expect(a.hex.count == 32)
    }
}
