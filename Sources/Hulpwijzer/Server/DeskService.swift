import Foundation

/// What `hulpwijzer serve` answers: the desk page (`pageRoute`) and the HTTP API for other software.
/// Every answer is computed from the request alone; nothing typed is stored or logged.
package struct DeskService: Sendable {
    /// The loaded catalogue.
    package let catalogue: Catalogue
    /// The catalogue folder (for the listings, which the CLI renders).
    package let catalogueDirectory: String
    /// The `Host` header values that are accepted (the listen address and its loopback names,
    /// with the port): a web page elsewhere cannot reach the server through DNS rebinding.
    package let allowedHosts: Set<String>
    /// "Today", for households without a peildatum.
    package let today: @Sendable () -> Day
    /// The catalogue listings already rendered: they read every municipality file, which takes
    /// seconds in a debug build, and do not change while the server runs (the key has the date).
    private let listings = BoundedCache<HTTPResponse>(capacity: 512)
    /// Each scheme's rule text for the desk page (`DeskPageOverview`), by municipality and day.
    package let ruleTexts = BoundedCache<String>(capacity: 4_096)

    /// A service over a loaded catalogue, for a server listening on `address:port`.
    package init(catalogue: Catalogue, catalogueDirectory: String, address: String, port: Int,
                 today: @escaping @Sendable () -> Day = { Day.today() }) {
        self.catalogue = catalogue
        self.catalogueDirectory = catalogueDirectory
        var hosts: Set<String> = ["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)"]
        hosts.insert(address.contains(":") ? "[\(address)]:\(port)" : "\(address):\(port)")
        allowedHosts = hosts
        self.today = today
    }

    /// Answers one request.
    package func handle(_ request: HTTPRequest, _ writer: any HTTPServer.Writer) {
        guard let host = request.header("host")?.lowercased() else {
            writer.send(.error(400, "de aanvraag heeft geen Host-kopregel"))
            return
        }
        guard allowedHosts.contains(host) else {
            writer.send(.error(403, "deze server antwoordt alleen op zijn eigen adres (\(allowedHosts.sorted().joined(separator: ", ")))"))
            return
        }
        if pageRoute(request, writer) { return }
        switch (request.method, request.path) {
        case ("POST", "/api/check"):
            guard isJSON(request) else { return writer.send(.error(415, "stuur het huishouden als application/json")) }
            writer.send(check(request.body, includeNo: request.query["alle"] == "1"))
        case ("POST", "/api/batch"):
            guard isJSON(request) || request.header("content-type")?.hasPrefix("application/x-ndjson") == true
                    || request.header("content-type")?.hasPrefix("application/jsonl") == true else {
                return writer.send(.error(415, "stuur de huishoudens als JSON Lines (application/x-ndjson)"))
            }
            batch(request, writer)
        case ("GET", "/api/regelingen"):
            writer.send(listing(["regelingen", "--format", "json"] + (request.query["gemeente"].map { ["--gemeente", $0] } ?? [])))
        case ("GET", "/api/gemeenten"):
            writer.send(listing(["gemeenten", "--format", "json"]))
        case ("GET", let path) where path.hasPrefix(Self.explainPrefix):
            writer.send(explain(String(path.dropFirst(Self.explainPrefix.count)), query: request.query))
        case (_, let path) where path.hasPrefix(Self.explainPrefix):
            var r = HTTPResponse.error(405, "gebruik GET")
            r.headers.append(("Allow", "GET"))
            writer.send(r)
        case (_, "/api/check"), (_, "/api/batch"):
            var r = HTTPResponse.error(405, "gebruik POST")
            r.headers.append(("Allow", "POST"))
            writer.send(r)
        case (_, "/api/regelingen"), (_, "/api/gemeenten"):
            var r = HTTPResponse.error(405, "gebruik GET")
            r.headers.append(("Allow", "GET"))
            writer.send(r)
        default:
            writer.send(.error(404, "onbekend adres \(Quoted.text(request.path))"))
        }
    }

    /// `GET /api/uitleg/{id}`: the rule of one scheme.
    static let explainPrefix = "/api/uitleg/"

    /// The rule of scheme `id` as JSON (what `hulpwijzer uitleg` prints, field by field), on the
    /// query's `peildatum` (default today) with the figures of its `gemeente` (name or code).
    /// 400 for a bad date or municipality, 404 for an unknown scheme.
    package func explain(_ id: String, query: [String: String]) -> HTTPResponse {
        var day = today()
        if let text = query["peildatum"] {
            guard let d = Day(text) else {
                return .error(400, "de peildatum is geen datum", problems: [("peildatum", "\(Quoted.text(text)) is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-01")])
            }
            day = d
        }
        var local: LocalCatalogue?
        if let typed = query["gemeente"] {
            let municipality: Municipality
            do throws(MunicipalityLookupError) {
                municipality = try catalogue.municipalities.resolve(typed)
            } catch {
                return .error(400, "onbekende gemeente", problems: [("gemeente", error.description)])
            }
            do throws(CatalogueError) {
                local = try catalogue.local(for: municipality.code)
            } catch {
                return .error(500, "de catalogus is niet in orde: \(error.description)")
            }
        }
        guard let scheme = RuleDescription.scheme(id, in: catalogue, local: local, on: day) else {
            return .error(404, RuleDescription.unknownMessage(id, in: catalogue, local: local,
                                                              municipalityHint: local == nil ? "geef ook ?gemeente=" : nil))
        }
        return .json(200, JSONWriter.write(RuleDescription(scheme, globals: catalogue.globals, local: local, on: day).json, indent: true) + "\n")
    }

    private func isJSON(_ request: HTTPRequest) -> Bool {
        request.header("content-type")?.lowercased().hasPrefix("application/json") == true
    }

    /// The contract's result JSON for one household, or 400 with the problems by field.
    package func check(_ body: [UInt8], includeNo: Bool) -> HTTPResponse {
        let household: Household
        do throws(HouseholdError) {
            household = try HouseholdDecoder.decode(bytes: body)
        } catch {
            return .error(400, "het huishouden is niet te toetsen", problems: error.problems.map { ($0.path, $0.message) })
        }
        do throws(EvaluationError) {
            let evaluation = try Engine(catalogue: catalogue).evaluateWithOverview(household, options: Engine.Options(defaultPeildatum: today()))
            return .json(200, JSONRenderer.render(evaluation, includeNo: includeNo) + "\n")
        } catch {
            switch error {
            case .household(let e): return .error(400, "het huishouden is niet te toetsen", problems: e.problems.map { ($0.path, $0.message) })
            case .catalogue(let e): return .error(500, "de catalogus is niet in orde: \(e.description)")
            }
        }
    }

    /// JSON Lines in, JSON Lines out, streamed in chunks as the batch writes them: the full
    /// contract JSON per line, or with `?formaat=compact` the same bytes as `batch --format compact`.
    private func batch(_ request: HTTPRequest, _ writer: any HTTPServer.Writer) {
        let format = request.query["formaat"] ?? "jsonl"
        guard format == "jsonl" || format == "compact" else {
            return writer.send(.error(400, "formaat kent jsonl en compact, niet \(Quoted.text(format))"))
        }
        writer.start(status: 200, contentType: "application/x-ndjson; charset=utf-8")
        let body = request.body
        var terminal = Terminal(out: { writer.chunk(Array($0.utf8)) }, err: { _ in }, readInput: { body })
        terminal.outBytes = { writer.chunk(Array($0)) }
        let arguments = ["batch", "-", "--catalogus", catalogueDirectory, "--peildatum", today().description, "--format", format]
            + (request.query["alle"] == "1" ? ["--alle"] : [])
        _ = CLI.run(arguments, terminal: terminal)
        writer.finish()
    }

    /// A catalogue listing rendered by the CLI as JSON, once per arguments and day.
    private func listing(_ arguments: [String]) -> HTTPResponse {
        let key = arguments.joined(separator: "\u{0}") + "\u{0}" + today().description
        return listings.value(for: key) { renderListing(arguments) }
    }

    private func renderListing(_ arguments: [String]) -> HTTPResponse {
        let output = Captured()
        let code = CLI.run(arguments + ["--catalogus", catalogueDirectory], terminal: output.terminal)
        if code == ExitCode.success { return .json(200, output.out) }
        return .error(code == ExitCode.usage ? 400 : 500, output.err.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

/// Output of an in-process CLI run, collected.
private final class Captured: Sendable {
    private let text = Mutex((out: "", err: ""))
    var out: String { text.withLock { $0.out } }
    var err: String { text.withLock { $0.err } }
    var terminal: Terminal {
        Terminal(out: { s in self.text.withLock { $0.out += s } },
                 err: { s in self.text.withLock { $0.err += s } },
                 readInput: { [] })
    }
}
