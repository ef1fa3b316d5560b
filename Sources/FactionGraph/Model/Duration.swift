/// A span of calendar time written `2y`, `18m`, `6w` or `30d` (years,
/// months, weeks, days): how long a relation may go unreported before a
/// diagram shows it as stale.
public struct CalendarDuration: Sendable, Hashable, CustomStringConvertible {
    public enum Unit: Character, Sendable, Hashable, CaseIterable {
        case years = "y", months = "m", weeks = "w", days = "d"
    }

    public var count: Int
    public var unit: Unit

    /// Parses `2y`, `18m`, `6w`, `30d` (a whole number from 1 to 9999 and
    /// a unit); `nil` for anything else.
    public init?(parsing text: String) {
        guard let last = text.last, let unit = Unit(rawValue: last) else { return nil }
        let digits = text.dropLast()
        guard (1...4).contains(digits.count), digits.allSatisfy(\.isASCIIDigit), let count = Int(digits), count > 0 else {
            return nil
        }
        self.count = count
        self.unit = unit
    }

    public var description: String { "\(count)\(unit.rawValue)" }

    /// The first day (a day number) that is more than this span before the
    /// end of `date`'s period: a relation last reported on an earlier day
    /// is stale as of `date`. Months and years count calendar months (the
    /// day clamped to the month's length).
    public func cutoffDay(before date: PartialDate) -> Int {
        let end = date.endDay
        switch unit {
        case .days: return end - count
        case .weeks: return end - 7 * count
        case .months, .years:
            let day = PartialDate(dayNumber: end)
            let months = unit == .years ? 12 * count : count
            let total = day.year * 12 + (day.month! - 1) - months
            let year = total / 12
            let month = total % 12 + 1
            guard year >= 1 else { return Int.min }
            let clamped = min(day.day!, PartialDate.daysIn(month: month, year: year))
            return PartialDate.dayNumber(year: year, month: month, day: clamped)
        }
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension CalendarDuration {
    /// `2 years`, `1 month`, `6 weeks`.
    public var words: String {
        let unit: String
        switch self.unit {
        case .years: unit = "year"
        case .months: unit = "month"
        case .weeks: unit = "week"
        case .days: unit = "day"
        }
        return "\(count) \(unit)\(count == 1 ? "" : "s")"
    }
}
