#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension HouseholdByteDecoder {
    /// One pass over the bytes of one household. Every method returns false (or nil) as soon
    /// as the input leaves what the fast path accepts; the caller then gives up on the whole
    /// household, so no partial result escapes.
    struct Scanner {
        let base: UnsafePointer<UInt8>
        let end: Int
        var i = 0

        init(base: UnsafePointer<UInt8>, end: Int) {
            self.base = base
            self.end = end
        }

        /// The byte at the cursor, 0 at the end (0 starts no JSON token).
        var byte: UInt8 { i < end ? base[i] : 0 }

        mutating func space() {
            while i < end {
                let b = base[i]
                guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
                i += 1
            }
        }

        /// The whole input: one household object and only white space around it.
        mutating func document() -> Household? {
            space()
            var h = Household()
            guard household(&h) else { return nil }
            space()
            return i == end ? h : nil
        }

        /// Consumes `literal` (`null`, `true`, `false`) when it is at the cursor.
        mutating func literal(_ literal: StaticString) -> Bool {
            let n = literal.utf8CodeUnitCount
            guard i + n <= end, memcmp(base + i, literal.utf8Start, n) == 0 else { return false }
            i += n
            return true
        }

        /// A string without escapes or control characters: the range of its bytes.
        mutating func rawString() -> Range<Int>? {
            guard byte == 0x22 else { return nil }
            i += 1
            let start = i
            // Eight bytes at a time up to the first quote, backslash or control byte.
            while i + 8 <= end, !Self.special(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { i += 8 }
            while i < end {
                let b = base[i]
                if b == 0x22 {
                    defer { i += 1 }
                    return start..<i
                }
                if b == 0x5C || b < 0x20 { return nil }
                i += 1
            }
            return nil
        }

        /// Whether one of the eight bytes is a quote, a backslash or a control byte (below 0x20):
        /// the exact word-wise tests for a zero byte and for a byte below a bound.
        @inline(__always)
        static func special(_ w: UInt64) -> Bool {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            @inline(__always) func hasZero(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
            let below = (w &- 0x20 &* ones) & ~w & highs
            return (hasZero(w ^ (0x22 &* ones)) | hasZero(w ^ (0x5C &* ones)) | below) != 0
        }

        func equal(_ r: Range<Int>, _ word: [UInt8]) -> Bool {
            word.count == r.count && word.withUnsafeBufferPointer { w in
                guard let start = w.baseAddress else { return true }
                return memcmp(base + r.lowerBound, start, r.count) == 0
            }
        }

        func text(_ r: Range<Int>) -> String? {
            String(validating: UnsafeBufferPointer(start: base + r.lowerBound, count: r.count), as: UTF8.self)
        }

        /// A JSON number as `JSONParser` reads it, when its fast conversion applies (at most 15
        /// digits, no exponent); nil otherwise.
        mutating func number() -> Double? {
            var negative = false
            if byte == UInt8(ascii: "-") {
                negative = true
                i += 1
            }
            var mantissa: Int64 = 0
            var digits = 0
            var fraction = 0
            let first = i
            while i < end, base[i] &- 48 < 10 {
                mantissa = mantissa * 10 + Int64(base[i] &- 48)
                digits += 1
                i += 1
                if digits > 15 { return nil }
            }
            // No digit, or a leading zero followed by a digit.
            guard digits > 0, base[first] != 48 || digits == 1 else { return nil }
            if byte == UInt8(ascii: ".") {
                i += 1
                let start = i
                while i < end, base[i] &- 48 < 10 {
                    mantissa = mantissa * 10 + Int64(base[i] &- 48)
                    digits += 1
                    fraction += 1
                    i += 1
                    if digits > 15 { return nil }
                }
                guard i > start else { return nil }
            }
            if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { return nil }
            let v = Double(mantissa) / HouseholdByteDecoder.powersOfTen[fraction]
            return negative ? -v : v
        }

        /// Walks the members of an object with keys from `keys`; `body` reads the value of the
        /// field with the given index. A repeated or unknown key ends the fast path.
        mutating func members(_ keys: Keys, _ body: (inout Scanner, Int) -> Bool) -> Bool {
            guard byte == UInt8(ascii: "{") else { return false }
            i += 1
            space()
            if byte == UInt8(ascii: "}") {
                i += 1
                return true
            }
            var seen: UInt64 = 0
            while true {
                space()
                guard let key = rawString(), let f = keys.bytes.firstIndex(where: { equal(key, $0) }) else { return false }
                let bit: UInt64 = 1 << UInt64(f)
                guard seen & bit == 0 else { return false }
                seen |= bit
                space()
                guard byte == UInt8(ascii: ":") else { return false }
                i += 1
                space()
                guard body(&self, f) else { return false }
                guard let closed = separator(UInt8(ascii: "}")) else { return false }
                if closed { return true }
            }
        }

        /// The elements of an array, each read by `body`; nil ends the fast path.
        mutating func elements(limit: Int, _ body: (inout Scanner) -> Bool) -> Int? {
            guard byte == UInt8(ascii: "[") else { return nil }
            i += 1
            space()
            if byte == UInt8(ascii: "]") {
                i += 1
                return 0
            }
            var count = 0
            while true {
                space()
                count += 1
                guard count <= limit, body(&self), let closed = separator(UInt8(ascii: "]")) else { return nil }
                if closed { return count }
            }
        }

        /// After a member or element: skips a `,` (false) or the `closing` bracket (true); nil
        /// for anything else.
        private mutating func separator(_ closing: UInt8) -> Bool? {
            space()
            switch byte {
            case UInt8(ascii: ","):
                i += 1
                return false
            case closing:
                i += 1
                return true
            default: return nil
            }
        }

        /// Reads one field's value, checked as `HouseholdDecoder` checks it, into `host`.
        mutating func value<Host>(_ field: UnsafePointer<ContractField<Host>>, _ words: Words, limit: Int, into host: inout Host) -> Bool {
            switch field.pointee.value {
            case .number(let min, let max):
                if literal("null") { return true }
                guard let n = number(), min.map({ n >= $0 }) ?? true, abs(n) <= InputLimits.amount,
                      max.map({ n <= $0 }) ?? true else { return false }
                field.pointee.set(&host, .number(n))
            case .integer(let max):
                if literal("null") { return true }
                guard let n = number(), n >= 0, n <= InputLimits.amount, n <= max, n == n.rounded() else { return false }
                field.pointee.set(&host, .integer(Int(n)))
            case .bool:
                if literal("true") {
                    field.pointee.set(&host, .bool(true))
                } else if literal("false") {
                    field.pointee.set(&host, .bool(false))
                } else {
                    return literal("null")
                }
            case .choice:
                if literal("null") { return true }
                guard let r = rawString(), let k = words.bytes.firstIndex(where: { equal(r, $0) }) else { return false }
                field.pointee.set(&host, .text(words.strings[k]))
            case .date:
                if literal("null") { return true }
                guard let r = rawString(), let d = date(r) else { return false }
                field.pointee.set(&host, .date(d))
            case .text:
                if literal("null") { return true }
                guard let r = rawString(), r.count <= limit, let s = text(r) else { return false }
                field.pointee.set(&host, .text(s))
            case .list:
                if literal("null") {
                    field.pointee.set(&host, .list([]))
                    return true
                }
                var list: [String] = []
                let read = elements(limit: InputLimits.listItems) { s in
                    guard let r = s.rawString() else { return false }
                    if words.bytes.isEmpty {
                        guard r.count <= InputLimits.textLength, let t = s.text(r) else { return false }
                        list.append(t)
                    } else {
                        // Any other benefit could be a typo of a known one: the full decoder decides.
                        guard let k = words.bytes.firstIndex(where: { s.equal(r, $0) }) else { return false }
                        list.append(words.strings[k])
                    }
                    return true
                }
                guard read != nil else { return false }
                field.pointee.set(&host, .list(list))
            case .section:
                return false
            }
            return true
        }

        /// A date `JJJJ-MM-DD`, as `Day(String)` reads it.
        func date(_ r: Range<Int>) -> Day? {
            guard r.count == 10 else { return nil }
            let p = base + r.lowerBound
            guard p[4] == UInt8(ascii: "-"), p[7] == UInt8(ascii: "-") else { return nil }
            func number(_ from: Int, _ to: Int) -> Int? {
                var v = 0
                for k in from..<to {
                    guard p[k] &- 48 < 10 else { return nil }
                    v = v * 10 + Int(p[k] &- 48)
                }
                return v
            }
            guard let y = number(0, 4), let m = number(5, 7), let d = number(8, 10) else { return nil }
            return Day(year: y, month: m, day: d)
        }

        /// The fields of one section (an object) into `host`.
        mutating func section<Host>(_ fields: [ContractField<Host>], _ table: Table, into host: inout Host) -> Bool {
            let words = table.words
            // The fields read in place (through a pointer): copying a field out of the array retains its
            // strings and closures.
            return fields.withUnsafeBufferPointer { fb in
                members(table.keys) { s, f in s.value(fb.baseAddress! + f, words[f], limit: InputLimits.textLength, into: &host) }
            }
        }

        /// A list of sections (`kinderen`, `medebewoners`); `null` is none.
        mutating func sections<Host>(_ fields: [ContractField<Host>], _ table: Table, empty: Host, limit: Int) -> [Host]? {
            if literal("null") { return [] }
            var list: [Host] = []
            let read = elements(limit: limit) { s in
                var element = empty
                guard s.section(fields, table, into: &element) else { return false }
                list.append(element)
                return true
            }
            return read == nil ? nil : list
        }

        /// The household object.
        mutating func household(_ h: inout Household) -> Bool {
            let fields = ContractFields.household
            let words = HouseholdByteDecoder.household.words
            let parts = HouseholdByteDecoder.parts
            let limits = HouseholdByteDecoder.topLimits
            return fields.withUnsafeBufferPointer { fb in members(HouseholdByteDecoder.household.keys) { s, f in
                switch parts[f] {
                case .field:
                    return s.value(fb.baseAddress! + f, words[f], limit: limits[f], into: &h)
                case .aanvrager:
                    if s.literal("null") { return true }
                    return s.section(ContractFields.person, person, into: &h.aanvrager)
                case .partner:
                    if s.literal("null") {
                        h.partner = .absent
                        return true
                    }
                    var p = Person()
                    guard s.section(ContractFields.person, person, into: &p) else { return false }
                    h.partner = .present(p)
                    return true
                case .kinderen:
                    h.kinderen = s.sections(ContractFields.child, child, empty: Child(), limit: InputLimits.children)
                    return h.kinderen != nil
                case .medebewoners:
                    h.medebewoners = s.sections(ContractFields.coResident, coResident, empty: CoResident(),
                                                limit: InputLimits.coResidents)
                    return h.medebewoners != nil
                case .woning:
                    return s.literal("null") || s.section(ContractFields.housing, housing, into: &h.woning)
                case .inkomen:
                    return s.literal("null") || s.section(ContractFields.income, income, into: &h.inkomen)
                case .vermogen:
                    return s.literal("null") || s.section(ContractFields.assets, assets, into: &h.vermogen)
                case .schulden:
                    return s.literal("null") || s.section(ContractFields.debts, debts, into: &h.schulden)
                }
            } }
        }
    }
}
