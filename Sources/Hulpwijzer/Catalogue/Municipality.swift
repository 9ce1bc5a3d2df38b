import Foundation

/// A Dutch municipality (gemeente) of 1 January 2026.
public struct Municipality: Sendable, Equatable {
    /// CBS code, `GM0363`.
    public var code: String
    /// Official CBS name, `'s-Hertogenbosch`.
    public var name: String
    /// The province.
    public var province: String
    /// The number of inhabitants (CBS).
    public var inhabitants: Int
}

/// Why a typed municipality could not be resolved to one code.
public enum MunicipalityLookupError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknown(input: String, suggestions: [Municipality])
    case ambiguous(input: String, candidates: [Municipality])

    /// Dutch text for people, with suggestions or candidates.
    public var description: String {
        switch self {
        case .unknown(let input, let suggestions):
            var text = "\(Quoted.text(input)) is geen bekende gemeente"
            if !suggestions.isEmpty {
                text += ". Bedoelde je " + suggestions.map { "\"\($0.name)\" (\($0.code))" }.joined(separator: " of ") + "?"
            } else { text += "; geef de officiële naam of de CBS-code (GM0363)" }
            return text
        case .ambiguous(let input, let candidates):
            return "\(Quoted.text(input)) kan meerdere gemeenten zijn: "
                + candidates.map { "\"\($0.name)\" (\($0.code))" }.joined(separator: ", ") + ". Welke wordt bedoeld?"
        }
    }
}

/// All municipalities, resolvable by CBS code, official name or alias; matching
/// ignores case, accents, apostrophes, hyphens, dots and spaces.
public struct MunicipalityRegistry: Sendable {
    /// All municipalities, in the order of `gemeenten.csv`.
    public let all: [Municipality]
    private let byCode: [String: Municipality]
    /// Normalised names and aliases → codes.
    let byKey: [String: [String]]
    /// Normalised names that stand for several municipalities → their codes.
    let ambiguous: [String: [String]]

    /// A register from its parts, as `CatalogueImage` keeps them.
    init(all: [Municipality], byKey: [String: [String]], ambiguous: [String: [String]]) {
        self.all = all
        var byCode: [String: Municipality] = [:]
        for m in all where byCode[m.code] == nil { byCode[m.code] = m }
        self.byCode = byCode
        self.byKey = byKey
        self.ambiguous = ambiguous
    }

    /// Builds the registry from the CSV files of `data/gemeenten/`.
    public init(municipalitiesCSV: String, aliasesCSV: String, ambiguousCSV: String) throws(CatalogueError) {
        var diagnostics: [Diagnostic] = []
        let municipalityRows = CSV.rows(municipalitiesCSV), aliasRows = CSV.rows(aliasesCSV), ambiguousRows = CSV.rows(ambiguousCSV)
        let files = [("gemeenten/gemeenten.csv", municipalitiesCSV, municipalityRows, "code,naam,provincie,inwoners,peiljaar_inwoners"),
                     ("gemeenten/aliassen.csv", aliasesCSV, aliasRows, "alias,code"), ("gemeenten/dubbelzinnig.csv", ambiguousCSV, ambiguousRows, "naam,codes")]
        for (file, text, rows, header) in files where rows.first?.joined(separator: ",") != header {
            diagnostics.append(Diagnostic(file: file, path: "regel 1", message: text.isEmpty
                ? "het bestand ontbreekt of is leeg; verwacht de kopregel \(header)"
                : "verwacht de kopregel \(header)"))
        }
        var list: [Municipality] = []
        for (n, row) in municipalityRows.enumerated().dropFirst() {
            guard row.count == 5, let inhabitants = Int(row[3]) else {
                diagnostics.append(Diagnostic(file: "gemeenten/gemeenten.csv", path: "regel \(n + 1)", message: "verwacht code,naam,provincie,inwoners,peiljaar_inwoners"))
                continue
            }
            list.append(Municipality(code: row[0], name: row[1], province: row[2], inhabitants: inhabitants))
        }
        var byCode: [String: Municipality] = [:]
        var byKey: [String: [String]] = [:]
        var firstLine: [String: Int] = [:]
        for (n, m) in list.enumerated() {
            if let earlier = firstLine[m.code] {
                diagnostics.append(Diagnostic(file: "gemeenten/gemeenten.csv", path: "regel \(n + 2)",
                                              message: "CBS-code \(m.code) staat al op regel \(earlier + 2)"))
                continue
            }
            firstLine[m.code] = n
            byCode[m.code] = m
            byKey[Self.key(m.name), default: []].append(m.code)
        }
        for (n, row) in aliasRows.enumerated().dropFirst() {
            guard row.count == 2, byCode[row[1]] != nil else {
                diagnostics.append(Diagnostic(file: "gemeenten/aliassen.csv", path: "regel \(n + 1)", message: "verwacht alias,code met een bestaande code"))
                continue
            }
            let k = Self.key(row[0])
            if !(byKey[k]?.contains(row[1]) ?? false) { byKey[k, default: []].append(row[1]) }
        }
        var ambiguous: [String: [String]] = [:]
        for (n, row) in ambiguousRows.enumerated().dropFirst() {
            let codes = row.count == 2 ? row[1].split(separator: " ").map(String.init) : []
            guard codes.count >= 2, codes.allSatisfy({ byCode[$0] != nil }) else {
                diagnostics.append(Diagnostic(file: "gemeenten/dubbelzinnig.csv", path: "regel \(n + 1)", message: "verwacht naam,codes (twee of meer bestaande codes, gescheiden door spaties)"))
                continue
            }
            ambiguous[Self.key(row[0])] = codes
        }
        if !diagnostics.isEmpty { throw CatalogueError(diagnostics: diagnostics) }
        all = list
        self.byCode = byCode
        self.byKey = byKey
        self.ambiguous = ambiguous
    }

    /// Lowercase letters and digits only, accents removed: `'s-Hertogenbosch` → `shertogenbosch`.
    static func key(_ text: String) -> String {
        // ASCII (almost every name): keep digits and letters, lowercased.
        var ascii: [UInt8] = []
        ascii.reserveCapacity(text.utf8.count)
        for b in text.utf8 {
            switch b {
            case 0x30...0x39, 0x61...0x7A: ascii.append(b)
            case 0x41...0x5A: ascii.append(b + 32)
            case 0x80...: return foldedKey(text)
            default: break
            }
        }
        return String(decoding: ascii, as: UTF8.self)
    }

    /// `key(_:)` for text with letters outside ASCII.
    static func foldedKey(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x30...0x39, 0x61...0x7A: out.append(scalar)
            case 0x41...0x5A: out.append(Unicode.Scalar(v + 32)!)
            case 0xC0...0x24F:
                if let base = foldedLatin[v] { out.append(base) } else if scalar.properties.isAlphabetic {
                    out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                }
            default:
                // Other letters (rare in Dutch names) are kept, lowercased; punctuation and spaces are dropped.
                if v > 0x24F, scalar.properties.isAlphabetic { out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars) }
            }
        }
        return String(out)
    }

    /// Latin letters with diacritics → their base letter (â, é, ï, ñ, ö, û, ú, …).
    private static let foldedLatin: [UInt32: Unicode.Scalar] = {
        let groups: [(String, Character)] = [
            ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("ÇçĆćĈĉĊċČč", "c"), ("ĎďĐđ", "d"), ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"),
            ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"), ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"), ("Ĵĵ", "j"), ("Ķķ", "k"), ("ĹĺĻļĽľĿŀŁł", "l"),
            ("ÑñŃńŅņŇň", "n"), ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"), ("ŔŕŖŗŘř", "r"), ("ŚśŜŝŞşŠš", "s"), ("ŢţŤťŦŧ", "t"),
            ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"), ("Ŵŵ", "w"), ("ÝýÿŶŷŸ", "y"), ("ŹźŻżŽž", "z"),
        ]
        var map: [UInt32: Unicode.Scalar] = [:]
        for (letters, base) in groups {
            for s in letters.unicodeScalars { map[s.value] = base.unicodeScalars.first! }
        }
        return map
    }()

    /// The municipality with this CBS code (any case), or nil.
    public func municipality(code: String) -> Municipality? { byCode[code.uppercased()] }

    /// Resolves a CBS code (`GM0363`, `gm0363`, `0363`), official name or alias.
    public func resolve(_ input: String) throws(MunicipalityLookupError) -> Municipality {
        let trimmed = input.trimmingWhitespace()
        let upper = trimmed.uppercased()
        if let m = byCode[upper] { return m }
        if upper.count == 4, upper.allSatisfy(\.isNumber), let m = byCode["GM" + upper] { return m }
        let k = Self.key(trimmed)
        if let codes = ambiguous[k] {
            throw .ambiguous(input: input, candidates: codes.compactMap { byCode[$0] })
        }
        if let codes = byKey[k] {
            if codes.count == 1, let m = byCode[codes[0]] { return m }
            throw .ambiguous(input: input, candidates: codes.compactMap { byCode[$0] })
        }
        // A bare name whose official forms all carry a suffix: "Bergen" → "Bergen (NH.)", "Bergen (L.)".
        let prefixed = all.filter { m in
            guard let paren = m.name.firstIndex(of: "(") else { return false }
            return Self.key(String(m.name[..<paren])) == k
        }
        if prefixed.count == 1 { return prefixed[0] }
        if prefixed.count > 1 { throw .ambiguous(input: input, candidates: prefixed) }
        guard trimmed.utf8.count <= Suggest.maxInputLength else { throw .unknown(input: input, suggestions: []) }
        let names = all.map(\.name)
        let near = Suggest.closest(to: trimmed, in: names, limit: 3)
        let keyed = all.filter { Suggest.distance(Array(Self.key($0.name)), Array(k)) <= max(1, k.count / 4) }
        var suggestions = near.compactMap { n in all.first { $0.name == n } }
        for m in keyed where !suggestions.contains(m) { suggestions.append(m) }
        throw .unknown(input: input, suggestions: Array(suggestions.prefix(3)))
    }
}

/// Minimal RFC 4180 CSV reading (quoted fields, doubled quotes) over UTF-8 bytes: a line ends
/// at `\n` or `\r\n`, a `\r` outside quotes is dropped, a field is decoded once when it ends.
enum CSV {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var utf8 = text.utf8.makeIterator()
        var pending: UInt8?
        while let c = pending ?? utf8.next() {
            pending = nil
            if quoted {
                if c == UInt8(ascii: "\"") {
                    if let next = utf8.next() {
                        if next == UInt8(ascii: "\"") { field.append(c) } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { field.append(c) }
                continue
            }
            switch c {
            case UInt8(ascii: "\""): quoted = true
            case UInt8(ascii: ","):
                row.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            case UInt8(ascii: "\n"):
                row.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                rows.append(row)
                row = []
            case UInt8(ascii: "\r"): break
            default: field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(String(decoding: field, as: UTF8.self)); rows.append(row) }
        return rows
    }
}
