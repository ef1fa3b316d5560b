import FactionGraph

/// A cue made ready for matching: its words as tokens, split into the runs
/// of words (`parts`) between its slots.
///
/// `{A} and {B} ... agreed ... truce` is a leading slot A, the part `and`,
/// a middle slot B, and the part `... agreed ... truce`.
struct CompiledCue: Sendable {
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
struct CueIndex: Sendable {
    let cues: [CompiledCue]
    private let byWord: [String: [Int]]
    private let byPrefix: [(prefix: String, cue: Int)]

    init(_ vocabulary: Vocabulary) {
        var cues: [CompiledCue] = []
        for type in vocabulary.types {
            for pattern in type.cues { cues.append(CompiledCue(pattern, type: type, number: cues.count)) }
        }
        var byWord: [String: [Int]] = [:]
        var byPrefix: [(String, Int)] = []
        for (number, cue) in cues.enumerated() {
            let first = cue.firstWords
            for word in first.exact { byWord[word, default: []].append(number) }
            for prefix in first.prefixes { byPrefix.append((prefix, number)) }
        }
        self.cues = cues
        self.byWord = byWord
        self.byPrefix = byPrefix
    }

    /// The cues whose first part may start with a token written `word`.
    func candidates(startingWith word: String) -> [Int] {
        var result = byWord[word] ?? []
        for entry in byPrefix where word.hasPrefix(entry.prefix) { result.append(entry.cue) }
        return result
    }
}
