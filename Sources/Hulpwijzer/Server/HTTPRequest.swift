import Foundation

/// One parsed HTTP/1.1 request.
package struct HTTPRequest: Sendable, Equatable {
    /// `GET`, `POST`, …
    package var method: String
    /// The path of the request target, percent-decoded (`/api/check`).
    package var path: String
    /// The query parameters of the request target, percent-decoded.
    package var query: [String: String]
    /// Header fields in order, names lowercased.
    package var headers: [(name: String, value: String)]
    /// The body (after any chunked transfer coding is removed).
    package var body: [UInt8]

    /// The first header with this (lowercase) name.
    package func header(_ name: String) -> String? {
        headers.first { $0.name == name }?.value
    }

    /// True when the client asked to close the connection after this request.
    package var wantsClose: Bool {
        header("connection")?.lowercased().split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == "close" } ?? false
    }

    package static func == (a: HTTPRequest, b: HTTPRequest) -> Bool {
        a.method == b.method && a.path == b.path && a.query == b.query && a.body == b.body
            && a.headers.map(\.name) == b.headers.map(\.name) && a.headers.map(\.value) == b.headers.map(\.value)
    }
}

/// Percent-decoding of request targets and form bodies.
package enum PercentDecoding {
    /// Decodes `%XX` escapes (and `+` as a space when `plusIsSpace`); nil for malformed escapes or invalid UTF-8.
    package static func decode(_ text: Substring, plusIsSpace: Bool = false) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var it = text.utf8.makeIterator()
        while let b = it.next() {
            if b == UInt8(ascii: "%") {
                guard let h = it.next(), let l = it.next(), let hv = hex(h), let lv = hex(l) else { return nil }
                bytes.append(hv << 4 | lv)
            } else if plusIsSpace, b == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else {
                bytes.append(b)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// `a=1&b=twee` → `["a": "1", "b": "twee"]`; later duplicates win; nil when malformed.
    package static func form(_ text: Substring) -> [String: String]? {
        var result: [String: String] = [:]
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let key = decode(parts[0], plusIsSpace: true) else { return nil }
            let value = parts.count > 1 ? decode(parts[1], plusIsSpace: true) : ""
            guard let value else { return nil }
            result[key] = value
        }
        return result
    }
}
