/// A diff as JSON: `{from, to, factions: {added, removed, renamed},
/// relations: {added, removed, changed: [{from, to}]}}`, relations as in
/// the snapshot JSON.
public enum DiffJSON {
    struct Document: Encodable {
        var from: String
        var to: String
        var fromCorpus: String?
        var toCorpus: String?
        var factions: Factions
        var relations: Relations
    }

    struct Factions: Encodable {
        var added: [String]
        var removed: [String]
        var renamed: [Renamed]
    }

    struct Renamed: Encodable {
        var id: String
        var from: String
        var to: String
    }

    struct Relations: Encodable {
        var added: [SnapshotJSON.RelationObject]
        var removed: [SnapshotJSON.RelationObject]
        var changed: [Change]
    }

    struct Change: Encodable {
        var from: SnapshotJSON.RelationObject
        var to: SnapshotJSON.RelationObject
    }

    /// The diff as a JSON document; `corpora` names the two corpora when
    /// two corpora were compared.
    public static func document(_ diff: SnapshotDiff, corpora: (old: String, new: String)? = nil) -> String {
        let oldArticles = diff.old.articles
        let newArticles = diff.new.articles
        let document = Document(
            from: diff.old.asOf.description, to: diff.new.asOf.description,
            fromCorpus: corpora?.old, toCorpus: corpora?.new,
            factions: Factions(added: diff.addedFactions.map(\.id), removed: diff.removedFactions.map(\.id),
                               renamed: diff.renamedFactions.map { Renamed(id: $0.new.id, from: $0.old.name, to: $0.new.name) }),
            relations: Relations(
                added: diff.added.map { SnapshotJSON.RelationObject($0, articles: newArticles) },
                removed: diff.removed.map { SnapshotJSON.RelationObject($0, articles: oldArticles) },
                changed: diff.changed.map {
                    Change(from: SnapshotJSON.RelationObject($0.from, articles: oldArticles),
                           to: SnapshotJSON.RelationObject($0.to, articles: newArticles))
                }))
        return SnapshotJSON.encode(document)
    }
}
