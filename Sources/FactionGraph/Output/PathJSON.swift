/// Paths as JSON: `{from, to, asOf, paths: [{factions, hops, sign, length}]}`.
public enum PathJSON {
    public struct PathObject: Encodable, Sendable {
        public var factions: [String]
        /// The relations walked, as in the snapshot JSON, plus the direction
        /// walked (`forward` false when a directed relation is walked
        /// against its arrow).
        public var hops: [HopObject]
        public var sign: String
        public var length: Int
    }

    public struct HopObject: Encodable, Sendable {
        public var relation: SnapshotJSON.RelationObject
        public var forward: Bool

        public func encode(to encoder: any Encoder) throws {
            try relation.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(forward, forKey: .forward)
        }

        enum Key: String, CodingKey { case forward }
    }

    public struct Document: Encodable, Sendable {
        public var from: String
        public var to: String
        public var asOf: String
        public var paths: [PathObject]
    }

    public static func document(_ paths: [FactionPath], from: FactionID, to: FactionID, asOf: PartialDate,
                                articles: [Article]) -> String {
        let objects = paths.map { path in
            PathObject(factions: path.factions,
                       hops: path.hops.map { HopObject(relation: SnapshotJSON.RelationObject($0.edge, articles: articles),
                                                       forward: $0.forward) },
                       sign: path.sign.rawValue, length: path.length)
        }
        return SnapshotJSON.encode(Document(from: from, to: to, asOf: asOf.description, paths: objects))
    }
}
