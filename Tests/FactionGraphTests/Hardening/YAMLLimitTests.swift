import Testing
@testable import FactionGraph

/// The YAML of a file is bounded in nesting and in what its aliases expand
/// to; a map's keys are checked for duplicates in constant time each.
@Suite struct YAMLLimitTests {
    static func article(_ frontMatter: String) -> [String] {
        TestCorpus.diagnostics([("a.md", TestCorpus.article(frontMatter))])
    }

    /// The document's root map is the first level: `relations:` and 999
    /// nested lists (`- - - …`, one per dash) are 1,000 levels.
    @Test func nestingIsBoundedAtAThousandLevels() {
        let within = Self.article("article: {title: T, published: 2018}\nrelations:\n  " + String(repeating: "- ", count: 999) + "x")
        #expect(within == ["a.md:4:5: error: a relation must be a map like 'combat: A -- B' with its attributes, not a list"])
        let beyond = Self.article("article: {title: T, published: 2018}\nrelations:\n  " + String(repeating: "- ", count: 1_000) + "x")
        #expect(beyond == ["a.md:4:2001: error: malformed YAML: lists and maps nested more than 1,000 deep; a front matter needs a handful of levels"])
    }

    /// In brackets, 100 levels: libyaml's work per token grows with them.
    @Test func bracketsAreBoundedAtAHundredLevels() {
        let within = Self.article("article: {title: T, published: 2018}\nrelations: " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100))
        #expect(within == ["a.md:3:13: error: a relation must be a map like 'combat: A -- B' with its attributes, not a list"])
        let beyond = Self.article("article: {title: T, published: 2018}\nrelations: " + String(repeating: "[", count: 101) + String(repeating: "]", count: 101))
        #expect(beyond == ["a.md:3:112: error: malformed YAML: brackets nested more than 100 deep; a front matter needs a handful of levels"])
    }

    /// 60,000 brackets crashed (releasing the tree recursed too deep), and
    /// 40,000 took 3.8 s in libyaml.
    @Test func sixtyThousandBracketsAreAnErrorNotACrash() {
        let text = "relations: " + String(repeating: "[", count: 60_000) + String(repeating: "]", count: 60_000)
        #expect(Self.article(text) == ["a.md:2:112: error: malformed YAML: brackets nested more than 100 deep; a front matter needs a handful of levels"])
    }

    /// One 20 KB quote aliased on 20,000 lines passed, then rendering
    /// took 2.4 GB. The error is at the alias that crosses 16 MiB.
    @Test func aliasesAreBoundedByWhatTheyExpandTo() {
        let quote = String(repeating: "word ", count: 4_000).trimmingWhitespace
        let aliases = String(repeating: "      - *q\n", count: 20_000)
        let text = "article: {title: T, published: 2018}\nrelations:\n  - combat: hts -- hurras\n    evidence:\n      - &q \(quote)\n" + aliases
        // Scalars before the quote: article title T published 2018
        // relations combat "hts -- hurras" evidence.
        let before = "articletitleTpublished2018relationscombathts -- hurrasevidence".utf8.count
        let aliasesWithin = (InputLimits.expandedBytes - before) / quote.utf8.count - 1
        let line = 2 + 4 + aliasesWithin + 1
        #expect(Self.article(text).first == "a.md:\(line):9: error: malformed YAML: with its aliases expanded, this YAML holds more than 16 MiB of text; write the values out, or alias less")
    }

    /// A "billion laughs": nine levels of ten aliases each.
    @Test func billionLaughsAreBoundedByTheirNodes() {
        var lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...8 {
            lines.append("l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        let diagnostics = TestCorpus.diagnostics([], registry: lines.joined(separator: "\n"))
        // Levels 0-4 hold 123,460 values with their keys and lists; each
        // alias of level 4 adds 111,111: the eighth on line 6 crosses
        // 1,000,000.
        #expect(diagnostics == ["factions.yaml:6:45: error: malformed YAML: with its aliases expanded, this YAML holds more than 1,000,000 values; write the values out, or alias less; \(RegistryRecovery.consequence)"])
    }

    /// A duplicate key among 50,000: comparing each key with every earlier
    /// one would take minutes.
    @Test func duplicateKeysInALargeMapAreFoundQuickly() {
        let registry = (0..<50_000).map { "g\($0): Group \($0)\n" }.joined() + "g123: Again\n"
        #expect(TestCorpus.diagnostics([], registry: registry)
            == ["factions.yaml:50001:1: error: malformed YAML: duplicate key 'g123' (first at line 124, column 1); \(RegistryRecovery.consequence)"])
    }
}

/// Files, front matters and lines are bounded in size.
@Suite struct SizeLimitTests {
    @Test func aFileOverEightMiBIsAnError() {
        let text = TestCorpus.article("article: {title: T, published: 2018}", body: String(repeating: "word\n", count: 1_700_000))
        #expect(TestCorpus.diagnostics([("a.md", text)]) == ["a.md:1:1: error: this file is 8,500,045 bytes; an article or a registry may have at most 8,388,608 (8 MiB)"])
    }

    @Test func aFrontMatterOverFourMiBIsAnError() {
        let relations = String(repeating: "  - combat: hts -- hurras\n    evidence: fought Hurras al-Din\n", count: 80_000)
        let text = TestCorpus.article("article: {title: T, published: 2018}\nrelations:\n" + relations)
        #expect(TestCorpus.diagnostics([("a.md", text)]) == ["a.md:1:1: error: the front matter opened here is 4,880,053 bytes; it may have at most 4,194,304 (4 MiB)"])
    }

    @Test func aLineOverOneMiBIsAnError() {
        let text = TestCorpus.article("article: {title: T, published: 2018}", body: "First line.\n" + String(repeating: "x", count: 1_048_577) + "\n")
        #expect(TestCorpus.diagnostics([("a.md", text)]) == ["a.md:5:1: error: this line is 1,048,577 bytes long; a line may have at most 1,048,576 (1 MiB)"])
    }
}
