import Foundation

/// The desk page's form (`application/x-www-form-urlencoded`) as the contract household: every
/// field named by its contract path; an empty field, or "onbekend", leaves the fact out
/// (unknown), never zero. Numbers are read as Dutch people type them (`DutchNumber`).
package enum FormDecoder {
    /// One field of the form.
    package struct Field: Sendable {
        /// How the field's text is read.
        package enum Kind: Sendable {
            /// Free text (gemeente, id).
            case text
            /// A whole number (an age).
            case integer
            /// An amount or other number in Dutch notation.
            case number
            /// ja / nee / onbekend.
            case yesNo
            /// One of fixed values; empty is unknown.
            case choice([String])
            /// Words separated by spaces or commas (benefits, scheme ids).
            case words
        }
        /// The contract path, also the form name (`inkomen.netto_per_maand`).
        package let path: String
        /// The Dutch label.
        package let label: String
        /// How it is read.
        package let kind: Kind
    }

    /// The fields that map one-to-one onto a contract path (partner, kinderen and medebewoners
    /// are special: ja/nee/onbekend, a list of ages, and ja/nee/onbekend).
    package static let fields: [Field] = [
        Field(path: "id", label: "Dossiernummer", kind: .text),
        Field(path: "peildatum", label: "Peildatum", kind: .text),
        Field(path: "gemeente", label: "Gemeente", kind: .text),
        Field(path: "aanvrager.leeftijd", label: "Leeftijd aanvrager", kind: .integer),
        Field(path: "partner.leeftijd", label: "Leeftijd partner", kind: .integer),
        Field(path: "woning.soort", label: "Woning", kind: .choice(Woonsoort.allCases.map(\.rawValue))),
        Field(path: "woning.kale_huur_per_maand", label: "Kale huur per maand", kind: .number),
        Field(path: "woning.zelfstandig", label: "Zelfstandige woning", kind: .yesNo),
        Field(path: "inkomen.netto_per_maand", label: "Netto inkomen per maand", kind: .number),
        Field(path: "inkomen.toetsingsinkomen_per_jaar", label: "Toetsingsinkomen per jaar", kind: .number),
        Field(path: "aanvrager.werk_uren_per_week", label: "Werkuren per week", kind: .number),
        Field(path: "aanvrager.zelfstandige", label: "Zelfstandige (ondernemer)", kind: .yesNo),
        Field(path: "aanvrager.uitkeringen", label: "Uitkeringen", kind: .words),
        Field(path: "vermogen.totaal", label: "Vermogen", kind: .number),
        Field(path: "vermogen.auto_waarde", label: "Waarde van de auto", kind: .number),
        Field(path: "aanvrager.zorgpremie_per_maand", label: "Zorgpremie aanvrager per maand", kind: .number),
        Field(path: "partner.zorgpremie_per_maand", label: "Zorgpremie partner per maand", kind: .number),
        Field(path: "schulden.totaal", label: "Schulden", kind: .number),
        Field(path: "schulden.beslag", label: "Beslag op loon of uitkering", kind: .yesNo),
        Field(path: "schulden.problematisch", label: "Problematische schulden", kind: .yesNo),
        Field(path: "aanvrager.rechtmatig_verblijf", label: "Rechtmatig verblijf in Nederland", kind: .yesNo),
        Field(path: "aanvrager.zorgverzekerd", label: "Zorgverzekerd in Nederland", kind: .yesNo),
        Field(path: "aanvrager.chronisch_ziek_of_beperking", label: "Chronisch ziek of een beperking", kind: .yesNo),
        Field(path: "ontvangt", label: "Ontvangt al", kind: .words),
    ]

    /// A problem with one field, in Dutch.
    package struct Problem: Sendable, Equatable {
        /// The form name of the field.
        package let field: String
        /// What is wrong, in Dutch.
        package let message: String
    }

    /// The household JSON of the form, or the problems by field.
    package static func household(_ form: [String: String]) -> Result<JSONObject, Failure> {
        var problems: [Problem] = []
        var root = JSONObject()
        func value(_ f: Field, _ raw: String) -> JSONValue? {
            let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty || text.lowercased() == "onbekend" { return nil }
            switch f.kind {
            case .text: return .string(text)
            case .integer:
                guard let n = Int(text), n >= 0, n < 130 else {
                    problems.append(Problem(field: f.path, message: "\(Quoted.text(text)) is geen leeftijd in jaren; typ bijvoorbeeld 34"))
                    return nil
                }
                return .number(Double(n))
            case .number:
                do throws(DutchNumber.Failure) {
                    return .number(try DutchNumber.parse(text))
                } catch {
                    problems.append(Problem(field: f.path, message: error.description))
                    return nil
                }
            case .yesNo:
                switch text.lowercased() {
                case "ja": return .bool(true)
                case "nee": return .bool(false)
                default:
                    problems.append(Problem(field: f.path, message: "kies ja, nee of onbekend"))
                    return nil
                }
            case .choice(let options):
                guard options.contains(text) else {
                    problems.append(Problem(field: f.path, message: "kies " + Dutch.list(options.map { Quoted.text($0) }, conjunction: "of")))
                    return nil
                }
                return .string(text)
            case .words:
                if text.lowercased() == "geen" { return .array([]) }
                let words = text.split { $0 == " " || $0 == "," || $0 == ";" }.map { String($0).lowercased() }
                return .array(words.map { .string($0) })
            }
        }
        for f in fields {
            guard let raw = form[f.path], let v = value(f, raw) else { continue }
            set(&root, f.path.split(separator: ".").map(String.init), v)
        }
        switch form["partner"]?.lowercased() ?? "" {
        case "ja": if root["partner"] == nil { root.members.append(("partner", .object(JSONObject()))) }
        case "nee":
            if root["partner"] != nil {
                problems.append(Problem(field: "partner.leeftijd", message: "er is geen partner: laat de leeftijd van de partner leeg"))
            }
            root.members.append(("partner", .null))
        case "", "onbekend": break
        default: problems.append(Problem(field: "partner", message: "kies ja, nee of onbekend"))
        }
        switch form["medebewoners"]?.lowercased() ?? "" {
        case "nee": root.members.append(("medebewoners", .array([])))
        case "ja": root.members.append(("medebewoners", .array([.object(JSONObject())])))
        case "", "onbekend": break
        default: problems.append(Problem(field: "medebewoners", message: "kies ja, nee of onbekend"))
        }
        if let raw = form["kinderen"]?.trimmingCharacters(in: .whitespacesAndNewlines), !raw.isEmpty, raw.lowercased() != "onbekend" {
            if raw.lowercased() == "geen" {
                root.members.append(("kinderen", .array([])))
            } else {
                var children: [JSONValue] = []
                // An age, or a date of birth (which settles the age on the peildatum and a quarter's kinderbijslag).
                for word in raw.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }) {
                    if let n = Int(word), n >= 0, n < 18 {
                        children.append(.object(JSONObject([("leeftijd", .number(Double(n))), ("thuiswonend", .bool(true))])))
                    } else if let born = birthDate(String(word)) {
                        children.append(.object(JSONObject([("geboortedatum", .string(born.description)), ("thuiswonend", .bool(true))])))
                    } else {
                        problems.append(Problem(field: "kinderen", message: "\(Quoted.text(String(word))) is geen leeftijd onder de 18 en geen geboortedatum; typ zo: 4 9, of 15-03-2019, of \u{201C}geen\u{201D}"))
                    }
                }
                root.members.append(("kinderen", .array(children)))
            }
        }
        // Rent implies renting, as with the CLI's --huur.
        if root["woning"]?.objectValue?["kale_huur_per_maand"] != nil, root["woning"]?.objectValue?["soort"] == nil {
            set(&root, ["woning", "soort"], .string("huur"))
        }
        if !problems.isEmpty { return .failure(Failure(problems: problems)) }
        return .success(root)
    }

    /// The problems of a form that cannot be read.
    package struct Failure: Error, Sendable, Equatable {
        /// One per field at most, in form order.
        package let problems: [Problem]
    }

    /// The form's values for a household (to fill the form from a saved JSON file).
    package static func values(_ household: JSONObject) -> [String: String] {
        var out: [String: String] = [:]
        func lookup(_ path: [String]) -> JSONValue? {
            var v: JSONValue? = .object(household)
            for k in path { v = v?.objectValue?[k] }
            return v
        }
        for f in fields {
            guard let v = lookup(f.path.split(separator: ".").map(String.init)) else { continue }
            switch v {
            case .string(let s): out[f.path] = s
            case .number(let n) where [.euro, .euroPerMaand, .euroPerJaar].contains(ContractFields.entry(at: f.path)?.unit):
                // An amount as typed at the desk: 725,50, 1.850.
                out[f.path] = String(Format.euro(n).dropFirst(2))
            case .number(let n): out[f.path] = Format.number(n)
            case .bool(let b): out[f.path] = b ? "ja" : "nee"
            case .array(let a): out[f.path] = a.isEmpty ? "geen" : a.compactMap(\.stringValue).joined(separator: " ")
            default: break
            }
        }
        switch household["partner"] {
        case .null?: out["partner"] = "nee"
        case .object?: out["partner"] = "ja"
        default: break
        }
        if let others = household["medebewoners"]?.arrayValue { out["medebewoners"] = others.isEmpty ? "nee" : "ja" }
        if let kids = household["kinderen"]?.arrayValue {
            out["kinderen"] = kids.isEmpty ? "geen" : kids.compactMap { kid -> String? in
                if let age = kid.objectValue?["leeftijd"]?.numberValue { return String(Int(age)) }
                guard let born = kid.objectValue?["geboortedatum"]?.stringValue.flatMap(Day.init) else { return nil }
                func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
                return "\(two(born.day))-\(two(born.month))-\(born.year)"
            }.joined(separator: " ")
        }
        return out
    }

    /// `2019-03-15` or, as Dutch people write it, `15-03-2019`.
    static func birthDate(_ text: String) -> Day? {
        if let d = Day(text) { return d }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    private static func set(_ object: inout JSONObject, _ path: [String], _ value: JSONValue) {
        guard let key = path.first else { return }
        let rest = Array(path.dropFirst())
        var child = value
        if !rest.isEmpty {
            var inner = object[key]?.objectValue ?? JSONObject()
            set(&inner, rest, value)
            child = .object(inner)
        }
        if let i = object.members.firstIndex(where: { $0.key == key }) {
            object.members[i].value = child
        } else {
            object.members.append((key, child))
        }
    }
}
