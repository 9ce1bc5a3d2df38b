/// What of a reopened household file the desk page's form cannot hold (a co-resident's age, a
/// child's childcare hours, …): named to the counsellor, so nothing is dropped silently.
enum DeskPageCarryOver {
    /// Dutch labels of the facts of `original` that `kept` (the form's household) lacks or changes.
    static func lost(_ original: JSONObject, kept: JSONObject) -> [String] {
        let before = leaves(.object(original), at: ""), after = leaves(.object(kept), at: "")
        var labels: [String] = []
        for (path, value) in before where after.first(where: { $0.path == path })?.value != value {
            let label = FieldLabels.label(for: path)
            if !labels.contains(label) { labels.append(label) }
        }
        return labels
    }

    /// Every scalar of a document by its contract path; an array of scalars is one leaf.
    static func leaves(_ value: JSONValue, at path: String) -> [(path: String, value: String)] {
        switch value {
        case .object(let o):
            return o.members.flatMap { leaves($0.value, at: path.isEmpty ? $0.key : path + "." + $0.key) }
        case .array(let a) where a.contains(where: { $0.objectValue != nil }):
            return a.enumerated().flatMap { leaves($0.element, at: "\(path)[\($0.offset)]") }
        default:
            return [(path, JSONWriter.write(value, indent: false))]
        }
    }
}
