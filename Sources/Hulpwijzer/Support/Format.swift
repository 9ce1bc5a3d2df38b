/// Dutch number and money formatting for people (`€ 1.234,56`).
package enum Format {
    /// `€ 1.234,56`; whole amounts as `€ 1.234` unless `alwaysCents`.
    package static func euro(_ amount: Double, alwaysCents: Bool = false) -> String {
        guard abs(amount) < 1e15 else { return "€ " + huge(amount) }
        let cents = Int64((abs(amount) * 100).rounded())
        let whole = cents / 100
        let frac = cents % 100
        var text = "€ " + (amount < 0 && cents > 0 ? "-" : "") + grouped(whole)
        if frac != 0 || alwaysCents {
            text += "," + (frac < 10 ? "0" : "") + String(frac)
        }
        return text
    }

    /// A plain Dutch number: `1.234,5`, `17`, `112,5`.
    package static func number(_ value: Double, decimals: Int = 2) -> String {
        guard abs(value) < 1e12 else { return huge(value) }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int64((abs(value) * scale).rounded())
        let whole = scaled / Int64(scale)
        var frac = scaled % Int64(scale)
        var text = (value < 0 && scaled > 0 ? "-" : "") + grouped(whole)
        if frac != 0 {
            var digits = decimals
            while frac % 10 == 0 { frac /= 10; digits -= 1 }
            let f = String(frac)
            text += "," + String(repeating: "0", count: digits - f.count) + f
        }
        return text
    }

    /// `12,5%`.
    package static func percent(_ value: Double) -> String { number(value, decimals: 1) + "%" }

    /// Values too large for grouped digits (only from unusual input): Swift's own notation
    /// with a decimal comma.
    static func huge(_ value: Double) -> String {
        String(String(describing: value).map { $0 == "." ? "," : $0 })
    }

    static func grouped(_ value: Int64) -> String {
        let digits = Array(String(value))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += "." }
            out.append(d)
        }
        return out
    }
}
