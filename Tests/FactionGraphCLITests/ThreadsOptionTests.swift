import Foundation
import Testing
import FactionGraphTestSupport

/// `--threads N` and `FACTIONGRAPH_THREADS` on the commands that read: the
/// same output, diagnostics and exit status whatever the number, and a clear
/// error for a number that is not one.
@Suite struct ThreadsOptionTests {
    /// 80 articles over 20 factions (several chunks of files for each
    /// thread), one with an unknown faction and one without front matter,
    /// so the order of diagnostics is checked too.
    static func corpus() throws -> URL {
        var files: [String: String] = [:]
        files["factions.yaml"] = (0..<20).map { "f\($0): Faction \($0)\n" }.joined()
        for index in 0..<80 {
            let (a, b) = (index % 20, (index * 7 + 3) % 20)
            let type = index % 3 == 0 ? "alliance" : "combat"
            files["articles/\(index % 4)/a\(index).md"] = """
                ---
                article: {title: Report \(index), published: \(2010 + index % 12)-0\(1 + index % 9)}
                relations:
                  - \(type): f\(a) -- Faction \(b == a ? (b + 1) % 20 : b)
                    evidence: clash number \(index)
                ---
                The clash number \(index) was reported.

                """
        }
        files["articles/2/bad.md"] = CLI.badArticle
        files["articles/1/notes.md"] = "notes\n"
        return try CLI.corpus(files)
    }

    static func environment(threads: String?) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["FACTIONGRAPH_THREADS"] = threads
        return environment
    }

    @Test(arguments: [["check"], ["render", "--format", "json"], ["path", "f0", "f9", "--all"],
                      ["diff", "--from", "2014"], ["history", "f3"], ["suggest", "--corpus", "."]])
    func theOutputIsTheSameWhateverTheThreads(_ command: [String]) throws {
        let corpus = try Self.corpus()
        // The bad article stops the commands that need a valid corpus, so
        // those read a copy without it.
        if command[0] != "check" {
            try FileManager.default.removeItem(at: corpus.appendingPathComponent("articles/2/bad.md"))
        }
        func run(_ threads: [String], environment: String? = nil) throws -> ProcessResult {
            let arguments = Array(command.prefix(1)) + ["."] + Array(command.dropFirst()) + threads
            return try CLI.run(arguments, in: corpus.path, environment: Self.environment(threads: environment))
        }
        let one = try run(["--threads", "1"])
        #expect(!one.stdout.isEmpty)
        if command[0] == "check" {
            #expect(one.status == 1)
            #expect(one.stdoutText.contains("./articles/1/notes.md:1:1: warning: no front matter"))
            #expect(one.stdoutText.contains("./articles/2/bad.md:4:13: error: unknown faction 'hts'"))
        }
        for other in [try run(["--threads", "2"]), try run(["--threads", "7"]), try run([], environment: "3"),
                      try run(["--threads", "4"], environment: "1")] {
            #expect(other.status == one.status)
            #expect(other.stdout == one.stdout)
            #expect(other.stderr == one.stderr)
        }
    }

    @Test func aBadNumberIsAnError() throws {
        let corpus = try Self.corpus()
        let zero = try CLI.run(["check", ".", "--threads", "0"], in: corpus.path)
        #expect(zero.status == 64)
        #expect(zero.stderr.contains("--threads takes a whole number of at least 1, not 0."))
        let word = try CLI.run(["check", "."], in: corpus.path, environment: Self.environment(threads: "many"))
        #expect(word.status == 64)
        #expect(word.stderr.contains("FACTIONGRAPH_THREADS must be a whole number of at least 1, not 'many'."))
        // The option wins over a bad environment variable.
        let both = try CLI.run(["check", ".", "--threads", "2"], in: corpus.path, environment: Self.environment(threads: "many"))
        #expect(both.status == 1)
    }
}
