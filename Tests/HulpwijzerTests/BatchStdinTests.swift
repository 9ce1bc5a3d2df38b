import Foundation
import Testing
@testable import Hulpwijzer
#if canImport(Glibc)
import Glibc
#endif

/// `batch -` reads standard input in chunks, as it reads a file: a piped caseload larger than
/// one chunk (1 MiB) comes out whole, one row per input line, in input order.
@Suite struct BatchStdinTests {
    static func lines(_ count: Int) -> [String] {
        var lines: [String] = []
        for i in 1...count {
            // Lines of about 600 bytes, as the generated caseloads have: 5,000 make ~3 MB.
            lines.append(#"{"id": "k-\#(i)", "peildatum": "2026-03-01", "gemeente": "\#(["Utrecht", "Zwolle", "Meppel"][i % 3])", "aanvrager": {"leeftijd": \#(20 + i % 60), "rechtmatig_verblijf": true, "zorgverzekerd": true, "werk_uren_per_week": 0, "uitkeringen": []}, "partner": null, "kinderen": [], "medebewoners": [], "woning": {"soort": "huur", "zelfstandig": true, "kale_huur_per_maand": \#(400 + i % 500), "servicekosten_per_maand": 20}, "inkomen": {"netto_per_maand": \#(900 + i % 900)}, "vermogen": {"totaal": \#(i % 4000)}, "schulden": {"totaal": \#(i * 7 % 20000), "beslag": false, "problematisch": false}, "ontvangt": []}"#)
        }
        return lines
    }

    @Test func aPipedCaseloadOfSeveralChunksKeepsEveryRowInOrder() throws {
        let count = 5_000
        var lines = Self.lines(count)
        // One broken line in the middle keeps its place as an error row.
        lines[2_499] = #"{"id": "k-2500", "aanvrager": {"leeftijd": "veertig"}}"#
        let input = lines.joined(separator: "\n") + "\n"
        #expect(input.utf8.count > 2 * BatchSource.chunkSize)
        let r = try TestSupport.run(["batch", "-", "--format", "compact"], input: input)
        #expect(r.status == 1, "\(r.stderr.prefix(300))")  // the broken line makes the run exit 1
        let out = r.stdout.split(separator: "\n")
        #expect(out.count == count)
        for (k, line) in out.enumerated() {
            guard line.hasPrefix(#"{"regel":\#(k + 1),"#) else {
                Issue.record("row \(k + 1): \(line.prefix(80))")
                break
            }
        }
        #expect(out[2_499].contains(#""fouten""#))
        #expect(out[4_999].contains(#""id":"k-5000""#))
    }

    /// Streaming, not reading the whole input first: the first rows come out while standard
    /// input is still open (a batch that read everything first would write nothing yet).
    @Test func rowsComeOutBeforeTheInputEnds() throws {
        let p = Process()
        p.executableURL = TestSupport.binary
        p.arguments = ["batch", "-", "--format", "compact"]
        let out = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        p.standardInput = inp
        try p.run()
        // Three chunks' worth, written on its own thread (the batch writes rows while it reads);
        // the input is not closed until the first rows have come out.
        let writer = inp.fileHandleForWriting, reader = out.fileHandleForReading
        let data = Data((Self.lines(5_000).joined(separator: "\n") + "\n").utf8)
        let written = DispatchSemaphore(value: 0), first = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? writer.write(contentsOf: data)
            written.signal()
        }
        // The reader keeps reading to the end (a full output pipe would stop the batch).
        let rows = Mutex(Data())
        let all = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let start = reader.availableData
            rows.withLock { $0 = start }
            first.signal()
            let rest = reader.readDataToEndOfFile()
            rows.withLock { $0.append(rest) }
            all.signal()
        }
        let early = first.wait(timeout: .now() + 120) == .success
        #expect(early, "no output while the input was still open")
        written.wait()
        try writer.close()
        all.wait()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(String(decoding: rows.withLock { $0 }, as: UTF8.self).split(separator: "\n").count == 5_000)
    }
}
