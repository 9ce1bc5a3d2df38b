/// "Did you mean" suggestions by edit distance.
package enum Suggest {
    /// Inputs longer than this (in UTF-8 bytes) get no suggestions.
    package static let maxInputLength = 80

    /// The candidates closest to `input` (case-insensitive), best first, at most `limit`.
    package static func closest(to input: String, in candidates: [String], limit: Int = 3) -> [String] {
        // Past this length no candidate is near, and the distance would cost length × candidates.
        guard input.utf8.count <= maxInputLength else { return [] }
        let needle = Array(input.lowercased())
        let maxDistance = max(2, needle.count / 3)
        var scored: [(String, Int)] = []
        for candidate in candidates {
            let c = Array(candidate.lowercased())
            if abs(c.count - needle.count) > maxDistance { continue }
            let d = distance(needle, c)
            if d <= maxDistance { scored.append((candidate, d)) }
        }
        scored.sort { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        var seen = Set<String>()
        return scored.map(\.0).filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
    }

    /// Damerau-Levenshtein (optimal string alignment) distance.
    package static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    cur[j] = min(cur[j], prev2[j - 2] + 1)
                }
            }
            prev2 = prev
            prev = cur
        }
        return prev[b.count]
    }

    /// ` Bedoelde je "x"?` or an empty string.
    package static func didYouMean(_ input: String, in candidates: [String]) -> String {
        let found = closest(to: input, in: candidates)
        guard !found.isEmpty else { return "" }
        return " Bedoelde je " + found.map { "\"\($0)\"" }.joined(separator: " of ") + "?"
    }
}
