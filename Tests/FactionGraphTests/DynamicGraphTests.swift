import Testing
import FactionGraphTestSupport
@testable import FactionGraph

/// The corpus over time: the edges holding on a day are the snapshot as of
/// that day, whatever rule made them.
@Suite struct DynamicGraphTests {
    /// Every day on which something changes, the day before (where a
    /// period ends) unless `endsToo` is false, and a day long after: `graph`
    /// agrees with whole-corpus snapshots on all of them.
    static func expectAgreement(_ graph: DynamicGraph, _ corpus: Corpus, endsToo: Bool = true) {
        let changes = DynamicGraph.changeDays(of: corpus)
        let days = Set(changes + (endsToo ? changes.map { $0 - 1 } : []) + [DynamicGraph.lastDay]).sorted()
        #expect(days.count > 2)
        var checked = 0
        for day in days {
            let snapshot = SnapshotBuilder.snapshot(of: corpus, asOf: PartialDate(dayNumber: day))
            let edges = graph.edges(on: day)
            #expect(edges == snapshot.edges, "\(PartialDate(dayNumber: day))")
            #expect(graph.factions(on: day).map(\.id) == snapshot.factions.map(\.id), "\(PartialDate(dayNumber: day))")
            if edges != snapshot.edges { return }
            checked += edges.count
        }
        #expect(checked > 0)
    }

    /// States of an edge never overlap and are in order; spells never touch.
    static func expectWellFormed(_ graph: DynamicGraph) {
        for track in graph.edges {
            #expect(!track.states.isEmpty)
            for (a, b) in zip(track.states, track.states.dropFirst()) {
                #expect(a.period.end.map { $0 < b.period.start } ?? false, "\(track.type) \(track.from) \(track.to)")
                #expect(a.period.end.map { $0 + 1 < b.period.start } ?? true || a.edge != b.edge,
                        "touching states of one edge differ")
            }
            for (a, b) in zip(track.spells, track.spells.dropFirst()) {
                #expect(a.end.map { $0 + 1 < b.start } ?? false)
            }
        }
    }

    @Test func theSamplesAgreeWithSnapshotsOnEveryDay() {
        let corpus = ExportCorpora.samples()
        let graph = DynamicGraph.of(corpus)
        Self.expectAgreement(graph, corpus)
        Self.expectWellFormed(graph)
    }

    @Test func mappingMilitantsAgreesWithSnapshotsOnEveryDay() throws {
        let corpus = try ExportCorpora.mappingMilitants()
        let graph = DynamicGraph.of(corpus)
        // Ends are checked on the other corpora; here the starts suffice.
        Self.expectAgreement(graph, corpus, endsToo: false)
        Self.expectWellFormed(graph)
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func generatedCorporaAgreeWithSnapshotsOnEveryDay(seed: UInt64) {
        let corpus = ExportCorpora.generated(factions: 30, relations: 300, seed: seed)
        #expect(corpus.relations.contains { $0.type.absorbsSource })
        let graph = DynamicGraph.of(corpus)
        Self.expectAgreement(graph, corpus)
        Self.expectWellFormed(graph)
    }

    /// Each rule of time, with the periods it gives.
    @Test func periodsOfEachRule() throws {
        let registry = """
            a: {name: A, renamed: [{date: 2016, name: A2}]}
            b: B
            c: {name: C, dissolved: 2019-03}
            d: D

            """
        let article = TestCorpus.article("""
            article: {title: T, published: 2020}
            relations:
              - alliance: a -- b
                date: 2014-05
                evidence: q
              - combat: a -- b
                date: 2015-02-10
                evidence: q
              - alliance: a -- b
                date: 2017
                until: 2018-06
                evidence: q
              - allegiance: c -> d
                date: 2012
                evidence: q
              - split: c -> d
                date: 2016-09-01
                evidence: q
              - truce: b -- c
                date: 2013
                evidence: q
              - combat: b -- d
                date: 2014
                confidence: denied
                evidence: q
            """, body: "q\n")
        let result = TestCorpus.read([("t.md", article)], registry: registry)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let graph = DynamicGraph.of(result.corpus)
        func periods(_ type: String, _ from: String, _ to: String) -> [String] {
            graph.edges.first { $0.type.name == type && $0.from == from && $0.to == to }?.states.map(\.period.description) ?? []
        }
        #expect(periods("alliance", "a", "b") == ["2014-05-01/2015-02-09", "2017-01-01/2018-06-30"])
        #expect(periods("combat", "a", "b") == ["2015-02-10/2016-12-31"])
        #expect(periods("allegiance", "c", "d") == ["2012-01-01/2016-08-31"])
        #expect(periods("split", "c", "d") == ["2016-09-01/2019-03-31"])
        #expect(periods("truce", "b", "c") == ["2013-01-01/2019-03-31"])
        #expect(periods("combat", "b", "d") == [])
        #expect(graph.factions.map(\.faction.id) == ["a", "b", "c", "d"])
        #expect(graph.factions.map { $0.spells.map(\.description) } == [
            ["2014-05-01/2018-06-30"], ["2013-01-01/2019-03-31"], ["2012-01-01/2019-03-31"], ["2012-01-01/2019-03-31"],
        ])
        // Named as of the corpus's latest date.
        #expect(graph.factions[0].faction.name == "A2")
        #expect(FactionNames.periods(graph.factions[0].faction) == [
            .init(name: "A", start: nil, end: PartialDate(parsing: "2015-12-31")!.startDay),
            .init(name: "A2", start: PartialDate(parsing: "2016-01-01")!.startDay, end: nil),
        ])
    }

    @Test func aMergerEndsTheTiesOfTheAbsorbedGroupWithEveryone() throws {
        let article = TestCorpus.article("""
            article: {title: T, published: 2020}
            relations:
              - alliance: hts -- isis
                date: 2014
                evidence: q
              - merger: hurras -> isis
                date: 2019-07
                evidence: q
              - combat: hts -- hurras
                date: 2018-11-19
                evidence: q
            """, body: "q\n")
        let result = TestCorpus.read([("t.md", article)])
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let graph = DynamicGraph.of(result.corpus)
        let periods = graph.edges.map { "\($0.type) \($0.from) \($0.to): " + $0.states.map(\.period.description).joined(separator: ", ") }
        #expect(periods == [
            "combat hts hurras: 2018-11-19/2019-06-30",
            "alliance hts isis: 2014-01-01/..",
            "merger hurras isis: 2019-07-01/..",
        ])
    }

    @Test func aNewReportStartsANewStateOfTheSameSpell() throws {
        let article = TestCorpus.article("""
            article: {title: T, published: 2020}
            relations:
              - combat: hts -- isis
                date: 2014
                evidence: q
              - combat: hts -- isis
                date: 2015-03
                casualties: {hts: 4}
                evidence: q
            """, body: "q\n")
        let graph = DynamicGraph.of(TestCorpus.read([("t.md", article)]).corpus)
        let track = try #require(graph.edges.first)
        #expect(track.states.map(\.period.description) == ["2014-01-01/2015-02-28", "2015-03-01/.."])
        #expect(track.states.map(\.edge.reports.count) == [1, 2])
        #expect(track.spells.map(\.description) == ["2014-01-01/.."])
    }

    @Test func periodsJoinAndPrint() {
        let periods = [DayPeriod(start: 10, end: 20), DayPeriod(start: 21, end: 30), DayPeriod(start: 40, end: nil),
                       DayPeriod(start: 5, end: 12), DayPeriod(start: 50, end: 60)]
        #expect(DayPeriod.merged(periods) == [DayPeriod(start: 5, end: 30), DayPeriod(start: 40, end: nil)])
        #expect(DayPeriod(start: 0, end: 31).description == "1970-01-01/1970-02-01")
        #expect(DayPeriod(start: 0, end: nil).description == "1970-01-01/..")
    }
}
