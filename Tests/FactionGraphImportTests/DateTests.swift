import Testing
import FactionGraph
@testable import FactionGraphImport

@Suite struct DateTests {
    private func mmp(_ text: String) -> (String, Bool)? {
        guard case .success(let parsed) = MMPDate.parse(text) else { return nil }
        return (parsed.date.description, parsed.warning != nil)
    }

    @Test func mappingMilitantsDatesKeepTheirPrecision() {
        #expect(mmp("2/18/10")! == ("2010-02-18", false))
        #expect(mmp("12/17/79")! == ("1979-12-17", false))
        #expect(mmp("11/25/12")! == ("2012-11-25", false))
        #expect(mmp("2014-05-00")! == ("2014-05", false))
        #expect(mmp("2005-00-00")! == ("2005", false))
        #expect(mmp("2014-05-07")! == ("2014-05-07", false))
        // The 1st stands for an unknown day, 1 January for an unknown month.
        #expect(mmp("10/1/06")! == ("2006-10", true))
        #expect(mmp("1/1/06")! == ("2006", true))
        #expect(mmp("1/1/1968")! == ("1968", true))
        #expect(mmp("2005-00-15")! == ("2005", true))
    }

    @Test func malformedMappingMilitantsDates() {
        for text in ["2014-02-30", "13/1/10", "2/30/10", "abc", "", "2014-5-1", "1/2/345"] {
            #expect(mmp(text) == nil, "\(text)")
        }
    }

    @Test func daysAsExportsWriteThem() {
        #expect(DayDate.parse("2019-05-04") == DayDate(year: 2019, month: 5, day: 4))
        #expect(DayDate.parse("2017-01-02 00:00:00.000") == DayDate(year: 2017, month: 1, day: 2))
        #expect(DayDate.parse("2017-01-02T00:00:00") == DayDate(year: 2017, month: 1, day: 2))
        #expect(DayDate.parse("4 May 2019") == DayDate(year: 2019, month: 5, day: 4))
        #expect(DayDate.parse("04 September 2019") == DayDate(year: 2019, month: 9, day: 4))
        #expect(DayDate.parse("04-Sep-2019") == DayDate(year: 2019, month: 9, day: 4))
        for text in ["2019-02-30", "31 June 2019", "2019/05/04", "May 4 2019", ""] {
            #expect(DayDate.parse(text) == nil, "\(text)")
        }
    }

    @Test func dayNumbersRoundTrip() {
        for number in stride(from: -719_162, to: 2_932_896, by: 997) {
            #expect(DayDate(dayNumber: number).dayNumber == number)
        }
        // Outside years 1-9999: the nearest day that is inside.
        #expect(DayDate(dayNumber: -800_000) == DayDate(year: 1, month: 1, day: 1))
        #expect(DayDate(year: 1, month: 1, day: 2)!.adding(days: -3) == DayDate(year: 1, month: 1, day: 1))
        #expect(DayDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(DayDate(year: 2020, month: 2, day: 28)!.adding(days: 1) == DayDate(year: 2020, month: 2, day: 29))
    }

    @Test func acledTimePrecision() {
        let mid = DayDate(year: 2019, month: 6, day: 15)!
        #expect(ACLEDDate.period(mid, precision: 1).description == "2019-06-15")
        #expect(ACLEDDate.period(mid, precision: 2).description == "2019-06")
        #expect(ACLEDDate.period(mid, precision: 3).description == "2019-06")
        // A week that runs into another month, or year.
        #expect(ACLEDDate.period(DayDate(year: 2019, month: 6, day: 29)!, precision: 2).description == "2019")
        #expect(ACLEDDate.period(DayDate(year: 2019, month: 12, day: 30)!, precision: 2).description == "2019")
        #expect(ACLEDDate.period(DayDate(year: 2019, month: 6, day: 4)!, precision: 2).description == "2019-06")
    }

    @Test func periodsHoldingRanges() {
        let day = { (m: Int, d: Int) in DayDate(year: 2017, month: m, day: d)! }
        #expect(DayDate.period(from: day(1, 2), to: day(1, 2))?.description == "2017-01-02")
        #expect(DayDate.period(from: day(1, 5), to: day(1, 28))?.description == "2017-01")
        #expect(DayDate.period(from: day(1, 28), to: day(2, 3))?.description == "2017")
        #expect(DayDate.period(from: day(12, 20), to: DayDate(year: 2018, month: 1, day: 4)!) == nil)
    }
}
