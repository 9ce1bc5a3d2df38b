import Foundation
import Testing
@testable import Hulpwijzer

/// The desk page (issue 12): the form with an "onbekend" state for every field, the no-JavaScript
/// form post with the overview, errors by field, the id warning, the handout, saving and
/// reopening the household, the live fragment, and the page's policy.
@Suite struct DeskPageTests {
    static let today = Day(year: 2026, month: 3, day: 1)!
    static let service = DeskService(catalogue: TestSupport.catalogue, catalogueDirectory: TestSupport.dataDirectory,
                                     address: "127.0.0.1", port: 8080, today: { DeskPageTests.today })

    /// The kredietbank's case: a man of 38 in Utrecht, no partner, children of 6 and 9, rent and net income.
    static let kredietbank = ["gemeente": "Utrecht", "aanvrager.leeftijd": "38", "partner": "nee", "kinderen": "6 9",
                              "woning.kale_huur_per_maand": "725,50", "inkomen.netto_per_maand": "1.850"]

    /// What a handler sent.
    final class Collected: HTTPServer.Writer {
        private let response = Mutex<HTTPResponse?>(nil)
        var value: HTTPResponse? { response.withLock { $0 } }
        func send(_ r: HTTPResponse) { response.withLock { $0 = r } }
        func start(status: Int, contentType: String) {}
        func chunk(_ bytes: [UInt8]) {}
        func finish() {}
    }

    struct Answer {
        let status: Int
        let headers: [(name: String, value: String)]
        let body: String
        func header(_ name: String) -> String? { headers.first { $0.name.lowercased() == name.lowercased() }?.value }
    }

    static func call(_ method: String, _ path: String, form: [String: String]? = nil, headers: [(String, String)] = []) -> Answer {
        var body: [UInt8] = []
        var all = [("host", "127.0.0.1:8080")] + headers.map { ($0.0.lowercased(), $0.1) }
        if let form {
            body = Array(encode(form).utf8)
            all.append(("content-type", "application/x-www-form-urlencoded"))
        }
        let writer = Collected()
        service.handle(HTTPRequest(method: method, path: path, query: [:], headers: all.map { (name: $0.0, value: $0.1) }, body: body), writer)
        guard let r = writer.value else { return Answer(status: 0, headers: [], body: "") }
        return Answer(status: r.status, headers: r.headers, body: String(decoding: r.body, as: UTF8.self))
    }

    static func encode(_ form: [String: String]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._")
        return form.sorted { $0.key < $1.key }
            .map { "\($0.key.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }
            .joined(separator: "&")
    }

    /// The library's evaluation of a contract household, as the CLI does it.
    static func evaluation(_ json: String) throws -> Evaluation {
        let household = try HouseholdDecoder.decode(bytes: Array(json.utf8))
        return try Engine(catalogue: TestSupport.catalogue).evaluateWithOverview(household, options: Engine.Options(defaultPeildatum: today))
    }

    static let formFields = FormDecoder.fields.map(\.path) + ["partner", "kinderen", "medebewoners"]

    @Test func pageHasEveryFieldWithAnUnknownState() {
        let page = Self.call("GET", "/")
        #expect(page.status == 200)
        #expect(page.header("content-type") == "text/html; charset=utf-8")
        #expect(Set(DeskPage.sections.flatMap(\.fields)) == Set(Self.formFields), "every form field is in a section, once")
        for field in Self.formFields {
            #expect(page.body.contains("id=\"veld-\(field)\" name=\"\(field)\""), "field \(field)")
        }
        // Every select starts at "onbekend" (sent empty); every text field is empty with "onbekend" shown.
        let selects = page.body.components(separatedBy: "<select ").count - 1
        #expect(selects == page.body.components(separatedBy: "<option value=\"\" selected>onbekend</option>").count - 1)
        #expect(selects == 10)
        #expect(!page.body.contains("value=\"0\""))
        #expect(page.body.components(separatedBy: "value=\"\" placeholder=\"onbekend\"").count - 1 == Self.formFields.count - selects)
        // No name or BSN field; the municipalities are suggested.
        for word in ["naam", "bsn", "burgerservicenummer\""] { #expect(!page.body.lowercased().contains("name=\"\(word)")) }
        #expect(page.body.contains("<option value=\"Utrecht\">") && page.body.contains("list=\"gemeenten\""))
        // Script and style from the binary only.
        #expect(page.body.contains("<script src=\"/bureau.js\" defer></script>") && !page.body.contains("<script>"))
        #expect(!page.body.contains("http://") && !page.body.contains("https://") && !page.body.contains("style=\""))
    }

    @Test func policyAndResources() {
        let page = Self.call("GET", "/")
        #expect(page.header("content-security-policy") == "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
        let js = Self.call("GET", "/bureau.js"), css = Self.call("GET", "/bureau.css")
        #expect(js.status == 200 && js.header("content-type") == "text/javascript; charset=utf-8")
        #expect(js.body.contains("/api/overzicht") && js.body.contains("150"))
        #expect(css.status == 200 && css.header("content-type") == "text/css; charset=utf-8" && css.body.contains("#overzicht"))
        #expect(Self.call("GET", "/afdruk").status == 405)
        #expect(Self.call("POS", "/", form: Self.kredietbank).status == 405)
        #expect(Self.call("GET", "/api/overzicht").header("allow") == "POST")
        #expect(Self.call("POST", "/bureau.js", form: [:]).status == 405)
        // A form posted from another site is refused; the page's own posts are not.
        #expect(Self.call("POST", "/", form: Self.kredietbank, headers: [("Sec-Fetch-Site", "cross-site")]).status == 403)
        #expect(Self.call("POST", "/", form: Self.kredietbank, headers: [("Origin", "http://evil.example")]).status == 403)
        #expect(Self.call("POST", "/", form: Self.kredietbank, headers: [("Sec-Fetch-Site", "same-origin"), ("Origin", "null")]).status == 200)
    }

    @Test func formPostGivesTheOverview() throws {
        let page = Self.call("POST", "/", form: Self.kredietbank)
        #expect(page.status == 200)
        #expect(page.body.contains("Alleenstaande van 38, met 2 kinderen (6 en 9 jaar), gemeente Utrecht"))
        #expect(page.body.contains("<summary>Kinderbijslag") && page.body.contains("<summary>Kindgebonden budget — tot €"))
        #expect(page.body.contains("value=\"725,50\"") && page.body.contains("<option value=\"nee\" selected>nee</option>"))
        // Each scheme opens to its full explanation.
        #expect(page.body.contains("<details data-regeling=\"kinderbijslag\"><summary>Kinderbijslag") && page.body.contains("VOORWAARDEN (op 1 maart 2026)"))
        // Every question link jumps to a field of the page.
        let links = page.body.components(separatedBy: "<ol class=\"vragen\">").last?.components(separatedBy: "href=\"#").dropFirst()
            .compactMap { $0.split(separator: "\"").first.map(String.init) } ?? []
        #expect(!links.isEmpty)
        for link in links { #expect(page.body.contains("id=\"\(link)\""), "\(link)") }
        // The same overview as the library's, scheme for scheme.
        let e = try Self.evaluation(#"{"gemeente":"Utrecht","aanvrager":{"leeftijd":38},"partner":null,"kinderen":[{"leeftijd":6,"thuiswonend":true},{"leeftijd":9,"thuiswonend":true}],"woning":{"kale_huur_per_maand":725.5,"soort":"huur"},"inkomen":{"netto_per_maand":1850}}"#)
        #expect(page.body.contains("Misschien (\(e.outcomes.filter { $0.status == .mogelijk }.count))"))
        for o in e.outcomes where o.status != .nee { #expect(page.body.contains("<summary>" + HTMLRenderer.escape(o.scheme.shortName)), "\(o.scheme.id)") }
    }

    @Test func dateOfBirthSettlesTheKinderbijslag() {
        var form = Self.kredietbank
        #expect(!Self.call("POST", "/", form: form).body.contains("<summary>Kinderbijslag \u{2014}"), "a child of 6: the quarter's band is open")
        form["kinderen"] = "02-10-2019 9"
        let page = Self.call("POST", "/", form: form)
        #expect(page.body.contains("<summary>Kinderbijslag \u{2014} ca. €") || page.body.contains("<summary>Kinderbijslag \u{2014} €"))
        #expect(page.body.contains("value=\"02-10-2019 9\""))
    }

    @Test func badNumberIsA400NamingTheField() {
        var form = Self.kredietbank
        form["inkomen.netto_per_maand"] = "1,650"
        form["kinderen"] = "6 twintig"
        let page = Self.call("POST", "/", form: form)
        #expect(page.status == 400)
        #expect(page.body.contains("<p class=\"melding fout\" id=\"melding-inkomen.netto_per_maand\" role=\"status\">") )
        #expect(page.body.contains("niet eenduidig") && page.body.contains("is geen leeftijd onder de 18"))
        #expect(page.body.contains("id=\"veld-inkomen.netto_per_maand\" name=\"inkomen.netto_per_maand\" aria-describedby=\"hint-inkomen.netto_per_maand\" aria-invalid=\"true\""))
        #expect(page.body.contains("value=\"1,650\""), "what was typed stays")
        // An unknown municipality is named at its field too, and the live fragment says the same.
        let unknown = Self.call("POST", "/api/overzicht", form: ["gemeente": "Utrecjt"])
        #expect(unknown.status == 400 && unknown.body.contains("data-veld=\"gemeente\"") && unknown.body.contains("Utrecht"))
        #expect(Self.call("POST", "/huishouden.json", form: form).status == 400)
        #expect(Self.call("POST", "/afdruk", form: form).status == 400)
    }

    @Test func emptyFieldsStayUnknown() throws {
        var form = Dictionary(uniqueKeysWithValues: Self.formFields.map { ($0, "") })
        form["gemeente"] = "Utrecht"
        form["aanvrager.leeftijd"] = "38"
        form["partner"] = "onbekend"
        form["schulden.beslag"] = "onbekend"
        let saved = Self.call("POST", "/huishouden.json", form: form)
        #expect(saved.status == 200)
        let json = #"{"gemeente":"Utrecht","aanvrager":{"leeftijd":38}}"#
        #expect(try JSONParser.parse(saved.body) == JSONParser.parse(json))
        // The page's statuses are the CLI's for the same household: nothing became "nee" by a zero.
        let e = try Self.evaluation(json)
        let page = Self.call("POST", "/", form: form)
        #expect(page.body.contains("Misschien (\(e.outcomes.filter { $0.status == .mogelijk }.count))"))
        #expect(page.body.contains(e.outcomes.contains { $0.status == .ja } ? "Recht op (" : "Recht op: nog niets zeker"))
        let cli = TestSupport.cli(["check", "-", "--format", "json", "--peildatum", "2026-03-01"], input: json)
        let statuses = try JSONParser.parse(cli.stdout).objectValue?["resultaten"]?.arrayValue?.compactMap { $0.objectValue?["status"]?.stringValue } ?? []
        #expect(statuses.filter { $0 == "mogelijk" }.count == e.outcomes.filter { $0.status == .mogelijk }.count)
    }

    @Test func identifierLikeIdIsWarnedAbout() {
        var form = Self.kredietbank
        form["id"] = "123456782"
        let page = Self.call("POST", "/", form: form)
        #expect(page.status == 200)
        #expect(page.body.contains("<p class=\"melding waarschuwing\" id=\"melding-id\" role=\"status\">Dit lijkt een burgerservicenummer"))
        let live = Self.call("POST", "/api/overzicht", form: form)
        #expect(live.status == 200 && live.body.contains("<li class=\"waarschuwing\" data-veld=\"id\""))
        form["id"] = "KB-2026-017"
        #expect(!Self.call("POST", "/api/overzicht", form: form).body.contains("data-veld=\"id\""))
    }

    @Test func liveFragmentIsThePageOverview() {
        let live = Self.call("POST", "/api/overzicht", form: Self.kredietbank)
        let page = Self.call("POST", "/", form: Self.kredietbank)
        #expect(live.status == 200 && live.header("content-type") == "text/html; charset=utf-8")
        #expect(!live.body.contains("<form") && page.body.contains("<section id=\"overzicht\" aria-live=\"polite\">\n" + live.body + "</section>"))
    }

    @Test func handoutIsTheClientHandout() throws {
        var form = Self.kredietbank
        form["id"] = "KB-2026-017"
        let handout = Self.call("POST", "/afdruk", form: form)
        #expect(handout.status == 200)
        #expect(handout.header("content-security-policy")?.contains("style-src 'unsafe-inline'") == true)
        #expect(handout.header("content-security-policy")?.contains("script-src") == false)
        let saved = Self.call("POST", "/huishouden.json", form: form).body
        #expect(handout.body == HTMLRenderer.render(try Self.evaluation(saved)))
        #expect(handout.body.contains("dossier KB-2026-017"))
    }

    @Test func savedHouseholdReopens() throws {
        var form = Self.kredietbank
        form["id"] = "KB-2026-017"
        form["schulden.beslag"] = "ja"
        form["aanvrager.uitkeringen"] = "geen"
        form["medebewoners"] = "nee"
        let saved = Self.call("POST", "/huishouden.json", form: form)
        #expect(saved.header("content-disposition") == "attachment; filename=\"huishouden-KB-2026-017.json\"")
        #expect(saved.header("content-type") == "application/json; charset=utf-8")
        _ = try HouseholdDecoder.decode(bytes: Array(saved.body.utf8))
        let opened = Self.call("POST", "/openen", form: ["json": saved.body])
        #expect(opened.status == 200)
        #expect(opened.body.contains("value=\"725,50\"") && opened.body.contains("value=\"1.850\"") && opened.body.contains("value=\"6 9\"") && opened.body.contains("<summary>Kinderbijslag"))
        #expect(!opened.body.contains("Niet in dit formulier"))
        // What the form holds, saved again, is the same file.
        let values = FormDecoder.values(try #require(JSONParser.parse(saved.body).objectValue))
        let again = Self.call("POST", "/huishouden.json", form: values).body
        func facts(_ text: String) throws -> Set<String> { Set(DeskPageCarryOver.leaves(try JSONParser.parse(text), at: "").map { "\($0.path)=\($0.value)" }) }
        #expect(try facts(again) == facts(saved.body))
        // An id that looks like a BSN does not end up in the file name.
        form["id"] = "123456782"
        #expect(Self.call("POST", "/huishouden.json", form: form).header("content-disposition") == "attachment; filename=\"huishouden.json\"")
    }

    @Test func reopeningNamesWhatTheFormCannotHold() {
        let file = #"{"gemeente":"Utrecht","aanvrager":{"leeftijd":38},"medebewoners":[{"leeftijd":70,"relatie":"ouder"}]}"#
        let opened = Self.call("POST", "/openen", form: ["json": file])
        #expect(opened.status == 200)
        #expect(opened.body.contains("Niet in dit formulier, dus niet overgenomen: ") && opened.body.contains("medebewoner 1"))
        let message = opened.body.components(separatedBy: "Niet in dit formulier").last?.prefix { $0 != "<" } ?? ""
        #expect(!message.contains("medebewoners[0]") && message.contains("de leeftijd van medebewoner 1"), "\(message)")
        let bad = Self.call("POST", "/openen", form: ["json": #"{"gemeente": "Utrecht", "aanvrager": {"leeftijd": "veertig"}}"#])
        #expect(bad.status == 400 && bad.body.contains("Dit is geen huishouden dat hulpwijzer kan lezen") && bad.body.contains("veertig"))
        #expect(Self.call("POST", "/openen", form: ["json": "[1, 2"]).status == 400)
    }

    @Test func oddFormsAreNamedNotCrashed() {
        #expect(Self.call("POST", "/", form: ["partner": "misschien"]).body.contains("id=\"melding-partner\" role=\"status\">kies ja, nee of onbekend"))
        let many = Self.call("POST", "/", form: ["kinderen": Array(repeating: "4", count: 200).joined(separator: " ")])
        #expect(many.status == 400 && many.body.contains("<p class=\"melding fout\" id=\"melding-kinderen\""))
        #expect(Self.call("POST", "/", form: ["peildatum": "31-02-2026"]).body.contains("<p class=\"melding fout\" id=\"melding-peildatum\""))
        #expect(Self.call("POST", "/", form: ["onbekend.veld": "1", "gemeente": "Utrecht"]).status == 200, "unknown form names are ignored")
        // Bodies that are not a form: bad escapes, invalid UTF-8.
        for body in [Array("gemeente=%ZZ".utf8), [0x67, 0x3D, 0xFF, 0xFE]] {
            let writer = Collected()
            Self.service.handle(HTTPRequest(method: "POST", path: "/", query: [:], headers: [("host", "127.0.0.1:8080"),
                ("content-type", "application/x-www-form-urlencoded")], body: body), writer)
            #expect(writer.value?.status == 400, "\(body)")
            #expect(writer.value.map { String(decoding: $0.body, as: UTF8.self) }?.contains("Het formulier kon niet worden gelezen") == true)
        }
        #expect(Self.call("POST", "/", headers: [("Content-Type", "application/json")]).status == 415)
    }

    @Test func pageOverARealSocket() throws {
        let s = try ServerTests.Running()
        let get = ServerTests.exchange(s.server.port, ServerTests.request("GET", "/", host: s.host))
        #expect(ServerTests.status(get) == 200 && get.contains("<form id=\"huishouden\" method=\"post\" action=\"/\""))
        let post = ServerTests.exchange(s.server.port, ServerTests.request("POST", "/", host: s.host, body: Self.encode(Self.kredietbank),
                                                                            contentType: "application/x-www-form-urlencoded"))
        #expect(ServerTests.status(post) == 200 && post.contains("<summary>Kinderbijslag"))
        let json = ServerTests.exchange(s.server.port, ServerTests.request("POST", "/", host: s.host, body: "{}"))
        #expect(ServerTests.status(json) == 415)
    }
}
