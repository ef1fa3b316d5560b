import Foundation
import Testing
import FactionGraphTestSupport

/// `factiongraph check`, run as a user runs it.
@Suite struct CheckCommandTests {
    @Test func theSamplesCheckCleanly() throws {
        let result = try CLI.run(["check", RepositoryPaths.samples])
        #expect(result.status == 0)
        let lines = result.stdoutText.split(separator: "\n")
        #expect(lines.last == "13 articles, 10 factions, 30 relations: 0 errors, 1 warning")
        #expect(lines.first?.contains(": warning: contested: hts and hurras-al-din") == true)
        #expect(result.stderr == "")
    }

    @Test func errorsAreLocatedAndTheStatusIsOne() throws {
        let corpus = try CLI.corpus(["factions.yaml": CLI.registry, "a.md": CLI.badArticle, "README.md": "# About\n"])
        let result = try CLI.run(["check", "."], in: corpus.path)
        #expect(result.status == 1)
        #expect(result.stdoutText == """
            ./README.md:1:1: warning: no front matter (the first line is not '---'); skipped, not an article
            ./a.md:4:13: error: unknown faction 'Huras al-Din'; closest known: 'Hurras al-Din (hurras)', 'hurras', 'Tahrir al-Sham (hts)'
            1 article, 2 factions, 0 relations: 1 error, 1 warning

            """)
    }

    @Test func aMissingDirectoryIsAnErrorNotACrash() throws {
        let result = try CLI.run(["check", "/nonexistent/corpus"])
        #expect(result.status == 1)
        #expect(result.stdoutText.hasPrefix("/nonexistent/corpus: error: no such file or directory\n"))
    }

    @Test func singleFilesFormACorpusToo() throws {
        let corpus = try CLI.corpus(["factions.yaml": CLI.registry, "a.md": CLI.goodArticle])
        let result = try CLI.run(["check", "factions.yaml", "a.md"], in: corpus.path)
        #expect(result.status == 0)
        #expect(result.stdoutText == "1 article, 2 factions, 1 relation: 0 errors, 0 warnings\n")
    }

    @Test func noArgumentsIsAUsageError() throws {
        let result = try CLI.run(["check"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Usage: factiongraph check"))
    }
}

extension CheckCommandTests {
    @Test func hiddenFilesAreSkippedAndLinkLoopsEnd() throws {
        let corpus = try CLI.corpus([
            "factions.yaml": CLI.registry, "a/b.md": CLI.goodArticle, ".git/notes.md": "no front matter",
            "a/.draft.md": "", "a/notes.txt": "not read", "sub/factions.yaml": "not: [read",
        ])
        // A link back up the tree: read once, not forever.
        try FileManager.default.createSymbolicLink(atPath: corpus.appendingPathComponent("a/loop").path,
                                                   withDestinationPath: corpus.path)
        let result = try CLI.run(["check", "."], in: corpus.path)
        #expect(result.status == 0)
        #expect(result.stdoutText == "1 article, 2 factions, 1 relation: 0 errors, 0 warnings\n")
    }
}
