/// One word, number or punctuation mark of an article's body, with its
/// place in the body's UTF-8 bytes.
struct Token: Sendable {
    enum Kind: Sendable, Equatable {
        case word
        case number
        case punctuation
    }

    /// The bytes of the body it spans.
    var range: Range<Int>
    /// Lower case, typographic apostrophes and quotes as ASCII: what cues
    /// and names are compared with.
    var text: String
    var kind: Kind
    /// True when the word starts with a capital letter (or, for `al-Fatah`,
    /// when the part after an Arabic article does).
    var isCapitalised: Bool
    /// True for a word all in capitals (`HTS`), which names match only as
    /// written.
    var isAllCapitals: Bool
    /// True when a blank line comes before this token (a new paragraph).
    var startsParagraph: Bool
    /// `WordFilter.signature(text)`, or -1 when `text` is not all ASCII:
    /// made once, tested against several word lists.
    var signature: Int32

    var isWord: Bool { kind == .word }

    /// True for `,` `;` `:` `(` `)` and dashes: what separates clauses.
    var isClausePunctuation: Bool {
        kind == .punctuation && Token.clauseMarks.contains(text)
    }

    /// True for a quotation mark.
    var isQuote: Bool { kind == .punctuation && (text == "\"" || text == "'") }

    static let clauseMarks: Set<String> = [",", ";", ":", "(", ")", "-", "،", "؛"]
}
