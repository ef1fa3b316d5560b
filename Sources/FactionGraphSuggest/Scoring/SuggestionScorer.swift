/// Scores a candidate claim from its features: how likely a reviewer is to
/// keep it. The suggester proposes candidates scoring at least its
/// threshold.
///
/// The default, `RuleScorer`, weighs the features by hand. A statistical
/// model (a logistic regression over `SuggestionFeatures.vector`, trained
/// on reviewed drafts) can take its place: the candidates, their features
/// and everything downstream stay the same.
public protocol SuggestionScorer: Sendable {
    /// A score from 0 to 1.
    func score(_ features: SuggestionFeatures) -> Double
}

/// What the scorer knows of a candidate: how specific its cue is, how each
/// faction was found, how far from the cue, and what else the sentence
/// holds.
public struct SuggestionFeatures: Sendable, Hashable, Codable {
    /// How one faction of the claim was found.
    public struct Side: Sendable, Hashable, Codable {
        /// `name`, `new name`, `person`, `anaphor`, `shared subject`,
        /// `pair`, `context`, `earlier` or `elided`.
        public var via: String
        /// Tokens between it and the cue's words.
        public var gap: Int
        /// True when those tokens change nothing (auxiliaries, adverbs,
        /// determiners) or the cue allows any.
        public var gapClean: Bool
        /// Commas between it and the cue.
        public var commas: Int
    }

    /// Words the cue needs (`pledged allegiance to` is 3).
    public var cueWords: Int
    /// Slots the cue names: 2 for `{A} clashed with {B}`, 0 for `truce`.
    public var cueSlots: Int
    public var a: Side
    public var b: Side
    /// Distinct factions named in the sentence.
    public var factionsInSentence: Int
    /// An intention, request or possibility (`asked it to co-ordinate`).
    public var irrealis: Bool
    public var negated: Bool
    public var hedged: Bool
    /// Tokens in the sentence.
    public var sentenceLength: Int

    /// The features as numbers, for a statistical scorer: names and
    /// values, in a fixed order.
    public var vector: [(name: String, value: Double)] {
        func side(_ prefix: String, _ side: Side) -> [(String, Double)] {
            let vias = ["name", "new name", "person", "anaphor", "shared subject", "pair", "context", "earlier", "elided"]
            return vias.map { ("\(prefix).via=\($0)", side.via == $0 ? 1 : 0) }
                + [("\(prefix).gap", Double(side.gap)), ("\(prefix).gapClean", side.gapClean ? 1 : 0),
                   ("\(prefix).commas", Double(side.commas))]
        }
        return [("cueWords", Double(cueWords)), ("cueSlots", Double(cueSlots))] + side("a", a) + side("b", b)
            + [("factionsInSentence", Double(factionsInSentence)), ("irrealis", irrealis ? 1 : 0),
               ("negated", negated ? 1 : 0), ("hedged", hedged ? 1 : 0), ("sentenceLength", Double(sentenceLength))]
    }
}

/// The hand-weighted scorer: a cue's specificity, times a factor for how
/// each faction was found and how far it stands from the cue.
public struct RuleScorer: SuggestionScorer {
    public init() {}

    public func score(_ features: SuggestionFeatures) -> Double {
        var score: Double
        switch features.cueSlots {
        case 2: score = 0.9
        case 1: score = 0.8
        default: score = 0.8
        }
        score = min(1, score + 0.02 * Double(max(0, features.cueWords - 2)))
        score *= side(features.a) * side(features.b)
        let contextSides = [features.a, features.b].filter { $0.via == "context" }.count
        if contextSides > 0, features.factionsInSentence > 2 { score *= 0.75 }
        if features.irrealis { score *= 0.85 }
        return score
    }

    private func side(_ side: SuggestionFeatures.Side) -> Double {
        var factor: Double
        switch side.via {
        case "name", "new name": factor = 1
        case "person": factor = 0.95
        case "anaphor", "shared subject": factor = 0.85
        case "pair": factor = 0.85
        case "context": factor = 0.92
        case "earlier": factor = 0.65
        default: factor = 0.7
        }
        if !side.gapClean, side.via != "context", side.via != "earlier" { factor *= 0.6 }
        if side.via == "context" { factor *= max(0.75, 1 - 0.01 * Double(max(0, side.gap - 3))) }
        factor *= pow(0.92, Double(side.commas))
        if side.gapClean, side.gap > 4 { factor *= max(0.7, 1 - 0.03 * Double(side.gap - 4)) }
        return factor
    }

    private func pow(_ base: Double, _ exponent: Double) -> Double {
        var result = 1.0
        for _ in 0..<Int(exponent) { result *= base }
        return result
    }
}
