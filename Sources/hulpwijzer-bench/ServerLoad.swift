import Dispatch
import Foundation
import Hulpwijzer
#if canImport(Glibc)
import Glibc
#endif

/// A bounded load run against `hulpwijzer serve` on loopback: `requests` POST /api/check spread
/// over `connections` keep-alive connections. Returns the latencies in milliseconds and the
/// number of requests that did not get a 200.
func serverLoad(catalogue: Catalogue, directory: String, body: String, requests: Int, connections: Int) throws -> (latencies: [Double], errors: Int) {
    final class Box: @unchecked Sendable {
        var service: DeskService?
        let lock = NSLock()
        var latencies: [Double] = []
        var errors = 0
    }
    let box = Box()
    let server = try HTTPServer(address: "127.0.0.1", port: 0) { r, w in box.service?.handle(r, w) }
    box.service = DeskService(catalogue: catalogue, catalogueDirectory: directory, address: "127.0.0.1", port: server.port)
    let thread = Thread { server.run() }
    thread.start()
    defer { server.stop() }
    let request = Array("POST /api/check HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8)
    let port = server.port
    DispatchQueue.concurrentPerform(iterations: connections) { c in
        let count = requests / connections + (c < requests % connections ? 1 : 0)
        // Keep-alive; the server closes a connection after its request limit, so reconnect then.
        func open() -> Int32? {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var a = sockaddr_in()
            a.sin_family = sa_family_t(AF_INET)
            a.sin_port = in_port_t(UInt16(port).bigEndian)
            inet_pton(AF_INET, "127.0.0.1", &a.sin_addr)
            guard withUnsafePointer(to: &a, { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }) == 0 else {
                close(fd)
                return nil
            }
            var tv = timeval(tv_sec: 10, tv_usec: 0)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
            return fd
        }
        guard var fd = open() else {
            box.lock.lock(); box.errors += count; box.lock.unlock()
            return
        }
        defer { close(fd) }
        var mine: [Double] = []
        var errors = 0
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var reconnects = 0
        while mine.count < count, reconnects <= count {
            let t0 = DispatchTime.now().uptimeNanoseconds
            _ = request.withUnsafeBytes { send(fd, $0.baseAddress, request.count, Int32(MSG_NOSIGNAL)) }
            // Read one response: headers, then Content-Length bytes.
            var done = false
            while !done {
                if let end = find(buffer), let length = contentLength(buffer[..<end]) {
                    if buffer.count >= end + 4 + length {
                        if !buffer.starts(with: Array("HTTP/1.1 200".utf8)) { errors += 1 }
                        buffer.removeFirst(end + 4 + length)
                        done = true
                        continue
                    }
                }
                let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                if n <= 0 { errors += 1; break }
                buffer += chunk[0..<n]
            }
            if !done {
                // Closed by the server (request limit): reconnect and send this request again.
                close(fd)
                guard let again = open() else { break }
                fd = again
                buffer = []
                errors -= 1
                reconnects += 1
                continue
            }
            mine.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
        }
        box.lock.lock()
        box.latencies += mine
        box.errors += errors + (count - mine.count - errors > 0 ? count - mine.count - errors : 0)
        box.lock.unlock()
    }
    return (box.latencies, box.errors)
}

private func find(_ b: [UInt8]) -> Int? {
    guard b.count >= 4 else { return nil }
    for i in 0...(b.count - 4) where b[i] == 13 && b[i + 1] == 10 && b[i + 2] == 13 && b[i + 3] == 10 { return i }
    return nil
}

private func contentLength(_ head: ArraySlice<UInt8>) -> Int? {
    let text = String(decoding: head, as: UTF8.self).lowercased()
    guard let range = text.range(of: "content-length: ") else { return nil }
    return Int(text[range.upperBound...].prefix { $0.isNumber })
}
