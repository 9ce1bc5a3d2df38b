import Foundation
import Testing
@testable import Hulpwijzer

/// Seeds one fault at a time into a copy of `data/` and requires the validator to refuse the
/// catalogue naming the file and the place of the fault: 100 % of the seeded faults caught
/// (issue 13). The tally is printed; one fault also goes through the binary's `valideer`.
@Suite struct CatalogueMutationTests {
    /// A fault: how to seed it into a catalogue copy, and where the validator must point.
    struct Fault: Sendable {
        var name: String
        var seed: @Sendable (URL) throws -> Void
        /// The file the diagnostic must name.
        var file: String
        /// Text the diagnostic's path (or, for a file-level fault, its message) must contain.
        var place: String
    }

    /// Replaces the first occurrence of `old` in `file` (failing when it is not there: the seed must change something).
    static func replace(_ file: String, _ old: String, _ new: String) -> @Sendable (URL) throws -> Void {
        { dir in
            let url = dir.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            guard let r = text.range(of: old) else { throw SeedError(message: "\(file) has no \(old)") }
            try text.replacingCharacters(in: r, with: new).write(to: url, atomically: true, encoding: .utf8)
        }
    }

    struct SeedError: Error { var message: String }

    static let nestedFormula = String(repeating: "(", count: 40) + "1" + String(repeating: ")", count: 40)
    static let nestedCondition = String(repeating: #"{"niet": "#, count: 30) + #"{"feit": "aanvrager.leeftijd", "minimaal": 18}"#
        + String(repeating: "}", count: 30)

    static let faults: [Fault] = [
        Fault(name: "regio names a code that does not exist",
              seed: replace("gemeenten/regio/alphen-kaag-nieuwkoop.json", #""GM0569"]"#, #""GM0569", "GM9999"]"#),
              file: "gemeenten/regio/alphen-kaag-nieuwkoop.json", place: "gemeenten[3]"),
        Fault(name: "regio member does not link back",
              seed: replace("gemeenten/lokaal/GM1884.json", #""regio": ["alphen-kaag-nieuwkoop"]"#, #""regio": []"#),
              file: "gemeenten/lokaal/GM1884.json", place: "regio"),
        Fault(name: "regio member has no file",
              seed: { dir in
                  // Every municipality has a file now: remove one and name it in a region.
                  try replace("gemeenten/regio/alphen-kaag-nieuwkoop.json", #""GM0569"]"#, #""GM0569", "GM0037"]"#)(dir)
                  try FileManager.default.removeItem(at: dir.appendingPathComponent("gemeenten/lokaal/GM0037.json"))
              },
              file: "gemeenten/regio/alphen-kaag-nieuwkoop.json", place: "gemeenten[3]"),
        Fault(name: "formula divides by a constant zero",
              seed: replace("regelingen/zorgtoeslag.json", #""formule": "premies * standaardpremie""#, #""formule": "premies * standaardpremie / 0""#),
              file: "regelingen/zorgtoeslag.json", place: "bedrag.stappen[0].formule"),
        Fault(name: "formula divides by a parameter that is zero",
              seed: { dir in
                  try replace("regelingen/zorgtoeslag.json", #""formule": "premies * standaardpremie""#, #""formule": "premies / standaardpremie""#)(dir)
                  try replace("regelingen/zorgtoeslag.json", #""waarde": 2112,"#, #""waarde": 0,"#)(dir)
              },
              file: "regelingen/zorgtoeslag.json", place: "bedrag.stappen[0].formule"),
        Fault(name: "local formula divides by zero",
              seed: replace("gemeenten/lokaal/GM0014.json", #""formule": "tegemoetkoming""#, #""formule": "tegemoetkoming / (1 - 1 + 0)""#),
              file: "gemeenten/lokaal/GM0014.json", place: "bedrag.formule"),
        Fault(name: "gap between versions of one scheme",
              seed: replace("regelingen/huurtoeslag.json", #""geldig_van": "2026-01-01""#, #""geldig_van": "2026-02-01""#),
              file: "regelingen/huurtoeslag.json", place: "geldig_van"),
        Fault(name: "formula nested too deep",
              seed: replace("regelingen/zorgtoeslag.json", #""formule": "premies * standaardpremie""#, #""formule": "premies * standaardpremie * \#(nestedFormula)""#),
              file: "regelingen/zorgtoeslag.json", place: "bedrag.stappen[0].formule"),
        Fault(name: "formula nested 100,000 deep (no stack overflow)",
              seed: replace("regelingen/zorgtoeslag.json", #""formule": "premies * standaardpremie""#,
                            #""formule": "\#(String(repeating: "(", count: 100_000))1\#(String(repeating: ")", count: 100_000))""#),
              file: "regelingen/zorgtoeslag.json", place: "bedrag.stappen[0].formule"),
        Fault(name: "conditions nested too deep",
              seed: replace("regelingen/zorgtoeslag.json", #"{"feit": "inkomen.toetsingsinkomen""#, nestedCondition + #", {"feit": "inkomen.toetsingsinkomen""#),
              file: "regelingen/zorgtoeslag.json", place: "voorwaarden"),
        Fault(name: "test on the partner without a partner guard",
              seed: replace("regelingen/aio.json", #""feit": "huishouden.heeft_partner","#, #""feit": "aanvrager.rechtmatig_verblijf","#),
              file: "regelingen/aio.json", place: "voorwaarden.alle[1].een_van[1].alle[1]"),
        Fault(name: "gate on the partner without a partner guard",
              seed: replace("regelingen/zorgtoeslag.json", #"{"feit": "aanvrager.leeftijd", "minimaal": 18}"#, #"{"feit": "partner.leeftijd", "minimaal": 18}"#),
              file: "regelingen/zorgtoeslag.json", place: "poort[0]"),
        Fault(name: "local test on the partner without a partner guard",
              seed: replace("gemeenten/lokaal/GM0627.json", #""feit": "huishouden.heeft_partner","#, #""feit": "aanvrager.rechtmatig_verblijf","#),
              file: "gemeenten/lokaal/GM0627.json", place: "een_van[1].alle[1]"),
        Fault(name: "syntax error", seed: replace("regelingen/zorgtoeslag.json", #""maatwerk": false,"#, #""maatwerk": false"#),
              file: "regelingen/zorgtoeslag.json", place: "regel 15"),
        Fault(name: "duplicate id",
              seed: { dir in
                  let r = dir.appendingPathComponent("regelingen")
                  try FileManager.default.copyItem(at: r.appendingPathComponent("aow.json"), to: r.appendingPathComponent("aow-kopie.json"))
              },
              file: "regelingen/aow.json", place: "id"),
        Fault(name: "unknown fact", seed: replace("regelingen/zorgtoeslag.json", #""feit": "aanvrager.leeftijd""#, #""feit": "aanvrager.leeftjid""#),
              file: "regelingen/zorgtoeslag.json", place: "feit"),
        Fault(name: "dangling parameter", seed: replace("regelingen/zorgtoeslag.json", #""maximaal": "max_inkomen""#, #""maximaal": "max_inkomsten""#),
              file: "regelingen/zorgtoeslag.json", place: "maximaal"),
        Fault(name: "missing date", seed: replace("regelingen/zorgtoeslag.json", #""geldig_van": "2025-01-01","#, ""),
              file: "regelingen/zorgtoeslag.json", place: "geldig_van"),
        Fault(name: "missing source", seed: replace("regelingen/zorgtoeslag.json", #""bron": "https://www.belastingdienst.nl/wps/wcm/connect/nl/zorgtoeslag/content/maximaal-inkomen-voor-zorgtoeslag ; poc-machine-law", "#, ""),
              file: "regelingen/zorgtoeslag.json", place: "bron"),
        Fault(name: "wrong type", seed: replace("regelingen/zorgtoeslag.json", #""maatwerk": false"#, #""maatwerk": "nee""#),
              file: "regelingen/zorgtoeslag.json", place: "maatwerk"),
        Fault(name: "unknown operator", seed: replace("regelingen/zorgtoeslag.json", #""maximaal": "max_inkomen""#, #""maximaaal": "max_inkomen""#),
              file: "regelingen/zorgtoeslag.json", place: "maximaaal"),
        Fault(name: "duplicate CBS code", seed: replace("gemeenten/gemeenten.csv", "GM0034,Almere", "GM0014,Almere"),
              file: "gemeenten/gemeenten.csv", place: "regel 3"),
        Fault(name: "missing aliassen.csv",
              seed: { try FileManager.default.removeItem(at: $0.appendingPathComponent("gemeenten/aliassen.csv")) },
              file: "gemeenten/aliassen.csv", place: "regel 1"),
        Fault(name: "bad bron",
              seed: replace("regelingen/zorgtoeslag.json",
                            #""bron": "https://www.belastingdienst.nl/wps/wcm/connect/nl/zorgtoeslag/content/maximaal-inkomen-voor-zorgtoeslag","#,
                            #""bron": "zie de site","#),
              file: "regelingen/zorgtoeslag.json", place: "bron"),
        // A figure without a year ("vanaf": "onbekend") is for municipal figures only, always
        // onzeker, and says in its toelichting where it stands; it can only be the first value.
        Fault(name: "national figure without a year",
              seed: replace("regelingen/zorgtoeslag.json", #"{"vanaf": "2025-01-01", "waarde": {"nee": 39719"#, #"{"vanaf": "onbekend", "toelichting": "t", "waarde": {"nee": 39719"#),
              file: "regelingen/zorgtoeslag.json", place: "waarden[0].vanaf"),
        Fault(name: "municipal figure without a year marked geverifieerd",
              seed: replace("gemeenten/lokaal/GM0119.json", #""vanaf": "2019-01-01",\#n        "waarde": 105,\#n        "bron": "https://www.meppel.nl/Inwoner/Werk_inkomen/Extra_inkomen/Individuele_inkomenstoeslag",\#n        "zekerheid": "onzeker""#,
                            #""vanaf": "onbekend",\#n        "waarde": 105,\#n        "bron": "https://www.meppel.nl/Inwoner/Werk_inkomen/Extra_inkomen/Individuele_inkomenstoeslag",\#n        "zekerheid": "geverifieerd""#),
              file: "gemeenten/lokaal/GM0119.json", place: "inkomensgrens_pct.zekerheid"),
        Fault(name: "municipal figure without a year and without toelichting",
              seed: replace("gemeenten/lokaal/GM0119.json", #""vanaf": "2019-01-01",\#n        "waarde": 0,\#n        "bron": "https://www.meppel.nl/Inwoner/Werk_inkomen/Extra_inkomen/Individuele_inkomenstoeslag",\#n        "zekerheid": "onzeker",\#n        "toelichting": "Eén bedrag per huishouden, geen toeslag voor kinderen.""#,
                            #""vanaf": "onbekend",\#n        "waarde": 0,\#n        "bron": "https://www.meppel.nl/Inwoner/Werk_inkomen/Extra_inkomen/Individuele_inkomenstoeslag",\#n        "zekerheid": "onzeker""#),
              file: "gemeenten/lokaal/GM0119.json", place: "toelichting"),
        Fault(name: "a date before 1900 (year 1 stands for onbekend)",
              seed: replace("regelingen/zorgtoeslag.json", #"{"vanaf": "2025-01-01", "waarde": {"nee": 39719"#, #"{"vanaf": "0001-01-01", "waarde": {"nee": 39719"#),
              file: "regelingen/zorgtoeslag.json", place: "waarden[0].vanaf"),
        Fault(name: "figure without a year after a dated one",
              seed: replace("regelingen/zorgtoeslag.json", #"{"vanaf": "2026-01-01", "waarde": {"nee": 40857"#, #"{"vanaf": "onbekend", "toelichting": "t", "waarde": {"nee": 40857"#),
              file: "regelingen/zorgtoeslag.json", place: "waarden[1].vanaf"),
    ]

    /// A fresh copy of the bundled catalogue.
    static func copy() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hw-mut-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: TestSupport.dataDirectory), to: dir)
        return dir
    }

    /// Whether the validator, on the catalogue with `fault` seeded, names the fault's file and place.
    static func caught(_ fault: Fault) throws -> (caught: Bool, found: [Diagnostic]) {
        let dir = try copy()
        defer { try? FileManager.default.removeItem(at: dir) }
        try fault.seed(dir)
        let found = CatalogueValidator.problems(directory: dir.path)
        let hit = found.contains { $0.file == fault.file && ($0.path.contains(fault.place) || $0.message.contains(fault.place)) }
        return (hit, found)
    }

    @Test func theBundledCatalogueHasNoProblems() {
        #expect(CatalogueValidator.problems(directory: TestSupport.dataDirectory).isEmpty)
    }

    @Test func everySeededFaultIsCaughtWithFileAndPlace() throws {
        var caught = 0
        for fault in Self.faults {
            let (hit, found) = try Self.caught(fault)
            if hit { caught += 1 } else {
                Issue.record("\(fault.name) not caught at \(fault.file) \(fault.place); found: \(found.map(\.description).joined(separator: "\n"))")
            }
        }
        print("catalogue mutation: \(caught) of \(Self.faults.count) seeded faults caught")
        #expect(caught == Self.faults.count)
    }

    @Test func valideerBinaryRefusesASeededFault() throws {
        let dir = try Self.copy()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.faults[1].seed(dir)
        let r = try TestSupport.run(["valideer", "--catalogus", dir.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("gemeenten/lokaal/GM1884.json: regio: gemeenten/regio/alphen-kaag-nieuwkoop.json noemt GM1884"), "\(r.stderr)")
        #expect(!r.stdout.contains("Catalogus in orde"))
        // The loader refuses too: a household in that municipality is not answered with a wrong catalogue.
        let check = try TestSupport.run(["check", "-", "--catalogus", dir.path, "--format", "json"], input: #"{"gemeente": "GM1884"}"#)
        #expect(check.status == 1)
        #expect(check.stderr.contains("GM1884.json"))
    }
}
