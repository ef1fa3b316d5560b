/// Phrases (sequences of lower-case token texts) mapped to values, matched
/// against tokens longest first: the registry's names, an article's new
/// names and the people who lead factions.
struct PhraseTrie<Value: Sendable>: Sendable {
    private var children: [[String: Int]] = [[:]]
    private var values: [(value: Value, capitalsOnly: Bool)?] = [nil]
    /// The phrases' first words: most of an article's words start none,
    /// and the filter rules them out before the root's hashed lookup
    /// (which took a tenth of the time).
    private var firstWords = WordFilter()

    var isEmpty: Bool { children[0].isEmpty }

    /// Adds `phrase` (token texts). With `capitalsOnly`, it matches only
    /// words written in capitals (`HTS`, not `hts` or `Hts`): acronyms that
    /// could be ordinary words.
    mutating func insert(_ phrase: [String], _ value: Value, capitalsOnly: Bool = false) {
        guard !phrase.isEmpty else { return }
        firstWords.insert(phrase[0])
        var node = 0
        for word in phrase {
            if let next = children[node][word] {
                node = next
            } else {
                children.append([:])
                values.append(nil)
                children[node][word] = children.count - 1
                node = children.count - 1
            }
        }
        if values[node] == nil { values[node] = (value, capitalsOnly) }
    }

    /// The longest phrase starting at `start` (quotation marks inside a
    /// phrase are passed over: `the 'foreigners' group`), and where it
    /// ends (exclusive); tokens after `limit` are not looked at.
    func longestMatch(in tokens: [Token], at start: Int, limit: Int) -> (end: Int, value: Value)? {
        guard start < limit, tokens[start].kind != .punctuation else { return nil }
        // An ASCII word outside the filter starts no phrase (nor has it an
        // Arabic proclitic).
        guard firstWords.mayContain(tokens[start]) else { return nil }
        guard var node = children[0][tokens[start].text] ?? Self.withoutProclitic(tokens[start].text).flatMap({ children[0][$0] })
        else { return nil }
        var best: (end: Int, value: Value)?
        var allCapitals = tokens[start].isAllCapitals
        var index = start
        while true {
            if let entry = values[node], !entry.capitalsOnly || allCapitals { best = (index + 1, entry.value) }
            var next = index + 1
            while next < limit, next - index <= 2, tokens[next].isQuote { next += 1 }
            guard next < limit, let child = children[node][tokens[next].text] else { break }
            node = child
            allCapitals = allCapitals && tokens[next].isAllCapitals
            index = next
        }
        return best
    }

    /// An Arabic word without the conjunction or preposition written on
    /// it (`وكتيبة` for `كتيبة`), when it has one: names match after it.
    static func withoutProclitic(_ word: String) -> String? {
        // و ف ب ل ك (all written with a first byte D8 or D9: a quick
        // test for the many words of other scripts)
        guard let lead = word.utf8.first, lead == 0xD8 || lead == 0xD9,
              let first = word.unicodeScalars.first, [0x0648, 0x0641, 0x0628, 0x0644, 0x0643].contains(first.value),
              word.unicodeScalars.count > 3 else { return nil }
        return String(word.unicodeScalars.dropFirst())
    }
}
