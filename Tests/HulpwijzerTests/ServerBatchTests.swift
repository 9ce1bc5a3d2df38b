import Foundation
import Testing
@testable import Hulpwijzer

/// `POST /api/batch?formaat=compact`: streamed, and byte for byte what `hulpwijzer batch
/// --format compact` writes for the same lines and peildatum.
@Suite struct ServerBatchTests {
    /// The body of a chunked HTTP response, de-chunked.
    static func dechunked(_ response: String) -> String {
        let body = Array(ServerTests.body(response).utf8)
        var out: [UInt8] = []
        var i = 0
        while let lineEnd = body[i...].firstIndex(of: 0x0D), lineEnd + 1 < body.count,
              let size = Int(String(decoding: body[i..<lineEnd], as: UTF8.self), radix: 16), size > 0,
              lineEnd + 2 + size <= body.count {
            out += body[(lineEnd + 2)..<(lineEnd + 2 + size)]
            i = lineEnd + 2 + size + 2
            if i >= body.count { break }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func compactBatchIsTheCLIsCompactOutput() throws {
        let s = try ServerTests.Running()
        let lines = [ServerTests.household, #"{"aanvrager": 3}"#, "", ServerTests.household].joined(separator: "\n")
        let r = ServerTests.exchange(s.server.port, ServerTests.request("POST", "/api/batch?formaat=compact", host: s.host, body: lines,
                                                                           contentType: "application/x-ndjson"))
        #expect(ServerTests.status(r) == 200)
        #expect(r.contains("Transfer-Encoding: chunked"))
        let cli = TestSupport.cli(["batch", "-", "--format", "compact", "--peildatum", "2026-03-01", "--catalogus", TestSupport.dataDirectory],
                                  input: lines)
        #expect(!cli.stdout.isEmpty)
        #expect(Self.dechunked(r) == cli.stdout)
        // The compact rows, not the full contract JSON.
        #expect(!Self.dechunked(r).contains("\"wettelijke_basis\""))
    }

    @Test func anUnknownFormatIsRefused() throws {
        let s = try ServerTests.Running()
        let r = ServerTests.exchange(s.server.port, ServerTests.request("POST", "/api/batch?formaat=xml", host: s.host, body: ServerTests.household,
                                                                           contentType: "application/x-ndjson"))
        #expect(ServerTests.status(r) == 400)
        #expect(r.contains("formaat"))
    }
}
