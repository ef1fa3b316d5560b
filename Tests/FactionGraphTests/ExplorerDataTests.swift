import Foundation
import Testing
import FactionGraphTestSupport
@testable import FactionGraph

/// The explorer's data: replaying its steps, as the page does, must give
/// every frame's snapshot; each faction's history must read as `history`
/// prints it; every number must point somewhere.
@Suite struct ExplorerDataTests {
    /// What the page keeps while replaying: edge -> state, factions drawn,
    /// every faction's name.
    struct Replayed: Equatable {
        var edges: [String: ExplorerData.EdgeState] = [:]
        var factions = Set<FactionID>()
        var names: [FactionID: String] = [:]
    }

    /// Applies the steps in order, as explorer.js's `replay` does, and
    /// returns the state after each.
    static func replay(_ data: ExplorerData) -> [Replayed] {
        var current = Replayed()
        for entry in data.factions { current.names[entry.faction.id] = entry.firstName }
        func key(_ edge: Int) -> String {
            let e = data.edges[edge]
            return "\(e.type.name) \(e.from) \(e.to)"
        }
        var states: [Replayed] = []
        for step in data.steps {
            for (edge, _) in step.removed { current.edges[key(edge)] = nil }
            for change in step.changed { current.edges[key(change.from)] = nil }
            for change in step.changed { current.edges[key(change.to)] = data.edges[change.to].states[change.state] }
            for (edge, state) in step.added + step.updated { current.edges[key(edge)] = data.edges[edge].states[state] }
            current.factions.subtract(step.factionsRemoved)
            current.factions.formUnion(step.factionsAdded)
            for (faction, name) in step.names { current.names[faction] = name }
            states.append(current)
        }
        return states
    }

    /// Each frame's snapshot as the replay should hold it (reports by number).
    static func expected(_ frame: TimelineFrame, data: ExplorerData, previousNames: [FactionID: String]) -> Replayed {
        let numbers = Dictionary(uniqueKeysWithValues: data.reports.enumerated().map { ($1.relation.location, $0) })
        var result = Replayed()
        for edge in frame.snapshot.edges {
            result.edges["\(edge.type.name) \(edge.from) \(edge.to)"] = ExplorerData.EdgeState(
                reports: edge.reports.map { numbers[$0.location]! }, contested: edge.contested, confidence: edge.confidence,
                since: edge.date, lastReported: edge.lastReported, until: edge.until, casualties: edge.casualties,
                fatalities: edge.fatalities, places: edge.places)
        }
        result.factions = Set(frame.snapshot.factions.map(\.id))
        result.names = previousNames
        for faction in frame.snapshot.factions { result.names[faction.id] = faction.name }
        return result
    }

    static func checkReplay(_ corpus: Corpus, every: TimelineStep, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let data = ExplorerData.build(corpus, every: every)
        let frames = TimelineFrames.frames(of: corpus, every: every)
        #expect(data.steps.map(\.date) == frames.map(\.date), sourceLocation: sourceLocation)
        #expect(data.steps.map(\.label) == frames.map(\.label), sourceLocation: sourceLocation)
        let replayed = replay(data)
        for (index, frame) in frames.enumerated() {
            // Names of factions not drawn are followed too: compare those drawn,
            // and every faction's name against its name as of the date.
            let want = expected(frame, data: data, previousNames: replayed[index].names)
            #expect(replayed[index] == want, "step \(frame.label)", sourceLocation: sourceLocation)
            for entry in data.factions {
                #expect(replayed[index].names[entry.faction.id] == entry.faction.name(asOf: frame.date),
                        "\(entry.faction.id) as of \(frame.label)", sourceLocation: sourceLocation)
            }
        }
        checkNumbers(data, sourceLocation: sourceLocation)
        checkHistories(data, corpus: corpus, sourceLocation: sourceLocation)
    }

    /// Every number points into its array; reports and articles are those
    /// quoted, in corpus order; factions are those of some step, in id order.
    static func checkNumbers(_ data: ExplorerData, sourceLocation: Testing.SourceLocation) {
        var quoted = Set<Int>()
        for edge in data.edges {
            #expect(!edge.states.isEmpty, sourceLocation: sourceLocation)
            for state in edge.states { quoted.formUnion(state.reports) }
        }
        for entry in data.factions { for line in entry.history { quoted.formUnion(line.reports) } }
        #expect(quoted == Set(data.reports.indices), sourceLocation: sourceLocation)
        #expect(Set(data.reports.map(\.article)) == Set(data.articles.indices), sourceLocation: sourceLocation)
        let ids = data.factions.map(\.faction.id)
        #expect(ids == ids.sorted(), sourceLocation: sourceLocation)
        #expect(Set(ids) == Set(data.steps.flatMap(\.factionsAdded)), sourceLocation: sourceLocation)
        #expect(data.types == data.types.sorted(), sourceLocation: sourceLocation)
    }

    /// The history the page shows, with its quotes, is `history`'s text.
    static func checkHistories(_ data: ExplorerData, corpus: Corpus, sourceLocation: Testing.SourceLocation) {
        for entry in data.factions {
            var text = entry.historyHeader + "\n"
            if entry.history.isEmpty { text += "No relations.\n" }
            for line in entry.history {
                text += HistoryText.line(line.date, line.mark, line.text)
                for number in line.reports {
                    let report = data.reports[number]
                    let article = data.articles[report.article]
                    for quote in report.relation.evidence {
                        text += "                “\(quote.quote)” — \(article.title) (\(article.published)), \(article.path):\(quote.line)\n"
                    }
                }
            }
            #expect(text == FactionHistory.of(entry.faction.id, in: corpus).map(HistoryText.document),
                    "history of \(entry.faction.id)", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: TimelineStep.allCases)
    func replayingTheStepsGivesEveryFrame(every: TimelineStep) {
        Self.checkReplay(TimelineTests.corpus(), every: every)
        Self.checkReplay(CorpusReader.read([RepositoryPaths.samples]).corpus, every: every)
    }

    @Test(arguments: 1...6)
    func replayingRandomCorpora(seed: UInt64) {
        let corpus = CorpusReader.read(files: RandomHistoryCorpus.make(factions: 8, relations: 50, seed: seed)).corpus
        Self.checkReplay(corpus, every: .change)
        Self.checkReplay(corpus, every: .year)
    }

    /// Built pair by pair, the data is what whole snapshots give, byte for byte.
    static func checkPairsAgreeWithSnapshots(_ corpus: Corpus, every: TimelineStep,
                                             sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let layout = ExplorerLayout(engine: "dot", positions: [:])
        let fast = ExplorerJSON.document(ExplorerData.build(corpus, every: every), layout: layout)
        let reference = ExplorerJSON.document(ExplorerData.buildFromSnapshots(corpus, every: every), layout: layout)
        #expect(fast == reference, "every \(every)", sourceLocation: sourceLocation)
    }

    @Test(arguments: TimelineStep.allCases)
    func pairByPairIsWholeSnapshots(every: TimelineStep) throws {
        Self.checkPairsAgreeWithSnapshots(TimelineTests.corpus(), every: every)
        Self.checkPairsAgreeWithSnapshots(CorpusReader.read([RepositoryPaths.samples]).corpus, every: every)
        Self.checkPairsAgreeWithSnapshots(CorpusReader.read([RepositoryPaths.fiveTypes]).corpus, every: every)
        for seed in UInt64(1)...8 {
            let files = RandomHistoryCorpus.make(factions: 9, relations: 60, seed: seed)
            Self.checkPairsAgreeWithSnapshots(CorpusReader.read(files: files).corpus, every: every)
        }
    }

    @Test(arguments: [TimelineStep.change, .year])
    func pairByPairIsWholeSnapshotsOnMappingMilitants(every: TimelineStep) throws {
        Self.checkPairsAgreeWithSnapshots(try FactionHistoriesTests.mappingMilitants(), every: every)
    }

    /// The case worked out by hand: each step's lists.
    @Test func stepsSayWhatChanged() {
        let data = ExplorerData.build(TimelineTests.corpus())
        func edge(_ number: Int) -> String {
            let e = data.edges[number]
            return "\(e.type.name) \(e.from) \(e.to)"
        }
        let steps = data.steps.map { step in
            step.added.map { "+\(edge($0.edge))" } + step.removed.map { "-\(edge($0.edge)) (\($0.reason ?? ""))" }
                + step.changed.map { "~\(edge($0.from)) -> \(edge($0.to))" } + step.updated.map { "=\(edge($0.edge)) #\($0.state)" }
                + step.factionsAdded.map { "+\($0)" } + step.factionsRemoved.map { "-\($0)" } + step.renamed.map { "~\($0)" }
                + step.names.map { "\($0.faction): \($0.name)" }
        }
        #expect(steps == [
            ["+truce hts hurras", "+hts", "+hurras"],
            ["+alliance hurras isis", "~truce hts hurras -> combat hts hurras", "+isis"],
            // The second combat report is no step of its own: it arrives with the next.
            ["-alliance hurras isis (ended 2018-08)", "=combat hts hurras #1", "-isis"],
            ["+allegiance isis hts", "+isis"],
            ["-combat hts hurras (Hurras al-Din dissolved 2019-03-10)", "-hurras"],
            ["~hts", "hts: HTS Renamed"],
        ])
        #expect(data.edges.map { $0.states.map(\.reports.count) } == [[1], [1], [1, 2], [1]])
        #expect(data.factions.map(\.firstName) == ["Hayat Tahrir al-Sham", "Hurras al-Din", "Islamic State"])
        // The denied alliance is quoted nowhere.
        #expect(data.reports.allSatisfy { $0.relation.confidence != .denied })
    }

    @Test func theLayoutGraphHasEveryFactionWithItsLongestNameAndEveryEdge() throws {
        let data = ExplorerData.build(TimelineTests.corpus())
        let dot = ExplorerLayout.dot(data, engine: "dot")
        #expect(dot.contains("layout=\"dot\"") && !dot.contains("_legend"))
        #expect(dot.contains("\"hts\" [label=\"Hayat Tahrir al-Sham\""))
        #expect(dot.components(separatedBy: " -> ").count - 1 == data.edges.count)
        #expect(try DotProgram.complaints(about: dot) == "")
    }
}
