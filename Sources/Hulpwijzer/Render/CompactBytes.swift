/// A growing byte buffer for the batch formats: ASCII text, integers, money and JSON strings
/// written straight into bytes, without building `String`s or a `JSONValue` tree per row.
struct CompactBytes: @unchecked Sendable {
    // Sendable: the storage is copied before any write to a shared one (`room`), so a value
    // handed to another thread (a batch piece to the writer) is never written by two.

    /// A growable buffer of its own: appending a few bytes costs a bounds check and a copy,
    /// where `Array.append` also checks uniqueness and capacity through generic code (a compact
    /// batch line is some 300 small appends). Copied on write, as an array is.
    private final class Storage {
        var base: UnsafeMutablePointer<UInt8>
        var count = 0
        var capacity: Int

        init(capacity: Int) {
            self.capacity = max(capacity, 16)
            base = .allocate(capacity: self.capacity)
        }

        deinit { base.deallocate() }

        func copy() -> Storage {
            let s = Storage(capacity: capacity)
            s.base.initialize(from: base, count: count)
            s.count = count
            return s
        }

        func grow(to needed: Int) {
            var c = capacity
            while c < needed { c *= 2 }
            let b = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
            b.initialize(from: base, count: count)
            base.deallocate()
            base = b
            capacity = c
        }
    }

    private var storage: Storage

    init(capacity: Int = 0) { storage = Storage(capacity: capacity) }

    /// The storage, unshared and with room for `extra` more bytes.
    @inline(__always)
    private mutating func room(_ extra: Int) -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        if storage.count + extra > storage.capacity { storage.grow(to: storage.count + extra) }
        return storage
    }

    /// The bytes written so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage.base, count: storage.count)) }

    /// Calls `body` with the bytes written so far, without copying them.
    func withUnsafeBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: storage.base, count: storage.count))
    }

    /// The number of bytes written so far.
    var count: Int { storage.count }

    var isEmpty: Bool { storage.count == 0 }

    /// Makes room for `total` bytes in all.
    mutating func reserveCapacity(_ total: Int) { _ = room(max(0, total - storage.count)) }

    /// Bytes as they are.
    mutating func append(bytes b: UnsafeBufferPointer<UInt8>) {
        guard let from = b.baseAddress, b.count > 0 else { return }
        let s = room(b.count)
        (s.base + s.count).initialize(from: from, count: b.count)
        s.count += b.count
    }

    /// Bytes as they are.
    mutating func append(bytes b: [UInt8]) { b.withUnsafeBufferPointer { append(bytes: $0) } }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append(bytes: $0) }
    }

    /// A string's UTF-8 bytes as they are (a literal goes to the `StaticString` overload, without a `String`).
    mutating func append(string text: String) {
        var text = text
        text.withUTF8 { append(bytes: $0) }
    }

    mutating func append(byte: UInt8) {
        let s = room(1)
        s.base[s.count] = byte
        s.count += 1
    }

    /// A decimal integer.
    mutating func append(int value: Int) { write(atMost: 20) { $0.put(int: value) } }

    /// Money in euros as this project writes numbers (`1550`, `741.66`, `12.5`), with
    /// `decimal` as the decimal separator (`.` for JSON and plain CSV, `,` for Dutch Excel).
    mutating func append(money: Money, decimal: UInt8 = UInt8(ascii: ".")) {
        write(atMost: 24) { $0.put(money: money, decimal: decimal) }
    }

    /// A date as `JJJJ-MM-DD` (as `Day.description` writes it), without making a `String`.
    mutating func append(day d: Day) {
        var pad = 1000
        while pad > 1, d.year < pad {
            append(byte: UInt8(ascii: "0"))
            pad /= 10
        }
        append(int: d.year)
        twoDigits(d.month)
        twoDigits(d.day)
    }

    private mutating func twoDigits(_ v: Int) {
        append(byte: UInt8(ascii: "-"))
        append(byte: UInt8(v / 10) + 48)
        append(byte: UInt8(v % 10) + 48)
    }

    /// A JSON string literal, escaped as `JSONWriter` does.
    mutating func append(jsonString s: String) {
        var s = s
        let plain: Bool = s.withUTF8 { b in
            // The common case (ids, paths, plain text): nothing to escape, one copy.
            guard !JSONWriter.needsEscaping(b) else { return false }
            let r = room(b.count + 2)
            r.base[r.count] = 0x22
            if let from = b.baseAddress { (r.base + r.count + 1).initialize(from: from, count: b.count) }
            r.base[r.count + 1 + b.count] = 0x22
            r.count += b.count + 2
            return true
        }
        if plain { return }
        var escaped: [UInt8] = []
        JSONWriter.writeString(s, into: &escaped)
        append(bytes: escaped)
    }

    /// Writes through a raw cursor at most `limit` bytes, after one check for room: for rows of
    /// many small pieces whose length is bounded beforehand (a compact line's scheme members).
    @inline(__always)
    mutating func write(atMost limit: Int, _ body: (inout Cursor) -> Void) {
        let s = room(limit)
        let start = s.base + s.count
        var c = Cursor(p: start)
        body(&c)
        let n = c.p - start
        precondition(n <= limit, "CompactBytes.write(atMost:) wrote past its limit")
        s.count += n
    }

    /// Where `write(atMost:)` writes next; it checks nothing, the caller bounds the length.
    struct Cursor {
        var p: UnsafeMutablePointer<UInt8>

        @inline(__always)
        mutating func put(_ byte: UInt8) {
            p.pointee = byte
            p += 1
        }

        @inline(__always)
        mutating func put(_ text: StaticString) {
            text.withUTF8Buffer { put($0) }
        }

        @inline(__always)
        mutating func put(_ b: UnsafeBufferPointer<UInt8>) {
            guard let from = b.baseAddress else { return }
            p.initialize(from: from, count: b.count)
            p += b.count
        }

        /// A decimal integer (at most 20 bytes: `Int.min`).
        mutating func put(int value: Int) {
            var v = value.magnitude
            if value < 0 { put(UInt8(ascii: "-")) }
            var digits = 1
            var scale: UInt = 1
            while v / scale >= 10 {
                scale *= 10
                digits += 1
            }
            for k in stride(from: digits - 1, through: 0, by: -1) {
                p[k] = UInt8(truncatingIfNeeded: v % 10) + 48
                v /= 10
            }
            p += digits
        }

        /// Money in euros (`1550`, `741.66`, `12.5`; at most 24 bytes), with `decimal` as the decimal separator.
        mutating func put(money: Money, decimal: UInt8 = UInt8(ascii: ".")) {
            let cents = money.cents
            if cents < 0 { put(UInt8(ascii: "-")) }
            let m = cents.magnitude
            put(int: Int(m / 100))
            let frac = Int(m % 100)
            guard frac != 0 else { return }
            put(decimal)
            put(UInt8(frac / 10) + 48)
            if frac % 10 != 0 { put(UInt8(frac % 10) + 48) }
        }
    }

    /// The bytes as text.
    var text: String { String(decoding: UnsafeBufferPointer(start: storage.base, count: storage.count), as: UTF8.self) }
}
