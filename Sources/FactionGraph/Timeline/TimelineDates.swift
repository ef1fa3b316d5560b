/// The dates a timeline tries as frames, before unchanged ones are dropped.
enum TimelineDates {
    /// A date to try, and how the page names it.
    struct Candidate {
        var date: PartialDate
        var label: String
    }

    /// The candidates for `step`, ordered by the end of their period.
    static func candidates(in corpus: Corpus, every step: TimelineStep) -> [Candidate] {
        let points = changePoints(in: corpus)
        switch step {
        case .change:
            // Snapshots are as of the end of a period: order by it, one per
            // day (as FactionHistory does; `2013-04` wins over `2013-04-30`).
            var seen = Set<Int>()
            return points.sorted { ($0.endDay, $0.startDay) < ($1.endDay, $1.startDay) }
                .filter { seen.insert($0.endDay).inserted }
                .map { Candidate(date: $0, label: $0.description) }
        case .month, .quarter, .year:
            guard let first = points.min(by: { $0.startDay < $1.startDay }) else { return [] }
            // To the latest change point too, which may lie after the latest
            // written date (the day after an `until`): the last frame then
            // agrees with `--every change`.
            let last = max(corpus.latestDate?.endDay ?? first.endDay, points.map(\.endDay).max()!)
            return periods(step, from: PartialDate(dayNumber: first.startDay), through: PartialDate(dayNumber: last))
        }
    }

    /// Every date at which the snapshot may change: each relation's date,
    /// the day after each `until` and each `dissolved`, each rename. Denied
    /// relations never appear in a snapshot, so they add none.
    static func changePoints(in corpus: Corpus) -> [PartialDate] {
        let relations = corpus.relations.filter { $0.confidence != .denied }
        var points = relations.map(\.date) + relations.compactMap { $0.until?.dayAfter }
        for faction in corpus.factions.values {
            if let dissolved = faction.dissolved { points.append(dissolved.dayAfter) }
            points += faction.renames.map(\.date)
        }
        return points
    }

    /// One candidate per calendar month, quarter or year whose period
    /// overlaps `start...end` (both days).
    static func periods(_ step: TimelineStep, from start: PartialDate, through end: PartialDate) -> [Candidate] {
        var candidates: [Candidate] = []
        switch step {
        case .year:
            for year in start.year...end.year {
                let date = PartialDate(year: year)!
                candidates.append(Candidate(date: date, label: date.description))
            }
        case .month, .quarter:
            let months = step == .month ? 1 : 3
            // A quarter is named by its last month: the snapshot as of its end.
            var month = step == .month ? start.month! : ((start.month! - 1) / 3) * 3 + 3
            var year = start.year
            while (year, month - months + 1) <= (end.year, end.month!) {
                let date = PartialDate(year: year, month: month)!
                let label = step == .month ? date.description : "\(year.zeroPadded(4))-Q\(month / 3)"
                candidates.append(Candidate(date: date, label: label))
                month += months
                if month > 12 { month -= 12; year += 1 }
            }
        case .change:
            break
        }
        return candidates
    }
}
