import Foundation
import Testing
@testable import Hulpwijzer

/// Closed, full and unusual streams give exit code 1 and one clear line, never a trap
/// (issue 13, item 1). The binary runs under `/bin/sh` so the streams can be closed or redirected.
@Suite struct IOFailureTests {
    static let example = TestSupport.root.appendingPathComponent("voorbeelden/alleenstaande-ouder-nijmegen.json").path

    static func shell(_ script: String) throws -> TestSupport.Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", script, "sh", TestSupport.binary.path, example]
        let err = Pipe(), out = Pipe()
        p.standardError = err
        p.standardOutput = out
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return .init(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    @Test func closedStandardInputIsExitCodeOne() throws {
        for command in ["check", "batch"] {
            let r = try Self.shell("exec \"$1\" \(command) - <&-")
            #expect(r.status == 1, "\(command): \(r.status) \(r.stderr)")
            #expect(r.stderr == "Fout: standaardinvoer is gesloten\n")
        }
    }

    @Test func fullStandardOutputIsExitCodeOne() throws {
        let r = try Self.shell("exec \"$1\" check \"$2\" > /dev/full")
        #expect(r.status == 1)
        #expect(r.stderr == "Fout: standaarduitvoer is vol\n")
    }

    @Test func closedStandardErrorDoesNotTrap() throws {
        let r = try Self.shell("printf '{\"aanvrager\": 3}\\n' | \"$1\" batch - 2>&-")
        #expect(r.status == 1)
        #expect(r.stdout.contains("aanvrager"))
    }

    @Test func aPipeReadsLikeAFile() throws {
        let r = try Self.shell("cat \"$2\" | \"$1\" check /dev/stdin --format json")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"gemeente\""))
        let fifo = try Self.shell("d=$(mktemp -d); mkfifo \"$d/p\"; cat \"$2\" > \"$d/p\" & \"$1\" check \"$d/p\" --format json; s=$?; rm -r \"$d\"; exit $s")
        #expect(fifo.status == 0, "\(fifo.stderr)")
        #expect(fifo.stdout.contains("\"resultaten\""))
    }

    @Test func aFolderOrMissingFileIsNamed() throws {
        let dir = try Self.shell("exec \"$1\" check /tmp")
        #expect(dir.status == 1)
        #expect(dir.stderr.contains("\"/tmp\" is een map"))
        let missing = try Self.shell("exec \"$1\" check /bestaat/niet.json")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("\"/bestaat/niet.json\" niet gevonden"))
    }

    @Test func readingStopsAtTheLimit() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rawfile-\(UUID().uuidString)")
        try Data(repeating: 32, count: 3000).write(to: dir)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: RawFile.Failure.self) { try RawFile.read(path: dir.path, name: "x", limit: 2048) }
        #expect(try RawFile.read(path: dir.path, name: "x", limit: 4096).count == 3000)
    }
}

/// Messages quote outside values safely, and the register catches broken CSV files (issue 13).
@Suite struct MessageSafetyTests {
    @Test func quotedValuesAreShortAndEscaped() {
        #expect(Quoted.text("Utrecht") == "\"Utrecht\"")
        #expect(Quoted.text("a\nb\u{1B}[2J\"") == "\"a\\nb\\u{1B}[2J\\\"\"")
        let long = Quoted.text(String(repeating: "x", count: 100_000))
        #expect(long.count == Quoted.limit + 3)
        #expect(long.hasSuffix("…\""))
    }

    @Test func aLongMunicipalityNameIsRefusedQuicklyAndShort() throws {
        let registry = TestSupport.catalogue.municipalities
        let input = String(repeating: "Amsterdam", count: 20_000)
        let clock = ContinuousClock()
        let start = clock.now
        #expect(throws: MunicipalityLookupError.self) { try registry.resolve(input) }
        // Bound is generous (debug build, shared machine): the quadratic version took seconds.
        #expect(clock.now - start < .seconds(2))
        do {
            _ = try registry.resolve(input)
        } catch {
            #expect(error.description.count < 200)
        }
    }

    @Test func nonFiniteNumbersAreWrittenAsNull() {
        #expect(JSONWriter.write(.array([.number(.infinity), .number(-.infinity), .number(.nan), .number(2)]), indent: false) == "[null,null,null,2]")
    }

    static let header = "code,naam,provincie,inwoners,peiljaar_inwoners\n"

    @Test func aDuplicateCodeIsACatalogueError() {
        let csv = Self.header + "GM0014,Groningen,Groningen,1,2026\nGM0014,Groningen2,Groningen,1,2026\n"
        #expect {
            try MunicipalityRegistry(municipalitiesCSV: csv, aliasesCSV: "alias,code\n", ambiguousCSV: "naam,codes\n")
        } throws: { error in
            "\(error)".contains("GM0014 staat al op regel 2")
        }
    }

    @Test func aMissingAliasFileIsACatalogueError() {
        let csv = Self.header + "GM0014,Groningen,Groningen,1,2026\n"
        #expect {
            try MunicipalityRegistry(municipalitiesCSV: csv, aliasesCSV: "", ambiguousCSV: "naam,codes\n")
        } throws: { error in
            "\(error)".contains("aliassen.csv") && "\(error)".contains("ontbreekt")
        }
    }
}
