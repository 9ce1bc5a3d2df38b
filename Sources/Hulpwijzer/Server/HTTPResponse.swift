/// One HTTP/1.1 response.
package struct HTTPResponse: Sendable {
    /// The status code (200, 400, …).
    package var status: Int
    /// Header fields, besides the ones every response gets (see `serialized`).
    package var headers: [(name: String, value: String)]
    /// The body.
    package var body: [UInt8]

    /// A response with a body of this content type.
    package init(status: Int, contentType: String, body: [UInt8], headers: [(name: String, value: String)] = []) {
        self.status = status
        self.headers = [("Content-Type", contentType)] + headers
        self.body = body
    }

    /// A JSON response.
    package static func json(_ status: Int, _ text: String) -> HTTPResponse {
        HTTPResponse(status: status, contentType: "application/json; charset=utf-8", body: Array(text.utf8))
    }

    /// A JSON error response: `{"fout": "…", "fouten": [{"veld": …, "melding": …}]}`.
    package static func error(_ status: Int, _ message: String, problems: [(field: String, message: String)] = []) -> HTTPResponse {
        var members: [(key: String, value: JSONValue)] = [("status", .number(Double(status))), ("fout", .string(message))]
        if !problems.isEmpty {
            members.append(("fouten", .array(problems.map { p in
                .object(JSONObject([("veld", .string(p.field)), ("melding", .string(p.message))]))
            })))
        }
        return .json(status, JSONWriter.write(.object(JSONObject(members)), indent: true) + "\n")
    }

    /// The reason phrase of a status code.
    package static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 303: return "See Other"
        case 400: return "Bad Request"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 408: return "Request Timeout"
        case 411: return "Length Required"
        case 413: return "Content Too Large"
        case 414: return "URI Too Long"
        case 415: return "Unsupported Media Type"
        case 431: return "Request Header Fields Too Large"
        case 500: return "Internal Server Error"
        case 501: return "Not Implemented"
        case 503: return "Service Unavailable"
        case 505: return "HTTP Version Not Supported"
        default: return "Status"
        }
    }

    /// Headers every response carries: no caching of household data, no sniffing, no framing,
    /// no referrer, and a Content-Security-Policy that allows nothing from elsewhere.
    package static let securityHeaders: [(name: String, value: String)] = [
        ("Cache-Control", "no-store"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        ("X-Frame-Options", "DENY"),
        ("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    ]

    /// The status line, headers and body as bytes (a header of the response replaces the
    /// security header of the same name); `close` adds `Connection: close`.
    package func serialized(close: Bool) -> [UInt8] {
        var head = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
        let own = Set(headers.map { $0.name.lowercased() })
        for (name, value) in headers + Self.securityHeaders.filter({ !own.contains($0.name.lowercased()) }) { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(body.count)\r\n"
        if close { head += "Connection: close\r\n" }
        head += "\r\n"
        return Array(head.utf8) + body
    }
}
