import Testing
@testable import FactionGraph

/// libyaml's commonest complaints in our words, with a hint, at the place
/// of the mistake (libyaml often notices it a line later).
@Suite struct YAMLMessageTests {
    static func diagnostics(_ frontMatter: String) -> [String] {
        TestCorpus.diagnostics([("a.md", "---\n" + frontMatter + "---\nbody\n")])
    }

    @Test(arguments: [
        ("article:\n\ttitle: T\n  published: 2018\n", "a.md:3:1"),
        ("article:\n  title: T\n\t published: 2018\n", "a.md:4:1"),
    ])
    func aTab(frontMatter: String, place: String) {
        #expect(Self.diagnostics(frontMatter) == ["\(place): error: malformed YAML: a tab character: YAML indents with spaces only; replace the tab with spaces"])
    }

    /// libyaml says "mapping values are not allowed in this context" at the
    /// next line's colon; the mistake is the line before.
    @Test func aKeyWithoutItsColon() {
        #expect(Self.diagnostics("article:\n  title T\n  published: 2018\n")
            == ["a.md:3:3: error: malformed YAML: this line has no ':' after its key; did you mean 'title: T'?"])
        #expect(Self.diagnostics("article:\n  title: T\n  published 2018\nrelations: []\n")
            == ["a.md:4:3: error: malformed YAML: this line has no ':' after its key; did you mean 'published: 2018'?"])
    }

    @Test func aValueWithAColonAndASpace() {
        #expect(Self.diagnostics("article:\n  title: The \"Sahel exception\": a study\n  published: 2018\n")
            == [#"a.md:3:10: error: malformed YAML: the value of 'title' contains ': ', which YAML reads as the start of another key; quote the value: title: 'The "Sahel exception": a study'"#])
        #expect(Self.diagnostics("article: {title: T, published: 2018}\nrelations:\n  - combat: hts -- hurras\n    evidence: he said: no\n")
            == [#"a.md:5:15: error: malformed YAML: the value of 'evidence' contains ': ', which YAML reads as the start of another key; quote the value: evidence: "he said: no""#])
    }

    @Test func aValueStartingWithAQuote() {
        #expect(Self.diagnostics("article:\n  title: \"Sahel exception\" in Mali\n  published: 2018\n")
            == [#"a.md:3:10: error: malformed YAML: the value of 'title' starts with a quote, so it ends at the closing quote; quote the whole value: title: '"Sahel exception" in Mali'"#])
    }

    @Test func aValueStartingWithAReservedCharacter() {
        #expect(Self.diagnostics("article:\n  title: @home\n  published: 2018\n")
            == [#"a.md:3:10: error: malformed YAML: a value cannot start with '@'; quote the value: title: "@home""#])
    }

    /// libyaml notices an unclosed quote or bracket where the front matter
    /// ends; the mistake is where it opens.
    @Test func anUnclosedQuoteOrBracket() {
        #expect(Self.diagnostics("article:\n  title: \"Sahel exception\n  published: 2018\nrelations: []\n")
            == [#"a.md:3:10: error: malformed YAML: this quoted value is never closed: end it with ""#])
        #expect(Self.diagnostics("article:\n  title: 'Sahel exception\n  published: 2018\n")
            == ["a.md:3:10: error: malformed YAML: this quoted value is never closed: end it with '"])
        #expect(Self.diagnostics("article: {title: T, published: 2018}\nfactions:\n  x:\n    name: X\n    aliases: [a, b\nrelations: []\n")
            == ["a.md:6:14: error: malformed YAML: this '[' is never closed: end it with ']'"])
        #expect(Self.diagnostics("article: {title: T, published: 2018\nrelations: []\n")
            == ["a.md:2:10: error: malformed YAML: this '{' is never closed: end it with '}'"])
    }

    @Test func aMisalignedLine() {
        #expect(Self.diagnostics("article:\n  title: T\n published: 2018\n")
            == ["a.md:4:2: error: malformed YAML: this line's indentation (1 space) matches no map above it: indent the keys of one map alike"])
        #expect(Self.diagnostics("article: {title: T, published: 2018}\nrelations:\n  - combat: hts -- hurras\n   evidence: x\n")
            == ["a.md:5:4: error: malformed YAML: this line is not aligned with the list above it (line 4, column 3): indent the keys of one item alike, and start a new item with '- '"])
    }
}
