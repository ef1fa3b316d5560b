import FactionGraphTestSupport
import Testing
@testable import FactionGraph

/// Evidence search is linear in the body and the quotes, however
/// repetitive the text and however many the quotes: each case here took
/// minutes before (262 s and 235 s at full size).
@Suite struct EvidenceSearchTests {
    /// A 100,000-byte quote `xx…x y` against 100,000 `x`s: `memcmp` at every
    /// `x` would compare 10^10 bytes.
    @Test func aRepetitiveQuoteIsSearchedInLinearTime() {
        let quote = String(repeating: "x", count: 100_000) + " y"
        let body = String(repeating: "x", count: 100_000) + "\n"
        let text = TestCorpus.article("""
            article: {title: T, published: 2018}
            relations:
              - combat: hts -- hurras
                evidence: \(quote)
            """, body: body)
        #expect(TestCorpus.diagnostics([("a.md", text)]) == [
            "a.md:5:15: error: evidence not found in the article's body: '\(quote)'; its beginning '\(String(repeating: "x", count: 100_000)) ' occurs at line 7, then the text differs",
        ])
    }

    @Test func searchFindsTheFirstOccurrenceAfterManyNearMisses() {
        let body = FoldedText(Array((String(repeating: "ab", count: 50_000) + "abc abc").utf8).withUnsafeBufferPointer { $0 })
        #expect(body.offset(of: Array((String(repeating: "ab", count: 1_000) + "c").utf8)) == 98_002)
        #expect(body.offset(of: Array("abc".utf8)) == 100_000)
        #expect(body.offset(of: Array("abd".utf8)) == nil)
    }

    /// 2,000 relations quoting `x`×50 + a number, in a body of 200,000 `x`s
    /// followed by the quotes: one by one, each quote would read the body
    /// again.
    @Test func manyQuotesOfOneArticleAreFoundInOnePass() {
        let run = String(repeating: "x", count: 50)
        let count = 2_000
        let relations = (0..<count).map { "  - combat: hts -- isis\n    evidence: \(run) y\($0)\n" }.joined()
        let body = String(repeating: "x", count: 200_000) + "\n" + (0..<count).map { "\(run) y\($0).\n" }.joined()
        let result = TestCorpus.read([("a.md", TestCorpus.article("article: {title: T, published: 2018}\nrelations:\n" + relations, body: body))])
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.corpus.relations.count == count)
        // Lines: `---`, article, relations:, two per relation, an empty
        // line, `---`, the `x`s, then one quote a line.
        #expect(result.corpus.relations.last?.evidence.first?.line == 3 + 2 * count + 2 + 1 + count)
    }

    /// The one-pass answers are the answers of one-by-one search, found or
    /// missing and why, on random texts over a small alphabet (where
    /// quotes overlap a lot).
    @Test(arguments: 0..<20)
    func indexAgreesWithSearchingQuotesOneByOne(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let alphabet: [String] = ["a", "b", "A", " ", "é", "É", "ab", "ba"]
        func text(_ length: Int) -> String { (0..<length).map { _ in alphabet.randomElement(using: &random)! }.joined() }
        let bodyText = text(Int.random(in: 0...300, using: &random))
        let body = Array(bodyText.utf8).withUnsafeBufferPointer { FoldedText($0) }
        var quotes: [[UInt8]] = []
        for _ in 0..<40 {
            var quote: [UInt8]
            if Bool.random(using: &random), body.bytes.count > 2 {
                let start = Int.random(in: 0..<body.bytes.count - 1, using: &random)
                let end = Int.random(in: start + 1...min(body.bytes.count, start + 40), using: &random)
                quote = Array(body.bytes[start..<end])
                if Bool.random(using: &random) { quote += Array(text(3).utf8) }
            } else {
                quote = Array(text(Int.random(in: 1...30, using: &random)).utf8)
            }
            quote = FoldedText(quote: String(decoding: quote, as: UTF8.self)).bytes
            if !quote.isEmpty { quotes.append(quote) }
        }
        let index = EvidenceIndex(quotes: quotes, in: body)
        for quote in quotes {
            let expected: EvidenceIndex.Answer = body.offset(of: quote).map { .found(offset: $0) }
                ?? .missing(EvidenceIndex.miss(of: quote, in: body))
            #expect(index.answers[quote] == expected, "\(String(decoding: quote, as: UTF8.self)) in \(bodyText)")
        }
    }
}
