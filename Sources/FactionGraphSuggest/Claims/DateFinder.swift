import FactionGraph

/// A date written in a sentence, resolved against the article's
/// `published` date at the precision it really has: `on 23 June` is a day,
/// `in February 2018` a month, `earlier this year` a year, `this week` a
/// month only when the whole week lies in one.
struct WrittenDate: Sendable {
    var tokens: Range<Int>
    var date: PartialDate
}

/// Finds the dates of a sentence.
struct DateFinder {
    let text: ArticleText
    /// The article's date; relative dates (`last week`, `on Thursday`)
    /// need it, and a day and month without a year take its year (or the
    /// year before, when that would be after it).
    let published: PartialDate?

    func dates(in range: Range<Int>) -> [WrittenDate] {
        var found: [WrittenDate] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let date = date(at: index, limit: range.upperBound) {
                found.append(date)
                index = date.tokens.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    // MARK: one expression

    private func date(at index: Int, limit: Int) -> WrittenDate? {
        let tokens = text.tokens
        func word(_ i: Int) -> String? { i < limit ? tokens[i].text : nil }
        let first = tokens[index].text
        // 2018-11-19, 2018-11
        let firstByte = first.utf8.first ?? 0
        let startsWithDigit = firstByte >= UInt8(ascii: "0") && firstByte <= UInt8(ascii: "9")
        // Other dates start with a month, a weekday or a relative word.
        guard startsWithDigit || Self.firstWords.mayContain(tokens[index]) else { return nil }
        if startsWithDigit, first.utf8.count >= 7, let date = PartialDate(parsing: first) {
            return WrittenDate(tokens: index..<(index + 1), date: date)
        }
        // 23 June [2018]
        if startsWithDigit, let day = dayNumber(first), let month = word(index + 1).flatMap(Self.month) {
            if let year = word(index + 2).flatMap(yearNumber), let date = PartialDate(year: year, month: month, day: day) {
                return WrittenDate(tokens: index..<(index + 3), date: date)
            }
            if let date = inferYear(month: month, day: day) { return WrittenDate(tokens: index..<(index + 2), date: date) }
            return nil
        }
        if let month = Self.month(first) {
            // June 23[,] [2018]
            if let day = word(index + 1).flatMap(dayNumber) {
                var next = index + 2
                if word(next) == "," { next += 1 }
                if let year = word(next).flatMap(yearNumber), let date = PartialDate(year: year, month: month, day: day) {
                    return WrittenDate(tokens: index..<(next + 1), date: date)
                }
                if let date = inferYear(month: month, day: day) { return WrittenDate(tokens: index..<(index + 2), date: date) }
            }
            // June 2018
            if let year = word(index + 1).flatMap(yearNumber), let date = PartialDate(year: year, month: month) {
                return WrittenDate(tokens: index..<(index + 2), date: date)
            }
            // in June, since early June, last June (a month needs a word
            // before it: `May` is also a verb).
            let before = index > 0 ? tokens[index - 1].text : ""
            if before == "last", let date = monthBefore(month) { return WrittenDate(tokens: (index - 1)..<(index + 1), date: date) }
            if ["in", "since", "from", "until", "by", "during", "early", "late", "mid", "mid-", "of", "on", "this", "through"].contains(before),
               let date = inferYear(month: month, day: nil) {
                return WrittenDate(tokens: index..<(index + 1), date: date)
            }
            return nil
        }
        // in 2018, since 2013 (a bare number needs a word before it).
        if startsWithDigit, let year = yearNumber(first), index > 0,
           ["in", "since", "from", "until", "by", "during", "early", "late", "mid", "of", "year"].contains(tokens[index - 1].text) {
            return PartialDate(year: year).map { WrittenDate(tokens: index..<(index + 1), date: $0) }
        }
        return relative(at: index, limit: limit)
    }

    /// `yesterday`, `on Thursday`, `last week`, `earlier this year`, `the
    /// previous year`, `last month`.
    private func relative(at index: Int, limit: Int) -> WrittenDate? {
        guard let published else { return nil }
        let tokens = text.tokens
        func words(_ count: Int) -> [String] { (index..<min(limit, index + count)).map { tokens[$0].text } }
        let first = tokens[index].text
        if let weekday = Self.weekdays[first], published.day != nil {
            let today = published.startDay
            // 1970-01-01 was a Thursday (weekday 4, Sunday 0).
            let todayWeekday = ((today % 7) + 7 + 4) % 7
            let back = (todayWeekday - weekday + 7) % 7
            return WrittenDate(tokens: index..<(index + 1), date: PartialDate(dayNumber: today - back))
        }
        guard Self.relativeStarts.contains(first) else { return nil }
        for (phrase, meaning) in Self.relativePhrases where words(phrase.count) == phrase {
            guard let date = resolve(meaning, published) else { return nil }
            return WrittenDate(tokens: index..<(index + phrase.count), date: date)
        }
        return nil
    }

    /// What a relative phrase means.
    private enum Relative {
        case yesterday, today, thisWeek, lastWeek, thisMonth, lastMonth, thisYear, lastYear
    }

    private static let relativePhrases: [([String], Relative)] = [
        (["yesterday"], .yesterday), (["today"], .today), (["this", "week"], .thisWeek), (["last", "week"], .lastWeek),
        (["this", "month"], .thisMonth), (["last", "month"], .lastMonth), (["the", "previous", "month"], .lastMonth),
        (["this", "year"], .thisYear), (["last", "year"], .lastYear), (["the", "previous", "year"], .lastYear),
        (["the", "year", "before"], .lastYear),
    ]

    private static let relativeStarts = Set(relativePhrases.map { $0.0[0] })

    /// The words a date not starting with a digit starts with, to rule
    /// most words out unhashed.
    private static let firstWords = WordFilter(Array(months.keys) + Array(weekdays.keys) + Array(relativeStarts))

    private func resolve(_ meaning: Relative, _ date: PartialDate) -> PartialDate? {
        switch meaning {
        case .yesterday: return date.day == nil ? nil : PartialDate(dayNumber: date.startDay - 1)
        case .today: return date.day == nil ? nil : date
        case .thisWeek: return span(date.endDay - 6, date.endDay)
        case .lastWeek: return span(date.endDay - 13, date.endDay - 7)
        case .thisMonth: return date.month.flatMap { PartialDate(year: date.year, month: $0) }
        case .lastMonth: return previousMonth(date)
        case .thisYear: return PartialDate(year: date.year)
        case .lastYear: return PartialDate(year: date.year - 1)
        }
    }

    /// The coarsest date holding every day from `first` to `last`: a month
    /// when they share one, else a year.
    private func span(_ first: Int, _ last: Int) -> PartialDate? {
        guard published?.day != nil else { return nil }
        let a = PartialDate(dayNumber: first)
        let b = PartialDate(dayNumber: last)
        if a.year == b.year, a.month == b.month, let month = a.month { return PartialDate(year: a.year, month: month) }
        return a.year == b.year ? PartialDate(year: a.year) : nil
    }

    private func previousMonth(_ date: PartialDate) -> PartialDate? {
        guard let month = date.month else { return nil }
        return month == 1 ? PartialDate(year: date.year - 1, month: 12) : PartialDate(year: date.year, month: month - 1)
    }

    /// `last August`: the latest August before the published month.
    private func monthBefore(_ month: Int) -> PartialDate? {
        guard let published, let current = published.month else { return nil }
        return PartialDate(year: month < current ? published.year : published.year - 1, month: month)
    }

    /// A day and month without a year: in the published year, or the year
    /// before when that would be after the article.
    private func inferYear(month: Int, day: Int?) -> PartialDate? {
        guard let published else { return nil }
        guard let candidate = PartialDate(year: published.year, month: month, day: day) else { return nil }
        if candidate.startDay > published.endDay { return PartialDate(year: published.year - 1, month: month, day: day) }
        return candidate
    }

    private func dayNumber(_ word: String) -> Int? {
        guard let first = word.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9"), word.utf8.count <= 4 else { return nil }
        var word = Substring(word)
        for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) { word = word.dropLast(2); break }
        guard word.count <= 2, let day = Int(word), (1...31).contains(day) else { return nil }
        return day
    }

    private func yearNumber(_ word: String) -> Int? {
        guard word.utf8.count == 4, let year = Int(word), (1900...2100).contains(year) else { return nil }
        return year
    }

    static func month(_ word: String) -> Int? { months[word] }

    private static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                     "november", "december"]
        for (number, name) in names.enumerated() {
            table[name] = number + 1
            if name.count > 4 { table[String(name.prefix(3))] = number + 1 }
        }
        table["sept"] = 9
        let arabic = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
        for (number, name) in arabic.enumerated() { table[name] = number + 1 }
        // `mar` and `may` are words too; `march` and `may` need their
        // context (a day or year next to them), which the patterns give.
        table["mar"] = nil
        return table
    }()

    /// Sunday is 0.
    private static let weekdays: [String: Int] = [
        "sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    ]
}
