/// The desk page's routes: the page and its resources, the form posts (no JavaScript needed),
/// the live overview fragment, the handout, and saving and reopening the household as a JSON
/// file in the contract's format. Nothing typed is stored or logged.
extension DeskService {
    /// The Content-Security-Policy of the desk page: its own script and style only.
    static let pagePolicy = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    /// The handout is one self-contained page with an inline style and nothing else.
    static let handoutPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'"

    /// Answers a request for the desk page; false when the path is not one of the page's.
    func pageRoute(_ request: HTTPRequest, _ writer: any HTTPServer.Writer) -> Bool {
        let methods: [String: String] = ["/": "GET, POST", "/bureau.js": "GET", "/bureau.css": "GET", "/api/overzicht": "POST",
                                         "/afdruk": "POST", "/huishouden.json": "POST", "/openen": "POST"]
        guard let allowed = methods[request.path] else { return false }
        guard allowed.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == request.method }) else {
            var r = HTTPResponse.error(405, "gebruik \(allowed)")
            r.headers.append(("Allow", allowed))
            writer.send(r)
            return true
        }
        if request.method == "GET" {
            switch request.path {
            case "/bureau.js": writer.send(HTTPResponse(status: 200, contentType: "text/javascript; charset=utf-8", body: Array(DeskPageAssets.script.utf8)))
            case "/bureau.css": writer.send(HTTPResponse(status: 200, contentType: "text/css; charset=utf-8", body: Array(DeskPageAssets.style.utf8)))
            default: writer.send(page(DeskPage.Content(), status: 200))
            }
            return true
        }
        // A form posted from a page elsewhere is refused (the page's own posts are same-origin;
        // with the page's no-referrer policy a browser sends `Origin: null`, so Sec-Fetch-Site decides).
        let site = request.header("sec-fetch-site")?.lowercased()
        let origin = request.header("origin")?.lowercased()
        let foreignOrigin = origin.map { o in o != "null" && !allowedHosts.contains { o == "http://" + $0 } } ?? false
        if site.map({ $0 != "same-origin" && $0 != "none" }) ?? foreignOrigin {
            writer.send(.error(403, "dit formulier komt niet van deze server"))
            return true
        }
        guard request.header("content-type")?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true else {
            writer.send(.error(415, "stuur het formulier als application/x-www-form-urlencoded"))
            return true
        }
        guard let text = String(validating: request.body, as: UTF8.self), let form = PercentDecoding.form(Substring(text)) else {
            var content = DeskPage.Content()
            content.problems = [FormDecoder.Problem(field: "", message: "Het formulier kon niet worden gelezen (ongeldige codering). Laad de pagina opnieuw.")]
            writer.send(page(content, status: 400))
            return true
        }
        switch request.path {
        case "/openen": writer.send(open(form["json"] ?? ""))
        case "/api/overzicht":
            let c = checked(form)
            writer.send(HTTPResponse(status: c.status, contentType: "text/html; charset=utf-8", body: Array(overviewHTML(c).utf8)))
        default:
            let c = checked(form)
            guard c.status == 200, let evaluation = c.evaluation, let json = c.json else {
                writer.send(page(c))
                return true
            }
            switch request.path {
            case "/afdruk":
                writer.send(HTTPResponse(status: 200, contentType: "text/html; charset=utf-8", body: Array(HTMLRenderer.render(evaluation).utf8),
                                         headers: [("Content-Security-Policy", Self.handoutPolicy)]))
            case "/huishouden.json":
                let id = (json["id"]?.stringValue).flatMap { IdentifierCheck.check($0) == nil ? $0 : nil }
                let safe = id.map { $0.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) } } ?? false
                let name = safe ? "huishouden-\(id ?? "").json" : "huishouden.json"
                writer.send(HTTPResponse(status: 200, contentType: "application/json; charset=utf-8",
                                         body: Array((JSONWriter.write(.object(json), indent: true) + "\n").utf8),
                                         headers: [("Content-Disposition", "attachment; filename=\"\(name)\"")]))
            default: writer.send(page(c))
            }
        }
        return true
    }

    /// A form, read and checked.
    struct CheckedForm {
        var content = DeskPage.Content()
        var evaluation: Evaluation?
        /// The contract household of the form.
        var json: JSONObject?
        /// 200, 400 when a field is wrong, 500 when the catalogue is broken.
        var status = 200
    }

    /// Reads the form into the contract household and evaluates it with its overview.
    func checked(_ form: [String: String]) -> CheckedForm {
        var c = CheckedForm()
        c.content.values = form
        if let id = form["id"]?.trimmingCharacters(in: .whitespaces), !id.isEmpty, let finding = IdentifierCheck.check(id) {
            c.content.warnings.append(FormDecoder.Problem(field: "id", message: "Dit lijkt \(finding.description). Gebruik een eigen dossiernummer zonder persoonsgegevens; de afdruk laat het weg."))
        }
        let json: JSONObject
        switch FormDecoder.household(form) {
        case .failure(let f):
            c.content.problems = f.problems
            c.status = 400
            return finish(c)
        case .success(let j): json = j
        }
        c.json = json
        do throws(EvaluationError) {
            let household: Household
            do throws(HouseholdError) { household = try HouseholdDecoder.decode(.object(json)) } catch { throw .household(error) }
            c.evaluation = try Engine(catalogue: catalogue).evaluateWithOverview(household, options: Engine.Options(defaultPeildatum: today()))
        } catch {
            switch error {
            case .household(let e):
                c.content.problems = e.problems.map { FormDecoder.Problem(field: Self.formField($0.path), message: $0.message) }
                c.status = 400
            case .catalogue(let e):
                c.content.problems = [FormDecoder.Problem(field: "", message: "De catalogus is niet in orde: \(e.description)")]
                c.status = 500
            }
        }
        return finish(c)
    }

    private func finish(_ c: CheckedForm) -> CheckedForm {
        var c = c
        c.content.overview = overviewHTML(c)
        return c
    }

    /// The form field a household problem belongs to (`kinderen[1].leeftijd` → `kinderen`).
    static func formField(_ path: String) -> String {
        if DeskPageOverview.formField(for: path) != nil { return path }
        let head = String(path.prefix { $0 != "[" })
        return DeskPageOverview.formField(for: head) != nil ? head : path
    }

    /// The overview fragment of a checked form, or what stops it.
    func overviewHTML(_ c: CheckedForm) -> String {
        if let e = c.evaluation { return DeskPageOverview.render(e, catalogue: catalogue, rules: ruleTexts, warnings: c.content.warnings) }
        return "<p class=\"fout\">Het overzicht kan nog niet worden gemaakt: verbeter wat hieronder staat.</p>\n"
            + DeskPageOverview.messages(c.content.problems, c.content.warnings)
    }

    /// The page for a checked form.
    func page(_ c: CheckedForm) -> HTTPResponse { page(c.content, status: c.status) }

    /// The page with the desk page's own policy.
    func page(_ content: DeskPage.Content, status: Int) -> HTTPResponse {
        HTTPResponse(status: status, contentType: "text/html; charset=utf-8",
                     body: Array(DeskPage.render(content, municipalities: catalogue.municipalities.all.map(\.name).sorted()).utf8),
                     headers: [("Content-Security-Policy", Self.pagePolicy)])
    }

    /// A saved household (pasted or read by the script) back in the form, with its overview.
    func open(_ text: String) -> HTTPResponse {
        var failed = DeskPage.Content()
        failed.pasted = text
        let value: JSONValue
        do throws(HouseholdError) {
            value = try HouseholdDecoder.parse(bytes: Array(text.utf8))
            _ = try HouseholdDecoder.decode(value)
        } catch {
            failed.openMessage = "Dit is geen huishouden dat hulpwijzer kan lezen: " + error.problems.map(\.description).joined(separator: "; ")
            return page(failed, status: 400)
        }
        guard let object = value.objectValue else {
            failed.openMessage = "Dit is geen huishouden dat hulpwijzer kan lezen: het bestand moet een JSON-object zijn."
            return page(failed, status: 400)
        }
        var c = checked(FormDecoder.values(object))
        let lost = DeskPageCarryOver.lost(object, kept: c.json ?? JSONObject())
        if !lost.isEmpty {
            c.content.openMessage = "Niet in dit formulier, dus niet overgenomen: " + Dutch.list(lost) + ". Werk daarvoor met het bestand en de opdrachtregel."
        }
        return page(c)
    }
}
