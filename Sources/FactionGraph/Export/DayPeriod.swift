/// A run of days, both ends included, as day numbers (days since
/// 1970-01-01); a period that has not ended has no `end`.
public struct DayPeriod: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var start: Int
    /// The last day; `nil` while the period goes on.
    public var end: Int?

    public init(start: Int, end: Int?) {
        precondition(end.map { $0 >= start } ?? true, "a period ends on or after its start")
        self.start = start
        self.end = end
    }

    /// True when `day` lies in the period.
    public func contains(_ day: Int) -> Bool {
        start <= day && end.map { day <= $0 } ?? true
    }

    /// The first day as a date.
    public var startDate: PartialDate { PartialDate(dayNumber: start) }

    /// The last day as a date; `nil` while the period goes on.
    public var endDate: PartialDate? { end.map(PartialDate.init(dayNumber:)) }

    /// `2018-11-19/2019-01-09`, or `2018-11-19/..` while it goes on (ISO
    /// 8601's notation for an open end).
    public var description: String {
        "\(startDate)/" + (endDate?.description ?? "..")
    }

    public static func < (lhs: DayPeriod, rhs: DayPeriod) -> Bool {
        (lhs.start, lhs.end ?? Int.max) < (rhs.start, rhs.end ?? Int.max)
    }

    /// `periods` with overlapping and touching ones joined, in order.
    public static func merged(_ periods: [DayPeriod]) -> [DayPeriod] {
        var result: [DayPeriod] = []
        for period in periods.sorted() {
            guard let last = result.last, let lastEnd = last.end else {
                if result.isEmpty { result.append(period) }
                continue
            }
            if period.start <= lastEnd + 1 {
                result[result.count - 1].end = period.end.map { max($0, lastEnd) }
            } else {
                result.append(period)
            }
        }
        return result
    }
}
