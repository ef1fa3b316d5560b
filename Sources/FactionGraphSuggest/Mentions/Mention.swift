import FactionGraph

/// A place in the body that names a faction.
struct Mention: Sendable {
    /// How the text names it.
    enum Source: Sendable, Equatable {
        /// By one of the registry's names.
        case name
        /// By a name of a faction the suggester proposes.
        case newName
        /// By a person who leads it (`al-Jolani` for the al-Nusra Front).
        case person
    }

    var tokens: Range<Int>
    var faction: FactionID
    var source: Source
}

/// The mentions of an article, in text order, with a lookup by token.
struct Mentions: Sendable {
    let all: [Mention]
    /// For each token, the index in `all` of the mention covering it.
    private let owner: [Int32]

    init(_ mentions: [Mention], tokenCount: Int) {
        all = mentions.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        var owner = [Int32](repeating: -1, count: tokenCount)
        for (index, mention) in all.enumerated() {
            for token in mention.tokens { owner[token] = Int32(index) }
        }
        self.owner = owner
    }

    /// The mention covering `token`, if any.
    func at(_ token: Int) -> Mention? {
        guard token >= 0, token < owner.count, owner[token] >= 0 else { return nil }
        return all[Int(owner[token])]
    }

    func covers(_ token: Int) -> Bool { token >= 0 && token < owner.count && owner[token] >= 0 }

    /// The mentions inside `range` of tokens, in order.
    func within(_ range: Range<Int>) -> [Mention] {
        var result: [Mention] = []
        var token = range.lowerBound
        while token < range.upperBound {
            if let mention = at(token) {
                if mention.tokens.lowerBound >= range.lowerBound && mention.tokens.upperBound <= range.upperBound {
                    result.append(mention)
                }
                token = mention.tokens.upperBound
            } else {
                token += 1
            }
        }
        return result
    }

    /// `STC-aligned units`, `al-Qaeda-linked group`: a one-word name in a
    /// compound that makes the rest its proxy, read as a mention of it.
    static func compounds(in tokens: [Token], names: [String: (id: FactionID, capitalsOnly: Bool)],
                          free: (Int) -> Bool) -> [Mention] {
        guard !names.isEmpty else { return [] }
        var found: [Mention] = []
        for (index, token) in tokens.enumerated() where token.isWord && free(index) {
            // (A byte test first: `lastIndex(of:)` goes Character by Character.)
            guard token.text.utf8.contains(0x2D), let hyphen = token.text.lastIndex(of: "-"),
                  proxySuffixes.contains(String(token.text[token.text.index(after: hyphen)...])),
                  let name = names[String(token.text[..<hyphen])] else { continue }
            // An acronym is written in capitals (`STC-aligned`), not `stc-`.
            if name.capitalsOnly, !token.isCapitalised { continue }
            found.append(Mention(tokens: index..<(index + 1), faction: name.id, source: .name))
        }
        return found
    }

    /// (Not `backed` or `supported`: an `Iran-backed faction` is not Iran.)
    static let proxySuffixes: Set<String> = ["aligned", "led", "allied", "affiliated", "controlled", "held", "linked"]

    /// Finds the mentions of `trie`'s phrases in `tokens`, longest first,
    /// left to right, where `free` allows (not inside an earlier find).
    static func find(_ trie: PhraseTrie<FactionID>, in tokens: [Token], source: Mention.Source,
                     free: (Int) -> Bool = { _ in true }) -> [Mention] {
        guard !trie.isEmpty else { return [] }
        var found: [Mention] = []
        var index = 0
        while index < tokens.count {
            if free(index), let match = trie.longestMatch(in: tokens, at: index, limit: tokens.count),
               (index..<match.end).allSatisfy(free) {
                found.append(Mention(tokens: index..<match.end, faction: match.value, source: source))
                index = match.end
            } else {
                index += 1
            }
        }
        return found
    }
}
