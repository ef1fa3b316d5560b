/// A validated corpus: factions, articles and every reported relation.
///
/// Produced by `CorpusReader`; every relation refers to declared factions and
/// an article of `articles`.
public struct Corpus: Sendable {
    /// Factions by id.
    public let factions: [FactionID: Faction]
    /// Articles in path order.
    public let articles: [Article]
    /// Relations in reading order (articles in path order, items in order).
    public let relations: [Relation]
    /// The relation types the corpus can use: the built-in ones and those
    /// of its `vocabulary.yaml`.
    public let vocabulary: Vocabulary
    /// Numbers for the queries that run over every relation (snapshots):
    /// computed once here so they compare integers, not strings.
    let index: RelationIndex

    /// A corpus of `relations`, whose types are `vocabulary`'s (any type
    /// it lacks is added).
    public init(factions: [FactionID: Faction], articles: [Article], relations: [Relation],
                vocabulary: Vocabulary = .builtIn) {
        let vocabulary = vocabulary.including(relations.lazy.map(\.type))
        self.init(factions: factions, articles: articles, relations: relations, vocabulary: vocabulary,
                  index: RelationIndex(factions: factions, relations: relations, vocabulary: vocabulary))
    }

    /// With the numbers already known (the reader finds them while
    /// resolving references).
    init(factions: [FactionID: Faction], articles: [Article], relations: [Relation], vocabulary: Vocabulary,
         index: RelationIndex) {
        self.factions = factions
        self.articles = articles
        self.relations = relations
        self.vocabulary = vocabulary
        self.index = index
        latestDate = Self.latestDate(factions: factions, articles: articles, relations: relations)
        defaultDate = Self.lastChange(factions: factions, relations: relations) ?? latestDate
    }

    /// The latest date written anywhere in the corpus (a `published`, a
    /// relation's `date` or `until`, a faction's `founded` or `dissolved`).
    /// `nil` for an empty corpus.
    public let latestDate: PartialDate?

    /// The default "as of" of a snapshot: the date of the last recorded
    /// change, so the snapshot shows the state after it. Changes are a
    /// relation's `date` (it begins), the day after an `until` or a
    /// `dissolved` (it ends), a rename's date. A faction dissolved on the
    /// last date of the corpus is gone as of this date. Without relations,
    /// `latestDate`.
    public let defaultDate: PartialDate?

    private static func lastChange(factions: [FactionID: Faction], relations: [Relation]) -> PartialDate? {
        var last: PartialDate?
        func consider(_ date: PartialDate?) {
            if let date, last.map({ $0 < date }) ?? true { last = date }
        }
        for index in relations.indices {
            consider(relations[index].date)
            consider(relations[index].until?.dayAfter)
        }
        guard last != nil else { return nil }
        for faction in factions.values {
            consider(faction.dissolved?.dayAfter)
            for rename in faction.renames { consider(rename.date) }
        }
        return last
    }

    private static func latestDate(factions: [FactionID: Faction], articles: [Article],
                                   relations: [Relation]) -> PartialDate? {
        var latest: PartialDate?
        func consider(_ date: PartialDate?) {
            if let date, latest.map({ $0 < date }) ?? true { latest = date }
        }
        for index in articles.indices { consider(articles[index].published) }
        for index in relations.indices {
            consider(relations[index].date)
            consider(relations[index].until)
        }
        for faction in factions.values {
            consider(faction.founded)
            consider(faction.dissolved)
        }
        return latest
    }
}

/// Factions numbered in id order, and each relation's numbers and days.
struct RelationIndex: Sendable {
    /// Faction ids by number, in id order.
    let ids: [FactionID]
    /// Per relation: the numbers of `from` and `to`.
    let from: [Int32]
    let to: [Int32]
    /// Per relation: the first day of `date`, the last day of `until`
    /// (`Int.max` without one).
    let startDay: [Int]
    let untilEndDay: [Int]
    /// Per faction number: the last day of `dissolved` (`Int.max` without).
    let dissolvedEndDay: [Int]
    /// Per relation: its type's number in the vocabulary (its `order`).
    let type: [Int32]
    /// The vocabulary's types, by number.
    let types: [RelationType]

    init(factions: [FactionID: Faction], relations: [Relation], vocabulary: Vocabulary) {
        let ids = factions.keys.sorted()
        let numbers = Dictionary(uniqueKeysWithValues: ids.enumerated().map { (ByteKey($1), Int32($0)) })
        self.init(ids: ids, factions: factions, relations: relations, vocabulary: vocabulary,
                  from: relations.map { numbers[ByteKey($0.from)] ?? -1 },
                  to: relations.map { numbers[ByteKey($0.to)] ?? -1 })
    }

    /// `ids` in id order; `from` and `to` the numbers of each relation's
    /// factions in it; every relation's type in `vocabulary`.
    init(ids: [FactionID], factions: [FactionID: Faction], relations: [Relation], vocabulary: Vocabulary,
         from: [Int32], to: [Int32]) {
        self.ids = ids
        self.from = from
        self.to = to
        startDay = relations.map(\.date.startDay)
        untilEndDay = relations.map { $0.until?.endDay ?? Int.max }
        dissolvedEndDay = ids.map { factions[$0]?.dissolved?.endDay ?? Int.max }
        let types = vocabulary.types
        self.types = types
        // A relation's type is the vocabulary's own object at its `order`
        // when the reader made it; otherwise it is found by name.
        type = relations.map { relation in
            let order = relation.type.order
            if order < types.count, types[order].definition === relation.type.definition { return Int32(order) }
            return Int32(types.firstIndex(of: relation.type) ?? 0)
        }
    }
}
