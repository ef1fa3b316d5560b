import Foundation

/// The snapshot JSON (`render --format json`), decoded for comparisons:
/// the fields exports carry, each evidence item by its quote and place.
public struct SnapshotDocument: Decodable, Sendable {
    public var asOf: String
    public var factions: [Faction]
    public var relations: [Relation]

    public struct Faction: Decodable, Sendable {
        public var id: String
        public var name: String
        public var kind: String
        public var aliases: [String]
        public var founded: String?
        public var dissolved: String?
        public var note: String?
        public var names: [Name]
    }

    public struct Name: Decodable, Sendable {
        public var date: String?
        public var name: String
    }

    public struct Relation: Decodable, Sendable {
        public var type: String
        public var from: String
        public var to: String
        public var directed: Bool
        public var date: String
        public var until: String?
        public var lastReported: String
        public var confidence: String
        public var contested: Bool
        public var casualties: [String: Int]?
        public var fatalities: Fatalities?
        public var `where`: [String]?
        public var evidence: [Evidence]
    }

    public struct Fatalities: Decodable, Sendable {
        public var best: Int
        public var low: Int?
        public var high: Int?
    }

    public struct Evidence: Decodable, Sendable {
        public var article: String
        public var quote: String
        public var line: Int
        public var path: String
    }

    /// Decodes the JSON text of a snapshot.
    public init(json: [UInt8]) throws {
        self = try JSONDecoder().decode(SnapshotDocument.self, from: Data(json))
    }
}
