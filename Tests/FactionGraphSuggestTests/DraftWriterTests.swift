import FactionGraph
import FactionGraphTestSupport
import Foundation
import Testing
@testable import FactionGraphSuggest

/// Drafts as files: a new front matter for a raw text, new lines only in a
/// front matter a human keeps, marks that stay, and `check` passing.
@Suite struct DraftWriterTests {
    static let body = """
        Tahrir al-Sham clashed with Hurras al-Din on 23 June. The so-called "foreigners group" pledged allegiance to Hurras al-Din.

        """

    static func written(_ text: String, path: String = "a.md") -> String? {
        let draft = Support.suggester().draft(ArticleInput(path: path, text: text))
        return try? DraftWriter().article(draft).get()
    }

    @Test func aRawTextGetsAFrontMatterThatCheckAccepts() throws {
        let text = try #require(Self.written("Clashes in Idlib\n\n" + Self.body))
        #expect(text.hasPrefix("""
            ---
            article:
              title: Clashes in Idlib  # suggested: the text's first line, or the file's name
              published: 2018-11-19  # suggested: from --published
            # suggested: known factions named in the text: hurras-al-din 2, hts 1
            factions:
              foreigners-group:  # suggested: new faction (a name it gives itself); seen "foreigners group" 1x
                name: foreigners group
            relations:
              - combat: hts -- hurras-al-din  # suggested: cue "clashed with", sentence 2, score 0.90
                evidence: Tahrir al-Sham clashed with Hurras al-Din on 23 June
                date: 2018-06-23
              - allegiance: foreigners-group -> hurras-al-din  # suggested: cue "allegiance to", sentence 3, score 0.90
                evidence: The so-called "foreigners group" pledged allegiance to Hurras al-Din
            ---
            Clashes in Idlib
            """))
        #expect(Support.checkErrors(text) == [])
    }

    @Test func suggestionsAreAddedWithoutTouchingWhatAHumanWrote() throws {
        let human = """
            ---
            # my notes
            article:
                title: "Clashes"
                published: 2018-11-19
            relations:
            - combat: Tahrir al-Sham -- Hurras al-Din   # checked by me
              evidence: Tahrir al-Sham clashed with Hurras al-Din
            ---

            """ + Self.body
        let text = try #require(Self.written(human))
        let humanLines = human.split(separator: "\n", omittingEmptySubsequences: false)
        let newLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // Every line of the human's is there, in order.
        var next = newLines.startIndex
        for line in humanLines {
            guard let found = newLines[next...].firstIndex(of: line) else { Issue.record("line lost: \(line)"); return }
            next = found + 1
        }
        let added = newLines.filter { !humanLines.contains($0) }
        #expect(added == [
            "- allegiance: foreigners-group -> hurras-al-din  # suggested: cue \"allegiance to\", sentence 2, score 0.90",
            "  evidence: The so-called \"foreigners group\" pledged allegiance to Hurras al-Din",
            "factions:",
            "  foreigners-group:  # suggested: new faction (a name it gives itself); seen \"foreigners group\" 1x",
            "    name: foreigners group",
        ])
        #expect(Support.checkErrors(text) == [])
        // A second run adds nothing: the suggestions are there.
        #expect(Self.written(text) == text)
    }

    @Test func aFrontMatterWithoutArticleGetsOne() throws {
        let text = try #require(Self.written("---\nrelations:\n---\n" + Self.body, path: "2018-11-19-clashes.md"))
        #expect(text.hasPrefix("---\narticle:\n  title: Clashes  # suggested: the text's first line, or the file's name\n  published: 2018-11-19  # suggested: from --published\n"))
        #expect(Support.checkErrors(text) == [])
    }

    @Test func noDateNoDraft() {
        let draft = Suggester(registry: Support.suggester().registry).draft(ArticleInput(path: "a.txt", text: Self.body))
        guard case .failure(let error) = DraftWriter().article(draft) else { Issue.record("a draft without a date"); return }
        #expect(error.description.hasPrefix("a.txt: error: no publication date"))
    }

    @Test func scalarsReadBackExactly() {
        // Seeded, so that a failure is the same on every run and machine.
        var generator = SeededGenerator(seed: 14)
        let pieces = ["a", "B", " ", ":", ": ", "#", " #", "'", "\"", "-", "?", "[", "]", "{", "}", ",", "null", "~", "\\", "\t", "é", "ش", "%", "@", "`", "!", "&", "*", "|", ">"]
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...8, using: &generator) { text += pieces.randomElement(using: &generator)! }
            let yaml = "key: \(YAMLText.scalar(text))\nlist: \(YAMLText.flowList([text, "x"]))\n"
            guard case .success(let node) = YAMLParser.parse(yaml), let pairs = node?.pairs else {
                Issue.record("not YAML: \(yaml)")
                continue
            }
            #expect(pairs[0].value.string == text, "\(yaml)")
            #expect(pairs[1].value.items?.first?.string == text, "\(yaml)")
        }
    }
}

