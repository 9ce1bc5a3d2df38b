/// The municipal templates of `sjablonen/<soort>.json`: each a complete local scheme (conditions,
/// gate, category, legal basis, figures) whose municipal figures are open (declared without value).
///
/// A local entry names a template and fills its figures:
/// `{"sjabloon": "minimaregeling-inkomensgrens", "id": "gm0268-…", "naam": …, "parameters":
/// {"inkomensgrens_pct": {"vanaf": …, "waarde": 120, "bron": …, "zekerheid": …}}}`. The entry is
/// merged into the template as JSON and then read like any scheme, so every check of a written-out
/// scheme applies to it too.
struct Templates {
    /// One template: its name (the file name) and the scheme it describes.
    struct Template {
        let name: String
        let file: String
        let scheme: JSONObject

        /// The template's conditions and then `added`, all of which must hold:
        /// `{"alle": [template…, added…]}`.
        func conditions(adding added: [JSONValue]) -> JSONValue {
            var conditions: [JSONValue] = []
            if case .object(let tree)? = scheme["voorwaarden"], tree.keys == ["alle"], case .array(let all)? = tree["alle"] {
                conditions = all
            } else if let tree = scheme["voorwaarden"] {
                conditions = [tree]
            }
            return .object(JSONObject([("alle", .array(conditions + added))]))
        }

        /// The figures the template declares without a value; an entry must fill each.
        var openFigures: [String] {
            guard case .object(let params)? = scheme["parameters"] else { return [] }
            return params.members.compactMap { m in
                guard case .object(let p) = m.value else { return nil }
                return p["waarden"] == nil && p["waarde"] == nil ? m.key : nil
            }
        }
    }

    /// Keys of a template file.
    static let fileKeys = ["sjabloon", "omschrijving", "regeling", "toelichting"]
    /// Scheme keys a template may not set: they belong to each municipality's own scheme.
    static let ownKeys = ["id", "gemeenten"]
    /// Scheme keys only the template sets: a scheme with other conditions is written out in full.
    static let fixedKeys = ["voorwaarden", "poort"]
    /// Keys of the scheme inside a template file.
    static var schemeKeys: [String] { CatalogueReader.schemeKeys.filter { !ownKeys.contains($0) } }
    /// Keys of a local entry that names a template: the scheme's own keys, and conditions that
    /// the municipality adds to the template's (they can make the scheme stricter, never looser).
    static var entryKeys: [String] { ["sjabloon"] + CatalogueReader.schemeKeys.filter { !fixedKeys.contains($0) } + ["aanvullende_voorwaarden"] }

    private(set) var byName: [String: Template] = [:]

    /// The template names, sorted.
    var names: [String] { byName.keys.sorted() }

    /// Reads the templates from the template files (`files` maps a file path to its parsed JSON).
    init(files: [(file: String, value: JSONValue)], globals: ParameterStore, diagnostics: inout [Diagnostic]) {
        for (file, value) in files {
            var reader = CatalogueReader(file: file, globals: globals)
            guard case .object(let o) = value else {
                reader.fail("", "verwacht een object met sjabloon en regeling")
                diagnostics += reader.diagnostics
                continue
            }
            reader.checkKeys(o, Self.fileKeys, at: "")
            let expected = String(file.split(separator: "/").last?.dropLast(5) ?? "")
            let name = reader.string(o, "sjabloon", at: "")
            if let name, name != expected { reader.fail("sjabloon", "moet \"\(expected)\" zijn (de naam van het bestand)") }
            _ = reader.string(o, "omschrijving", at: "")
            if case .object(let scheme)? = o["regeling"] {
                reader.checkKeys(scheme, Self.schemeKeys, at: "regeling")
                for key in Self.fixedKeys where key == "voorwaarden" && scheme[key] == nil {
                    reader.fail("regeling.\(key)", "ontbreekt: een sjabloon legt de voorwaarden vast")
                }
                let template = Template(name: expected, file: file, scheme: scheme)
                for figure in template.openFigures {
                    if case .object(let p)? = scheme["parameters"]?.objectValue?[figure], p["eenheid"] == nil || p["omschrijving"] == nil {
                        reader.fail("regeling.parameters.\(figure)", "een open cijfer heeft een omschrijving en een eenheid")
                    }
                }
                if byName[expected] == nil, reader.diagnostics.isEmpty { byName[expected] = template }
            } else {
                reader.fail("regeling", "ontbreekt of is geen object: de regeling die het sjabloon beschrijft")
            }
            diagnostics += reader.diagnostics
        }
    }

    /// Reads every template as a scheme, with a placeholder identity and each open figure filled
    /// with "no value yet", so that a wrong fact, operator or unused figure is reported on the
    /// template file when the catalogue loads, not once for every municipality that uses it.
    func check(globals: ParameterStore) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for template in byName.values.sorted(by: { $0.name < $1.name }) {
            var reader = CatalogueReader(file: template.file, globals: globals)
            var scheme = template.scheme
            let identity: [(String, JSONValue)] = [
                ("id", .string("sjabloon")), ("naam", .string(template.name)), ("omschrijving", .string(template.name)),
                ("uitvoerder", .string("de gemeente")), ("bron", .string(template.file)), ("geldig_van", .string("2000-01-01")),
                ("laatst_geverifieerd", .string("2000-01-01")), ("aanvragen", .object(JSONObject([("hoe", .string("bij de gemeente"))]))),
            ]
            for (key, value) in identity where scheme[key] == nil { scheme.set(key, value) }
            if var params = scheme["parameters"]?.objectValue {
                for figure in template.openFigures {
                    guard var p = params[figure]?.objectValue else { continue }
                    p.set("gemeentelijk", .bool(true))
                    p.set("waarden", .array([.object(JSONObject([("vanaf", .string("2000-01-01")), ("waarde", .null),
                                                                  ("bron", .string(template.file)), ("zekerheid", .string("onzeker"))]))]))
                    params.set(figure, .object(p))
                }
                scheme.set("parameters", .object(params))
            }
            _ = reader.scheme(.object(scheme), at: "regeling")
            diagnostics += reader.diagnostics
        }
        return diagnostics
    }

    /// The scheme JSON for a local entry that names a template, or nil (with diagnostics) when the
    /// template is unknown or the entry does not fit it. `shared` are the names of the file-level
    /// parameters: an open figure that the entry leaves empty is taken from there.
    func instantiate(_ entry: JSONObject, at path: String, shared: Set<String>, reader: inout CatalogueReader) -> JSONValue? {
        guard let name = reader.string(entry, "sjabloon", at: path) else { return nil }
        guard let template = byName[name] else {
            reader.fail(reader.join(path, "sjabloon"), "onbekend sjabloon \"\(name)\"." + Suggest.didYouMean(name, in: names))
            return nil
        }
        for key in Self.fixedKeys where entry[key] != nil {
            reader.fail(reader.join(path, key), "komt uit het sjabloon \(name); schrijf de regeling voluit (zonder sjabloon) als de \(key) anders is")
        }
        reader.checkKeys(entry, Self.entryKeys + Self.fixedKeys, at: path)
        var merged = template.scheme
        for member in entry.members where !["sjabloon", "parameters", "aanvullende_voorwaarden"].contains(member.key) && !Self.fixedKeys.contains(member.key) {
            merged.set(member.key, member.value)
        }
        if let extra = entry["aanvullende_voorwaarden"] {
            guard case .array(let added) = extra, !added.isEmpty else {
                reader.fail(reader.join(path, "aanvullende_voorwaarden"), "verwacht een niet-lege lijst van voorwaarden")
                return nil
            }
            merged.set("voorwaarden", template.conditions(adding: added))
        }
        var params = template.scheme["parameters"]?.objectValue ?? JSONObject()
        let paramsPath = reader.join(path, "parameters")
        var filled: Set<String> = []
        var complete = true
        if let given = entry["parameters"] {
            guard case .object(let figures) = given else {
                reader.fail(paramsPath, "verwacht een object met de cijfers van het sjabloon")
                return nil
            }
            for (figure, value) in figures.members {
                if case .object(let declared)? = params[figure], case .object(let fill) = value {
                    var combined = declared
                    if fill["waarde"] != nil || fill["waarden"] != nil {
                        combined.remove("waarden")
                        combined.remove("waarde")
                    }
                    for m in fill.members { combined.set(m.key, m.value) }
                    params.set(figure, .object(combined))
                    filled.insert(figure)
                } else if params[figure] == nil, case .object(let own) = value, own["eenheid"] != nil {
                    params.set(figure, value)  // a figure of the entry's own amount, declared in full
                } else if params[figure] == nil {
                    reader.fail(reader.join(paramsPath, figure), "het sjabloon \(name) heeft geen parameter \"\(figure)\"."
                                + Suggest.didYouMean(figure, in: params.keys)
                                + " Een eigen cijfer (voor een eigen bedrag) heeft een omschrijving en een eenheid.")
                } else {
                    reader.fail(reader.join(paramsPath, figure), "verwacht een object met vanaf, waarde, bron en zekerheid (of waarden)")
                }
            }
        }
        for figure in template.openFigures where !filled.contains(figure) {
            if shared.contains(figure) {
                params.remove(figure)  // the file-level parameters block supplies it
            } else {
                complete = false
                reader.fail(reader.join(paramsPath, figure), "ontbreekt: het sjabloon \(name) laat dit cijfer open; "
                            + "vul het in met vanaf, waarde, bron en zekerheid (of in het blok parameters van het bestand)")
            }
        }
        guard complete else { return nil }  // reading it would only repeat the missing figure as an unknown name
        merged.set("parameters", .object(params))
        return .object(merged)
    }
}

extension JSONObject {
    /// Replaces the value of `key` in place, or appends the member.
    mutating func set(_ key: String, _ value: JSONValue) {
        if let i = members.firstIndex(where: { $0.key == key }) { members[i].value = value } else { members.append((key, value)) }
    }

    /// Removes the member named `key`, if any.
    mutating func remove(_ key: String) {
        members.removeAll { $0.key == key }
    }
}
