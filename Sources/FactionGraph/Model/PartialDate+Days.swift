extension PartialDate {
    /// The day with day number `dayNumber` (days since 1970-01-01), at day
    /// precision (Howard Hinnant's `civil_from_days`).
    ///
    /// Clamped to the days a date can name, 0001-01-01 to 9999-12-31: day
    /// arithmetic never leaves the range (see `dayAfter`).
    public init(dayNumber: Int) {
        let dayNumber = min(max(dayNumber, Self.earliestDay.startDay), Self.latestDay.startDay)
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self = PartialDate(year: year, month: month, day: day)!
    }

    /// The first day after this period; for a period ending on
    /// 9999-12-31, that day itself. Dates end there, so nothing that lasts
    /// until then ends in any snapshot: a change point on its last day
    /// changes nothing, and frames or history steps without a change are
    /// not shown.
    public var dayAfter: PartialDate { PartialDate(dayNumber: endDay + 1) }
}
