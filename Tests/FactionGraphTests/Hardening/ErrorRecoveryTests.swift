import Testing
@testable import FactionGraph

/// All errors of one file in one run, and one error for one mistake: no
/// error hides others, and none brings hundreds more in its wake.
@Suite struct ErrorRecoveryTests {
    /// An invalid `published` used to hide the errors found when resolving
    /// the article's relations: they showed only once the date was fixed.
    @Test func anInvalidArticleBlockHidesNoRelationErrors() {
        #expect(TestCorpus.diagnostics([("a.md", TestCorpus.article("""
            article:
              title: T
              published: 2021-02-30
            relations:
              - combat: hts -- Tahrir al-Sham
                evidence: fought Hurras al-Din
              - combat: hts -- Huras al-Din
                evidence: fought Hurras al-Din
              - combat: hts -- hurras
                casualties: {isis: 3}
                evidence: fought Hurras al-Din
            """))]) == [
                "a.md:4:14: error: 'published' is not a valid date: '2021-02-30' (expected YYYY, YYYY-MM or YYYY-MM-DD)",
                "a.md:6:13: error: a relation of a faction with itself: 'hts' and 'Tahrir al-Sham' are both 'hts'",
                "a.md:8:13: error: unknown faction 'Huras al-Din'; closest known: 'Hurras al-Din (hurras)', 'hurras', 'Tahrir al-Sham (hts)'",
                "a.md:11:18: error: casualties of 'isis', who is not a party to this combat (hts -- hurras)",
            ])
    }

    @Test func anArticleWithATakenIdHasItsRelationsChecked() {
        let text = TestCorpus.article("article: {title: T, published: 2018, id: same}\nrelations:\n  - combat: hts -- nobody\n    evidence: fought Hurras al-Din")
        #expect(TestCorpus.diagnostics([("a.md", text), ("b.md", text)]) == [
            "a.md:4:13: error: unknown faction 'nobody'; closest known: 'Daesh (isis)', 'hts', 'hurras'",
            "b.md:2:42: error: article id 'same' is also the id of a.md: give one of them another 'id'",
            "b.md:4:13: error: unknown faction 'nobody'; closest known: 'Daesh (isis)', 'hts', 'hurras'",
        ])
    }

    /// A declaration with an error still declares its id, names and
    /// aliases: one error, not one per reference.
    @Test func aFactionWithAnErrorIsStillKnown() {
        let registry = TestCorpus.registry + """

            gov:
              name: The Government
              aliases: [the regime]
              kind: government
            nameless:
              aliases: [the unnamed]
            """
        #expect(TestCorpus.diagnostics([("a.md", TestCorpus.article("""
            article: {title: T, published: 2018}
            factions:
              gov: {name: The Government, kind: state}
            relations:
              - combat: the regime -- hts
                evidence: fought Hurras al-Din
              - combat: gov -- the unnamed
                evidence: fought Hurras al-Din
              - combat: nameless -- hts
                evidence: fought Hurras al-Din
            """))], registry: registry) == [
                "factions.yaml:15:9: error: 'kind' must be one of armed-group, coalition, state, movement, person, other, not 'government'",
                "factions.yaml:17:3: error: faction 'nameless' has no 'name'",
            ])
    }

    /// A registry of 1,285 factions with one control character in it: the
    /// one syntax error, not 1,285 "unknown faction" errors. The factions
    /// before it are still known (a self-relation with one is reported).
    @Test func oneBadByteInTheRegistryIsOneError() {
        var registry = (0..<1_285).map { "g\($0): Group \($0)\n" }.joined()
        let bad = registry.range(of: "g700: Group 700")!
        registry.replaceSubrange(bad, with: "g700: Group \u{1}700")
        let relations = (0..<1_285).map { "  - combat: g\($0) -- g\(($0 + 1) % 1_285)\n    evidence: fought\n" }.joined()
            + "  - combat: g5 -- Group 5\n    evidence: fought\n"
        let article = TestCorpus.article("article: {title: T, published: 2018}\nrelations:\n" + relations, body: "They fought.\n")
        #expect(TestCorpus.diagnostics([("a.md", article)], registry: registry) == [
            "factions.yaml:701:13: error: malformed YAML: control characters are not allowed (U+0001); the registry is read only up to here, and unknown factions are not reported until this is fixed",
            "a.md:2574:13: error: a relation of a faction with itself: 'g5' and 'Group 5' are both 'g5'",
        ])
    }

    @Test func identicalErrorsOfAFileAreCounted() {
        let relations = String(repeating: "  - combat: hts -- Huras\n    evidence: fought Hurras al-Din\n", count: 10)
        let result = TestCorpus.read([("a.md", TestCorpus.article("article: {title: T, published: 2018}\nrelations:\n" + relations))])
        let message = "unknown faction 'Huras'; closest known: 'hurras', 'hts', 'isis'"
        #expect(result.diagnostics.map(\.description) == [
            "a.md:4:13: error: \(message)",
            "a.md:6:13: error: \(message)",
            "a.md:8:13: error: \(message); and 7 more like this in this file",
        ])
        #expect(result.summary == "1 article, 3 factions, 0 relations: 10 errors, 0 warnings")
    }
}
