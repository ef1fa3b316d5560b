import Foundation
import Testing
import FactionGraphTestSupport

/// Inputs that are not regular files are located errors, never a hang nor
/// silently skipped; a corpus without articles says what it found.
@Suite struct InputFileCommandTests {
    /// A named pipe given as an argument used to block forever (opening a
    /// pipe waits for a writer).
    @Test func aFIFOArgumentIsAnErrorNotAHang() throws {
        let corpus = try CLI.corpus(["factions.yaml": CLI.registry, "a.md": CLI.goodArticle])
        #expect(mkfifo(corpus.appendingPathComponent("pipe.md").path, 0o644) == 0)
        let result = try CLI.run(["check", "factions.yaml", "a.md", "pipe.md"], in: corpus.path)
        #expect(result.status == 1)
        #expect(result.stdoutText == """
            pipe.md: error: cannot read this: it is a named pipe (FIFO), not a file or a directory
            1 article, 2 factions, 1 relation: 1 error, 0 warnings

            """)
    }

    /// In a directory, a pipe, a dangling link and a link loop named like
    /// articles were skipped silently.
    @Test func entriesThatAreNotFilesAreErrors() throws {
        let corpus = try CLI.corpus(["factions.yaml": CLI.registry, "a.md": CLI.goodArticle])
        #expect(mkfifo(corpus.appendingPathComponent("b-pipe.md").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: corpus.appendingPathComponent("c-dangling.md").path,
                                                   withDestinationPath: "nowhere.md")
        try FileManager.default.createSymbolicLink(atPath: corpus.appendingPathComponent("d-loop.md").path,
                                                   withDestinationPath: "d-loop.md")
        // Not named like an article: not read, not reported.
        try FileManager.default.createSymbolicLink(atPath: corpus.appendingPathComponent("notes").path,
                                                   withDestinationPath: "nowhere")
        let result = try CLI.run(["check", "."], in: corpus.path)
        #expect(result.status == 1)
        #expect(result.stdoutText == """
            ./b-pipe.md: error: cannot read this file: it is a named pipe (FIFO), not a regular file
            ./c-dangling.md: error: cannot read this file: it is a dangling symbolic link (its target does not exist)
            ./d-loop.md: error: cannot read this file: it is a symbolic link loop (Too many levels of symbolic links)
            1 article, 2 factions, 1 relation: 3 errors, 0 warnings

            """)
    }

    @Test func aLinkLoopArgumentGivesTheSystemsReason() throws {
        let corpus = try CLI.corpus([:])
        try FileManager.default.createSymbolicLink(atPath: corpus.appendingPathComponent("loop.md").path,
                                                   withDestinationPath: "loop.md")
        let result = try CLI.run(["check", "loop.md"], in: corpus.path)
        #expect(result.status == 1)
        #expect(result.stdoutText.hasPrefix("loop.md: error: cannot read this: it is a symbolic link loop (Too many levels of symbolic links)\n"))
    }

    @Test(.enabled(if: getuid() != 0, "root reads any file"))
    func anUnreadableFileGivesTheSystemsReason() throws {
        let corpus = try CLI.corpus(["factions.yaml": CLI.registry, "a.md": CLI.goodArticle])
        #expect(chmod(corpus.appendingPathComponent("a.md").path, 0) == 0)
        let result = try CLI.run(["check", "."], in: corpus.path)
        #expect(result.status == 1)
        #expect(result.stdoutText.hasPrefix("./a.md: error: cannot read this file: Permission denied\n"))
    }

    @Test func anEmptyDirectoryIsAnError() throws {
        let corpus = try CLI.corpus([:])
        let result = try CLI.run(["check", "."], in: corpus.path)
        #expect(result.status == 1)
        #expect(result.stdoutText == """
            .: error: no *.md files; the directory is empty (hidden files are not read)
            0 articles, 0 factions, 0 relations: 1 error, 0 warnings

            """)
    }

    @Test func aDirectoryOfOtherMarkdownExtensionsSaysWhatItFound() throws {
        var files: [String: String] = ["factions.yaml": CLI.registry, "notes.pdf": "%PDF"]
        for index in 0..<12 { files["sub/article-\(index).markdown"] = CLI.goodArticle }
        files["UPPER.MD"] = CLI.goodArticle
        let corpus = try CLI.corpus(files)
        let result = try CLI.run(["check", "."], in: corpus.path)
        #expect(result.status == 1)
        #expect(result.stdoutText == """
            .: error: no *.md files; found 12 .markdown files and 1 .MD file — rename them to .md or pass them explicitly
            0 articles, 2 factions, 0 relations: 1 error, 0 warnings

            """)
        // Passed explicitly, they are read.
        let explicit = try CLI.run(["check", "factions.yaml", "UPPER.MD", "sub/article-0.markdown"], in: corpus.path)
        #expect(explicit.status == 0)
        #expect(explicit.stdoutText == "2 articles, 2 factions, 2 relations: 0 errors, 0 warnings\n")
    }

    @Test func otherFilesOrOnlyARegistry() throws {
        let corpus = try CLI.corpus(["a.pdf": "%PDF", "b.png": "", "c.png": ""])
        #expect(try CLI.run(["check", "."], in: corpus.path).stdoutText.hasPrefix(
            ".: error: no *.md files; found 3 other files (.png, .pdf); an article is a .md file with a front matter\n"))
        let registryOnly = try CLI.corpus(["factions.yaml": CLI.registry])
        #expect(try CLI.run(["check", "."], in: registryOnly.path).stdoutText.hasPrefix(".: error: no *.md files; found only factions.yaml\n"))
        #expect(try CLI.run(["check", "factions.yaml"], in: registryOnly.path).stdoutText.hasPrefix(
            "factions.yaml: error: no articles: give a directory of *.md files, or the files themselves, with the registry\n"))
    }

    @Test func markdownFilesWithoutFrontMatterAreNoCorpus() throws {
        let corpus = try CLI.corpus(["README.md": "# Notes\n", "other.md": "Just text.\n"])
        let result = try CLI.run(["check", "."], in: corpus.path)
        #expect(result.status == 1)
        #expect(result.stdoutText == """
            ./README.md:1:1: warning: no front matter (the first line is not '---'); skipped, not an article
            ./other.md:1:1: warning: no front matter (the first line is not '---'); skipped, not an article
            .: error: no articles: none of its 2 .md files has a front matter (a first line '---', YAML, and another '---' line)
            0 articles, 0 factions, 0 relations: 1 error, 2 warnings

            """)
    }
}
