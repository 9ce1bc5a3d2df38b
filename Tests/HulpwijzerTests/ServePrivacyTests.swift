import Foundation
import Testing
@testable import Hulpwijzer
#if canImport(Glibc)
import Glibc
#endif

/// `hulpwijzer serve` as a user starts it: it prints where to go, logs nothing that was typed
/// (no access log with paths, query strings or bodies), and stops cleanly on Ctrl-C (issue 12,
/// items 1 and 3).
@Suite(.serialized) struct ServePrivacyTests {
    /// A marker that would show up in any log of a request line, query string or body.
    static let marker = "privacymarker7Q3"

    @Test func nothingTypedIsLoggedAndCtrlCStops() throws {
        let p = Process()
        p.executableURL = TestSupport.binary
        p.arguments = ["serve", "--poort", "0", "--catalogus", TestSupport.dataDirectory]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        defer { if p.isRunning { p.terminate() } }
        // The first line names the address: "hulpwijzer luistert op http://127.0.0.1:PORT/ …".
        var first = Data()
        while !first.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            first.append(chunk)
        }
        let line = String(decoding: first, as: UTF8.self)
        #expect(line.hasPrefix("hulpwijzer luistert op http://127.0.0.1:"))
        let port = try #require(line.split(separator: ":").dropFirst(2).first.flatMap { Int($0.prefix { $0.isNumber }) })
        let host = "127.0.0.1:\(port)"
        let household = #"{"id": "\#(Self.marker)", "peildatum": "2026-03-01", "aanvrager": {"leeftijd": 40}, "inkomen": {"netto_per_maand": 1234}}"#
        let check = ServerTests.exchange(port, ServerTests.request("POST", "/api/check?alle=1&x=\(Self.marker)", host: host, body: household))
        #expect(ServerTests.status(check) == 200)
        #expect(check.contains(Self.marker))
        let bad = ServerTests.exchange(port, ServerTests.request("POST", "/api/check", host: host, body: #"{"\#(Self.marker)": 1}"#))
        #expect(ServerTests.status(bad) == 400)
        _ = ServerTests.exchange(port, ServerTests.request("GET", "/\(Self.marker)?q=\(Self.marker)", host: host))
        p.interrupt()
        p.waitUntilExit()
        let rest = out.fileHandleForReading.readDataToEndOfFile()
        let logged = line + String(decoding: rest, as: UTF8.self) + String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(p.terminationStatus == 0)
        #expect(logged.contains("hulpwijzer is gestopt."))
        #expect(!logged.contains(Self.marker))
        #expect(!logged.contains("1234"))
    }
}
