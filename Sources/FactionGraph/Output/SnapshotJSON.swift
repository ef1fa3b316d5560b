import Foundation

/// The JSON forms of snapshots and their parts: stable field names, sorted
/// keys, so output diffs cleanly.
public enum SnapshotJSON {
    /// A faction as JSON.
    public struct FactionObject: Encodable, Equatable, Sendable {
        public var id: String
        public var name: String
        public var kind: String
        public var aliases: [String]
        public var founded: String?
        public var dissolved: String?
        public var note: String?
        /// The faction's renames, when it was renamed: each later name with
        /// its date (the declared name is in `names`).
        public var renamed: [RenameObject]?
        /// Every name the faction had, in order: the declared name (no
        /// date), then each rename with its date.
        public var names: [NameObject]

        public struct RenameObject: Encodable, Equatable, Sendable {
            public var date: String
            public var name: String
        }

        /// A name, and the date from which it is used (none for the
        /// declared name).
        public struct NameObject: Encodable, Equatable, Sendable {
            public var date: String?
            public var name: String
        }

        public init(_ faction: Faction) {
            id = faction.id
            name = faction.name
            kind = faction.kind.rawValue
            aliases = faction.aliases
            founded = faction.founded?.description
            dissolved = faction.dissolved?.description
            note = faction.note
            renamed = faction.renames.isEmpty ? nil
                : faction.renames.map { RenameObject(date: $0.date.description, name: $0.name) }
            names = [NameObject(date: nil, name: faction.declaredName)]
                + faction.renames.map { NameObject(date: $0.date.description, name: $0.name) }
        }
    }

    /// One quote supporting an edge, traced to its article and line.
    public struct EvidenceObject: Encodable, Equatable, Sendable {
        /// The article's id.
        public var article: String
        public var title: String
        public var published: String
        public var quote: String
        /// The line of the article file where the quote begins.
        public var line: Int
        /// The article file's path.
        public var path: String
        /// The date of the report this quote supports.
        public var date: String
        public var confidence: String
        public var url: String?
        public var source: String?
    }

    /// An edge as JSON (the `relation` of snapshots, diffs and paths).
    public struct RelationObject: Encodable, Equatable, Sendable {
        public var type: String
        public var from: String
        public var to: String
        public var directed: Bool
        public var date: String
        /// The latest date of any report of the relation.
        public var lastReported: String
        public var until: String?
        public var confidence: String
        public var contested: Bool
        public var casualties: [String: Int]?
        /// The events' deaths, all sides together (`best`, and `low` and
        /// `high` when every report gives them).
        public var fatalities: FatalitiesObject?
        public var `where`: [String]?
        public var evidence: [EvidenceObject]

        public init(_ edge: SnapshotEdge, articles: [Article]) {
            type = edge.type.name
            from = edge.from
            to = edge.to
            directed = edge.isDirected
            date = edge.date.description
            lastReported = edge.lastReported.description
            until = edge.until?.description
            confidence = edge.confidence.rawValue
            contested = edge.contested
            let casualties = edge.casualties
            self.casualties = casualties.isEmpty ? nil : casualties
            fatalities = edge.fatalities.map { FatalitiesObject(best: $0.best, low: $0.low, high: $0.high) }
            let places = edge.places
            self.where = places.isEmpty ? nil : places
            evidence = edge.reports.flatMap { report in
                let article = articles[report.articleIndex]
                return report.evidence.map { quote in
                    EvidenceObject(article: article.id, title: article.title,
                                   published: article.published.description, quote: quote.quote,
                                   line: quote.line, path: article.path, date: report.date.description,
                                   confidence: report.confidence.rawValue, url: article.url,
                                   source: article.source)
                }
            }
        }
    }

    /// An event total of deaths.
    public struct FatalitiesObject: Encodable, Equatable, Sendable {
        public var best: Int
        public var low: Int?
        public var high: Int?
    }

    /// A snapshot as JSON.
    public struct SnapshotObject: Encodable, Equatable, Sendable {
        public var asOf: String
        public var factions: [FactionObject]
        public var relations: [RelationObject]

        public init(_ snapshot: Snapshot) {
            asOf = snapshot.asOf.description
            factions = snapshot.factions.map(FactionObject.init)
            relations = snapshot.edges.map { RelationObject($0, articles: snapshot.articles) }
        }
    }

    /// Pretty-printed JSON with sorted keys and a final newline.
    public static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding these plain structs cannot fail.
        let data = (try? encoder.encode(value)) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The snapshot as a JSON document.
    public static func document(_ snapshot: Snapshot) -> String {
        encode(SnapshotObject(snapshot))
    }
}
