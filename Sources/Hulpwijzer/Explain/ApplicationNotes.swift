/// Sentences about where, until when and how far back a scheme can be applied for.
enum ApplicationNotes {
    static func notes(for scheme: Scheme, on day: Day) -> [String] {
        var out: [String] = []
        switch scheme.application.deadline {
        case .toeslagjaar?:
            let y = day.year
            out.append("Aanvragen over \(y) kan tot 1 september \(y + 1).")
            if let lastYearDeadline = Day(year: y, month: 9, day: 1), day < lastYearDeadline {
                out.append("Over \(y - 1) kan nog tot 1 september \(y) worden aangevraagd, als de situatie in \(y - 1) hetzelfde was.")
            }
        case .text(let t)?:
            out.append("Termijn: \(t)")
        case nil:
            break
        }
        if let r = scheme.application.retroactive { out.append("Terugwerkende kracht: \(r)") }
        return out
    }
}
