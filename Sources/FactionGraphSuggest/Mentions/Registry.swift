import FactionGraph

/// What the suggester knows of a corpus: every name of every faction
/// (ids, names, earlier names, aliases, in any script) as phrases, each
/// faction's kind, and the vocabulary's cues.
///
/// Built once per corpus, shared by every article.
public struct Registry: Sendable {
    /// The factions' names, token by token.
    let names: PhraseTrie<FactionID>
    /// Each faction's kind (coalition, state, ...), for anaphors such as
    /// "the alliance" or "the regime".
    let kinds: [FactionID: FactionKind]
    /// Each faction's `founded`, when given: `the new group` is one
    /// founded lately.
    let founded: [FactionID: PartialDate]
    /// Every name folded as references are (lower case, white space
    /// folded), with its faction: new factions must not take one.
    let references: [String: FactionID]
    var takenNames: Set<String> { Set(references.keys) }
    /// `government of Bashar al-Assad` for `Assad government`.
    let rulers: RulerNames
    /// One-word names (`STC`, `al-Qaeda`), for compounds such as
    /// `STC-aligned units`: the value is the faction and whether the name
    /// must be in capitals.
    let oneWordNames: [String: (id: FactionID, capitalsOnly: Bool)]
    /// The vocabulary's cues, compiled.
    let cues: CueIndex
    /// The corpus's vocabulary.
    public let vocabulary: Vocabulary

    /// The registry of `corpus`: its factions and its vocabulary's cues.
    public init(corpus: Corpus) {
        var names = PhraseTrie<FactionID>()
        var references: [String: FactionID] = [:]
        var kinds: [FactionID: FactionKind] = [:]
        var founded: [FactionID: PartialDate] = [:]
        var allNames: [(name: String, id: FactionID)] = []
        for id in corpus.factions.keys.sorted() {
            guard let faction = corpus.factions[id] else { continue }
            kinds[id] = faction.kind
            founded[id] = faction.founded
            for name in faction.allNames + faction.aliases {
                Self.add(name, for: id, to: &names)
                references[Self.key(name)] = id
                allNames.append((name, id))
            }
            references[Self.key(id)] = id
            // An id is a name too; a short one only in capitals (`HTS`), a
            // slug only as written.
            let words = Tokenizer.words(id)
            if words.count == 1 { names.insert(words, id, capitalsOnly: id.count <= 5) }
        }
        self.kinds = kinds
        self.founded = founded
        self.references = references
        self.rulers = RulerNames(allNames)
        var oneWord: [String: (id: FactionID, capitalsOnly: Bool)] = [:]
        for (name, id) in allNames {
            let tokens = Tokenizer.tokens(Array(name.utf8))
            if tokens.count == 1, tokens[0].isWord { oneWord[tokens[0].text] = (id, tokens[0].isAllCapitals) }
        }
        self.oneWordNames = oneWord
        // `Houthi fighters`, `a Sadrist militia`: a one-word plural name
        // (`Houthis`, `Sadrists`) is its singular too, when no faction has it.
        for (name, id) in allNames {
            guard let singular = Self.singular(ofPluralName: name), references[Self.key(singular)] == nil else { continue }
            Self.add(singular, for: id, to: &names)
        }
        // `Sudan's army`, `Sudanese troops` for a registry's `Sudanese army`;
        // then the other arm's names (`Syrian army` for the `Syrian
        // government`), where no name or variant before took them. A
        // variant two factions would get is nobody's.
        var taken = Set(references.keys)
        for variantsOf in [StateNames.variants(of:), StateNames.otherArmVariants(of:)] {
            var variants: [String: FactionID?] = [:]
            for (name, id) in allNames {
                for variant in variantsOf(name) where !taken.contains(Self.key(variant)) {
                    let key = Self.key(variant)
                    if let other = variants[key], other != id { variants[key] = .some(nil) } else { variants[key] = id }
                }
            }
            for (variant, id) in variants.sorted(by: { $0.key < $1.key }) {
                if let id { Self.add(variant, for: id, to: &names) }
            }
            taken.formUnion(variants.keys)
        }
        self.names = names
        self.vocabulary = corpus.vocabulary
        self.cues = CueIndex(corpus.vocabulary)
    }

    /// Adds a name: an acronym (`NFL`, `ISIS`) matches only in capitals.
    static func add(_ name: String, for id: FactionID, to trie: inout PhraseTrie<FactionID>) {
        let tokens = Tokenizer.tokens(Array(name.utf8)).filter { !$0.isQuote }
        let words = tokens.map(\.text)
        let isAcronym = tokens.count == 1 && tokens[0].isAllCapitals
        trie.insert(words, id, capitalsOnly: isAcronym)
    }

    /// `Houthi` for `Houthis`: the singular of a capitalised one-word name
    /// ending in a plural `s` (not `ss` or `us`), or `nil`.
    static func singular(ofPluralName name: String) -> String? {
        guard name.count >= 5, !name.contains(" "), name.first?.isUppercase == true,
              name.dropFirst().contains(where: \.isLowercase), name.hasSuffix("s"),
              !name.hasSuffix("ss"), !name.hasSuffix("us") else { return nil }
        return String(name.dropLast())
    }

    /// A name folded as the format folds references: lower case, runs of
    /// white space as one space.
    static func key(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
