import Testing
@testable import FactionGraph

/// An article with thousands of errors is read in linear time: errors were
/// counted anew before and after each relation (60,000 took 6 s).
@Suite struct ManyErrorsTests {
    @Test func twentyThousandBadRelations() {
        let relations = String(repeating: "  - combat: hts -> hurras\n    evidence: fought Hurras al-Din\n", count: 20_000)
        let result = TestCorpus.read([("a.md", TestCorpus.article("article: {title: T, published: 2018}\nrelations:\n" + relations))])
        let message = "combat takes '--' (undirected), not '->': write 'combat: A -- B'"
        #expect(result.diagnostics.map(\.description) == [
            "a.md:4:13: error: \(message)",
            "a.md:6:13: error: \(message)",
            "a.md:8:13: error: \(message); and 19,997 more like this in this file",
        ])
        #expect(result.summary == "1 article, 3 factions, 0 relations: 20000 errors, 0 warnings")
    }
}
