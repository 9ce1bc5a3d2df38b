extension String {
    /// The text with its first letter in upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }

    /// "Kindgebonden budget" → "kindgebonden budget"; "AIO-aanvulling", "Bbz" stay.
    var lowercasedFirstWordUnlessAcronym: String {
        let word = prefix { $0 != " " && $0 != "-" }
        guard word.count > 1, word.dropFirst().allSatisfy({ $0.isLowercase }) else { return self }
        return prefix(1).lowercased() + dropFirst()
    }
}

extension StringProtocol {
    /// The text without white space (spaces, tabs, line ends) at either end, without Foundation.
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }

    /// Every occurrence of `target` replaced by `replacement`, byte by byte. Used for the tables
    /// built at start-up: Foundation's `replacingOccurrences` and the generic `replacing` of
    /// `_StringProcessing` each cost about 50,000 instructions per call there.
    func replacingEvery(_ target: String, with replacement: String) -> String {
        let t = Array(target.utf8)
        guard let first = t.first else { return String(self) }
        let bytes = Array(utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == first, i + t.count <= bytes.count, bytes[i..<(i + t.count)].elementsEqual(t) {
                out.append(contentsOf: replacement.utf8)
                i += t.count
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
