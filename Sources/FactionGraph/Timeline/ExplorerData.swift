/// Everything the explorer page shows, computed once in Swift: the page
/// replays it and never applies the format's rules itself.
///
/// The data grows with the factions, relations and quotes, not with the
/// number of dates: every faction, edge and report is here once, and each
/// date step is a small delta of numbers (edges and factions that came,
/// went or changed). `ExplorerJSON` writes it as the page embeds it; the
/// format is described in docs/timeline.md.
///
/// ```swift
/// let data = ExplorerData.build(corpus, every: .month)
/// ```
public struct ExplorerData: Sendable {
    /// How far apart the date steps are.
    public var every: TimelineStep
    /// The relation types of the edges, in vocabulary order (a type's
    /// number is its place here).
    public var types: [RelationType]
    /// The articles quoted, in corpus order.
    public var articles: [Article]
    /// The reports quoted (relations as articles report them), in corpus
    /// order.
    public var reports: [Report]
    /// Every faction drawn at some date, in id order.
    public var factions: [FactionEntry]
    /// Every edge drawn at some date, in order of first appearance.
    public var edges: [Edge]
    /// The date steps, oldest first.
    public var steps: [Step]

    /// One relation as one article reports it: the quotes behind an edge.
    public struct Report: Sendable {
        /// Its article's number in `articles`.
        public var article: Int
        public var relation: Relation
    }

    /// A faction: the names it had, and its history as `factiongraph
    /// history` prints it.
    public struct FactionEntry: Sendable {
        public var faction: Faction
        /// Its name as of the first step (later names come with the steps).
        public var firstName: String
        /// `History of ...`, as the history's first line.
        public var historyHeader: String
        public var history: [HistoryLine]
    }

    /// One line of a faction's history, and the reports whose quotes follow it.
    public struct HistoryLine: Sendable {
        public var date: PartialDate
        /// `+`, `-` or `~`.
        public var mark: String
        public var text: String
        /// Numbers in `reports`.
        public var reports: [Int]
    }

    /// The relation of one type between one pair, as drawn at some date,
    /// with each different state it has had.
    public struct Edge: Sendable {
        public var type: RelationType
        public var from: FactionID
        public var to: FactionID
        public var states: [EdgeState]
    }

    /// What an edge carries at a date: its reports and what they sum to,
    /// as `SnapshotEdge` computes it.
    public struct EdgeState: Sendable, Hashable {
        /// Numbers in `reports`, oldest first.
        public var reports: [Int]
        public var contested: Bool
        public var confidence: Confidence
        public var since: PartialDate
        public var lastReported: PartialDate
        public var until: PartialDate?
        public var casualties: [FactionID: Int]
        public var fatalities: Fatalities?
        public var places: [String]
    }

    /// One date step: the snapshot as of `date`, given as what changed
    /// since the previous step (from nothing for the first).
    public struct Step: Sendable {
        public var date: PartialDate
        /// The date as the page names it (`2018-Q4` for a quarter).
        public var label: String
        /// Edges new in this step, each with its state (by number).
        public var added: [(edge: Int, state: Int)] = []
        /// Edges gone in this step, with the reason when the data gives one.
        public var removed: [(edge: Int, reason: String?)] = []
        /// Pairs whose stance changed: each old stance's edge with each new
        /// one's, and the new one's state.
        public var changed: [(from: Int, to: Int, state: Int)] = []
        /// Edges still drawn, whose state changed (a new report, say).
        public var updated: [(edge: Int, state: Int)] = []
        public var factionsAdded: [FactionID] = []
        public var factionsRemoved: [FactionID] = []
        /// Factions drawn before and after under another name.
        public var renamed: [FactionID] = []
        /// Every faction whose name as of this step differs from its name
        /// as of the previous step, drawn or not, with the new name.
        public var names: [(faction: FactionID, name: String)] = []
    }
}
