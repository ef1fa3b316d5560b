/// A validated corpus: factions, articles and every reported relation.
///
/// Produced by `CorpusReader`; every relation refers to declared factions and
/// an article of `articles`.
public struct Corpus: Sendable {
    /// Factions by id, in id order.
    public var factions: [FactionID: Faction]
    /// Articles in path order.
    public var articles: [Article]
    /// Relations in reading order (articles in path order, items in order).
    public var relations: [Relation]

    public init(factions: [FactionID: Faction], articles: [Article], relations: [Relation]) {
        self.factions = factions
        self.articles = articles
        self.relations = relations
    }

    /// The latest date written anywhere in the corpus (a `published`, a
    /// relation's `date` or `until`, a faction's `founded` or `dissolved`):
    /// the default "as of" of a snapshot. `nil` for an empty corpus.
    public var latestDate: PartialDate? {
        var dates: [PartialDate] = articles.map(\.published)
        for relation in relations {
            dates.append(relation.date)
            if let until = relation.until { dates.append(until) }
        }
        for faction in factions.values {
            if let founded = faction.founded { dates.append(founded) }
            if let dissolved = faction.dissolved { dates.append(dissolved) }
        }
        return dates.max()
    }
}
