/// An article's body split into tokens and sentences, keeping the bytes so
/// that quotes are cut from the text itself.
struct ArticleText: Sendable {
    /// The body's UTF-8 bytes.
    let bytes: [UInt8]
    let tokens: [Token]
    /// Sentences in order; `sentences[i].number == i + 1`.
    let sentences: [Sentence]
    /// For each token, the index of its sentence in `sentences`.
    let sentenceOfToken: [Int]

    init(_ body: String) {
        bytes = Array(body.utf8)
        tokens = Tokenizer.tokens(bytes)
        sentences = SentenceSplitter.sentences(tokens)
        var owner = [Int](repeating: 0, count: tokens.count)
        for (number, sentence) in sentences.enumerated() {
            for index in sentence.tokens { owner[index] = number }
        }
        sentenceOfToken = owner
    }

    /// The text of tokens `range`, cut from the body, white space folded to
    /// single spaces: it occurs in the body under the format's matching
    /// rules.
    func quote(_ range: ClosedRange<Int>) -> String {
        let slice = bytes[tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound].range.upperBound]
        return WhiteSpace.fold(String(decoding: slice, as: UTF8.self))
    }
}

/// One sentence: a run of tokens.
struct Sentence: Sendable {
    /// 1-based, in body order.
    var number: Int
    var tokens: Range<Int>
}

/// White space as the format's evidence matching sees it.
enum WhiteSpace {
    /// `text` with every run of white space (including line breaks and
    /// non-breaking spaces) as one space, and none at either end.
    static func fold(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var utf8 = text.utf8.makeIterator()
        var decoder = UTF8()
        var scalarBytes: [UInt8] = []
        loop: while true {
            switch decoder.decode(&utf8) {
            case .scalarValue(let scalar):
                if isSpace(scalar) {
                    pendingSpace = !bytes.isEmpty
                    continue
                }
                if pendingSpace { bytes.append(0x20); pendingSpace = false }
                if scalar.value < 0x80 {
                    bytes.append(UInt8(scalar.value))
                } else {
                    scalarBytes.removeAll(keepingCapacity: true)
                    UTF8.encode(scalar) { scalarBytes.append($0) }
                    bytes += scalarBytes
                }
            case .emptyInput: break loop
            case .error: continue
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}

/// Finds where sentences end: at `.`, `!`, `?` before a capital, a quote,
/// a digit or a new paragraph (not after an abbreviation such as `Gen.` or
/// an initial), and at every new paragraph (headings and captions have no
/// full stop).
enum SentenceSplitter {
    static func sentences(_ tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        func close(_ end: Int) {
            guard end > start else { return }
            sentences.append(Sentence(number: sentences.count + 1, tokens: start..<end))
            start = end
        }
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if index > start, token.startsParagraph { close(index) }
            if token.kind == .punctuation, enders.contains(token.text) {
                var end = index + 1
                // A closing quote or bracket stays with its sentence.
                while end < tokens.count, tokens[end].kind == .punctuation, closers.contains(tokens[end].text),
                      !tokens[end].startsParagraph {
                    end += 1
                }
                if end >= tokens.count || startsSentence(tokens[end]), !isAbbreviation(before: index, in: tokens) {
                    close(end)
                    index = end
                    continue
                }
            }
            index += 1
        }
        close(tokens.count)
        return sentences
    }

    private static let enders: Set<String> = [".", "!", "?", "؟", "..."]
    private static let closers: Set<String> = ["\"", "'", ")", "]"]

    private static func startsSentence(_ token: Token) -> Bool {
        if token.startsParagraph || token.isCapitalised || token.kind == .number || token.isQuote { return true }
        if token.text == "(" || token.text == "[" { return true }
        // Scripts without capitals (Arabic): any word.
        guard let first = token.text.unicodeScalars.first else { return false }
        return first.value >= 0x0590 && first.properties.isAlphabetic
    }

    private static func isAbbreviation(before index: Int, in tokens: [Token]) -> Bool {
        guard index > 0, tokens[index].text == ".", tokens[index - 1].isWord,
              tokens[index - 1].range.upperBound == tokens[index].range.lowerBound else { return false }
        let word = tokens[index - 1].text
        if word.count == 1 && tokens[index - 1].isCapitalised { return true }
        return abbreviations.contains(word)
    }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "brig", "adm", "gov", "sen", "rep",
        "st", "jr", "sr", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "approx", "dept", "est", "fig", "inc", "ltd", "co", "corp", "u.s", "u.n", "e.g", "i.e",
    ]
}
