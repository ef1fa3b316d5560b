import FactionGraph

/// ACLED's dates at their `time_precision`.
///
/// The codebook: 1, the source gives the day; 2, the source gives a week
/// (or a weekend), coded as a day in its middle; 3, only the month is
/// known. So precision 1 keeps the day, 3 keeps the month, and 2 becomes the
/// smallest period the format can write that holds the seven days around
/// the coded day: its month, or its year when the week runs into another
/// month (a week across New Year is dated by the coded day's year, said in
/// the relation's note).
enum ACLEDDate {
    static func period(_ day: DayDate, precision: Int) -> PartialDate {
        switch precision {
        case 1:
            return day.partialDate
        case 2:
            return DayDate.period(from: day.adding(days: -3), to: day.adding(days: 3)) ?? PartialDate(year: day.year)!
        default:
            return PartialDate(year: day.year, month: day.month)!
        }
    }

    /// Words for the note of a relation whose date lost its day.
    static func note(_ day: DayDate, precision: Int, date: PartialDate) -> String? {
        switch precision {
        case 2:
            let crossesYear = day.adding(days: -3).year != day.adding(days: 3).year
            return "ACLED dates this event \(day.partialDate) at time precision 2 (some day of the week around it)"
                + (crossesYear ? "; the week spans two years, dated \(date) by ACLED's day." : ".")
        case 3:
            return "ACLED dates this event \(day.partialDate) at time precision 3 (some day of that month)."
        default:
            return nil
        }
    }
}
