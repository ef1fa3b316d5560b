import FactionGraph

/// Words that stand for a faction named elsewhere: `it`, `their`, `which`,
/// `the group`, `the alliance's`, and for two of them, `the two sides`.
struct Anaphor: Sendable {
    enum Kind: Sendable {
        /// `it`, `its`, `they`, `their`: the subject of this sentence or
        /// the one before.
        case pronoun
        /// `which`, `who`: the faction just before.
        case relative
        /// `the group`, `the new alliance`: the latest faction named (of
        /// the kind the noun says; with `new`, one founded lately).
        case noun(WordLists.KindHint, new: Bool)
        /// `the two sides`, `both groups`: the two latest factions named in
        /// the clause.
        case pair
    }

    var tokens: Range<Int>
    var kind: Kind

    var isPair: Bool { if case .pair = kind { return true } else { return false } }
}

/// Finds anaphors and the factions they stand for: simple, local rules
/// that a reviewer can follow (the draft's comment says an anaphor was
/// resolved).
struct AnaphorResolver {
    let text: ArticleText
    let mentions: Mentions
    let kinds: [FactionID: FactionKind]
    /// Factions the article may call `the new group`: proposed ones, and
    /// those founded in the year before it.
    var recent: Set<FactionID> = []
    /// For each token, whether its word can start an anaphor (one of the
    /// words `anaphor(startingAt:)` begins with): the test is made for most
    /// tokens many times an article, so each word is hashed once.
    private let mayStart: [Bool]

    init(text: ArticleText, mentions: Mentions, kinds: [FactionID: FactionKind]) {
        self.text = text
        self.mentions = mentions
        self.kinds = kinds
        let tokens = text.tokens
        mayStart = tokens.indices.map { position in
            tokens[position].isWord && Self.startFilter.mayContain(tokens[position]) && Self.startWords.contains(tokens[position].text)
        }
    }

    /// The words an anaphor starts with.
    private static let startWords: Set<String> = Set(["its", "their", "both", "government", "army", "military", "the"])
        .union(WordLists.pronouns).union(WordLists.relatives)
    private static let startFilter = WordFilter(startWords)

    /// The anaphor starting at token `index`, if one does.
    func anaphor(startingAt index: Int) -> Anaphor? {
        let tokens = text.tokens
        guard index >= 0, index < tokens.count, mayStart[index], !mentions.covers(index) else { return nil }
        let word = tokens[index].text
        // `their movement`, `its council`: as `the`, when a noun of
        // `anaphorNouns` follows.
        if word == "its" || word == "their", index + 1 < tokens.count, WordLists.anaphorNouns[tokens[index + 1].text] != nil {
            return nounAnaphor(at: index, noun: index + 1)
        }
        if WordLists.pronouns.contains(word) { return Anaphor(tokens: index..<(index + 1), kind: .pronoun) }
        if WordLists.relatives.contains(word) { return Anaphor(tokens: index..<(index + 1), kind: .relative) }
        if word == "both", index + 1 < tokens.count, WordLists.pairNouns.contains(tokens[index + 1].text) {
            return Anaphor(tokens: index..<(index + 2), kind: .pair)
        }
        // `and both fought together`: `both` alone as a subject, before a
        // verb (not `both the Houthis and ...`, `both of them`).
        if word == "both", index + 1 < tokens.count, tokens[index + 1].isWord, !tokens[index + 1].isCapitalised,
           !WordLists.isNounPhraseFiller(tokens[index + 1].text), tokens[index + 1].text != "of", !mentions.covers(index + 1) {
            return Anaphor(tokens: index..<(index + 1), kind: .pair)
        }
        // `government forces`, `army units`, `an army operation`: the
        // state named before.
        if index + 1 < tokens.count, let nouns = Self.stateModified[word], nouns.contains(tokens[index + 1].text) {
            return Anaphor(tokens: index..<(index + 2), kind: .noun(.state, new: false))
        }
        guard word == "the", index + 1 < tokens.count else { return nil }
        if tokens[index + 1].text == "two" {
            // `the two sides`, `the two extremist alliances`.
            for end in (index + 2)..<min(tokens.count, index + 5) where WordLists.pairNouns.contains(tokens[end].text) {
                return Anaphor(tokens: index..<(end + 1), kind: .pair)
            }
            return nil
        }
        return nounAnaphor(at: index, noun: index + 1)
    }

    /// The nouns after which `government`, `army` or `military` (in lower
    /// case: no name's) stands for the state: `government officials`,
    /// `army units`, `an army operation`, `military positions`.
    private static let stateModified: [String: Set<String>] = {
        let people: Set<String> = ["forces", "troops", "soldiers", "units", "officials", "officers", "spokesman", "commanders", "commander"]
        let actions: Set<String> = ["operation", "operations", "offensive", "offensives", "bases", "base", "positions", "convoy",
                                    "patrol", "patrols", "chief", "checkpoint", "checkpoints"]
        return ["government": people.union(["army"]), "army": people.union(actions), "military": people.union(actions)]
    }()

    /// Words between `the` and a state's noun that keep it the state's:
    /// `the regular army`, `the federal government`.
    private static let stateAdjectives: Set<String> = ["regular", "national", "federal", "central", "interim", "transitional"]

    /// `the group`, `the new alliance`, `their movement`: a determiner at
    /// `index`, then (`new` and) the noun from `noun` on.
    private func nounAnaphor(at index: Int, noun first: Int) -> Anaphor? {
        let tokens = text.tokens
        var noun = first
        let new = tokens[noun].text == "new"
        if ["new", "same", "latter"].contains(tokens[noun].text), noun + 1 < tokens.count { noun += 1 }
        var adjective = false
        if Self.stateAdjectives.contains(tokens[noun].text), noun + 1 < tokens.count { noun += 1; adjective = true }
        guard let hint = WordLists.anaphorNouns[tokens[noun].text], !mentions.covers(noun) else { return nil }
        guard !adjective || hint == .state else { return nil }
        // `the group` is not `the group of foreign extremists`, nor `the
        // group formerly known as ...`.
        if noun + 1 < tokens.count, tokens[noun + 1].text == "of" { return nil }
        let end = noun + 1 < tokens.count && tokens[noun + 1].text == "'s" ? noun + 2 : noun + 1
        return Anaphor(tokens: index..<end, kind: .noun(hint, new: new))
    }

    /// The faction an anaphor stands for (not `excluding`), or `nil`.
    func resolve(_ anaphor: Anaphor, excluding: Set<FactionID> = []) -> FactionID? {
        let start = anaphor.tokens.lowerBound
        let sentence = text.sentenceOfToken[start]
        let sentenceStart = text.sentences[sentence].tokens.lowerBound
        switch anaphor.kind {
        case .relative:
            // `Hurras al-Din, which`: the faction right before; `hardliners
            // who` is not a faction's.
            var index = start - 1
            while index >= sentenceStart, start - index <= 3 {
                if let mention = mentions.at(index) { return excluding.contains(mention.faction) ? nil : mention.faction }
                guard text.tokens[index].kind == .punctuation else { return nil }
                index -= 1
            }
            return nil
        case .pronoun:
            // The subject of this sentence, or of the one before; when that
            // is the other side (`strikes on its leaders`), nothing.
            if let subject = subject(of: sentence, before: start) { return excluding.contains(subject) ? nil : subject }
            if sentence > 0, let subject = subject(of: sentence - 1, before: nil) { return excluding.contains(subject) ? nil : subject }
            return nil
        case .noun(let hint, let new):
            let from = text.sentences[max(0, sentence - 2)].tokens.lowerBound
            // `the new group`: one founded lately, named anywhere before.
            if new, let found = latest(before: start, from: 0, excluding: excluding, filter: { recent.contains($0) }) {
                return found
            }
            // `The group has been fighting ...` opening a sentence: the
            // subject of the sentence before, as a pronoun would be.
            if start == text.sentences[sentence].tokens.lowerBound, sentence > 0, case .any = hint,
               let subject = subject(of: sentence - 1, before: nil), !excluding.contains(subject) {
                return subject
            }
            switch hint {
            case .any: return latest(before: start, from: from, excluding: excluding)
            case .state:
                // `the army`, `the government`: the state of this part of
                // the article, or else the one named before anywhere.
                return latest(before: start, from: from, excluding: excluding) { kinds[$0] == .state }
                    ?? latest(before: start, from: 0, excluding: excluding) { kinds[$0] == .state }
            case .coalition:
                return latest(before: start, from: from, excluding: excluding) { kinds[$0] == .coalition }
                    ?? latest(before: start, from: from, excluding: excluding)
            }
        case .pair:
            return nil
        }
    }

    /// The two factions `the two sides` stands for: the two latest named
    /// before it in its clause (since the last `;` or `, and`/`, but`).
    func resolvePair(_ anaphor: Anaphor) -> (FactionID, FactionID)? {
        let start = anaphor.tokens.lowerBound
        let number = text.sentenceOfToken[start]
        let sentence = text.sentences[number]
        var found: [FactionID] = []
        var index = start - 1
        while index >= sentence.tokens.lowerBound, found.count < 2 {
            let token = text.tokens[index]
            if token.text == ";" { break }
            if token.text == ",", index + 1 < start, ["and", "but", "while", "whereas", "although"].contains(text.tokens[index + 1].text) { break }
            if let mention = mentions.at(index) {
                if !found.contains(mention.faction) { found.append(mention.faction) }
                index = mention.tokens.lowerBound - 1
                continue
            }
            index -= 1
        }
        // `Both groups are part of ...` opening a sentence: the two named
        // last in the sentence before.
        if found.count < 2, index < sentence.tokens.lowerBound, start - sentence.tokens.lowerBound <= 2, number > 0 {
            let before = text.sentences[number - 1].tokens
            for mention in mentions.within(before).reversed() where !found.contains(mention.faction) {
                found.append(mention.faction)
                if found.count == 2 { break }
            }
        }
        return found.count == 2 ? (found[1], found[0]) : nil
    }

    /// The first faction named in a sentence (before `limit`): its
    /// subject, as near as simple rules get.
    func subject(of sentence: Int, before limit: Int?) -> FactionID? {
        let range = text.sentences[sentence].tokens
        let end = min(range.upperBound, limit ?? range.upperBound)
        guard end > range.lowerBound else { return nil }
        let named = mentions.within(range.lowerBound..<end)
        // A possessive (`Boko Haram's killing of civilians`) or the object
        // of a preposition (`with the Nusra Front`) is not the subject.
        let subject = named.first { !isObjectOrOwner($0) }
        return (subject ?? named.first)?.faction
    }

    /// True for a possessive (`Boko Haram's killing of civilians`) or the
    /// object of a preposition (`with the Nusra Front`): not a subject.
    func isObjectOrOwner(_ mention: Mention) -> Bool {
        let after = mention.tokens.upperBound
        if after < text.tokens.count, text.tokens[after].text == "'s" { return true }
        var look = mention.tokens.lowerBound - 1
        while look >= 0, ["the", "a", "an"].contains(text.tokens[look].text) { look -= 1 }
        return look >= 0 && WordLists.objectPrepositions.contains(text.tokens[look].text)
    }

    /// The latest faction named before `start`, from token `from` on (or
    /// from the start of sentence `from` when `sentences`), that passes
    /// `filter` and is not excluded.
    private func latest(before start: Int, from: Int, sentences: Bool = false, excluding: Set<FactionID>,
                        filter: (FactionID) -> Bool = { _ in true }) -> FactionID? {
        let lower = sentences ? text.sentences[from].tokens.lowerBound : from
        var index = start - 1
        while index >= lower {
            if let mention = mentions.at(index) {
                if !excluding.contains(mention.faction), filter(mention.faction) { return mention.faction }
                index = mention.tokens.lowerBound - 1
                continue
            }
            index -= 1
        }
        return nil
    }
}
