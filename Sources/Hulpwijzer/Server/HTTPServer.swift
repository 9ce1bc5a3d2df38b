import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

private let systemBind = bind

/// A small HTTP/1.1 server on POSIX sockets: one listening socket, a bounded number of
/// connections served concurrently, timeouts for slow clients, keep-alive and pipelining.
/// It logs nothing about requests: household data is never written anywhere.
package final class HTTPServer: Sendable {
    /// What a handler writes to: either one whole response, or a streamed body.
    package protocol Writer: Sendable {
        /// Sends a complete response.
        func send(_ response: HTTPResponse)
        /// Starts a chunked response with these headers; then `chunk` and `finish`.
        func start(status: Int, contentType: String)
        /// Sends one chunk of a streamed body.
        func chunk(_ bytes: [UInt8])
        /// Ends a streamed body.
        func finish()
    }

    /// Limits of the server.
    package struct Options: Sendable {
        /// Requests are refused (503) when this many connections are already being served.
        package var maxConnections = 32
        /// A connection that sends nothing for this long is closed; a request that takes longer
        /// than `requestTimeout` to arrive gets 408.
        package var idleTimeout: TimeInterval = 15
        /// The longest a request may take to arrive in full.
        package var requestTimeout: TimeInterval = 30
        /// The most requests on one connection.
        package var maxRequestsPerConnection = 1_000
        /// The request limits.
        package var limits = HTTPParser.Limits()

        /// The default options.
        package init() {}
    }

    /// Why the server could not start.
    package struct StartError: Error, Sendable, CustomStringConvertible {
        /// A Dutch message naming the address.
        package var description: String
    }

    private let listener: Int32
    /// The port the server listens on (useful when it was started on port 0).
    package let port: Int
    /// The address it listens on.
    package let address: String
    private let options: Options
    private let handler: @Sendable (HTTPRequest, any Writer) -> Void
    private let slots: DispatchSemaphore
    private let stopped = Mutex(false)

    /// Binds and listens on `address:port` (port 0 picks a free one); `handler` answers each request.
    package init(address: String, port: Int, options: Options = Options(),
                 handler: @escaping @Sendable (HTTPRequest, any Writer) -> Void) throws(StartError) {
        self.options = options
        self.handler = handler
        slots = DispatchSemaphore(value: options.maxConnections)
        let v6 = address.contains(":")
        let fd = socket(v6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw StartError(description: "kan geen socket openen: \(String(cString: strerror(errno)))") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        guard let bound = Self.bind(fd, address: address, port: port, v6: v6) else {
            close(fd)
            throw StartError(description: "\(Quoted.text(address)) is geen geldig IP-adres")
        }
        guard bound == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw StartError(description: "kan niet luisteren op \(address):\(port): \(reason)")
        }
        guard listen(fd, 64) == 0 else {
            close(fd)
            throw StartError(description: "kan niet luisteren op \(address):\(port)")
        }
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &storage) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        let actual: UInt16 = withUnsafePointer(to: &storage) { p in
            v6 ? p.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin6_port) }
               : p.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) }
        }
        listener = fd
        self.port = Int(actual)
        self.address = address
    }

    /// Binds `fd` to the address; nil when the address is not a valid IP address.
    private static func bind(_ fd: Int32, address: String, port: Int, v6: Bool) -> Int32? {
        func bind<A>(_ a: inout A) -> Int32 {
            withUnsafePointer(to: &a) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { systemBind(fd, $0, socklen_t(MemoryLayout<A>.size)) } }
        }
        if v6 {
            var a = sockaddr_in6()
            a.sin6_family = sa_family_t(AF_INET6)
            a.sin6_port = in_port_t(UInt16(port).bigEndian)
            guard inet_pton(AF_INET6, address, &a.sin6_addr) == 1 else { return nil }
            return bind(&a)
        }
        var a = sockaddr_in()
        a.sin_family = sa_family_t(AF_INET)
        a.sin_port = in_port_t(UInt16(port).bigEndian)
        guard inet_pton(AF_INET, address, &a.sin_addr) == 1 else { return nil }
        return bind(&a)
    }

    /// Accepts connections until `stop()`; blocks the calling thread.
    package func run() {
        while !stopped.withLock({ $0 }) {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if stopped.withLock({ $0 }) { break }
                if errno == EINTR || errno == ECONNABORTED || errno == EMFILE || errno == ENFILE { usleep(1_000); continue }
                break
            }
            var one: Int32 = 1
            setsockopt(client, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
            #if canImport(Darwin)
            setsockopt(client, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
            #endif
            guard slots.wait(timeout: .now()) == .success else {
                let busy = HTTPResponse.error(503, "de server is bezet; probeer het zo opnieuw").serialized(close: true)
                Connection(fd: client).write(busy)
                close(client)
                continue
            }
            let connection = Connection(fd: client)
            DispatchQueue.global().async { [self] in
                serve(connection)
                close(client)
                slots.signal()
            }
        }
    }

    /// Stops accepting connections; `run()` returns. Connections being served finish.
    package func stop() {
        stopped.withLock { $0 = true }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func serve(_ connection: Connection) {
        connection.setTimeout(options.idleTimeout)
        let parser = HTTPParser(limits: options.limits)
        var buffer: [UInt8] = []
        var served = 0
        var requestStarted: DispatchTime?
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while served < options.maxRequestsPerConnection {
            switch parser.next(from: &buffer) {
            case .request(let request):
                served += 1
                requestStarted = buffer.isEmpty ? nil : .now()
                let close = request.wantsClose || served == options.maxRequestsPerConnection
                let writer = ResponseWriter(connection: connection, close: close)
                handler(request, writer)
                writer.ensureFinished()
                if close || connection.failed { return }
            case .failure(let status, let message):
                connection.write(HTTPResponse.error(status, message).serialized(close: true))
                return
            case .needMore:
                if requestStarted == nil, !buffer.isEmpty { requestStarted = .now() }
                if let started = requestStarted, DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds > UInt64(options.requestTimeout * 1e9) {
                    connection.write(HTTPResponse.error(408, "de aanvraag kwam te langzaam binnen").serialized(close: true))
                    return
                }
                let n = connection.read(into: &chunk)
                if n <= 0 {
                    if n < 0, connection.timedOut, !buffer.isEmpty {
                        connection.write(HTTPResponse.error(408, "de aanvraag kwam te langzaam binnen").serialized(close: true))
                    }
                    return
                }
                if requestStarted == nil { requestStarted = .now() }
                buffer.append(contentsOf: chunk[0..<n])
            }
        }
    }
}

/// One accepted socket. Served by one thread at a time; its two flags sit behind a mutex so
/// the response writer can be handed to handlers that stream from other threads.
private final class Connection: Sendable {
    struct Flags {
        var failed = false
        var timedOut = false
    }

    let fd: Int32
    private let flags = Mutex(Flags())

    init(fd: Int32) { self.fd = fd }

    var failed: Bool { flags.withLock { $0.failed } }
    var timedOut: Bool { flags.withLock { $0.timedOut } }

    func setTimeout(_ seconds: TimeInterval) {
        var tv = timeval(tv_sec: Int(seconds), tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
    }

    func read(into chunk: inout [UInt8]) -> Int {
        while true {
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n < 0, errno == EINTR { continue }
            if n < 0, errno == EAGAIN || errno == EWOULDBLOCK { flags.withLock { $0.timedOut = true } }
            return n
        }
    }

    func write(_ bytes: [UInt8]) {
        guard !failed else { return }
        var offset = 0
        while offset < bytes.count {
            #if canImport(Darwin)
            let sendFlags: Int32 = 0
            #else
            let sendFlags = Int32(MSG_NOSIGNAL)
            #endif
            let n = bytes.withUnsafeBytes { send(fd, $0.baseAddress! + offset, bytes.count - offset, sendFlags) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 {
                flags.withLock { $0.failed = true }
                return
            }
            offset += n
        }
    }
}

/// Writes one response, whole or chunked, to a connection.
private final class ResponseWriter: HTTPServer.Writer {
    let connection: Connection
    let close: Bool
    /// 0 nothing sent, 1 streaming, 2 done.
    private let state = Mutex(0)

    init(connection: Connection, close: Bool) {
        self.connection = connection
        self.close = close
    }

    /// Moves from `from` to `to` if the writer is in `from`.
    private func transition(_ from: Int, _ to: Int) -> Bool {
        state.withLock { s in
            guard s == from else { return false }
            s = to
            return true
        }
    }

    func send(_ response: HTTPResponse) {
        guard transition(0, 2) else { return }
        connection.write(response.serialized(close: close))
    }

    func start(status: Int, contentType: String) {
        guard transition(0, 1) else { return }
        var head = "HTTP/1.1 \(status) \(HTTPResponse.reason(status))\r\nContent-Type: \(contentType)\r\nTransfer-Encoding: chunked\r\n"
        for (name, value) in HTTPResponse.securityHeaders { head += "\(name): \(value)\r\n" }
        if close { head += "Connection: close\r\n" }
        connection.write(Array((head + "\r\n").utf8))
    }

    func chunk(_ bytes: [UInt8]) {
        guard !bytes.isEmpty, state.withLock({ $0 == 1 }) else { return }
        connection.write(Array((String(bytes.count, radix: 16) + "\r\n").utf8) + bytes + [13, 10])
    }

    func finish() {
        guard transition(1, 2) else { return }
        connection.write(Array("0\r\n\r\n".utf8))
    }

    func ensureFinished() {
        if state.withLock({ $0 == 0 }) { send(HTTPResponse.error(500, "geen antwoord")) }
        finish()
    }
}
