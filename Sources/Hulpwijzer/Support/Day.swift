import Foundation

/// A calendar date without a time or time zone: a *peildatum*, a `vanaf` date.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year (1–9999).
    public let year: Int
    /// The month (1–12).
    public let month: Int
    /// The day of the month (1–31).
    public let day: Int

    /// Creates a date, or returns nil if it does not exist (e.g. 2025-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysInMonth(year: year, month: month) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil for any other shape or an impossible date.
    public init?(_ text: String) {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
        func number(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r {
                guard u[i] >= 48, u[i] <= 57 else { return nil }
                v = v * 10 + Int(u[i] - 48)
            }
            return v
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The number of days in `month` of `year`, counting leap years.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Today's date in the local calendar of this machine.
    public static func today() -> Day {
        // localtime_r instead of Calendar: Foundation's calendar loads ICU data, which costs
        // tens of milliseconds in a short-lived process.
        var t = time(nil)
        var parts = tm()
        localtime_r(&t, &parts)
        return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            ?? Day(year: 2026, month: 1, day: 1)!
    }

    /// Whole years from `birth` to this date (the age on this peildatum).
    public func years(since birth: Day) -> Int {
        var age = year - birth.year
        if (month, day) < (birth.month, birth.day) { age -= 1 }
        return age
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ v: Int, _ n: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, n - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Dutch long form: `1 september 2026`.
    public var dutch: String {
        let names = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
                     "augustus", "september", "oktober", "november", "december"]
        return "\(day) \(names[month - 1]) \(year)"
    }

    /// Chronological order.
    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// The same date `months` later (clamped to the month's last day, and to the year 9999).
    public func adding(months: Int) -> Day {
        let total = year * 12 + (month - 1) + months
        let y = total / 12
        let m = total % 12 + 1
        guard y <= 9999 else { return Day(year: 9999, month: 12, day: 31)! }
        guard y >= 1 else { return Day(year: 1, month: 1, day: 1)! }
        return Day(year: y, month: m, day: min(day, Day.daysInMonth(year: y, month: m)))!
    }
}
