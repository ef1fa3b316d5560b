import Foundation
import FactionGraph

/// Mapping Militants dates, in the precision they really have.
///
/// The file mixes two forms. ISO dates write an unknown part as `00`:
/// `2014-05-00` is May 2014, `2005-00-00` is 2005 (the dataset's
/// convention, not a guess: no warning). Month/day/year dates (`2/18/10`)
/// have no way to say "unknown", and the data show that they use the 1st
/// instead: no ISO date in the file is a 1st, yet a third of the others are,
/// and the descriptions of those rows name a month or a year, never a day.
/// So `10/1/06` is read as 2006-10 and `1/1/06` as 2006, each with a
/// warning (a guess); any other day is kept. Two-digit years are 20YY up to
/// the year the data were scraped (2019), else 19YY: the dataset spans
/// 1959-2019, so no year is ambiguous.
enum MMPDate {
    /// The last two-digit year read as 20YY.
    static let lastCenturyYear = 19

    /// The date, and a warning when the precision was guessed; or why the
    /// text is no date.
    static func parse(_ text: String) -> Result<(date: PartialDate, warning: String?), MessageError> {
        let text = text.trimmed
        if text.contains("/") { return slashed(text) }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
            return .failure(MessageError("'\(text)' is not a date (YYYY-MM-DD, with 00 for an unknown month or day, or M/D/YY)"))
        }
        switch (month, day) {
        case (0, 0):
            return PartialDate(year: year).map { .success(($0, nil)) } ?? invalid(text)
        case (0, _):
            return PartialDate(year: year).map { .success(($0, "date '\(text)' has a day but no month; read as \($0)")) } ?? invalid(text)
        case (_, 0):
            return PartialDate(year: year, month: month).map { .success(($0, nil)) } ?? invalid(text)
        default:
            return PartialDate(year: year, month: month, day: day).map { .success(($0, nil)) } ?? invalid(text)
        }
    }

    private static func slashed(_ text: String) -> Result<(date: PartialDate, warning: String?), MessageError> {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 3, let month = parts[0], let day = parts[1], let written = parts[2],
              text.split(separator: "/").last.map({ $0.count == 2 || $0.count == 4 }) == true else {
            return .failure(MessageError("'\(text)' is not a date (M/D/YY, or YYYY-MM-DD)"))
        }
        let year = written >= 100 ? written : written <= lastCenturyYear ? 2000 + written : 1900 + written
        guard PartialDate(year: year, month: month, day: day) != nil else { return invalid(text) }
        if day == 1, month == 1, let date = PartialDate(year: year) {
            return .success((date, "date '\(text)' read as \(date): 1 January in this file's M/D/YY dates stands for an unknown month and day; write the day if it is known"))
        }
        if day == 1, let date = PartialDate(year: year, month: month) {
            return .success((date, "date '\(text)' read as \(date): the 1st in this file's M/D/YY dates stands for an unknown day; write the day if it is known"))
        }
        return .success((PartialDate(year: year, month: month, day: day)!, nil))
    }

    private static func invalid(_ text: String) -> Result<(date: PartialDate, warning: String?), MessageError> {
        .failure(MessageError("'\(text)' is not a real date"))
    }
}
