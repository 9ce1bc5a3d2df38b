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
