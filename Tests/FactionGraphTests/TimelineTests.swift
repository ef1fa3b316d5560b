import Testing
import FactionGraphTestSupport
@testable import FactionGraph

/// Timeline frames: which dates become frames, and what each one's diff says.
@Suite struct TimelineTests {
    /// Worked out by hand: hts and hurras at truce (2018-03), then in combat
    /// (2018-06-10) while isis allies with hurras until 2018-08; a second
    /// combat report (2018-06-20) is no change; isis pledges to hts
    /// (2019-02-01); hurras dissolves (2019-03-10); hts is renamed (2019-05);
    /// a denied alliance (2018-10-05) never shows.
    static let registry = """
        hts:
          name: Hayat Tahrir al-Sham
          kind: coalition
          renamed:
            - {date: 2019-05, name: HTS Renamed}
        hurras:
          name: Hurras al-Din
          dissolved: 2019-03-10
        isis: Islamic State

        """

    static func corpus() -> Corpus {
        SnapshotTests.corpus([
            ("2018-03", "  - truce: hts -- hurras\n    evidence: q"),
            ("2018-06-10", "  - combat: hts -- hurras\n    evidence: q\n  - alliance: isis -- hurras\n    evidence: q\n    until: 2018-08"),
            ("2018-06-20", "  - combat: hts -- hurras\n    evidence: q"),
            ("2018-10-05", "  - alliance: hts -- isis\n    evidence: q\n    confidence: denied"),
            ("2019-02-01", "  - allegiance: isis -> hts\n    evidence: q"),
        ], registry: registry)
    }

    static func labels(_ step: TimelineStep) -> [String] {
        TimelineFrames.frames(of: corpus(), every: step).map(\.label)
    }

    /// A diff as short lines: `+faction id`, `-type from to`, `~old->new from to`, `~renamed id`.
    static func summary(_ diff: SnapshotDiff) -> [String] {
        diff.addedFactions.map { "+faction \($0.id)" } + diff.removedFactions.map { "-faction \($0.id)" }
            + diff.renamedFactions.map { "~renamed \($0.new.id) \($0.new.name)" }
            + diff.added.map { "+\($0.type) \($0.from) \($0.to)" } + diff.removed.map { "-\($0.type) \($0.from) \($0.to)" }
            + diff.changed.map { "~\($0.from.type)->\($0.to.type) \($0.to.from) \($0.to.to)" }
    }

    @Test func everyChangeGivesOneFramePerDateOnWhichTheGraphChanged() {
        let frames = TimelineFrames.frames(of: Self.corpus())
        #expect(frames.map(\.label) == ["2018-03", "2018-06-10", "2018-09-01", "2019-02-01", "2019-03-11", "2019-05"])
        #expect(frames.map(\.date.description) == frames.map(\.label))
        #expect(frames.map(\.index) == Array(0..<6))
        #expect(frames.map { Self.summary($0.diff) } == [
            ["+faction hts", "+faction hurras", "+truce hts hurras"],
            ["+faction isis", "+alliance hurras isis", "~truce->combat hts hurras"],
            ["-faction isis", "-alliance hurras isis"],
            ["+faction isis", "+allegiance isis hts"],
            ["-faction hurras", "-combat hts hurras"],
            ["~renamed hts HTS Renamed"],
        ])
    }

    @Test func theFirstFrameIsDiffedAgainstNothingAndEachLaterOneAgainstTheFrameBefore() {
        let frames = TimelineFrames.frames(of: Self.corpus())
        #expect(frames[0].diff.old.edges.isEmpty && frames[0].diff.old.factions.isEmpty)
        for (before, after) in zip(frames, frames.dropFirst()) {
            #expect(after.diff.old.asOf == before.date)
            #expect(after.diff.new.asOf == after.date)
            #expect(after.snapshot.asOf == after.date)
        }
    }

    @Test func calendarStepsKeepOnlyPeriodsThatChanged() {
        #expect(Self.labels(.month) == ["2018-03", "2018-06", "2018-09", "2019-02", "2019-03", "2019-05"])
        #expect(Self.labels(.quarter) == ["2018-Q1", "2018-Q2", "2018-Q3", "2019-Q1", "2019-Q2"])
        #expect(TimelineFrames.frames(of: Self.corpus(), every: .quarter).map(\.date.description)
                == ["2018-03", "2018-06", "2018-09", "2019-03", "2019-06"])
        #expect(Self.labels(.year) == ["2018", "2019"])
        let years = TimelineFrames.frames(of: Self.corpus(), every: .year)
        #expect(years.map { Self.summary($0.diff) } == [
            ["+faction hts", "+faction hurras", "+combat hts hurras"],
            ["+faction isis", "-faction hurras", "~renamed hts HTS Renamed", "+allegiance isis hts", "-combat hts hurras"],
        ])
    }

    /// An `until` on the last day of the corpus ends the day after: the
    /// calendar steps go on to that period, so they end where `change` does.
    @Test func calendarStepsReachTheLastChangeEvenAfterTheLatestDate() {
        let corpus = SnapshotTests.corpus([("2018-12-31", "  - truce: hts -- isis\n    evidence: q\n    until: 2018-12-31")])
        #expect(TimelineFrames.frames(of: corpus).map(\.label) == ["2018-12-31", "2019-01-01"])
        #expect(TimelineFrames.frames(of: corpus, every: .month).map(\.label) == ["2018-12", "2019-01"])
        #expect(TimelineFrames.frames(of: corpus, every: .year).map(\.label) == ["2018", "2019"])
    }

    @Test func aCorpusWithoutRelationsHasNoFrames() {
        let corpus = SnapshotTests.corpus([("2018", "  - truce: hts -- isis\n    evidence: q\n    confidence: denied")])
        for step in TimelineStep.allCases { #expect(TimelineFrames.frames(of: corpus, every: step).isEmpty) }
    }
}
