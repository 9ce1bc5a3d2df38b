#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small hash table from names to values with a cheap hash (of a name's length and its first
/// and last eight bytes; FNV-1a for shorter names): the derived facts read their national figures
/// by name for every household, and Swift's `Dictionary<String, _>` spends most of such a lookup in
/// seeding and finalising its hasher.
struct NameTable<Value: Sendable>: Sendable {
    private var keys: [String] = []
    private var hashes: [UInt32] = []
    private var values: [Value] = []
    /// Open addressing: the index into `keys` + 1, 0 when empty; the count is a power of two.
    private var slots: [Int32] = [Int32](repeating: 0, count: 16)

    /// The value of `name`, if any.
    func value(_ name: String) -> Value? {
        let mask = slots.count - 1
        let h = Self.hash(name)
        var i = Int(h) & mask
        while true {
            let k = Int(slots[i])
            if k == 0 { return nil }
            // The full hash first: the string comparison runs (about) once, on the match.
            if hashes[k - 1] == h, Self.same(keys[k - 1], name) { return values[k - 1] }
            i = (i + 1) & mask
        }
    }

    /// Sets the value of `name` (replacing an earlier one).
    mutating func set(_ name: String, _ value: Value) {
        let mask = slots.count - 1
        var i = Int(Self.hash(name)) & mask
        while slots[i] != 0 {
            let k = Int(slots[i]) - 1
            if keys[k] == name {
                values[k] = value
                return
            }
            i = (i + 1) & mask
        }
        keys.append(name)
        hashes.append(Self.hash(name))
        values.append(value)
        slots[i] = Int32(keys.count)
        if keys.count * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for k in keys.indices {
            var i = Int(hashes[k]) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = Int32(k + 1)
        }
    }

    /// Byte equality: the names are ASCII identifiers, and comparing their bytes is several
    /// times cheaper than `String ==` (which compares canonical equivalence for distinct storage).
    @inline(__always)
    private static func same(_ a: String, _ b: String) -> Bool {
        let r = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
            }
        }
        return (r ?? nil) ?? (a == b)
    }

    private static func hash(_ name: String) -> UInt32 {
        // From the length and the first and last eight bytes (names of figures share long
        // prefixes and differ at the end): two loads instead of a loop over every byte. Only the
        // spread matters; equal hashes are told apart by the comparison.
        func mix(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
            guard bytes.count >= 8, let base = UnsafeRawPointer(bytes.baseAddress) else {
                var h: UInt32 = 2_166_136_261
                for b in bytes { h = (h ^ UInt32(b)) &* 16_777_619 }
                return h
            }
            let first = base.loadUnaligned(as: UInt64.self)
            let last = base.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
            var h = (first &* 0x9E37_79B9_7F4A_7C15) ^ (last &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(bytes.count)
            h ^= h >> 29
            h = h &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 32
            return UInt32(truncatingIfNeeded: h)
        }
        if let h = name.utf8.withContiguousStorageIfAvailable(mix) { return h }
        var copy = name
        return copy.withUTF8(mix)
    }
}
