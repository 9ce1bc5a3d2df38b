/// A horizontal bar chart as inline SVG (no scripts, no fonts to fetch), for the caseload report.
enum CaseloadReportChart {
    /// One bar: its label, its value, and the value as people read it.
    struct Bar {
        var label: String
        var value: Double
        var text: String
    }

    static func svg(_ bars: [Bar], title: String) -> String {
        guard !bars.isEmpty else { return "" }
        let rowHeight = 26
        let labelWidth = 400
        let barWidth = 330
        let width = labelWidth + barWidth + 140
        let height = bars.count * rowHeight + 10
        let top = bars.map(\.value).max() ?? 0
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">"
        out += "<title>\(CaseloadReport.escape(title))</title>"
        for (k, bar) in bars.enumerated() {
            let y = 5 + k * rowHeight
            let w = top > 0 ? max(1, Int((bar.value / top * Double(barWidth)).rounded())) : 1
            out += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 17)\" text-anchor=\"end\" font-size=\"12\">\(CaseloadReport.escape(short(bar.label)))</text>"
            out += "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(w)\" height=\"\(rowHeight - 8)\" fill=\"#2b6cb0\"/>"
            out += "<text x=\"\(labelWidth + w + 6)\" y=\"\(y + 17)\" font-size=\"12\">\(CaseloadReport.escape(bar.text))</text>"
        }
        return out + "</svg>"
    }

    /// A label cut to fit next to the bars.
    static func short(_ label: String) -> String {
        label.count <= 56 ? label : String(label.prefix(54)) + "…"
    }
}
