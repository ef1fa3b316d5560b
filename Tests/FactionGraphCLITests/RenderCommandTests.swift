import Foundation
import Testing
import FactionGraphTestSupport

/// `factiongraph render`, run as a user runs it.
@Suite struct RenderCommandTests {
    @Test func dotGoesToStandardOutputAndMatchesTheGoldenFile() throws {
        let result = try CLI.run(["render", RepositoryPaths.samples, "--at", "2018-11-19"])
        #expect(result.status == 0)
        let golden = try String(contentsOf: RepositoryPaths.root
            .appendingPathComponent("Tests/Fixtures/golden/samples-2018-11-19.dot"), encoding: .utf8)
        #expect(result.stdoutText == golden)
        // Warnings go to standard error, never into the DOT.
        #expect(result.stderr.contains("warning: contested"))
    }

    @Test(arguments: [("svg", Array("<?xml".utf8)), ("png", [0x89, 0x50, 0x4E, 0x47]), ("pdf", Array("%PDF".utf8))])
    func imagesAreRenderedInProcessByExtension(ext: String, magic: [UInt8]) throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let output = directory.appendingPathComponent("graph.\(ext)").path
        let result = try CLI.run(["render", RepositoryPaths.samples, "-o", output])
        #expect(result.status == 0)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: output)))
        #expect(Array(bytes.prefix(magic.count)) == magic)
        // Nothing but the output is left in the directory.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["graph.\(ext)"])
    }

    @Test func theSameInputGivesTheSameImageBytes() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        for name in ["a.png", "b.png"] {
            #expect(try CLI.run(["render", RepositoryPaths.samples, "-o", directory.appendingPathComponent(name).path]).status == 0)
        }
        #expect(try Data(contentsOf: directory.appendingPathComponent("a.png"))
                == Data(contentsOf: directory.appendingPathComponent("b.png")))
    }

    @Test func svgShowsEvidenceOnHover() throws {
        let result = try CLI.run(["render", RepositoryPaths.samples, "--format", "svg", "--at", "2018-11-19"])
        #expect(result.status == 0)
        let document = try #require(SVGDocument(result.stdout))
        #expect(document.texts.contains("Hayat Tahrir al-Sham"))
        #expect(document.tooltips.contains("""
            combat: Firqat al-Ghuraba -- Hayat Tahrir al-Sham, since 2018-11-19
            casualties: Firqat al-Ghuraba 5, Hayat Tahrir al-Sham 13
            “locked in fierce combat with a rival group of hardline foreign fighters” — Tahrir al-Sham battles foreign extremists in Idlib (2018-11-19)
            “Tahrir al-Sham lost 13 of its fighters in the clashes” — Tahrir al-Sham battles foreign extremists in Idlib (2018-11-19)
            """))
    }

    @Test func jsonSnapshot() throws {
        let result = try CLI.run(["render", RepositoryPaths.samples, "--format", "json", "--at", "2014"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
        #expect(object["asOf"] as? String == "2014")
        let relations = try #require(object["relations"] as? [[String: Any]])
        #expect(relations.map { "\($0["type"]!) \($0["from"]!) \($0["to"]!)" } == [
            "combat ahrar-al-sham isis", "rivalry al-qaeda isis", "allegiance hts al-qaeda", "combat hts isis", "split hts isis",
            "split isis al-qaeda",
        ])
    }

    @Test func aCorpusWithErrorsWritesNothing() throws {
        let corpus = try CLI.corpus(["factions.yaml": CLI.registry, "a.md": CLI.badArticle])
        for name in ["out.svg", "out.dot", "out.json"] {
            let result = try CLI.run(["render", ".", "-o", name], in: corpus.path)
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("a.md:4:13: error: unknown faction 'Huras al-Din'"))
            #expect(result.stderr.contains("nothing written"))
            #expect(!FileManager.default.fileExists(atPath: corpus.appendingPathComponent(name).path))
        }
        // Without -o, nothing reaches standard output either.
        let toStdout = try CLI.run(["render", "."], in: corpus.path)
        #expect(toStdout.status == 1 && toStdout.stdout.isEmpty)
    }

    @Test func aFailedRunLeavesTheOldFileAlone() throws {
        let corpus = try CLI.corpus(["factions.yaml": CLI.registry, "a.md": CLI.badArticle, "out.svg": "old"])
        let result = try CLI.run(["render", ".", "-o", "out.svg"], in: corpus.path)
        #expect(result.status == 1)
        #expect(try String(contentsOf: corpus.appendingPathComponent("out.svg"), encoding: .utf8) == "old")
    }

    @Test func usageErrors() throws {
        let unknownExtension = try CLI.run(["render", RepositoryPaths.samples, "-o", "graph.xyz"])
        #expect(unknownExtension.status == 64)
        #expect(unknownExtension.stderr.contains("Cannot tell the format from 'graph.xyz'"))
        let badDate = try CLI.run(["render", RepositoryPaths.samples, "--at", "2018-13"])
        #expect(badDate.status == 64)
        let badEngine = try CLI.run(["render", RepositoryPaths.samples, "--layout", "spring"])
        #expect(badEngine.status == 64)
    }

    @Test func everyLayoutEngineRenders() throws {
        for engine in ["dot", "neato", "fdp", "sfdp", "circo", "twopi"] {
            let result = try CLI.run(["render", RepositoryPaths.samples, "--format", "svg", "--layout", engine])
            #expect(result.status == 0, "\(engine): \(result.stderr)")
            #expect(SVGDocument(result.stdout) != nil)
        }
    }

    /// libgraphviz's fdp places the same graph differently from run to run,
    /// so asking for it draws (it is what was asked) with a warning naming
    /// the reproducible alternative; the other engines say nothing.
    @Test func fdpWarnsThatItsLayoutIsNotReproducible() throws {
        let warning = "factiongraph: warning: fdp's layout is not reproducible: Graphviz's fdp can place the factions differently on every run, even of the same input; --layout neato draws a spring layout that is the same every time\n"
        for format in ["svg", "dot"] {
            let fdp = try CLI.run(["render", RepositoryPaths.samples, "--at", "2018-11-19", "--format", format, "--layout", "fdp"])
            #expect(fdp.status == 0)
            #expect(fdp.stderr.hasSuffix("flagged\n" + warning), "\(format): \(fdp.stderr)")
            let neato = try CLI.run(["render", RepositoryPaths.samples, "--at", "2018-11-19", "--format", format, "--layout", "neato"])
            #expect(neato.status == 0)
            #expect(!neato.stderr.contains("reproducible"))
        }
        let path = try CLI.run(["path", RepositoryPaths.samples, "foreigners", "isis", "--format", "svg", "--layout", "fdp"])
        #expect(path.stderr.hasSuffix(warning))
        let text = try CLI.run(["path", RepositoryPaths.samples, "foreigners", "isis", "--layout", "fdp"])
        #expect(!text.stderr.contains("reproducible"))
        let page = try CLI.run(["timeline", RepositoryPaths.samples, "--layout", "fdp", "-o", "-"])
        #expect(page.status == 0 && page.stderr.hasSuffix(warning))
    }

    @Test func anUnwritableOutputIsAnError() throws {
        let result = try CLI.run(["render", RepositoryPaths.samples, "-o", "/nonexistent/dir/graph.svg"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot write /nonexistent/dir/graph.svg"))
    }
}

extension RenderCommandTests {
    @Test func typeFilters() throws {
        let result = try CLI.run(["render", RepositoryPaths.samples, "--types", "split", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
        let types = Set((object["relations"] as? [[String: Any]] ?? []).compactMap { $0["type"] as? String })
        #expect(types == ["split"])
        #expect(try CLI.run(["render", RepositoryPaths.samples, "--types", "friendship"]).status == 64)
    }

    @Test func aSnapshotTooLargeForOnePictureIsRefusedWithAdvice() throws {
        let corpus = try CLI.corpus(["factions.yaml": (0..<2_100).map { "g\($0): Group \($0)\n" }.joined(),
                                     "a.md": "---\narticle: {title: A, published: 2020}\nrelations:\n"
                                        + (0..<2_100).map { "  - combat: g\($0) -- g\(($0 + 1) % 2_100)\n    evidence: q\n" }.joined()
                                        + "---\nq\n"])
        let refused = try CLI.run(["render", corpus.path, "-o", corpus.appendingPathComponent("big.svg").path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("2100 factions and 2100 relations, too many for one picture"))
        #expect(refused.stderr.contains("--focus"))
        #expect(!FileManager.default.fileExists(atPath: corpus.appendingPathComponent("big.svg").path))
        // DOT and JSON are still written, and --focus draws a part.
        #expect(try CLI.run(["render", corpus.path, "--format", "dot"]).status == 0)
        #expect(try CLI.run(["render", corpus.path, "--focus", "g5", "--depth", "2", "--format", "svg"]).status == 0)
    }
}
