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

    /// Only the secondary-source schemes named in their remarks are warned about.
    @Test func nationalSchemesCiteOfficialPages() {
        let warned = Set(TestSupport.catalogue.schemes.flatMap(SourceCheck.warnings).map(\.file))
        #expect(warned == ["regelingen/iow.json"], "\(warned.sorted())")
    }
}
