import Foundation
import Testing
import FactionGraphTestSupport
@testable import FactionGraph

/// The event reader (`ArticleEventReader`) gives, for every file it
/// accepts, exactly what the tree reader gives, and leaves everything else
/// (errors, warnings, unusual YAML) to the tree reader: every article of the
/// repository, and the samples changed in ways that break them, read both
/// ways and compared field by field.
@Suite struct EventReaderTests {
    /// Each article as `FileParser` reads it, and as the tree reader alone
    /// reads it, dumped field by field.
    static func bothWays(_ text: String, vocabulary: Vocabulary = .builtIn) -> (events: String, tree: String) {
        func read(treeOnly: Bool) -> String {
            let input = InputFile(role: .article, fileSystemPath: "a.md", displayPath: "dir/a.md", defaultArticleID: "a")
            var parsed = ParsedFile(input: input)
            var text = text
            text.withUTF8 { FileParser.parse($0, vocabulary: vocabulary, into: &parsed, treeOnly: treeOnly) }
            var dumped = ""
            dump(parsed, to: &dumped)
            return dumped
        }
        return (read(treeOnly: false), read(treeOnly: true))
    }

    /// Every Markdown file of the samples and test fixtures.
    static func articles() throws -> [(path: String, text: String)] {
        let root = URL(fileURLWithPath: RepositoryPaths.samples).deletingLastPathComponent()
        var found: [(String, String)] = []
        for directory in ["samples", "Tests/Fixtures"] {
            let base = root.appendingPathComponent(directory)
            let walker = FileManager.default.enumerator(atPath: base.path)
            while let relative = walker?.nextObject() as? String {
                guard relative.hasSuffix(".md"),
                      let text = try? String(contentsOf: base.appendingPathComponent(relative), encoding: .utf8) else { continue }
                found.append((directory + "/" + relative, text))
            }
        }
        return found.sorted { $0.0 < $1.0 }
    }

    /// Changes to an article that the readers must agree on: most make it
    /// wrong (an error or a warning the tree reader reports), some keep
    /// it valid in unusual YAML.
    static let mutations: [(String, String)] = [
        ("evidence:", "evidense:"), ("published:", "publishd:"), (" -- ", " -> "), (" -> ", " -- "),
        ("title:", "title: [x]\n  x:"), ("relations:", "relations: ~\nr:"), ("article:", "article: ~\nx:"),
        ("    evidence:", "    date: 2019-02-30\n    evidence:"), ("    evidence:", "    until: 1990\n    evidence:"),
        ("    evidence:", "    confidence: maybe\n    evidence:"), ("    evidence:", "    confidence: confirmed\n    evidence:"),
        ("    evidence:", "    where: '  '\n    evidence:"), ("    evidence:", "    where: Idlib\n    note: ~\n    evidence:"),
        ("    evidence:", "    note: \"\"\n    evidence:"), ("    evidence:", "    casualties: {x: 2}\n    evidence:"),
        ("    evidence:", "    casualties: {x: 2, x: 3}\n    evidence:"), ("    evidence:", "    casualties: []\n    evidence:"),
        ("    evidence:", "    casualties:\n      x: '0012'\n      \"y\": \" 7 \"\n    evidence:"),
        ("    evidence:", "    casualties: {x: ~, y: -1}\n    evidence:"), ("    evidence:", "    casualties: {x: [1]}\n    evidence:"),
        ("    evidence:", "    casualties: {'': 2, ~: 3}\n    evidence:"), ("    evidence:", "    casualties: {x: 12345678901234567890}\n    evidence:"),
        ("    evidence:", "    casualties: {x: 1000001}\n    evidence:"), ("    evidence:", "    casualties: {x: &n 4, y: *n}\n    evidence:"),
        ("    evidence:", "    fatalities: {best: 3, low: 5}\n    evidence:"), ("    evidence:", "    fatalities: 12\n    evidence:"),
        ("    evidence:", "    date: &d 2019\n    until: *d\n    evidence:"), ("    evidence:", "    evidence: []\n    x:"),
        ("url: https://", "url: ftp://"), ("url: https://", "url: HTTPS://"), ("published:", "id: custom\n  published:"),
        ("---\n", "--- \n"), ("relations:", "factions:\n  Bad_ID: X\nrelations:"),
        ("relations:", "factions:\n  new-group: {name: New Group, aliases: [NG]}\nrelations:"),
        ("relations:", "extra: 1\nrelations:"), ("  title:", "  title: Again\n  title:"), ("  - ", "  -\t"),
        ("evidence: ", "evidence: \"  "), ("evidence: ", "evidence: ’"), (": ", ": !!str "), ("\n---\n", "\n...\n---\n"),
    ]

    @Test func theReadersAgreeOnEveryArticleAndEveryChangeToIt() throws {
        let articles = try Self.articles()
        #expect(articles.count > 50)
        var byEvents = 0
        var compared = 0
        for (path, text) in articles {
            var variants = [text]
            // The samples changed in every way; the fixtures as they are
            // (in a debug build, reading each twice is slow).
            for (from, to) in Self.mutations where path.hasPrefix("samples/") {
                if let range = text.range(of: from) { variants.append(text.replacingCharacters(in: range, with: to)) }
            }
            for variant in variants {
                let (events, tree) = Self.bothWays(variant)
                #expect(events == tree, "\(path): the readers differ on\n\(variant)")
                compared += 1
                let input = InputFile(role: .article, fileSystemPath: "a.md", displayPath: "a.md", defaultArticleID: "a")
                let bytes = Array(variant.utf8)
                if case let .frontMatter(yaml, body, line) = bytes.withUnsafeBufferPointer({ SourceText.split($0) }),
                   bytes.withUnsafeBufferPointer({ bytes in
                       var parsed = ParsedFile(input: input, names: ReferenceNames())
                       return ArticleEventReader.read(
                           yaml: UnsafeBufferPointer(rebasing: bytes[yaml]), body: UnsafeBufferPointer(rebasing: bytes[body]),
                           bodyLine: line, vocabulary: .builtIn, into: &parsed)
                   }) {
                    byEvents += 1
                }
            }
        }
        // Both readers are exercised: valid articles by events, the rest not.
        #expect(byEvents > 50)
        #expect(compared - byEvents > 200)
    }

    @Test func generatedArticlesAreReadFromEventsAlike() {
        for (path, text) in RandomCorpus.make(factions: 30, relations: 200, seed: 3) where path.hasSuffix(".md") {
            let (events, tree) = Self.bothWays(text)
            #expect(events == tree)
        }
    }
}
