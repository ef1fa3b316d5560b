import Foundation
import FactionGraph

/// A calendar day, for the day arithmetic of imports: widening a day to the
/// week around it, finding the smallest period that holds a range of days.
struct DayDate: Sendable, Hashable, Comparable {
    var year: Int
    var month: Int
    var day: Int

    /// A real day, or `nil` (month 13, 30 February).
    init?(year: Int, month: Int, day: Int) {
        guard PartialDate(year: year, month: month, day: day) != nil else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    private init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    var partialDate: PartialDate { PartialDate(year: year, month: month, day: day)! }

    /// Days since 1970-01-01.
    var dayNumber: Int { partialDate.startDay }

    /// The day `dayNumber` days after 1970-01-01, kept within the years
    /// the format can write (0001 to 9999).
    init(dayNumber: Int) {
        let first = PartialDate(year: 1, month: 1, day: 1)!.startDay
        let last = PartialDate(year: 9999, month: 12, day: 31)!.startDay
        let date = PartialDate(dayNumber: min(max(dayNumber, first), last))
        self.init(uncheckedYear: date.year, month: date.month ?? 1, day: date.day ?? 1)
    }

    func adding(days: Int) -> DayDate { DayDate(dayNumber: dayNumber + days) }

    static func < (lhs: DayDate, rhs: DayDate) -> Bool { (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day) }

    /// The smallest period the format can write (a day, a month, a year)
    /// that holds every day from `first` to `last`; `nil` when they lie in
    /// different years.
    static func period(from first: DayDate, to last: DayDate) -> PartialDate? {
        if first == last { return first.partialDate }
        guard first.year == last.year else { return nil }
        if first.month == last.month { return PartialDate(year: first.year, month: first.month) }
        return PartialDate(year: first.year)
    }

    /// Reads a day as exports write it: `2019-05-04` (an ISO date, which
    /// may go on with a time: `2019-05-04 00:00:00.000`, `2019-05-04T00:00`),
    /// `4 May 2019`, `04 May 2019` or `04-May-2019` (month names in English,
    /// full or three letters).
    static func parse(_ text: String) -> DayDate? {
        let text = text.trimmed
        let bytes = Array(text.utf8)
        if bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
           bytes.count == 10 || bytes[10] == UInt8(ascii: " ") || bytes[10] == UInt8(ascii: "T") {
            guard let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10]) else { return nil }
            return DayDate(year: year, month: month, day: day)
        }
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "-" })
        guard parts.count == 3, let day = Int(parts[0]), parts[0].count <= 2, let year = Int(parts[2]), parts[2].count == 4,
              let month = monthNumber(String(parts[1])) else { return nil }
        return DayDate(year: year, month: month, day: day)
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                             "october", "november", "december"]

    static func monthNumber(_ name: String) -> Int? {
        let lowered = name.lowercased()
        if let index = monthNames.firstIndex(of: lowered) { return index + 1 }
        if lowered.count == 3, let index = monthNames.firstIndex(where: { $0.hasPrefix(lowered) }) { return index + 1 }
        if lowered == "sept" { return 9 }
        return nil
    }
}
