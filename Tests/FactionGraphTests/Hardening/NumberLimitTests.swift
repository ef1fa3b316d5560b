import Testing
@testable import FactionGraph

/// Numbers read from files stay in their documented ranges: dates in years
/// 0001-9999, casualties up to a billion. Each case here once crashed the
/// tool (an overflow trap, or a day in year 10000).
@Suite struct NumberLimitTests {
    @Test(arguments: ["99999999999999999999", "99999", "0000", "2018-001", "2018-01-001", "999999999999999999999999-01"])
    func overlongOrOutOfRangeDatesAreNoDates(text: String) {
        #expect(PartialDate(parsing: text) == nil)
    }

    @Test func aDateOfTwentyDigitsIsAnErrorAtItsPlace() {
        #expect(TestCorpus.diagnostics([("a.md", TestCorpus.article("""
            article:
              title: T
              published: 99999999999999999999
            """))]) == [
                "a.md:4:14: error: 'published' is not a valid date: '99999999999999999999' (expected YYYY, YYYY-MM or YYYY-MM-DD)",
            ])
    }

    @Test func dayArithmeticStaysInTheRange() {
        #expect(PartialDate(parsing: "9999")!.dayAfter.description == "9999-12-31")
        #expect(PartialDate(parsing: "9999-12-31")!.dayAfter.description == "9999-12-31")
        #expect(PartialDate(parsing: "9999-12-30")!.dayAfter.description == "9999-12-31")
        #expect(PartialDate(dayNumber: Int.max / 2).description == "9999-12-31")
        #expect(PartialDate(dayNumber: -Int.max / 2).description == "0001-01-01")
    }

    /// `until: 9999` and `dissolved: 9999-12-31` end on the last day dates
    /// can name: nothing ends, and history and timeline work.
    @Test func relationsLastingToTheEndOfTimeNeverEnd() {
        let registry = TestCorpus.registry + "\nlast:\n  name: The Last\n  dissolved: 9999-12-31\n"
        let corpus = SnapshotTests.corpus([
            ("2018", "  - combat: hts -- hurras\n    evidence: q\n    until: 9999"),
            ("2019", "  - alliance: isis -- last\n    evidence: q"),
        ], registry: registry)
        let history = FactionHistory.of("hts", in: corpus)!
        #expect(history.steps.map(\.date.description) == ["2018"])
        #expect(TimelineFrames.frames(of: corpus).map(\.label) == ["2018", "2019"])
        #expect(TimelineFrames.frames(of: corpus, every: .year).map(\.label).last == "2019")
        #expect(SnapshotTests.edges(corpus, at: "9999-12-31") == ["combat hts hurras 2018", "alliance isis last 2019"])
    }

    @Test(arguments: ["9223372036854775807", "99999999999999999999999", "1000000001"])
    func casualtiesAboveTheMaximumAreAnError(count: String) {
        #expect(TestCorpus.diagnostics(relations: """
              - combat: hts -- hurras
                casualties: {hts: \(count)}
                evidence: fought Hurras al-Din
            """) == ["a.md:7:23: error: casualties of 'hts' must be at most 1,000,000,000, not \(count)"])
    }

    @Test func casualtiesAtTheMaximumAddUp() {
        let corpus = SnapshotTests.corpus([
            ("2018", "  - combat: hts -- hurras\n    evidence: q\n    casualties: {hts: 1000000000}"),
            ("2018", "  - combat: hts -- hurras\n    evidence: q\n    casualties: {hts: 1000000000}"),
        ])
        #expect(SnapshotBuilder.snapshot(of: corpus).edges.map(\.casualties) == [["hts": 2_000_000_000]])
    }

    /// Totals saturate rather than trap, whatever the relations hold.
    @Test func casualtyTotalsSaturate() {
        let location = SourceLocation(path: "a.md", line: 1, column: 1)
        let relations = [Int.max, 1].map { count in
            Relation(type: .combat, from: "hts", to: "hurras", date: PartialDate(year: 2018)!, until: nil,
                     place: nil, casualties: ["hts": count], confidence: .reported, note: nil, evidence: [],
                     articleIndex: 0, location: location, dateLocation: location)
        }
        let factions = ["hts", "hurras"].map { Faction(id: $0, name: $0, aliases: [], kind: .armedGroup, founded: nil, dissolved: nil, note: nil, location: location) }
        let corpus = Corpus(factions: Dictionary(uniqueKeysWithValues: factions.map { ($0.id, $0) }), articles: [], relations: relations)
        #expect(SnapshotBuilder.snapshot(of: corpus).edges.map(\.casualties) == [["hts": Int.max]])
    }
}
