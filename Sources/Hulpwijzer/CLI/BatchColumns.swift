import Foundation

/// CSV input for `batch`: a header row names the columns; each column is a contract field,
/// by its own path (`aanvrager.leeftijd`, `kinderen[0].leeftijd`) or through `--kolommen`
/// (`leeftijd=aanvrager.leeftijd,huur=woning.kale_huur_per_maand`). Three shorthands: `partner`
/// (`ja`/`nee`), and `kinderen` and `medebewoners` (the ages, `3 8`, or `geen`). An empty cell is
/// unknown, never zero; numbers may be written the Dutch way (`1.650,50`).
struct BatchColumns: Sendable {
    /// Column name → contract path, from `--kolommen`.
    var mapping: [String: String] = [:]

    /// The shorthand targets besides the contract's own paths.
    static let shorthands = ["partner", "kinderen", "medebewoners"]

    /// Parses `kolom=pad,kolom=pad`.
    init(spec: String?) throws(UsageError) {
        guard let spec else { return }
        for part in spec.split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, !pair[0].isEmpty, !pair[1].isEmpty else {
                throw UsageError(message: "--kolommen verwacht kolom=veld, gescheiden door komma's (leeftijd=aanvrager.leeftijd), niet \"\(part)\"", command: "batch")
            }
            guard Self.isTarget(pair[1]) else {
                throw UsageError(message: "--kolommen: \"\(pair[1])\" is geen veld van het huishouden.\(Suggest.didYouMean(pair[1], in: Self.targets))", command: "batch")
            }
            mapping[pair[0]] = pair[1]
        }
    }

    init() {}

    static var targets: [String] {
        ContractFields.all.filter { if case .section = $0.value { return false } else { return true } }.map(\.path) + shorthands
    }

    static func isTarget(_ path: String) -> Bool {
        if shorthands.contains(path) { return true }
        guard let e = ContractFields.entry(at: path), !path.contains("[]") else { return false }
        if case .section = e.value { return false }
        return true
    }

    /// Every data row as a record, in order, each with the line it starts on.
    func records(_ bytes: [UInt8]) throws(InputError) -> BatchChunk {
        let rows = BatchCSVRows.parse(bytes)
        guard let header = rows.first, case .fields(let names) = header.content else {
            if case .problem(let p)? = rows.first?.content { throw InputError(message: "de kopregel van de CSV is niet te lezen: \(p)") }
            return BatchChunk()
        }
        var targets: [String] = []
        for name in names {
            let target = mapping[name] ?? name
            guard Self.isTarget(target) else {
                throw InputError(message: "CSV-kolom \(Quoted.text(name)) is geen veld van het huishouden; noem het veld met --kolommen \(name)=veld.\(Suggest.didYouMean(target, in: Self.targets))")
            }
            targets.append(target)
        }
        var records: [BatchRecord] = []
        for row in rows.dropFirst() {
            switch row.content {
            case .problem(let p):
                records.append(BatchRecord(line: row.line, body: .failure([HouseholdError.Problem(path: "", message: p)])))
            case .fields(let cells):
                if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
                guard cells.count == targets.count else {
                    records.append(BatchRecord(line: row.line, body: .failure([HouseholdError.Problem(
                        path: "", message: "de rij heeft \(cells.count) kolommen, de kopregel \(targets.count)")])))
                    continue
                }
                records.append(household(cells, names: names, targets: targets, line: row.line))
            }
        }
        return BatchChunk(storage: [], records: records)
    }

    private func household(_ cells: [String], names: [String], targets: [String], line: Int) -> BatchRecord {
        var pairs: [(path: [Segment], value: JSONValue)] = []
        var problems: [HouseholdError.Problem] = []
        for (k, raw) in cells.enumerated() {
            let cell = raw.trimmingCharacters(in: .whitespaces)
            if cell.isEmpty { continue }
            do throws(HouseholdError.Problem) {
                pairs.append((Self.segments(targets[k]), try Self.value(cell, for: targets[k])))
            } catch {
                problems.append(HouseholdError.Problem(path: targets[k], message: "kolom \(Quoted.text(names[k])): \(error.message)"))
            }
        }
        if problems.isEmpty {
            do throws(HouseholdError.Problem) {
                return BatchRecord(line: line, body: .value(try Self.build(pairs, at: "")))
            } catch {
                problems.append(error)
            }
        }
        return BatchRecord(line: line, body: .failure(problems))
    }

    /// A cell as the JSON value of its field.
    static func value(_ cell: String, for target: String) throws(HouseholdError.Problem) -> JSONValue {
        switch target {
        case "partner":
            guard let b = bool(cell) else { throw HouseholdError.Problem(path: target, message: "verwacht ja of nee, niet \(Quoted.text(cell))") }
            return b ? .object(JSONObject()) : .null
        case "kinderen", "medebewoners":
            if cell.lowercased() == "geen" { return .array([]) }
            var people: [JSONValue] = []
            for part in cell.split(whereSeparator: { $0 == " " || $0 == "|" || $0 == "/" }) {
                guard let age = Int(part), age >= 0 else {
                    throw HouseholdError.Problem(path: target, message: "verwacht de leeftijden (bijvoorbeeld 3 8) of geen, niet \(Quoted.text(cell))")
                }
                people.append(.object(JSONObject([("leeftijd", .number(Double(age)))])))
            }
            return .array(people)
        default:
            break
        }
        switch ContractFields.entry(at: target)?.value {
        case .number?, .integer?:
            do throws(DutchNumber.Failure) {
                return .number(try DutchNumber.parse(cell))
            } catch {
                throw HouseholdError.Problem(path: target, message: error.description)
            }
        case .bool?:
            guard let b = bool(cell) else { throw HouseholdError.Problem(path: target, message: "verwacht ja of nee, niet \(Quoted.text(cell))") }
            return .bool(b)
        case .list?:
            return .array(cell.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "|" }).map { .string(String($0)) })
        default:
            return .string(cell)
        }
    }

    static func bool(_ cell: String) -> Bool? {
        switch cell.lowercased() {
        case "ja", "j", "true", "waar", "1": return true
        case "nee", "n", "false", "onwaar", "0": return false
        default: return nil
        }
    }

    enum Segment: Equatable {
        case key(String)
        case index(Int)
    }

    /// `kinderen[1].leeftijd` → `kinderen`, `1`, `leeftijd`.
    static func segments(_ path: String) -> [Segment] {
        var out: [Segment] = []
        for part in path.split(separator: ".") {
            if let open = part.firstIndex(of: "["), let close = part.firstIndex(of: "]"), let n = Int(part[part.index(after: open)..<close]) {
                out.append(.key(String(part[..<open])))
                out.append(.index(n))
            } else {
                out.append(.key(String(part)))
            }
        }
        return out
    }

    /// The nested object of the values at their paths, members in column order.
    static func build(_ pairs: [(path: [Segment], value: JSONValue)], at base: String) throws(HouseholdError.Problem) -> JSONValue {
        if let leaf = pairs.first(where: { $0.path.isEmpty }) {
            guard pairs.count == 1 else { throw HouseholdError.Problem(path: base, message: "twee kolommen voor hetzelfde veld, of een veld en een onderdeel ervan") }
            return leaf.value
        }
        if case .index? = pairs.first?.path.first {
            var byIndex: [Int: [(path: [Segment], value: JSONValue)]] = [:]
            for p in pairs {
                guard case .index(let n) = p.path[0] else { throw HouseholdError.Problem(path: base, message: "een lijst en een veld door elkaar") }
                byIndex[n, default: []].append((Array(p.path.dropFirst()), p.value))
            }
            let indices = byIndex.keys.sorted()
            guard indices == Array(0..<indices.count) else {
                throw HouseholdError.Problem(path: base, message: "de kolommen van de lijst slaan een nummer over (begin bij [0] en tel door)")
            }
            var items: [JSONValue] = []
            for n in indices { items.append(try build(byIndex[n]!, at: "\(base)[\(n)]")) }
            return .array(items)
        }
        var order: [String] = []
        var byKey: [String: [(path: [Segment], value: JSONValue)]] = [:]
        for p in pairs {
            guard case .key(let k) = p.path[0] else { throw HouseholdError.Problem(path: base, message: "een lijst en een veld door elkaar") }
            if byKey[k] == nil { order.append(k) }
            byKey[k, default: []].append((Array(p.path.dropFirst()), p.value))
        }
        var members: [(key: String, value: JSONValue)] = []
        for k in order { members.append((k, try build(byKey[k]!, at: base.isEmpty ? k : "\(base).\(k)"))) }
        return .object(JSONObject(members))
    }
}

extension HouseholdError.Problem: Error {}
