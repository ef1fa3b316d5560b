extension ExplorerData {
    /// The explorer's data for `corpus`: a step per frame of the timeline
    /// (`TimelineFrames`, so the same dates as `--every` gives), every edge
    /// and faction of any step once, and every faction's history.
    /// - Complexity: that of the frames (a snapshot per candidate date),
    ///   plus the histories, built pair by pair (`FactionHistories`).
    public static func build(_ corpus: Corpus, every: TimelineStep = .change) -> ExplorerData {
        var builder = ExplorerBuilder(corpus)
        var pairs = PairTimelines(corpus)
        PairFrames.forEachFrame(of: corpus, every: every, pairs: &pairs) { frame in
            builder.add(date: frame.date, label: frame.label, diff: frame.diff)
        }
        return builder.finish(every: every, histories: FactionHistories(corpus, pairs: pairs))
    }

    /// The same data built from whole snapshots, frame by frame
    /// (`TimelineFrames`): slower, and the tests' reference.
    static func buildFromSnapshots(_ corpus: Corpus, every: TimelineStep = .change) -> ExplorerData {
        var builder = ExplorerBuilder(corpus)
        TimelineFrames.forEachFrame(of: corpus, every: every) { frame in
            builder.add(date: frame.date, label: frame.label, diff: frame.diff)
        }
        return builder.finish(every: every, histories: FactionHistories(corpus))
    }
}

/// Turns frames into steps as they come, numbering edges and their states,
/// then adds the factions' histories and numbers the reports and articles
/// actually quoted.
struct ExplorerBuilder {
    private let corpus: Corpus
    /// Each relation's number in the corpus, by where it is written (a
    /// relation's place is unique).
    private let relationNumbers: [SourceLocation: Int]
    private var edgeNumbers: [SnapshotEdge.Key: Int] = [:]
    private var edges: [ExplorerData.Edge] = []
    /// Per edge: the numbers of its states, and the edge as last drawn.
    private var stateNumbers: [[ExplorerData.EdgeState: Int]] = []
    private var lastDrawn: [SnapshotEdge?] = []
    private var steps: [ExplorerData.Step] = []
    private var factionsSeen = Set<FactionID>()
    /// The names of renamed factions as of the last step.
    private var names: [FactionID: String] = [:]
    private let renamedFactions: [Faction]

    init(_ corpus: Corpus) {
        self.corpus = corpus
        var numbers: [SourceLocation: Int] = [:]
        numbers.reserveCapacity(corpus.relations.count)
        for (index, relation) in corpus.relations.enumerated() { numbers[relation.location] = index }
        relationNumbers = numbers
        renamedFactions = corpus.factions.values.filter { !$0.renames.isEmpty }.sorted { $0.id < $1.id }
    }

    /// One frame as a step: its diff in edge and state numbers. The diff
    /// needs to hold only the pairs that changed (its `unchanged` edges are
    /// checked for a new state).
    mutating func add(date: PartialDate, label: String, diff: SnapshotDiff) {
        var step = ExplorerData.Step(date: date, label: label)
        for edge in diff.added { step.added.append(draw(edge)) }
        for edge in diff.removed {
            let number = self.number(edge)
            lastDrawn[number] = nil
            step.removed.append((number, diff.reason(removing: edge)))
        }
        for (from, to) in diff.changed {
            let old = number(from)
            lastDrawn[old] = nil
            let (new, state) = draw(to)
            step.changed.append((old, new, state))
        }
        for edge in diff.unchanged {
            let number = self.number(edge)
            if let last = lastDrawn[number], Self.sameState(last, edge) { continue }
            step.updated.append(draw(edge))
        }
        step.factionsAdded = diff.addedFactions.map(\.id)
        step.factionsRemoved = diff.removedFactions.map(\.id)
        step.renamed = diff.renamedFactions.map(\.new.id)
        factionsSeen.formUnion(step.factionsAdded)
        for faction in renamedFactions {
            let name = faction.name(asOf: date)
            if names[faction.id] != name {
                if !steps.isEmpty { step.names.append((faction.id, name)) }
                names[faction.id] = name
            }
        }
        steps.append(step)
    }

    /// The steps, every faction seen with its history, and the reports and
    /// articles they quote, numbered in corpus order.
    func finish(every: TimelineStep, histories: FactionHistories) -> ExplorerData {
        let firstDate = steps.first?.date
        var histories = histories
        var factions: [ExplorerData.FactionEntry] = []
        for id in factionsSeen.sorted() {
            guard let faction = corpus.factions[id], let named = histories.faction(id) else { continue }
            var lines: [ExplorerData.HistoryLine] = []
            histories.forEachStep(of: id) { step in
                for entry in HistoryText.entries(step, of: named) {
                    lines.append(ExplorerData.HistoryLine(date: entry.date, mark: entry.mark, text: entry.text,
                                                          reports: entry.evidence?.edge.reports.map(number(of:)) ?? []))
                }
            }
            factions.append(ExplorerData.FactionEntry(
                faction: faction, firstName: firstDate.map { faction.name(asOf: $0) } ?? faction.name,
                historyHeader: HistoryText.header(named), history: lines))
        }

        // Number the reports quoted, and their articles, in corpus order.
        var quoted = Set<Int>()
        for edge in edges { for state in edge.states { quoted.formUnion(state.reports) } }
        for entry in factions { for line in entry.history { quoted.formUnion(line.reports) } }
        let relations = quoted.sorted()
        let reportNumber = Dictionary(uniqueKeysWithValues: relations.enumerated().map { ($1, $0) })
        let articles = Set(relations.map { corpus.relations[$0].articleIndex }).sorted()
        let articleNumber = Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($1, $0) })
        func renumbered(_ numbers: [Int]) -> [Int] { numbers.map { reportNumber[$0]! } }

        var data = ExplorerData(
            every: every,
            types: Set(edges.map(\.type)).sorted(),
            articles: articles.map { corpus.articles[$0] },
            reports: relations.map { ExplorerData.Report(article: articleNumber[corpus.relations[$0].articleIndex]!,
                                                         relation: corpus.relations[$0]) },
            factions: factions, edges: edges, steps: steps)
        for index in data.edges.indices {
            for state in data.edges[index].states.indices {
                data.edges[index].states[state].reports = renumbered(data.edges[index].states[state].reports)
            }
        }
        for index in data.factions.indices {
            for line in data.factions[index].history.indices {
                data.factions[index].history[line].reports = renumbered(data.factions[index].history[line].reports)
            }
        }
        // Only factions that are drawn need their names followed.
        for index in data.steps.indices { data.steps[index].names.removeAll { !factionsSeen.contains($0.faction) } }
        return data
    }

    /// The edge's number, given the first time it is seen.
    private mutating func number(_ edge: SnapshotEdge) -> Int {
        if let number = edgeNumbers[edge.key] { return number }
        let number = edges.count
        edgeNumbers[edge.key] = number
        edges.append(ExplorerData.Edge(type: edge.type, from: edge.from, to: edge.to, states: []))
        stateNumbers.append([:])
        lastDrawn.append(nil)
        return number
    }

    /// The edge drawn as it is now: its number and its state's.
    private mutating func draw(_ edge: SnapshotEdge) -> (edge: Int, state: Int) {
        let number = self.number(edge)
        let state = ExplorerData.EdgeState(
            reports: edge.reports.map(number(of:)), contested: edge.contested, confidence: edge.confidence,
            since: edge.date, lastReported: edge.lastReported, until: edge.until, casualties: edge.casualties,
            fatalities: edge.fatalities, places: edge.places)
        lastDrawn[number] = edge
        if let known = stateNumbers[number][state] { return (number, known) }
        let index = edges[number].states.count
        edges[number].states.append(state)
        stateNumbers[number][state] = index
        return (number, index)
    }

    /// A report's number in the corpus.
    private func number(of relation: Relation) -> Int {
        relationNumbers[relation.location]!
    }

    /// True when two snapshots' edges carry the same state: what an edge
    /// shows follows from its reports and whether it is contested.
    private static func sameState(_ a: SnapshotEdge, _ b: SnapshotEdge) -> Bool {
        a.contested == b.contested && a.reports.count == b.reports.count
            && zip(a.reports, b.reports).allSatisfy { $0.location == $1.location }
    }
}
