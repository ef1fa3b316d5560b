import Foundation
import Testing
import FactionGraphTestSupport
@testable import FactionGraph

/// File names and file text never forge a location nor reach the terminal
/// as escape sequences.
@Suite struct FileNameEscapingTests {
    @Test func aFileNameCannotForgeALocation() throws {
        let corpus = try CLI.corpus(["factions.yaml": CLI.registry, "x.md:1:1: error: fake.md": CLI.badArticle])
        let result = try CLI.run(["check", "."], in: corpus.path)
        #expect(result.status == 1)
        #expect(result.stdoutText.hasPrefix(
            #"./x.md\:1\:1\: error\: fake.md:4:13: error: unknown faction 'Huras al-Din'"#))
    }

    @Test func escapeSequencesDoNotReachTheTerminal() throws {
        let corpus = try CLI.corpus(["factions.yaml": CLI.registry, "\u{1B}[2Jred\u{202E}.md": CLI.badArticle,
                                     "b.md": "---\narticle: {title: T, published: 2018}\nrelations:\n  - combat: \"hts -- \\e[31mred\"\n    evidence: x\n---\nx\n"])
        let result = try CLI.run(["check", "."], in: corpus.path)
        #expect(result.status == 1)
        #expect(!result.stdoutText.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        #expect(result.stdoutText.hasPrefix(#"./\u{1B}[2Jred\u{202E}.md:4:13: error: unknown faction 'Huras al-Din'"#))
        #expect(result.stdoutText.contains(#"./b.md:4:13: error: unknown faction '\u{1B}[31mred'"#))
    }

    @Test func theEscapingIsUnambiguous() {
        #expect(DisplayText.path("samples/a.md") == "samples/a.md")
        #expect(DisplayText.path(#"a\b:c"#) == #"a\\b\:c"#)
        #expect(DisplayText.path("tab\there") == #"tab\u{9}here"#)
        #expect(DisplayText.message("a: b\u{7F}\u{85}") == #"a: b\u{7F}\u{85}"#)
        let diagnostic = Diagnostic.error(SourceLocation(path: "x.md:9:9", line: 1, column: 2), "bad\u{1B}")
        #expect(diagnostic.description == #"x.md\:9\:9:1:2: error: bad\u{1B}"#)
    }
}
