import FactionGraph
import Foundation

/// Drafts as JSON, for other tools: each suggestion with its cue, sentence,
/// score and features (keys sorted, so output diffs cleanly).
public enum SuggestionJSON {
    public struct Document: Encodable, Sendable {
        public var articles: [ArticleObject]
    }

    public struct ArticleObject: Encodable, Sendable {
        public var path: String
        public var title: String?
        public var published: String?
        public var mentions: [String: Int]
        public var newFactions: [NewFactionObject]
        public var suggestions: [SuggestionObject]
        /// Candidates below the threshold, with their scores.
        public var rejected: [SuggestionObject]
    }

    public struct NewFactionObject: Encodable, Sendable {
        public var id: String
        public var name: String
        public var aliases: [String]
        public var seen: [String: Int]
        public var reason: String
    }

    public struct SuggestionObject: Encodable, Sendable {
        public var type: String
        public var from: String
        public var to: String
        public var directed: Bool
        public var date: String?
        public var confidence: String
        public var casualties: [String: Int]?
        public var score: Double
        public var evidence: [QuoteObject]
        public var features: SuggestionFeatures
    }

    public struct QuoteObject: Encodable, Sendable {
        public var quote: String
        public var sentence: Int
        public var cue: String
        public var cueText: String
        public var score: Double
        public var notes: [String]
    }

    public static func document(_ drafts: [Draft]) -> Document {
        Document(articles: drafts.map(article))
    }

    public static func article(_ draft: Draft) -> ArticleObject {
        ArticleObject(
            path: draft.path, title: draft.metadata.title, published: draft.metadata.published?.description,
            mentions: Dictionary(draft.mentions.map { ($0.faction, $0.count) }, uniquingKeysWith: +),
            newFactions: draft.newFactions.map {
                NewFactionObject(id: $0.id, name: $0.name, aliases: $0.aliases,
                                 seen: Dictionary($0.seen.map { ($0.name, $0.count) }, uniquingKeysWith: +), reason: $0.reason)
            },
            suggestions: draft.suggestions.map(object), rejected: draft.rejected.map(object))
    }

    static func object(_ suggestion: Suggestion) -> SuggestionObject {
        SuggestionObject(
            type: suggestion.type.name, from: suggestion.from, to: suggestion.to, directed: suggestion.type.isDirected,
            date: suggestion.date?.description, confidence: (suggestion.confidence ?? .reported).rawValue,
            casualties: suggestion.casualties.isEmpty ? nil : Dictionary(suggestion.casualties.map { ($0.faction, $0.count) }, uniquingKeysWith: +),
            score: rounded(suggestion.score),
            evidence: suggestion.quotes.map {
                QuoteObject(quote: $0.text, sentence: $0.sentence, cue: $0.cue, cueText: $0.cueText, score: rounded($0.score), notes: $0.notes)
            },
            features: suggestion.features)
    }

    private static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    /// The document as JSON text, keys sorted, two-space indentation.
    public static func text(_ drafts: [Draft]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document(drafts)), as: UTF8.self) + "\n"
    }
}
