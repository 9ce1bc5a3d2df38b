/// Applies the household options of `check` (and `vraag`) to the household JSON object from
/// the file (or to an empty one). The first option for a list (`--kind`, `--uitkering`)
/// replaces the file's list; options for one child or co-resident attach to the element the
/// last `--kind` or `--medebewoner` started. `onbekend` makes a field unknown again.
struct FlagPatch {
    private(set) var object: JSONObject
    /// Lists that options of this command line have started over.
    private var started: Set<String> = []
    private var given: [HouseholdFlag] = []

    init(_ base: JSONObject) { object = base }

    /// Applies one option with its value (nil for an option without one).
    mutating func apply(_ flag: HouseholdFlag, value: String?, command: String) throws(UsageError) {
        given.append(flag)
        func read(_ text: String, _ kind: ValueKind) throws(UsageError) -> JSONValue? {
            do throws(FlagValue.Refusal) {
                return try FlagValue.read(text, as: kind)
            } catch {
                throw UsageError(message: "\(flag.name): \(error.message)", command: command)
            }
        }
        guard let entry = flag.entry else { return }
        switch flag.kind {
        case .fixed(let fixed):
            set(flag.path, fixed)
        case .value:
            set(flag.path, try read(value ?? "ja", entry.value))
            if flag.field == "woning.kale_huur_per_maand", get(["woning", "soort"]) == nil { set(["woning", "soort"], .string("huur")) }
        case .append:
            var list = started.contains(flag.field) ? get(flag.path)?.arrayValue ?? [] : []
            started.insert(flag.field)
            if FlagValue.isUnknown(value ?? "") { return set(flag.path, nil) }
            if FlagValue.normalized(value ?? "") != "geen", let element = try read(value ?? "", entry.value) { list.append(element) }
            set(flag.path, .array(list))
        case .newItem(let defaults):
            guard let key = flag.list else { return }
            var list = started.contains(key) ? get([key])?.arrayValue ?? [] : []
            started.insert(key)
            var element = defaults
            let text = value ?? ""
            if flag.alsoWrites.contains("\(key)[].geboortedatum"), text.contains("-"), !text.hasPrefix("-"), let day = try? FlagValue.date(text) {
                element.members.insert(("geboortedatum", .string(day.description)), at: 0)
            } else if let v = try read(text, entry.value) {
                element.members.insert((flag.path[0], v), at: 0)
            }
            list.append(.object(element))
            set([key], .array(list))
        case .itemValue:
            guard let key = flag.list else { return }
            guard started.contains(key), var list = get([key])?.arrayValue, let last = list.last?.objectValue else {
                let starter = HouseholdFlag.all.first { if case .newItem = $0.kind { return $0.list == key } else { return false } }
                let name = starter?.name ?? key
                throw UsageError(message: "\(flag.name) hoort bij de \(name) die ervoor staat, en die ontbreekt; bijvoorbeeld: "
                                 + "\(name) \(starter?.metavar ?? "") \(flag.name) \(flag.metavar)", command: command)
            }
            list[list.count - 1] = .object(Self.setting(last, flag.path[...], try read(value ?? "ja", entry.value)))
            set([key], .array(list))
        }
    }

    /// Checks that no two options contradict each other, then lets the options about insurance
    /// and residence answer for a partner who has no answer of their own.
    mutating func finish(command: String) throws(UsageError) {
        for none in given {
            guard case .fixed(let v) = none.kind, v == .null || v == .array([]) else { continue }
            for other in given where other.field.hasPrefix(none.field + ".") || other.field.hasPrefix(none.field + "[]") {
                throw UsageError(message: "\(none.name) en \(other.name) spreken elkaar tegen", command: command)
            }
        }
        for (i, a) in given.enumerated() {
            for b in given[..<i] where a.name != b.name && a.field == b.field && (a.isFixed || b.isFixed) {
                throw UsageError(message: "\(b.name) en \(a.name) gaan over hetzelfde gegeven; geef er één", command: command)
            }
        }
        guard case .object? = get(["partner"]) else { return }
        for flag in given where flag.sharedWithPartner {
            let field = Array(flag.path.dropFirst())
            if get(["partner"] + field) == nil, let v = get(flag.path) { set(["partner"] + field, v) }
        }
    }

    /// The household with its members in the contract's order (as `docs/huishouden.md` lists
    /// them); members the contract does not know stay at the end, for the decoder to report.
    var inContractOrder: JSONObject {
        func ordered(_ o: JSONObject, _ keys: [String]) -> JSONObject {
            let rank = o.members.enumerated().map { i, m in (keys.firstIndex(of: m.key) ?? keys.count, i) }
            return JSONObject(o.members.indices.sorted { rank[$0] < rank[$1] }.map { o.members[$0] })
        }
        let sections: [String: [String]] = [
            "aanvrager": ContractFields.person.map(\.key), "partner": ContractFields.person.map(\.key),
            "woning": ContractFields.housing.map(\.key), "inkomen": ContractFields.income.map(\.key),
            "vermogen": ContractFields.assets.map(\.key), "schulden": ContractFields.debts.map(\.key),
        ]
        let lists = ["kinderen": ContractFields.child.map(\.key), "medebewoners": ContractFields.coResident.map(\.key)]
        var top = ordered(object, ContractFields.household.map(\.key))
        for i in top.members.indices {
            let key = top.members[i].key
            if let keys = sections[key], case .object(let o) = top.members[i].value {
                top.members[i].value = .object(ordered(o, keys))
            } else if let keys = lists[key], case .array(let items) = top.members[i].value {
                top.members[i].value = .array(items.map { item in item.objectValue.map { .object(ordered($0, keys)) } ?? item })
            }
        }
        return top
    }

    /// The value at a path of object keys.
    func get(_ path: [String]) -> JSONValue? {
        var current: JSONValue = .object(object)
        for key in path {
            guard case .object(let o) = current, let next = o[key] else { return nil }
            current = next
        }
        return current
    }

    /// Sets the value at a path of object keys (creating objects on the way); nil removes it.
    mutating func set(_ path: [String], _ value: JSONValue?) {
        object = Self.setting(object, path[...], value)
    }

    private static func setting(_ o: JSONObject, _ path: ArraySlice<String>, _ value: JSONValue?) -> JSONObject {
        guard let key = path.first else { return o }
        var copy = o
        let newValue: JSONValue?
        if path.count == 1 {
            newValue = value
        } else {
            let inner: JSONObject
            if case .object(let existing)? = o[key] { inner = existing } else { inner = JSONObject() }
            newValue = .object(setting(inner, path.dropFirst(), value))
        }
        let idx = copy.members.firstIndex { $0.key == key }
        switch (idx, newValue) {
        case (let i?, let v?): copy.members[i].value = v
        case (let i?, nil): copy.members.remove(at: i)
        case (nil, let v?): copy.members.append((key, v))
        case (nil, nil): break
        }
        return copy
    }
}
