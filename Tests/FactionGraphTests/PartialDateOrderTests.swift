import Testing
@testable import FactionGraph

/// `PartialDate` keeps its parts in one word and orders by a key made of
/// them; both must say what the parts and the day numbers say.
@Suite struct PartialDateOrderTests {
    /// Every precision around year, month and leap-day boundaries, and the
    /// ends of the range.
    static let dates: [PartialDate] = {
        var dates: [PartialDate] = []
        for year in [1, 1999, 2000, 2019, 2020, 2024, 9999] {
            dates.append(PartialDate(year: year)!)
            for month in [1, 2, 3, 11, 12] {
                dates.append(PartialDate(year: year, month: month)!)
                for day in [1, 2, 28, 29, 30, 31] {
                    if let date = PartialDate(year: year, month: month, day: day) { dates.append(date) }
                }
            }
        }
        return dates
    }()

    @Test func partsRoundTripThroughTheText() {
        for date in Self.dates {
            let parsed = PartialDate(parsing: date.description)
            #expect(parsed == date)
            #expect(parsed?.year == date.year && parsed?.month == date.month && parsed?.day == date.day)
        }
        #expect(PartialDate(parsing: "2019-02-29") == nil)
        #expect(PartialDate(parsing: "2020-02-29")?.day == 29)
        #expect(PartialDate(parsing: "9999-12")?.month == 12)
        #expect(PartialDate(parsing: "0001")?.month == nil)
    }

    @Test func orderIsThatOfTheFirstThenTheLastDay() {
        for a in Self.dates {
            for b in Self.dates {
                let byDays = (a.startDay, a.endDay) < (b.startDay, b.endDay)
                #expect((a < b) == byDays, "\(a) < \(b)")
                #expect((a == b) == (a.startDay == b.startDay && a.endDay == b.endDay), "\(a) == \(b)")
            }
        }
        // Of the periods starting on one day: the day, the month, the year.
        let starts = ["2018-01-01", "2018-01", "2018"].compactMap(PartialDate.init(parsing:))
        #expect(starts.shuffled().sorted() == starts)
    }
}
