/// A date of year, month or day precision: `2018`, `2018-02`, `2018-02-27`.
///
/// A date denotes its whole period: `2018-02` is all of February 2018. Dates
/// are ordered by the start of their period, so `2018-11` comes before
/// `2018-11-19`; the precision is kept and shown.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// Year, month and day in one word: `year << 9 | month << 5 | day`,
    /// a missing month or day 0. Three `Int`s (two of them optional) took
    /// 32 bytes, and every relation holds two dates: 100,000 articles'
    /// relations and their drafts held 60 MB more at the peak.
    private let bits: UInt32

    public var year: Int { Int(bits >> 9) }
    public var month: Int? {
        let month = Int((bits >> 5) & 0xF)
        return month == 0 ? nil : month
    }
    public var day: Int? {
        let day = Int(bits & 0x1F)
        return day == 0 ? nil : day
    }

    /// The earliest day a date can name: 0001-01-01.
    public static let earliestDay = PartialDate(year: 1, month: 1, day: 1)!
    /// The latest day a date can name: 9999-12-31.
    public static let latestDay = PartialDate(year: 9999, month: 12, day: 31)!

    /// Creates a date, or `nil` when the parts do not name a real period
    /// (month 13, February 30, a day without a month, a year outside
    /// 0001-9999).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard InputLimits.years.contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        bits = UInt32(year) << 9 | UInt32(month ?? 0) << 5 | UInt32(day ?? 0)
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` strictly: four-digit year
    /// (0001 to 9999), two-digit month and day, a day that exists in that
    /// month. Any other text, however long, is `nil`.
    public init?(parsing text: String) {
        // On the bytes in place: every relation of a corpus has a date or
        // two, and iterating `utf8` cost 450 instructions a date.
        guard let date = text.utf8.withContiguousStorageIfAvailable(Self.parse) ?? Self.parse(Array(text.utf8)) else {
            return nil
        }
        self = date
    }

    /// The date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` written in `bytes`.
    private static func parse(_ bytes: some Collection<UInt8>) -> PartialDate? {
        var year = 0, month = 0, day = 0
        var part = 0
        var digits = 0
        for byte in bytes {
            if byte == UInt8(ascii: "-") {
                guard digits == (part == 0 ? 4 : 2), part < 2 else { return nil }
                part += 1
                digits = 0
                continue
            }
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            // Too many digits is no date, and must not overflow on the way.
            guard digits < (part == 0 ? 4 : 2) else { return nil }
            let value = Int(byte - 0x30)
            switch part {
            case 0: year = year * 10 + value
            case 1: month = month * 10 + value
            default: day = day * 10 + value
            }
            digits += 1
        }
        guard digits == (part == 0 ? 4 : 2) else { return nil }
        return PartialDate(year: year, month: part >= 1 ? month : nil, day: part == 2 ? day : nil)
    }

    public enum Precision: String, Sendable { case year, month, day }

    public var precision: Precision {
        day != nil ? .day : month != nil ? .month : .year
    }

    /// The first day of the period, as a day number (days since 1970-01-01).
    public var startDay: Int {
        Self.dayNumber(year: year, month: month ?? 1, day: day ?? 1)
    }

    /// The last day of the period, as a day number.
    public var endDay: Int {
        if day != nil { return startDay }
        if let month { return Self.dayNumber(year: year, month: month, day: Self.daysIn(month: month, year: year)) }
        return Self.dayNumber(year: year, month: 12, day: 31)
    }

    /// True when this period has begun by the end of `other`'s period.
    public func hasBegun(by other: PartialDate) -> Bool { startDay <= other.endDay }

    /// True when this period ended before the end of `other`'s period: a
    /// relation `until` this date is gone from a snapshot as of `other`.
    public func hasEnded(before other: PartialDate) -> Bool { endDay < other.endDay }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as written.
    public var description: String {
        var text = year.zeroPadded(4)
        if let month { text += "-" + month.zeroPadded(2) }
        if let day { text += "-" + day.zeroPadded(2) }
        return text
    }

    /// Ordered by the start of the period; among equal starts, the shorter
    /// period first, so that the order is total and stable.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        lhs.orderKey < rhs.orderKey
    }

    /// A number in the order of (`startDay`, `endDay`), without computing
    /// day numbers (comparing those was 0.8 % of the instructions of
    /// `check`): year, month and day with a missing month or day as 1
    /// (the period's first day), then the shorter period first: of the
    /// periods starting on one day, the day ends first, then the month,
    /// then the year.
    private var orderKey: UInt32 {
        let month = (bits >> 5) & 0xF
        let day = bits & 0x1F
        let precision: UInt32 = day != 0 ? 0 : month != 0 ? 1 : 2
        return (bits >> 9) << 11 | (month == 0 ? 1 : month) << 7 | (day == 0 ? 1 : day) << 2 | precision
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = PartialDate(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar
    /// (Howard Hinnant's `days_from_civil`).
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

extension Int {
    /// The number with leading zeros to `width` digits.
    func zeroPadded(_ width: Int) -> String {
        String(self).leftPadded(to: width)
    }
}
