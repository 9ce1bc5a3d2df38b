#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which regions (`gemeenten/regio/NAAM.json`) list a municipality as a member: what a
/// municipality's load needs to refuse a member file that does not name its region.
///
/// A validated load reads every region file and checks its list up front (`all`). A load that a
/// stamp trusts skips that: it keeps the region files' bytes and parses, per municipality, only
/// the files whose bytes contain its code (`scanned`). Both give the same answer for a catalogue
/// in order, which is the only kind a stamp is ever written for.
enum RegionMembers: Sendable {
    /// One region file as read at load time.
    struct File: Sendable {
        /// The region's name (the file name without `.json`).
        var name: String
        var bytes: [UInt8]
    }

    case all([String: [String]])
    case scanned([File])

    /// Each region that lists `code`, with all its members.
    func listing(_ code: String) -> [String: [String]] {
        switch self {
        case .all(let members):
            return members.filter { $0.value.contains(code) }
        case .scanned(let files):
            let needle = Array(code.utf8)
            var result: [String: [String]] = [:]
            for file in files where Self.mayList(file.bytes, needle) {
                guard case .object(let o)? = try? JSONParser.parse(file.bytes), let list = o["gemeenten"]?.arrayValue else { continue }
                let codes = list.compactMap(\.stringValue)
                if codes.contains(code) { result[file.name] = codes }
            }
            return result
        }
    }

    /// True when the file may list the code: its bytes contain it, or a `\u` escape that could spell it.
    private static func mayList(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        contains(bytes, needle) || contains(bytes, escape)
    }

    private static let escape: [UInt8] = Array("\\u".utf8)

    /// Plain substring search over bytes: `memchr` jumps to each candidate first byte.
    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { n in
                let base = hay.baseAddress!
                var i = 0
                let last = hay.count - n.count
                while i <= last, let hit = memchr(base + i, Int32(first), last - i + 1) {
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + at, n.baseAddress!, n.count) == 0 { return true }
                    i = at + 1
                }
                return false
            }
        }
    }
}
