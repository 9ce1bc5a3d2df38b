import Foundation

/// Reads HTTP/1.1 requests from the bytes of one connection, one after another (pipelining
/// works), refusing anything over its limits with the status that says why.
package struct HTTPParser: Sendable {
    /// The limits of one request.
    package struct Limits: Sendable {
        /// The longest request line (method, target, version).
        package var requestLine = 8 * 1024
        /// The most bytes of all header lines together.
        package var headerBytes = 16 * 1024
        /// The most header fields.
        package var headerCount = 64
        /// The largest body.
        package var body = 16 * 1024 * 1024

        /// The default limits.
        package init() {}
    }

    /// What `next(from:)` found.
    package enum Step: Sendable, Equatable {
        /// A whole request (its bytes are removed from the buffer).
        case request(HTTPRequest)
        /// Not enough bytes yet.
        case needMore
        /// A malformed or oversized request: answer with this status and close.
        case failure(status: Int, message: String)
    }

    package let limits: Limits

    /// A parser with these limits.
    package init(limits: Limits = Limits()) { self.limits = limits }

    /// Takes the next whole request from the front of `buffer`.
    package func next(from buffer: inout [UInt8]) -> Step {
        // Blank lines before a request are allowed (RFC 9112 §2.2).
        var start = 0
        while start + 1 < buffer.count, buffer[start] == 13, buffer[start + 1] == 10 { start += 2 }
        guard let headEnd = find([13, 10, 13, 10], in: buffer, from: start, limit: start + limits.requestLine + limits.headerBytes + 4) else {
            if let lineEnd = find([13, 10], in: buffer, from: start, limit: buffer.count), lineEnd - start > limits.requestLine {
                return .failure(status: 414, message: "de aanvraagregel is te lang")
            }
            if find([13, 10], in: buffer, from: start, limit: buffer.count) == nil, buffer.count - start > limits.requestLine {
                return .failure(status: 414, message: "de aanvraagregel is te lang")
            }
            if buffer.count - start > limits.requestLine + limits.headerBytes + 4 {
                return .failure(status: 431, message: "de kopregels zijn te groot")
            }
            return .needMore
        }
        guard let head = String(validating: buffer[start..<headEnd], as: UTF8.self) else {
            return .failure(status: 400, message: "de kopregels zijn geen geldige UTF-8")
        }
        let lines = head.components(separatedBy: "\r\n")
        let requestLine = lines[0]
        guard requestLine.utf8.count <= limits.requestLine else { return .failure(status: 414, message: "de aanvraagregel is te lang") }
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy({ $0.isUppercase }) else {
            return .failure(status: 400, message: "de aanvraagregel is ongeldig")
        }
        guard parts[2] == "HTTP/1.1" || parts[2] == "HTTP/1.0" else {
            return .failure(status: parts[2].hasPrefix("HTTP/") ? 505 : 400, message: "alleen HTTP/1.1 wordt ondersteund")
        }
        let target = parts[1]
        guard target.hasPrefix("/") else { return .failure(status: 400, message: "het doel van de aanvraag moet met / beginnen") }
        let pathPart = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        guard let path = PercentDecoding.decode(pathPart[0]) else { return .failure(status: 400, message: "het pad is ongeldig gecodeerd") }
        var query: [String: String] = [:]
        if pathPart.count > 1 {
            guard let q = PercentDecoding.form(pathPart[1]) else { return .failure(status: 400, message: "de zoekparameters zijn ongeldig gecodeerd") }
            query = q
        }
        let headerLines = lines.dropFirst()
        guard headerLines.count <= limits.headerCount else { return .failure(status: 431, message: "te veel kopregels") }
        var headers: [(name: String, value: String)] = []
        for line in headerLines {
            guard let colon = line.firstIndex(of: ":"), colon != line.startIndex else {
                return .failure(status: 400, message: "een kopregel is ongeldig")
            }
            let name = line[..<colon]
            guard name.allSatisfy({ $0.isLetter || $0.isNumber || "-_!#$%&'*+.^`|~".contains($0) }) else {
                return .failure(status: 400, message: "een kopregel is ongeldig")
            }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard !value.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" || $0.value == 0x7F }) else {
                return .failure(status: 400, message: "een kopregel bevat stuurtekens")
            }
            headers.append((name.lowercased(), value))
        }
        var request = HTTPRequest(method: String(parts[0]), path: path, query: query, headers: headers, body: [])
        let bodyStart = headEnd + 4
        if let coding = request.header("transfer-encoding") {
            guard coding.lowercased() == "chunked", request.header("content-length") == nil else {
                return .failure(status: coding.lowercased() == "chunked" ? 400 : 501, message: "alleen chunked transfer-encoding wordt ondersteund, zonder Content-Length")
            }
            switch dechunk(buffer, from: bodyStart) {
            case .needMore: return .needMore
            case .failure(let status, let message): return .failure(status: status, message: message)
            case .done(let body, let end):
                request.body = body
                buffer.removeSubrange(0..<end)
                return .request(request)
            }
        }
        var length = 0
        if let text = request.header("content-length") {
            let all = headers.filter { $0.name == "content-length" }
            guard all.count == 1, let n = Int(text), n >= 0, text.allSatisfy(\.isASCII) && text.allSatisfy(\.isNumber) else {
                return .failure(status: 400, message: "Content-Length is ongeldig")
            }
            guard n <= limits.body else { return .failure(status: 413, message: "de inhoud is groter dan \(limits.body / (1 << 20)) MB") }
            length = n
        } else if request.method == "POST" || request.method == "PUT" {
            return .failure(status: 411, message: "een POST heeft een Content-Length nodig")
        }
        guard buffer.count - bodyStart >= length else { return .needMore }
        request.body = Array(buffer[bodyStart..<(bodyStart + length)])
        buffer.removeSubrange(0..<(bodyStart + length))
        return .request(request)
    }

    private enum Dechunked {
        case needMore
        case failure(Int, String)
        case done([UInt8], Int)
    }

    /// Removes the chunked transfer coding (RFC 9112 §7.1); trailers are ignored.
    private func dechunk(_ buffer: [UInt8], from start: Int) -> Dechunked {
        var body: [UInt8] = []
        var i = start
        while true {
            guard let lineEnd = find([13, 10], in: buffer, from: i, limit: min(buffer.count, i + 1024)) else {
                return buffer.count - i > 1024 ? .failure(400, "een chunk-kop is ongeldig") : .needMore
            }
            let sizeText = String(decoding: buffer[i..<lineEnd], as: UTF8.self).split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16), size >= 0 else {
                return .failure(400, "een chunk-kop is ongeldig")
            }
            guard body.count + size <= limits.body else { return .failure(413, "de inhoud is groter dan \(limits.body / (1 << 20)) MB") }
            let dataStart = lineEnd + 2
            if size == 0 {
                // Skip trailer fields up to the empty line.
                guard let end = find([13, 10], in: buffer, from: dataStart, limit: min(buffer.count, dataStart + limits.headerBytes)) else {
                    return buffer.count - dataStart > limits.headerBytes ? .failure(431, "de trailers zijn te groot") : .needMore
                }
                if end == dataStart { return .done(body, end + 2) }
                guard let blank = find([13, 10, 13, 10], in: buffer, from: dataStart, limit: min(buffer.count, dataStart + limits.headerBytes)) else {
                    return .needMore
                }
                return .done(body, blank + 4)
            }
            guard buffer.count >= dataStart + size + 2 else { return .needMore }
            guard buffer[dataStart + size] == 13, buffer[dataStart + size + 1] == 10 else { return .failure(400, "een chunk is ongeldig afgesloten") }
            body.append(contentsOf: buffer[dataStart..<(dataStart + size)])
            i = dataStart + size + 2
        }
    }

    /// The index of `needle` in `haystack` from `from`, looking no further than `limit`.
    private func find(_ needle: [UInt8], in haystack: [UInt8], from: Int, limit: Int) -> Int? {
        let end = min(haystack.count, limit) - needle.count
        guard end >= from else { return nil }
        var i = from
        while i <= end {
            if haystack[i] == needle[0] {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
