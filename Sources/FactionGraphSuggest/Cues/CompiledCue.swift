import FactionGraph

/// A cue made ready for matching: its words as tokens, split into the runs
/// of words (`parts`) between its slots.
///
/// `{A} and {B} ... agreed ... truce` is a leading slot A, the part `and`,
/// a middle slot B, and the part `... agreed ... truce`.
///
/// A class, though immutable: the matcher takes a cue many times an
/// article, and a copy of a struct of this many arrays retained each.
final class CompiledCue: Sendable {
    /// One step of a part.
    indirect enum Step: Sendable {
        case word(String, prefix: Bool)
        case choice([[Step]], optional: Bool)
        case gap
    }

    /// Where a slot stands, and whether `...` lets words stand between it
    /// and the cue's words.
    struct Site: Sendable {
        var slot: CuePattern.Slot
        var gapBefore = false
        var gapAfter = false
    }

    let type: RelationType
    let pattern: CuePattern
    /// The cue's number in its index: earlier cues win ties.
    let number: Int
    let leading: Site?
    /// At least one part.
    let parts: [[Step]]
    /// The slot between `parts[i]` and `parts[i + 1]`.
    let middle: [Site]
    let trailing: Site?
    /// How many words the cue needs: the more, the more specific.
    let wordCount: Int
    /// True for cues ending `{A} and {B}` (`fighting between {A} and {B}`),
    /// which `the two sides` can fill at once.
    let endsWithPair: Bool
    /// True for `{B} 's ... affiliate`-like cues of a directed type: a
    /// description by its owner, whose A is the faction it is set beside.
    var isPossessiveDescription: Bool {
        // (`{B} 's {A}` names its A.)
        type.isDirected && startsWithPossessive && !pattern.slots.contains(.a)
    }

    /// True for cues starting `{B} 's`: B owns what follows, so B is a
    /// faction named, not a person (`Belmokhtar's al-Mulathameen` is his own).
    var startsWithPossessive: Bool {
        guard pattern.elements.count > 2, case .slot(.b) = pattern.elements[0],
              case .term(let term) = pattern.elements[1] else { return false }
        return term.text == "'s"
    }
    /// Words a sentence must hold for the cue to match: one of each list
    /// (a quick test before the full match).
    let required: [[String]]

    init(_ pattern: CuePattern, type: RelationType, number: Int) {
        self.pattern = pattern
        self.type = type
        self.number = number
        var elements = pattern.elements[...]
        var leading: Site?
        if case .slot(let slot)? = elements.first {
            leading = Site(slot: slot)
            elements = elements.dropFirst()
            if case .gap? = elements.first { leading?.gapAfter = true; elements = elements.dropFirst() }
        }
        var parts: [[Step]] = []
        var middle: [Site] = []
        var current: [Step] = []
        var pending: Site?
        for element in elements {
            switch element {
            case .term(let term): current += Self.steps(term)
            case .choice(let options, let optional):
                current.append(.choice(options.map { $0.flatMap(Self.steps) }, optional: optional))
            case .gap:
                if current.isEmpty, pending != nil { pending?.gapAfter = true } else { current.append(.gap) }
            case .slot(let slot):
                var site = Site(slot: slot)
                if case .gap? = current.last { current.removeLast(); site.gapBefore = true }
                if let pending { middle.append(pending) }
                parts.append(current)
                current = []
                pending = site
            }
        }
        if current.isEmpty {
            trailing = pending
        } else {
            if let pending { middle.append(pending) }
            parts.append(current)
            trailing = nil
        }
        self.leading = leading
        self.parts = parts
        self.middle = middle
        wordCount = pattern.minimumWordCount
        required = parts.flatMap { $0.compactMap(Self.requiredWords) }
        if let last = parts.last, parts.count >= 2, trailing != nil, last.count == 1, case .word("and", _) = last[0] {
            endsWithPair = true
        } else {
            endsWithPair = false
        }
    }

    /// A written word as steps: through the tokenizer, so that a cue word
    /// splits as text does (Arabic proclitics).
    private static func steps(_ term: CuePattern.Term) -> [Step] {
        let words = term.text == "'s" ? ["'s"] : Tokenizer.words(term.text)
        return words.enumerated().map { .word($1, prefix: term.isPrefix && $0 == words.count - 1) }
    }

    /// The words one of which a step needs, if it needs one (not for
    /// prefixes, optional choices and gaps).
    private static func requiredWords(_ step: Step) -> [String]? {
        switch step {
        case .word(let word, let prefix): return prefix ? nil : [word]
        case .choice(let options, let optional):
            guard !optional else { return nil }
            var words: [String] = []
            for option in options {
                guard case .word(let word, false)? = option.first else { return nil }
                words.append(word)
            }
            return words
        case .gap: return nil
        }
    }

    /// The words a match of the first part can start with: exact words,
    /// and prefixes.
    var firstWords: (exact: Set<String>, prefixes: Set<String>) {
        var result = (exact: Set<String>(), prefixes: Set<String>())
        Self.collectFirst(parts[0][...], into: &result)
        return result
    }

    private static func collectFirst(_ steps: ArraySlice<Step>, into result: inout (exact: Set<String>, prefixes: Set<String>)) {
        guard let first = steps.first else { return }
        switch first {
        case .word(let word, let prefix):
            if prefix { result.prefixes.insert(word) } else { result.exact.insert(word) }
        case .choice(let options, let optional):
            for option in options { collectFirst((option + steps.dropFirst())[...], into: &result) }
            if optional { collectFirst(steps.dropFirst(), into: &result) }
        case .gap:
            collectFirst(steps.dropFirst(), into: &result)
        }
    }
}

/// Every cue of a vocabulary, found by the word a match starts with.
///
/// The words cues start with or require are numbered once per run
/// (`words`), so that an article's tokens are each looked up once
/// (`TokenWords`) and a sentence's test of a cue's required words is an
/// array lookup rather than a hashed string per word.
final class CueIndex: Sendable {
    let cues: [CompiledCue]
    /// Every word a cue starts with or requires, numbered.
    let words: [String: Int32]
    /// For each numbered word, the cues whose first part may start with it
    /// (in cue order).
    private let byWord: [[Int]]
    private let byPrefix: [PrefixEntry]
    /// For each cue, its `required` lists as word numbers.
    let required: [[[Int32]]]
    /// The numbered words, to rule most of an article's out unhashed.
    let filter: WordFilter
    /// The ASCII bytes whose one-byte `Character` may start a prefix cue.
    private let prefixFirst: (UInt64, UInt64)

    /// A cue whose first word is a prefix (`اشتباك*`).
    private struct PrefixEntry: Sendable {
        var prefix: String
        var cue: Int
        /// The ASCII bytes whose one-byte `Character` equals the prefix's
        /// first `Character` (none for an Arabic prefix): an ASCII word
        /// starting with another byte cannot have the prefix, so the
        /// `Character`-by-`Character` `hasPrefix`, slow for a non-ASCII
        /// prefix (it normalises), is skipped for it. (About a tenth of
        /// the time on English articles went there.)
        var asciiFirst: (UInt64, UInt64)

        func mayStart(_ word: String) -> Bool { Self.mayStart(word, first: asciiFirst) }

        /// False when `word` cannot start with a prefix whose first
        /// `Character` is one of the ASCII bytes `first`: the word's first
        /// `Character` is one ASCII byte (the byte after it is ASCII too,
        /// and no CR LF) not among them.
        static func mayStart(_ word: String, first: (UInt64, UInt64)) -> Bool {
            var bytes = word.utf8.makeIterator()
            guard let byte = bytes.next(), byte < 0x80, byte != 0x0D, bytes.next().map({ $0 < 0x80 }) ?? true else { return true }
            return (byte < 64 ? first.0 >> byte : first.1 >> (byte - 64)) & 1 == 1
        }
    }

    init(_ vocabulary: Vocabulary) {
        var cues: [CompiledCue] = []
        for type in vocabulary.types {
            for pattern in type.cues { cues.append(CompiledCue(pattern, type: type, number: cues.count)) }
        }
        var words: [String: Int32] = [:]
        var byWord: [[Int]] = []
        func number(_ word: String) -> Int32 {
            if let number = words[word] { return number }
            words[word] = Int32(byWord.count)
            byWord.append([])
            return Int32(byWord.count - 1)
        }
        var byPrefix: [PrefixEntry] = []
        for (index, cue) in cues.enumerated() {
            let first = cue.firstWords
            for word in first.exact { byWord[Int(number(word))].append(index) }
            for prefix in first.prefixes {
                var ascii: (UInt64, UInt64) = (0, 0)
                if let character = prefix.first {
                    for byte in 0..<128 where Character(Unicode.Scalar(UInt8(byte))) == character {
                        if byte < 64 { ascii.0 |= 1 << UInt64(byte) } else { ascii.1 |= 1 << UInt64(byte - 64) }
                    }
                }
                byPrefix.append(PrefixEntry(prefix: prefix, cue: index, asciiFirst: ascii))
            }
        }
        required = cues.map { cue in cue.required.map { $0.map(number) } }
        self.cues = cues
        self.words = words
        self.byWord = byWord
        self.byPrefix = byPrefix
        filter = WordFilter(words.keys)
        prefixFirst = byPrefix.reduce((0, 0)) { ($0.0 | $1.asciiFirst.0, $0.1 | $1.asciiFirst.1) }
    }

    /// The cues whose first part may start with a token written `word`,
    /// given its number in `words` (-1 for none).
    func candidates(startingWith word: String, number: Int32) -> [Int] {
        var result = number >= 0 ? byWord[Int(number)] : []
        guard !byPrefix.isEmpty, PrefixEntry.mayStart(word, first: prefixFirst) else { return result }
        for entry in byPrefix where entry.mayStart(word) && word.hasPrefix(entry.prefix) { result.append(entry.cue) }
        return result
    }
}

/// An article's tokens as `CueIndex` numbers its words: each token looked
/// up once per article rather than once per sentence test.
struct TokenWords {
    /// The number of each token's text (-1: no cue has the word).
    let text: [Int32]
    /// For an Arabic word with a proclitic (`وكتيبة`), the number of the
    /// word without it and of the proclitic alone (-1 for none); the
    /// word without it, whether numbered or not.
    let bare: [Int32]
    let proclitic: [Int32]
    let bareText: [String?]

    init(_ tokens: [Token], index: CueIndex) {
        var text = [Int32](repeating: -1, count: tokens.count)
        var bare = text
        var proclitic = text
        var bareText = [String?](repeating: nil, count: tokens.count)
        // (By index, not `for token in tokens`: a copy of each token
        // retained its text.) An ASCII word the filter rules out is
        // neither numbered nor Arabic.
        for position in tokens.indices where index.filter.mayContain(tokens[position]) {
            let word = tokens[position].text
            text[position] = index.words[word] ?? -1
            if let without = PhraseTrie<FactionID>.withoutProclitic(word) {
                bareText[position] = without
                bare[position] = index.words[without] ?? -1
                proclitic[position] = index.words[String(word.unicodeScalars.first!)] ?? -1
            }
        }
        self.text = text
        self.bare = bare
        self.proclitic = proclitic
        self.bareText = bareText
    }
}
