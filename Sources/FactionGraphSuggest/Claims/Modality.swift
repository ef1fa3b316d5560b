import FactionGraph

/// Whether a sentence asserts, hedges or denies what its cue says, and
/// whether it reports a fact or an intention: read from the words of the
/// cue's clause before the cue (`denied any links to`, `did not join`,
/// `reportedly`, `is said to`, `asked it to co-ordinate`).
struct Modality {
    var negated = false
    var hedged = false
    var irrealis = false

    /// The confidence the format would record: `denied`, `alleged`, or
    /// `nil` for the default (`reported`).
    var confidence: Confidence? {
        negated ? .denied : hedged ? .alleged : nil
    }

    /// How far before the cue negations and hedges are looked for.
    static let reach = 10

    /// The words the clause before the cue is read for, to rule most
    /// words out unhashed.
    private static let negations = WordFilter(WordLists.negations)
    private static let words = WordFilter(WordLists.negations.union(WordLists.denialsOfReports).union(WordLists.hedgesWithTo)
        .union(WordLists.hedges))

    init(text: ArticleText, mentions: Mentions, sentence: Sentence, literal: [Int]) {
        guard let first = literal.first else { return }
        let cueWords = Set(literal)
        var start = max(sentence.tokens.lowerBound, first - Self.reach)
        // Not across a `;`, into another clause joined by `, but`, nor into
        // another predicate joined by `and` (`had not joined the Islamic
        // State and remained loyal to al-Qaeda`).
        var ownPredicate = true
        for index in stride(from: first - 1, through: start, by: -1) {
            let word = text.tokens[index].text
            if word == ";" || (word == "," && index + 1 < first && ["but", "while", "whereas", "although"].contains(text.tokens[index + 1].text))
                || (ownPredicate && (word == "and" || word == "but")) {
                start = index + 1
                break
            }
            // Past a faction or a negation, an `and` joins subjects, not
            // predicates.
            if mentions.covers(index) || (Self.negations.mayContain(text.tokens[index]) && WordLists.negations.contains(word)) {
                ownPredicate = false
            }
        }
        for index in start..<first where !cueWords.contains(index) && Self.words.mayContain(text.tokens[index]) {
            let word = text.tokens[index].text
            let next = index + 1 < text.tokens.count ? text.tokens[index + 1].text : ""
            if WordLists.negations.contains(word) { negated = true }
            if WordLists.denialsOfReports.contains(word), WordLists.reports.contains(next) { negated = true }
            if WordLists.hedgesWithTo.contains(word) {
                if next == "to" { hedged = true }
            } else if WordLists.hedges.contains(word) {
                hedged = true
            }
        }
        // A cue that is itself a charge: `accused X of arming Y`.
        if WordLists.hedges.contains(text.tokens[first].text) { hedged = true }
        // Hedges after the cue in its sentence: `joined X, reportedly`.
        for index in first..<sentence.tokens.upperBound where !cueWords.contains(index) {
            if ["reportedly", "allegedly", "purportedly"].contains(text.tokens[index].text) { hedged = true }
        }
        // `to join`, `would join`, `asked it to co-ordinate`; but `said X
        // would remain` reports what X declared.
        let reported = (max(sentence.tokens.lowerBound, first - 8)..<first).contains {
            ["said", "says", "announced", "declared", "stated", "added"].contains(text.tokens[$0].text)
        }
        for index in max(sentence.tokens.lowerBound, first - 3)..<first where WordLists.irrealis.contains(text.tokens[index].text) {
            let word = text.tokens[index].text
            if reported, word == "would" || word == "will" { continue }
            // `continues to fight` reports what goes on.
            if word == "to", index > sentence.tokens.lowerBound, WordLists.continuing.contains(text.tokens[index - 1].text) { continue }
            if word != "to" || index == first - 1 { irrealis = true }
        }
    }
}
