import Foundation
import Testing
@testable import Hulpwijzer
#if canImport(Glibc)
import Glibc
#endif

/// `hulpwijzer serve`: the HTTP API on a free loopback port, every error status, and malformed
/// requests that must neither crash nor hang the server (issue 12).
@Suite(.serialized) struct ServerTests {
    /// A server with small limits and short timeouts, running on a background thread.
    final class Running: @unchecked Sendable {
        let server: HTTPServer
        let thread: Thread

        init(options: HTTPServer.Options = Running.testOptions) throws {
            let box = Box()
            server = try HTTPServer(address: "127.0.0.1", port: 0, options: options) { r, w in box.service!.handle(r, w) }
            box.service = DeskService(catalogue: TestSupport.catalogue, catalogueDirectory: TestSupport.dataDirectory,
                                      address: "127.0.0.1", port: server.port, today: { Day(year: 2026, month: 3, day: 1)! })
            let s = server
            thread = Thread { s.run() }
            thread.start()
        }

        static var testOptions: HTTPServer.Options {
            var o = HTTPServer.Options()
            o.idleTimeout = 1
            o.requestTimeout = 2
            o.maxConnections = 4
            o.limits.body = 64 * 1024
            o.limits.headerBytes = 2 * 1024
            o.limits.requestLine = 1024
            return o
        }

        var host: String { "127.0.0.1:\(server.port)" }

        deinit { server.stop() }

        final class Box: @unchecked Sendable { var service: DeskService? }
    }

    /// Sends raw bytes and reads until the server closes (or `timeout` passes between two reads;
    /// generous, as the first municipality listing of a debug build reads 342 files).
    static func exchange(_ port: Int, _ bytes: [UInt8], timeout: Int = 30, halfClose: Bool = true) -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var a = sockaddr_in()
        a.sin_family = sa_family_t(AF_INET)
        a.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, "127.0.0.1", &a.sin_addr)
        let ok = withUnsafePointer(to: &a) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard ok == 0 else { return "" }
        var tv = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, bytes.count, Int32(MSG_NOSIGNAL)) }
        // Half-close: the server sees the end of the request at once instead of waiting.
        if halfClose { shutdown(fd, Int32(SHUT_WR)) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            out += chunk[0..<n]
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func request(_ method: String, _ path: String, host: String, body: String? = nil,
                        contentType: String = "application/json", extra: String = "") -> [UInt8] {
        var text = "\(method) \(path) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\(extra)"
        if let body { text += "Content-Type: \(contentType)\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)" } else { text += "\r\n" }
        return Array(text.utf8)
    }

    static func status(_ response: String) -> Int? {
        response.split(separator: " ", maxSplits: 2).dropFirst().first.flatMap { Int($0) }
    }

    static func body(_ response: String) -> String {
        response.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n")
    }

    static let household = #"{"peildatum": "2026-03-01", "gemeente": "Utrecht", "aanvrager": {"leeftijd": 40, "rechtmatig_verblijf": true, "zorgverzekerd": true}, "partner": null, "kinderen": [{"leeftijd": 5}, {"leeftijd": 9}], "inkomen": {"toetsingsinkomen_per_jaar": 24000}}"#

    @Test func checkAnswersTheContractJSON() throws {
        let s = try Running()
        let r = Self.exchange(s.server.port, Self.request("POST", "/api/check", host: s.host, body: Self.household))
        #expect(Self.status(r) == 200)
        #expect(r.contains("Content-Security-Policy: default-src 'none'"))
        #expect(r.contains("Cache-Control: no-store"))
        let cli = TestSupport.cli(["check", "-", "--format", "json"], input: Self.household)
        #expect(Self.body(r) == cli.stdout)
        let all = Self.exchange(s.server.port, Self.request("POST", "/api/check?alle=1", host: s.host, body: Self.household))
        #expect(Self.body(all).utf8.count > Self.body(r).utf8.count)
    }

    @Test func badHouseholdsAre400WithFieldPaths() throws {
        let s = try Running()
        let r = Self.exchange(s.server.port, Self.request("POST", "/api/check", host: s.host, body: #"{"aanvrager": {"leeftjid": 3}}"#))
        #expect(Self.status(r) == 400)
        let doc = try JSONParser.parse(Array(Self.body(r).utf8))
        #expect(doc.objectValue?["fouten"]?.arrayValue?.first?.objectValue?["veld"] == .string("aanvrager.leeftjid"))
        let syntax = Self.exchange(s.server.port, Self.request("POST", "/api/check", host: s.host, body: "{kapot"))
        #expect(Self.status(syntax) == 400)
    }

    @Test func listingsAndBatch() throws {
        let s = try Running()
        let schemes = Self.exchange(s.server.port, Self.request("GET", "/api/regelingen", host: s.host))
        #expect(Self.status(schemes) == 200)
        #expect((try JSONParser.parse(Array(Self.body(schemes).utf8))).arrayValue?.count ?? 0 >= 34)
        let municipalities = Self.exchange(s.server.port, Self.request("GET", "/api/gemeenten", host: s.host))
        #expect(Self.status(municipalities) == 200)
        let lines = [Self.household, #"{"aanvrager": 3}"#, Self.household].joined(separator: "\n")
        let batch = Self.exchange(s.server.port, Self.request("POST", "/api/batch", host: s.host, body: lines, contentType: "application/x-ndjson"))
        #expect(Self.status(batch) == 200)
        #expect(batch.contains("Transfer-Encoding: chunked"))
        let regels = batch.components(separatedBy: "\"regel\":").count - 1
        #expect(regels == 3)
    }

    @Test func explainRoute() throws {
        let s = try Running()
        let r = Self.exchange(s.server.port, Self.request("GET", "/api/uitleg/kinderbijslag?peildatum=2026-03-01", host: s.host))
        #expect(Self.status(r) == 200)
        #expect(Self.body(r).contains("\"regeling\": \"kinderbijslag\""))
        #expect(Self.status(Self.exchange(s.server.port, Self.request("GET", "/api/uitleg/bestaat-niet", host: s.host))) == 404)
        let post = Self.exchange(s.server.port, Self.request("POST", "/api/uitleg/kinderbijslag", host: s.host, body: "{}"))
        #expect(Self.status(post) == 405)
        #expect(post.contains("Allow: GET"))
    }

    @Test func everyErrorStatus() throws {
        let s = try Running()
        let p = s.server.port
        #expect(Self.status(Self.exchange(p, Self.request("GET", "/bestaat-niet", host: s.host))) == 404)
        #expect(Self.status(Self.exchange(p, Self.request("GET", "/api/check", host: s.host))) == 405)
        #expect(Self.status(Self.exchange(p, Self.request("POST", "/api/check", host: s.host, body: "{}", contentType: "text/plain"))) == 415)
        #expect(Self.status(Self.exchange(p, Self.request("GET", "/api/regelingen", host: "evil.example:\(p)"))) == 403)
        #expect(Self.status(Self.exchange(p, Array("GET /api/regelingen HTTP/1.1\r\nConnection: close\r\n\r\n".utf8))) == 400)
        #expect(Self.status(Self.exchange(p, Array("POST /api/check HTTP/1.1\r\nHost: \(s.host)\r\nContent-Type: application/json\r\n\r\n".utf8))) == 411)
        let big = String(repeating: "x", count: 70 * 1024)
        #expect(Self.status(Self.exchange(p, Self.request("POST", "/api/check", host: s.host, body: big))) == 413)
        #expect(Self.status(Self.exchange(p, Self.request("GET", "/" + String(repeating: "a", count: 2000), host: s.host))) == 414)
        let manyHeaders = (0..<200).map { "X-\($0): \(String(repeating: "v", count: 20))\r\n" }.joined()
        #expect(Self.status(Self.exchange(p, Self.request("GET", "/api/regelingen", host: s.host, extra: manyHeaders))) == 431)
        #expect(Self.status(Self.exchange(p, Array("GET / HTTP/2.0\r\nHost: \(s.host)\r\n\r\n".utf8))) == 505)
        #expect(Self.status(Self.exchange(p, Array("get / HTTP/1.1\r\nHost: \(s.host)\r\n\r\n".utf8))) == 400)
    }

    @Test func chunkedBodiesAndPipelining() throws {
        let s = try Running()
        let body = Self.household
        let chunked = "POST /api/check HTTP/1.1\r\nHost: \(s.host)\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            + String(body.utf8.count / 2, radix: 16) + "\r\n" + String(body.prefix(body.utf8.count / 2)) + "\r\n"
            + String(body.utf8.count - body.utf8.count / 2, radix: 16) + "\r\n" + String(body.dropFirst(body.utf8.count / 2)) + "\r\n0\r\n\r\n"
        #expect(Self.status(Self.exchange(s.server.port, Array(chunked.utf8))) == 200)
        let first = "GET /api/gemeenten HTTP/1.1\r\nHost: \(s.host)\r\n\r\n"
        let pipelined = Self.exchange(s.server.port, Array(first.utf8) + Self.request("GET", "/api/regelingen", host: s.host))
        #expect(pipelined.components(separatedBy: "HTTP/1.1 200 OK").count - 1 == 2)
    }

    @Test func slowClientsAreTimedOut() throws {
        let s = try Running()
        let start = Date()
        let r = Self.exchange(s.server.port, Array("POST /api/check HTTP/1.1\r\nHost: \(s.host)\r\nContent-Length: 100\r\n\r\n{".utf8), timeout: 10, halfClose: false)
        #expect(Self.status(r) == 408)
        #expect(Date().timeIntervalSince(start) < 8)
    }

    @Test func malformedRequestsNeverBreakTheServer() throws {
        let s = try Running()
        var rng = SplitMix(seed: 12)
        let valid = Array(Self.request("POST", "/api/check", host: s.host, body: Self.household))
        for i in 0..<150 {
            var bytes = valid
            switch i % 5 {
            case 0: bytes = Array(bytes.prefix(Int(rng.next() % UInt64(bytes.count))))               // truncated
            case 1: bytes = (0..<Int(rng.next() % 3000)).map { _ in UInt8(truncatingIfNeeded: rng.next()) } // binary
            case 2: bytes[Int(rng.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: rng.next())
            case 3: bytes = Array(repeating: UInt8(ascii: "A"), count: Int(rng.next() % 20_000))    // oversized line
            default: bytes += bytes                                                                  // pipelined copy
            }
            let r = Self.exchange(s.server.port, bytes, timeout: 4)
            if let status = Self.status(r) { #expect((200..<600).contains(status)) }
        }
        // Still answering.
        #expect(Self.status(Self.exchange(s.server.port, Self.request("GET", "/api/gemeenten", host: s.host))) == 200)
    }

    @Test func connectionsAreBounded() throws {
        var options = Running.testOptions
        options.maxConnections = 1
        options.idleTimeout = 3
        let s = try Running(options: options)
        // Hold one connection open without sending; the next one is refused with 503.
        let holder = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(holder) }
        var a = sockaddr_in()
        a.sin_family = sa_family_t(AF_INET)
        a.sin_port = in_port_t(UInt16(s.server.port).bigEndian)
        inet_pton(AF_INET, "127.0.0.1", &a.sin_addr)
        _ = withUnsafePointer(to: &a) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(holder, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        usleep(200_000)
        #expect(Self.status(Self.exchange(s.server.port, Self.request("GET", "/api/gemeenten", host: s.host))) == 503)
    }
}

/// The OpenAPI description names every route the server answers.
@Suite struct OpenAPITests {
    @Test func everyRouteIsDescribed() throws {
        let url = TestSupport.root.appendingPathComponent("docs/openapi.json")
        let doc = try JSONParser.parse([UInt8](try Data(contentsOf: url)))
        let paths = doc.objectValue?["paths"]?.objectValue?.members.map(\.key) ?? []
        #expect(Set(paths) == ["/api/check", "/api/batch", "/api/regelingen", "/api/gemeenten", "/api/uitleg/{regeling}"])
    }
}
