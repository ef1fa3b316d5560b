/// A faction's names over time, as periods of days.
enum FactionNames {
    /// One name and the days it is in use: from `start` (none: since
    /// always) through `end` (none: still).
    struct Period: Equatable {
        var name: String
        var start: Int?
        var end: Int?
    }

    /// The names of `faction`, each with the days on which
    /// `Faction.name(asOf:)` gives it: the declared name until the day
    /// before the first rename, each rename from the first day of its date
    /// to the day before the next. A rename that a later one replaces on
    /// its first day (`2016` and `2016-01-01`) is never in use and left out.
    static func periods(_ faction: Faction) -> [Period] {
        let starts = faction.renames.map(\.date.startDay)
        var periods: [Period] = []
        for index in 0...starts.count {
            let start = index == 0 ? nil : starts[index - 1]
            let end = index == starts.count ? nil : starts[index] - 1
            if let start, let end, end < start { continue }
            periods.append(Period(name: index == 0 ? faction.declaredName : faction.renames[index - 1].name,
                                  start: start, end: end))
        }
        return periods
    }
}
