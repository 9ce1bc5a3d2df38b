/// A compact binary writer and reader for the catalogue image (`CatalogueImage`): unsigned
/// LEB128 integers, doubles as their 8 bit-pattern bytes, a presence byte before an optional
/// value, and strings as numbers into a table of distinct strings (the same path, source or code
/// recurs hundreds of times; read once, each is shared by every place that names it).
struct ImageWriter {
    private(set) var bytes: [UInt8] = []
    private var strings: [String] = []
    private var stringNumbers: [String: Int] = [:]

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// The string table followed by everything written.
    var finished: [UInt8] {
        var table = ImageWriter(capacity: bytes.count / 2)
        table.int(strings.count)
        for s in strings {
            table.int(s.utf8.count)
            table.bytes.append(contentsOf: s.utf8)
        }
        return table.bytes + bytes
    }

    mutating func byte(_ b: UInt8) { bytes.append(b) }

    mutating func int(_ v: Int) {
        var u = UInt64(bitPattern: Int64(v))
        while u >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: u) | 0x80)
            u >>= 7
        }
        bytes.append(UInt8(u))
    }

    mutating func double(_ d: Double) {
        var u = d.bitPattern
        for _ in 0..<8 {
            bytes.append(UInt8(truncatingIfNeeded: u))
            u >>= 8
        }
    }

    mutating func bool(_ b: Bool) { bytes.append(b ? 1 : 0) }

    mutating func string(_ s: String) {
        if let k = stringNumbers[s] { return int(k) }
        stringNumbers[s] = strings.count
        int(strings.count)
        strings.append(s)
    }

    mutating func day(_ d: Day) {
        int(d.year)
        int(d.month)
        int(d.day)
    }

    mutating func optional<T>(_ value: T?, _ write: (inout ImageWriter, T) -> Void) {
        guard let value else { return bytes.append(0) }
        bytes.append(1)
        write(&self, value)
    }

    mutating func array<T>(_ items: [T], _ write: (inout ImageWriter, T) -> Void) {
        int(items.count)
        for item in items { write(&self, item) }
    }
}

/// Reads what `ImageWriter` wrote. Any inconsistency (a read past the end, an impossible length,
/// an unknown tag) throws `Corrupt`, never traps: the caller then falls back to the JSON files.
struct ImageReader {
    struct Corrupt: Error {}

    private let bytes: [UInt8]
    private(set) var offset: Int
    private var strings: [String] = []

    init(_ bytes: [UInt8], from offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    /// Reads the string table that `ImageWriter.finished` puts first.
    mutating func readStringTable() throws(Corrupt) {
        let n = try count()
        strings.reserveCapacity(n)
        for _ in 0..<n {
            let length = try count()
            strings.append(String(decoding: bytes[offset..<(offset + length)], as: UTF8.self))
            offset += length
        }
    }

    var atEnd: Bool { offset == bytes.count }

    mutating func byte() throws(Corrupt) -> UInt8 {
        guard offset < bytes.count else { throw Corrupt() }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func int() throws(Corrupt) -> Int {
        var u: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            u |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
            guard shift < 64 else { throw Corrupt() }
        }
        return Int(Int64(bitPattern: u))
    }

    /// A length: at most the bytes that are left (every element takes at least one).
    mutating func count() throws(Corrupt) -> Int {
        let n = try int()
        guard n >= 0, n <= bytes.count - offset else { throw Corrupt() }
        return n
    }

    mutating func double() throws(Corrupt) -> Double {
        guard offset + 8 <= bytes.count else { throw Corrupt() }
        var u: UInt64 = 0
        for k in 0..<8 { u |= UInt64(bytes[offset + k]) << (8 * UInt64(k)) }
        offset += 8
        return Double(bitPattern: u)
    }

    mutating func bool() throws(Corrupt) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Corrupt()
        }
    }

    mutating func string() throws(Corrupt) -> String {
        let k = try int()
        guard strings.indices.contains(k) else { throw Corrupt() }
        return strings[k]
    }

    /// A value of a `String` raw-value enum.
    mutating func raw<T: RawRepresentable>(_ type: T.Type) throws(Corrupt) -> T where T.RawValue == String {
        guard let v = T(rawValue: try string()) else { throw Corrupt() }
        return v
    }

    mutating func day() throws(Corrupt) -> Day {
        guard let d = Day(year: try int(), month: try int(), day: try int()) else { throw Corrupt() }
        return d
    }

    mutating func optional<T>(_ read: (inout ImageReader) throws(Corrupt) -> T) throws(Corrupt) -> T? {
        guard try bool() else { return nil }
        return try read(&self)
    }

    mutating func array<T>(_ read: (inout ImageReader) throws(Corrupt) -> T) throws(Corrupt) -> [T] {
        let n = try count()
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try read(&self)) }
        return out
    }
}
