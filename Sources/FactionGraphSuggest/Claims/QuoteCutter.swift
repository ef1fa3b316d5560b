/// Cuts a claim's quote from its sentence: the smallest span holding the
/// cue and both factions (and any losses), widened to its clause when the
/// clause ends a few words away, never across the sentence. It is cut from
/// the body itself, so it always verifies.
struct QuoteCutter {
    let text: ArticleText

    /// How far a quote is widened to reach its clause's edge.
    static let widening = 6

    func quote(covering tokens: [Int], in sentence: Sentence) -> (text: String, range: ClosedRange<Int>)? {
        guard var first = tokens.min(), var last = tokens.max() else { return nil }
        let range = sentence.tokens
        // `the 'Islamic State of Iraq and Syria' (ISIS) has joined`: a name
        // in brackets takes the words before the bracket with it.
        if first > range.lowerBound, text.tokens[first - 1].text == "(", (first...last).contains(where: { text.tokens[$0].text == ")" }) {
            first -= 1
            while first > range.lowerBound, text.tokens[first - 1].isQuote || !isBoundary(first - 1), first - 1 >= range.lowerBound,
                  text.tokens[first - 1].text != "," { first -= 1 }
        }
        // Left to the clause's start, if near.
        var left = first
        while left > range.lowerBound, first - left < Self.widening, !isBoundary(left - 1) { left -= 1 }
        if left == range.lowerBound || isBoundary(left - 1) { first = left }
        var right = last
        while right + 1 < range.upperBound, right - last < Self.widening, !isBoundary(right + 1) { right += 1 }
        if right + 1 == range.upperBound || isBoundary(right + 1) { last = right }
        // No punctuation at the edges but a quotation mark that is closed
        // inside (or opened inside).
        while first < last, text.tokens[first].kind == .punctuation, !opensInside(first, last) { first += 1 }
        while last > first, text.tokens[last].kind == .punctuation, !closesInside(last, first) { last -= 1 }
        return (text.quote(first...last), first...last)
    }

    private func isBoundary(_ index: Int) -> Bool {
        let token = text.tokens[index]
        return token.isClausePunctuation || [".", "!", "?", "؟"].contains(token.text)
    }

    private func opensInside(_ index: Int, _ last: Int) -> Bool {
        let mark = text.tokens[index].text
        guard mark == "\"" || mark == "'" || mark == "(" else { return false }
        let closing = mark == "(" ? ")" : mark
        return (index + 1...last).contains { text.tokens[$0].text == closing }
    }

    private func closesInside(_ index: Int, _ first: Int) -> Bool {
        let mark = text.tokens[index].text
        guard mark == "\"" || mark == "'" || mark == ")" else { return false }
        let opening = mark == ")" ? "(" : mark
        return (first..<index).contains { text.tokens[$0].text == opening }
    }
}
