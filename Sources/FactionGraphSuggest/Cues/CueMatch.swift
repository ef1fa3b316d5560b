import FactionGraph

/// One faction a cue's slot was filled with, and how.
struct Bound: Sendable {
    /// How the faction was found.
    enum Via: String, Sendable {
        /// Named (by a registry name).
        case name
        /// Named by a new faction's name.
        case newName = "new name"
        /// A person who leads it.
        case person
        /// `it`, `which`, `the group`.
        case anaphor
        /// The subject of an earlier predicate joined by `and` (`X had not
        /// joined Y and remained loyal to Z`).
        case sharedSubject = "shared subject"
        /// `the two sides`.
        case pair
        /// Not in the cue's slot: another faction of the sentence.
        case context
        /// Not in the sentence: the latest other faction of the two
        /// sentences before.
        case earlier
        /// The cue's object is left out (`are among the groups joining.`):
        /// the object of the same cue in the sentence before.
        case elided
    }

    var faction: FactionID
    /// The tokens that name it here (a name, an anaphor), for the quote.
    var tokens: Range<Int>
    var via: Via
    /// Tokens between it and the cue's words.
    var gap = 0
    /// True when those tokens are only auxiliaries, adverbs, determiners
    /// and the like, or the cue allowed any (`...`).
    var gapClean = true
    /// Commas between it and the cue's words.
    var commas = 0
}

/// A cue found in a sentence with the factions of its slots.
struct CueMatch: Sendable {
    /// The cue's number in the `CueIndex`.
    var cue: Int
    var sentence: Int
    /// The tokens the cue's words matched.
    var literal: [Int]
    /// The factions of `{A}` and of `{B}` (several for `A1 and A2 joined`).
    var a: [Bound]
    var b: [Bound]
}
