/// Sentences of a body, for choosing evidence quotes. Quotes are always
/// taken verbatim from the body, so the reader finds them whatever the
/// folding rules do.
enum Sentences {
    /// Bodies up to this many characters are quoted whole.
    static let wholeTextLimit = 240
    /// A first sentence longer than this is cut at a word boundary.
    static let longestQuote = 400

    /// The quote for a body: all of it when short, else its first sentence
    /// (at most `longestQuote` characters, cut between words).
    static func leadQuote(of body: String) -> String {
        let text = Array(body.unicodeScalars)
        let trimmed = trim(0..<text.count, in: text)
        if trimmed.count <= wholeTextLimit { return string(text[trimmed]) }
        let sentence = self.sentence(startingAt: trimmed.lowerBound, in: text)
        var end = sentence.upperBound
        if sentence.count > longestQuote {
            end = sentence.lowerBound + longestQuote
            while end > sentence.lowerBound + longestQuote / 2, !isSpace(text[end]) { end -= 1 }
        }
        return string(text[trim(sentence.lowerBound..<end, in: text)])
    }

    /// The sentence holding `span` (offsets in Unicode scalars), widened to
    /// the sentences it touches, without surrounding white space.
    static func sentence(holding span: Range<Int>, in text: [Unicode.Scalar]) -> Range<Int> {
        var start = min(span.lowerBound, text.count)
        while start > 0, !endsSentence(at: start - 1, in: text) { start -= 1 }
        var end = max(span.upperBound, start + 1)
        while end < text.count, !endsSentence(at: end - 1, in: text) { end += 1 }
        return trim(start..<min(end, text.count), in: text)
    }

    /// The first sentence from `start`.
    private static func sentence(startingAt start: Int, in text: [Unicode.Scalar]) -> Range<Int> {
        var end = start + 1
        while end < text.count, !endsSentence(at: end - 1, in: text) { end += 1 }
        return start..<min(end, text.count)
    }

    /// True when a sentence ends with the character at `index`: a line
    /// break, or `.`, `!` or `?` (and any closing quotes or brackets) before
    /// white space and a capital, digit or quote, unless the word before is
    /// an abbreviation such as `U.S.` or `Gen.`.
    static func endsSentence(at index: Int, in text: [Unicode.Scalar]) -> Bool {
        let scalar = text[index]
        if scalar == "\n" { return true }
        var next = index + 1
        if scalar == "." || scalar == "!" || scalar == "?" || closers.contains(scalar) {
            // Find the end mark before any closing quotes.
            var mark = index
            while mark > 0, closers.contains(text[mark]) { mark -= 1 }
            guard text[mark] == "." || text[mark] == "!" || text[mark] == "?" else { return false }
            // More closing quotes follow: the sentence ends at the last.
            if next < text.count, closers.contains(text[next]) { return false }
            guard next < text.count, isSpace(text[next]) else { return next >= text.count }
            while next < text.count, isSpace(text[next]), text[next] != "\n" { next += 1 }
            guard next < text.count else { return true }
            let following = text[next]
            guard following == "\n" || following.properties.isUppercase || ("0"..."9").contains(following)
                    || openers.contains(following) else { return false }
            return text[mark] != "." || !isAbbreviation(endingAt: mark, in: text)
        }
        return false
    }

    private static func isAbbreviation(endingAt period: Int, in text: [Unicode.Scalar]) -> Bool {
        var start = period
        while start > 0, !isSpace(text[start - 1]) { start -= 1 }
        let word = text[start..<period]
        // `U.S.`, `a.m.`: a period inside the word; `Gen.`, `Mr.`, `St.`: a
        // short capitalised word.
        if word.contains(".") { return true }
        return word.count <= 3 && (word.first?.properties.isUppercase ?? false)
            && word.dropFirst().allSatisfy { $0.properties.isLowercase }
    }

    private static let closers: Set<Unicode.Scalar> = ["\"", "'", ")", "]", "\u{201D}", "\u{2019}", "\u{BB}"]
    private static let openers: Set<Unicode.Scalar> = ["\"", "'", "(", "[", "\u{201C}", "\u{2018}", "\u{AB}"]

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    static func trim(_ range: Range<Int>, in text: [Unicode.Scalar]) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isSpace(text[lower]) { lower += 1 }
        while upper > lower, isSpace(text[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
