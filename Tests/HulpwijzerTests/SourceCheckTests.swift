import Foundation
import Testing
@testable import Hulpwijzer

/// Every `bron` can be followed; national schemes cite the government or the executing body.
@Suite struct SourceCheckTests {
    @Test(arguments: [
        ("https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel20", true),
        ("SZW Normenbrief 1 januari 2026, bijlage III", true),
        ("Leidraad Invordering 2008, 26.2.3", true),
        ("mijn buurman", false),
        ("zie boven", false),
        ("", false),
    ])
    func traceable(_ source: String, _ expected: Bool) {
        #expect(SourceCheck.isTraceable(source) == expected)
    }

    @Test func hostsAreReadFromTheFirstAddress() {
        #expect(SourceCheck.firstHost("https://www.svb.nl/nl/aow") == "svb.nl")
        #expect(SourceCheck.firstHost("x https://lokaleregelgeving.overheid.nl/CVDR1; y") == "lokaleregelgeving.overheid.nl")
        #expect(SourceCheck.isOfficial(host: "lokaleregelgeving.overheid.nl"))
        #expect(!SourceCheck.isOfficial(host: "werkpocket.randstad.nl"))
        #expect(!SourceCheck.isOfficial(host: "notoverheid.nl"))
    }

    /// The bundled catalogue passes: every source of every national scheme and figure is traceable.
    @Test func theBundledCatalogueHasTraceableSources() {
        let problems = TestSupport.catalogue.schemes.flatMap(SourceCheck.errors)
        #expect(problems.isEmpty, "\(problems.prefix(5))")
    }

    /// Every national scheme cites the executing body's page or the law (IOW cited a municipal
    /// guide until it was traced to uwv.nl).
    @Test func nationalSchemesCiteOfficialPages() {
        let warned = Set(TestSupport.catalogue.schemes.flatMap(SourceCheck.warnings).map(\.file))
        #expect(warned.isEmpty, "\(warned.sorted())")
    }
}

/// `valideer` refuses a source that cannot be followed and warns on an unofficial national source.
@Suite struct SourceValidationTests {
    @Test func valideerRefusesAnUntraceableSource() throws {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("hw-bron-\(UUID().uuidString)")
        try fm.copyItem(at: URL(fileURLWithPath: TestSupport.dataDirectory), to: dir)
        defer { try? fm.removeItem(at: dir) }
        let file = dir.appendingPathComponent("regelingen/wmo.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        let broken = text.replacingOccurrences(of: #""bron": "https://wetten.overheid.nl/BWBR0035362/2026-01-01""#, with: #""bron": "mijn buurman""#)
        #expect(broken != text)
        try broken.write(to: file, atomically: true, encoding: .utf8)
        let r = TestSupport.cli(["valideer", "--catalogus", dir.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("regelingen/wmo.json: bron: \"mijn buurman\" is geen webadres"))
        // An unofficial source for a national scheme is a warning, not an error.
        try text.replacingOccurrences(of: #""bron": "https://wetten.overheid.nl/BWBR0035362/2026-01-01""#,
                                      with: #""bron": "https://werkpocket.randstad.nl/wet-en-regelgeving/wmo/""#)
            .write(to: file, atomically: true, encoding: .utf8)
        let warned = TestSupport.cli(["valideer", "--catalogus", dir.path])
        #expect(warned.status == 0)
        #expect(warned.stderr.contains("Waarschuwing: regelingen/wmo.json: bron"))
        let ok = TestSupport.cli(["valideer"])
        #expect(ok.status == 0)
        #expect(!ok.stderr.contains("Waarschuwing: regelingen/"))
    }
}
