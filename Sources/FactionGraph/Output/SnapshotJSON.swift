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

    /// The snapshot as a JSON document: the bytes `encode(SnapshotObject(snapshot))`
    /// gives, written without `JSONEncoder` (see `JSONBytes`).
    public static func document(_ snapshot: Snapshot) -> String {
        String(decoding: documentBytes(snapshot), as: UTF8.self)
    }

    /// `document` as UTF-8 bytes.
    public static func documentBytes(_ snapshot: Snapshot) -> [UInt8] {
        var json = JSONBytes(capacity: 256 * snapshot.factions.count + 1_300 * snapshot.edges.count)
        json.openObject()
        json.member("asOf", snapshot.asOf.description)
        json.key("factions")
        json.openArray()
        for faction in snapshot.factions {
            json.element()
            write(faction, to: &json)
        }
        json.closeArray()
        json.key("relations")
        json.openArray()
        let articles = ArticleStrings(snapshot.articles)
        for edge in snapshot.edges {
            json.element()
            write(edge, articles: articles, to: &json)
        }
        json.closeArray()
        json.closeObject()
        json.finish()
        return json.bytes
    }

    /// `FactionObject`'s members, keys in sorted order.
    static func write(_ faction: Faction, to json: inout JSONBytes) {
        json.openObject()
        json.key("aliases")
        json.strings(faction.aliases)
        if let dissolved = faction.dissolved {
            json.member("dissolved", dissolved.description)
        }
        if let founded = faction.founded {
            json.member("founded", founded.description)
        }
        json.member("id", faction.id)
        json.member("kind", faction.kind.rawValue)
        json.member("name", faction.name)
        json.key("names")
        json.openArray()
        json.element()
        json.openObject()
        json.member("name", faction.declaredName)
        json.closeObject()
        for rename in faction.renames {
            json.element()
            writeRename(rename.date, rename.name, to: &json)
        }
        json.closeArray()
        if let note = faction.note {
            json.member("note", note)
        }
        if !faction.renames.isEmpty {
            json.key("renamed")
            json.openArray()
            for rename in faction.renames {
                json.element()
                writeRename(rename.date, rename.name, to: &json)
            }
            json.closeArray()
        }
        json.closeObject()
    }

    private static func writeRename(_ date: PartialDate, _ name: String, to json: inout JSONBytes) {
        json.openObject()
        json.member("date", date.description)
        json.member("name", name)
        json.closeObject()
    }

    /// The strings of each article an evidence object repeats, made once
    /// (one article backs many quotes).
    struct ArticleStrings {
        let articles: [Article]
        let published: [String]

        init(_ articles: [Article]) {
            self.articles = articles
            published = articles.map { $0.published.description }
        }
    }

    /// `RelationObject`'s members, keys in sorted order.
    static func write(_ edge: SnapshotEdge, articles: ArticleStrings, to json: inout JSONBytes) {
        json.openObject()
        if !edge.casualties.isEmpty {
            json.key("casualties")
            json.openObject()
            for (id, count) in edge.casualties.sorted(by: { $0.key < $1.key }) {
                json.key(id)
                json.int(count)
            }
            json.closeObject()
        }
        json.member("confidence", edge.confidence.rawValue)
        json.key("contested")
        json.bool(edge.contested)
        json.member("date", edge.date.description)
        json.key("directed")
        json.bool(edge.isDirected)
        json.key("evidence")
        json.openArray()
        for report in edge.reports {
            let index = report.articleIndex
            let article = articles.articles[index]
            let date = report.date.description
            for quote in report.evidence {
                json.element()
                json.openObject()
                json.member("article", article.id)
                json.member("confidence", report.confidence.rawValue)
                json.member("date", date)
                json.key("line")
                json.int(quote.line)
                json.member("path", article.path)
                json.member("published", articles.published[index])
                json.member("quote", quote.quote)
                if let source = article.source {
                    json.member("source", source)
                }
                json.member("title", article.title)
                if let url = article.url {
                    json.member("url", url)
                }
                json.closeObject()
            }
        }
        json.closeArray()
        if let fatalities = edge.fatalities {
            json.key("fatalities")
            json.openObject()
            json.key("best")
            json.int(fatalities.best)
            if let high = fatalities.high {
                json.key("high")
                json.int(high)
            }
            if let low = fatalities.low {
                json.key("low")
                json.int(low)
            }
            json.closeObject()
        }
        json.member("from", edge.from)
        json.member("lastReported", edge.lastReported.description)
        json.member("to", edge.to)
        json.member("type", edge.type.name)
        if let until = edge.until {
            json.member("until", until.description)
        }
        if !edge.places.isEmpty {
            json.key("where")
            json.strings(edge.places)
        }
        json.closeObject()
    }
}
