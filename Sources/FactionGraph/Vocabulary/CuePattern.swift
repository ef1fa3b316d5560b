/// A phrase that signals a relation of some type in an article's text:
/// `{A} pledged allegiance to {B}`. `factiongraph suggest` looks for the
/// cues of every type of a corpus's vocabulary; the built-in types have
/// their own lists, and `vocabulary.yaml` gives a type more with `cues:`.
///
/// The syntax, items separated by spaces:
///
/// | item | matches |
/// | --- | --- |
/// | `word` | that word, in any case, as a whole word |
/// | `word*` | any word that starts with `word` (`clash*`: clash, clashes, clashed) |
/// | `(a|b c|d)` | one of the alternatives, each one or more words |
/// | `[a|b]` | one of the alternatives, or nothing |
/// | `...` | up to six words of anything, within one clause |
/// | `{A}`, `{B}` | the two factions: A is the source of a directed type (`A -> B`) |
///
/// A slot at the start or end of a cue is found before or after the words:
/// next to them (but for auxiliaries, adverbs and a clause set off by
/// commas, as in `{A}, which is said to have ..., joined`), or up to six
/// words away when `...` stands between. A slot between words must lie
/// between them. A cue without `{A}` or
/// `{B}` takes the missing faction from the rest of the sentence (for a
/// directed type, a missing A is the faction before the cue). `'s` is a word
/// of its own, so `{B}'s affiliate` is `{B} 's affiliate`.
public struct CuePattern: Sendable, Hashable, CustomStringConvertible {
    /// A faction slot.
    public enum Slot: String, Sendable, Hashable {
        case a = "A"
        case b = "B"
    }

    /// One word to match: folded to lower case; a prefix when written
    /// with a final `*`.
    public struct Term: Sendable, Hashable {
        public var text: String
        public var isPrefix: Bool
    }

    /// One item of a cue.
    public enum Element: Sendable, Hashable {
        /// One word.
        case term(Term)
        /// One of several word sequences; with `optional`, possibly none.
        case choice([[Term]], optional: Bool)
        /// Up to `CuePattern.gapLimit` words of anything.
        case gap
        /// A faction.
        case slot(Slot)
    }

    /// A mistake in a cue, at a character offset of its text.
    public struct SyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
        public var message: String
        /// The offset (in characters) of the mistake in the cue.
        public var offset: Int
        public var description: String { message }
    }

    /// The most words `...` stands for.
    public static let gapLimit = 6

    /// The cue as written.
    public let text: String
    /// Its items, in order.
    public let elements: [Element]

    /// The slots the cue names.
    public var slots: Set<Slot> {
        Set(elements.compactMap { if case .slot(let slot) = $0 { return slot } else { return nil } })
    }

    /// How many words the cue needs at least: more specific cues win over
    /// shorter ones that overlap them.
    public var minimumWordCount: Int {
        elements.reduce(0) { count, element in
            switch element {
            case .term: return count + 1
            case .choice(let options, let optional): return count + (optional ? 0 : options.map(\.count).min() ?? 0)
            case .gap, .slot: return count
            }
        }
    }

    public var description: String { text }

    /// Parses a cue; throws a `SyntaxError` saying what is wrong and where.
    public init(parsing text: String) throws(SyntaxError) {
        self.text = text
        var parser = CuePatternParser(text)
        elements = try parser.parse()
    }
}

/// Reads the cue syntax character by character.
private struct CuePatternParser {
    private let characters: [Character]
    private var index = 0

    init(_ text: String) { characters = Array(text) }

    mutating func parse() throws(CuePattern.SyntaxError) -> [CuePattern.Element] {
        var elements: [CuePattern.Element] = []
        var slotOffsets: [CuePattern.Slot: Int] = [:]
        while true {
            skipSpaces()
            guard index < characters.count else { break }
            let start = index
            switch characters[index] {
            case "{":
                let slot = try readSlot()
                if slotOffsets[slot] != nil { throw fail("{\(slot.rawValue)} is written twice", at: start) }
                if case .slot = elements.last { throw fail("two slots need a word between them", at: start) }
                if case .gap = elements.last, elements.count >= 2, case .slot = elements[elements.count - 2] {
                    throw fail("'...' between two slots: put a word between them", at: start)
                }
                slotOffsets[slot] = start
                elements.append(.slot(slot))
                // `{B}'s`: the possessive is a word of its own.
                if index < characters.count, characters[index] != " " {
                    let word = readWord()
                    guard !word.isEmpty else { break }
                    elements += try terms(word, at: index - word.count)
                }
            case "(", "[":
                let optional = characters[index] == "["
                elements.append(.choice(try readChoice(closing: optional ? "]" : ")"), optional: optional))
            case ")", "]", "}", "|":
                throw fail("unexpected '\(characters[index])'", at: start)
            default:
                let word = readWord()
                if word == "..." {
                    if elements.isEmpty { throw fail("a cue cannot start with '...'", at: start) }
                    if case .gap = elements.last { throw fail("'...' twice in a row", at: start) }
                    elements.append(.gap)
                } else {
                    elements += try terms(word, at: start)
                }
            }
        }
        if elements.isEmpty { throw fail("the cue is empty", at: 0) }
        if case .gap = elements.last { throw fail("a cue cannot end with '...'", at: characters.count - 3) }
        let hasWord = elements.contains { element in
            switch element {
            case .term: return true
            case .choice(_, let optional): return !optional
            case .gap, .slot: return false
            }
        }
        if !hasWord { throw fail("a cue needs at least one word that must occur (not only slots, '...' or [optional] words)", at: 0) }
        return elements
    }

    private mutating func skipSpaces() {
        while index < characters.count, characters[index].isWhitespace { index += 1 }
    }

    private mutating func readSlot() throws(CuePattern.SyntaxError) -> CuePattern.Slot {
        let start = index
        guard let close = characters[index...].firstIndex(of: "}") else { throw fail("'{' is never closed", at: start) }
        let name = String(characters[(index + 1)..<close])
        index = close + 1
        guard let slot = CuePattern.Slot(rawValue: name) else {
            throw fail("unknown slot '{\(name)}': a cue's slots are {A} and {B}", at: start)
        }
        return slot
    }

    /// `(a|b c)` or `[a|b]`: alternatives of one or more words each.
    private mutating func readChoice(closing: Character) throws(CuePattern.SyntaxError) -> [[CuePattern.Term]] {
        let start = index
        index += 1
        var options: [[CuePattern.Term]] = []
        var current: [CuePattern.Term] = []
        while true {
            skipSpaces()
            guard index < characters.count else { throw fail("'\(characters[start])' is never closed", at: start) }
            let character = characters[index]
            if character == "|" || character == closing {
                if current.isEmpty { throw fail("an empty alternative", at: index) }
                options.append(current)
                current = []
                index += 1
                if character == closing { return options }
                continue
            }
            if "()[]{}".contains(character) {
                throw fail("'\(character)' inside alternatives: they hold words only", at: index)
            }
            let wordStart = index
            let word = readWord()
            if word == "..." { throw fail("'...' inside alternatives", at: wordStart) }
            for element in try terms(word, at: wordStart) {
                if case .term(let term) = element { current.append(term) }
            }
        }
    }

    private mutating func readWord() -> String {
        var word = ""
        while index < characters.count, !characters[index].isWhitespace, !"()[]{}|".contains(characters[index]) {
            word.append(characters[index])
            index += 1
        }
        return word
    }

    /// A written word as terms: lower case, `’` as `'`, a final `'s` split
    /// off, a final `*` making a prefix.
    private func terms(_ word: String, at offset: Int) throws(CuePattern.SyntaxError) -> [CuePattern.Element] {
        var text = word.replacingOccurrences(of: "’", with: "'").lowercased()
        var isPrefix = false
        if text.hasSuffix("*") {
            isPrefix = true
            text.removeLast()
        }
        if text.contains("*") { throw fail("'*' ends a word (clash* for clash, clashes, clashed), in '\(word)'", at: offset) }
        if text.isEmpty { throw fail("'*' needs the start of a word before it", at: offset) }
        if let bad = text.first(where: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "'" || $0.unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark }) }) {
            throw fail("unexpected '\(bad)' in '\(word)': a cue's words hold letters, digits, '-' and '''", at: offset)
        }
        if text == "'s" {
            return [.term(.init(text: "'s", isPrefix: isPrefix))]
        }
        if text.count > 2, text.hasSuffix("'s") {
            return [.term(.init(text: String(text.dropLast(2)), isPrefix: false)), .term(.init(text: "'s", isPrefix: isPrefix))]
        }
        return [.term(.init(text: text, isPrefix: isPrefix))]
    }

    private func fail(_ message: String, at offset: Int) -> CuePattern.SyntaxError {
        CuePattern.SyntaxError(message: message, offset: offset)
    }
}
