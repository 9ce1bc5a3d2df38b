import Foundation
import Testing
@testable import Hulpwijzer

/// The binary image of the built national catalogue (`CatalogueImage`): read back, it is the same
/// catalogue (every fixture household gets byte-identical JSON), it keeps shared parameters shared,
/// and a damaged image is refused without a crash, so the loader falls back to the JSON files.
@Suite struct CatalogueImageTests {
    static let bytes = CatalogueImage.encode(TestSupport.catalogue)

    static func decoded() throws -> Catalogue {
        let c = TestSupport.catalogue
        let parts = try CatalogueImage.decode(bytes)
        return Catalogue(directory: c.directory, globals: parts.globals, schemes: parts.schemes, municipalities: parts.registry, regions: c.regions)
    }

    @Test func theImageReadsBackAsTheSameCatalogue() throws {
        let original = TestSupport.catalogue
        let copy = try Self.decoded()
        #expect(CatalogueImage.encode(copy) == Self.bytes, "writing the read image again gives the same bytes")
        #expect(copy.schemes.map(\.id) == original.schemes.map(\.id))
        #expect(copy.schemes.map(\.usedParameterNames) == original.schemes.map(\.usedParameterNames))
        #expect(copy.municipalities.all == original.municipalities.all)
        #expect(try copy.municipalities.resolve("Den Haag").code == "GM0518")
        #expect(try copy.municipalities.resolve("gm0363").name == "Amsterdam")
        #expect(throws: MunicipalityLookupError.self) { try copy.municipalities.resolve("Bergen") }
        #expect(Set(copy.globals.parameters.keys) == Set(original.globals.parameters.keys))
        for (a, b) in zip(original.schemes, copy.schemes) {
            #expect(a.conditions == b.conditions, "\(a.id)")
            #expect(a.gates == b.gates, "\(a.id)")
            #expect(a.amount == b.amount, "\(a.id)")
            #expect(a.application == b.application && a.legalBasis == b.legalBasis && a.notes == b.notes, "\(a.id)")
        }
    }

    /// A condition's parameter is the object the scheme or the national figures hold, as after a
    /// JSON load (the engine keeps per-parameter answers by object).
    @Test func sharedParametersStayShared() throws {
        let copy = try Self.decoded()
        var checked = 0
        for s in copy.schemes {
            for ref in s.usedParameterRefs {
                let owner = s.parameters[ref.name] ?? copy.globals[ref.name]
                #expect(owner === ref.resolved, "\(s.id): \(ref.name)")
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    @Test func everyFixtureHouseholdGetsTheSameAnswer() throws {
        let engine = Engine(catalogue: try Self.decoded())
        var compared = 0
        for c in try FixtureCases.all() {
            let household = try HouseholdDecoder.decode(c.household)
            let expected = JSONRenderer.render(try TestSupport.engine.evaluate(household), includeNo: true)
            #expect(JSONRenderer.render(try engine.evaluate(household), includeNo: true) == expected, "\(c.name)")
            compared += 1
        }
        #expect(compared > 2000)
    }

    /// Any change to the bytes fails the checksum; a sealed image that is cut short or holds
    /// garbage fails to decode; none of it traps.
    @Test func aDamagedImageIsRefused() throws {
        let bytes = Self.bytes
        #expect(throws: ImageReader.Corrupt.self) { try CatalogueImage.decode([]) }
        #expect(throws: ImageReader.Corrupt.self) { try CatalogueImage.decode(Array(bytes.dropLast())) }
        for offset in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 257)) {
            var damaged = bytes
            damaged[offset] ^= 0x5A
            #expect(throws: ImageReader.Corrupt.self) { try CatalogueImage.decode(damaged) }
        }
        let payloadStart = bytes.count - 32 - (try payloadLength(bytes))
        let payload = Array(bytes[payloadStart..<(bytes.count - 32)])
        for cut in stride(from: 0, to: payload.count, by: max(1, payload.count / 211)) {
            #expect(throws: ImageReader.Corrupt.self) { try CatalogueImage.decode(CatalogueImage.seal(Array(payload.prefix(cut)))) }
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let garbage = (0..<Int.random(in: 0..<400, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = try? CatalogueImage.decode(CatalogueImage.seal(garbage))
        }
    }

    func payloadLength(_ bytes: [UInt8]) throws -> Int {
        var r = ImageReader(bytes, from: CatalogueImage.magic.count)
        _ = try r.int()
        return try r.int()
    }

    /// The CLI's path: a validated load leaves a stamp and an image; the next load reads the image
    /// and is the same catalogue; a damaged image is ignored (the JSON is read) and replaced.
    @Test func theStampedLoadWritesAndReadsTheImage() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hw-image-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let stamps = CatalogueStamp(folder: root.path)
        let first = try Catalogue.load(from: TestSupport.dataDirectory, stamps: stamps)
        let images = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix("catalogus-") && $0.hasSuffix(".bin") }
        #expect(images.count == 1)
        let image = root.appendingPathComponent(images[0])
        #expect(try Data(contentsOf: image) == Data(CatalogueImage.encode(first)))
        let fromImage = try Catalogue.load(from: TestSupport.dataDirectory, stamps: stamps)
        #expect(CatalogueImage.encode(fromImage) == CatalogueImage.encode(first))
        try Data("kapot".utf8).write(to: image)
        let fromJSON = try Catalogue.load(from: TestSupport.dataDirectory, stamps: stamps)
        #expect(fromJSON.schemes.map(\.id) == first.schemes.map(\.id))
        #expect(try Data(contentsOf: image) == Data(CatalogueImage.encode(first)), "the damaged image is written again")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).allSatisfy { !$0.hasSuffix(".tmp") })
    }

    /// Each version of the files leaves an image; only the most recent few stay.
    @Test func oldImagesArePruned() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hw-prune-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let stamps = CatalogueStamp(folder: root.path)
        var last = CatalogueStamp.Digest()
        for k in 0..<(CatalogueStamp.imagesKept + 3) {
            var digest = CatalogueStamp.Digest()
            digest.add(file: "versie", bytes: [UInt8(k)])
            stamps.recordImage([UInt8(k)], for: digest)
            last = digest
        }
        let images = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".bin") }
        #expect(images.count == CatalogueStamp.imagesKept)
        #expect(stamps.image(last) == [UInt8(CatalogueStamp.imagesKept + 2)])
    }
}
