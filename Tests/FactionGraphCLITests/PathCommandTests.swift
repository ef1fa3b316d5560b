import Foundation
import Testing
import FactionGraphTestSupport

/// `factiongraph path`, `balance` and `render --focus`, run as users run them.
@Suite struct PathCommandTests {
    @Test func aPathIsFoundWithItsEvidence() throws {
        let result = try CLI.run(["path", RepositoryPaths.samples, "the foreigners", "ISIS", "--at", "2018-11-19", "--types", "allegiance,alliance"])
        #expect(result.status == 0)
        #expect(result.stdoutText == """
            1 shortest path from Firqat al-Ghuraba to Islamic State as of 2018-11-19:

            Firqat al-Ghuraba -allegiance-> Hurras al-Din -alliance- Islamic State  (+, 2 hops: friendly chain)
                allegiance: Firqat al-Ghuraba -> Hurras al-Din, since 2018-11-19
                  “The faction recently pledged allegiance to Hurras al-Din” — Tahrir al-Sham battles foreign extremists in Idlib (2018-11-19), \(RepositoryPaths.samples)/2018-11-19-hts-battles-foreign-extremists.md:58
                alliance: Hurras al-Din -- Islamic State, since 2018-11-19 [alleged]
                  “has temporarily joined forces with Hurras al-Din” — Tahrir al-Sham battles foreign extremists in Idlib (2018-11-19), \(RepositoryPaths.samples)/2018-11-19-hts-battles-foreign-extremists.md:66

            """)
    }

    @Test func exitStatusesAreLikeGrep() throws {
        let none = try CLI.run(["path", RepositoryPaths.samples, "foreigners", "isis", "--at", "2010"])
        #expect(none.status == 1)
        #expect(none.stdoutText == "No path from Firqat al-Ghuraba to Islamic State as of 2010.\n")
        let unknown = try CLI.run(["path", RepositoryPaths.samples, "foreignerz", "isis"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasSuffix("\nfactiongraph: error: unknown faction 'foreignerz'; closest known: 'foreigners', 'the foreigners (foreigners)', 'foreigners group (foreigners)'\n"))
        let corpus = try CLI.corpus(["factions.yaml": CLI.registry, "a.md": CLI.badArticle])
        let broken = try CLI.run(["path", corpus.path, "hts", "hurras"])
        #expect(broken.status == 2)
        #expect(broken.stdout.isEmpty)
    }

    @Test func jsonPaths() throws {
        let result = try CLI.run(["path", RepositoryPaths.samples, "foreigners", "isis", "--at", "2018-11-19", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
        #expect(object["from"] as? String == "foreigners" && object["to"] as? String == "isis" && object["asOf"] as? String == "2018-11-19")
        let paths = try #require(object["paths"] as? [[String: Any]])
        #expect(paths.map { $0["sign"] as? String } == ["+", "?", "+"])
        #expect(paths.map { $0["factions"] as? [String] } == [["foreigners", "hts", "isis"], ["foreigners", "hts", "isis"], ["foreigners", "hurras-al-din", "isis"]])
        let hop = try #require((paths[0]["hops"] as? [[String: Any]])?.first)
        #expect(hop["type"] as? String == "combat" && hop["forward"] as? Bool == true)
        #expect((hop["evidence"] as? [[String: Any]])?.first?["line"] as? Int == 45)
    }

    @Test func pathDiagramHighlightsThePaths() throws {
        let result = try CLI.run(["path", RepositoryPaths.samples, "foreigners", "isis", "--at", "2018-11-19", "--format", "dot"])
        #expect(result.status == 0)
        let dot = result.stdoutText
        #expect(try DotProgram.complaints(about: dot) == "")
        let lines = dot.split(separator: "\n")
        let faded = lines.filter { $0.contains("color=\"#cbd5e0\"") }
        #expect(lines.contains { $0.contains("\"foreigners\" -> \"hurras-al-din\"") && !$0.contains("#cbd5e0") })
        #expect(faded.contains { $0.contains("\"zenki\"") })
        let svg = try CLI.run(["path", RepositoryPaths.samples, "foreigners", "isis", "-o", "-", "--format", "svg"])
        #expect(SVGDocument(svg.stdout) != nil)
    }

    @Test func allPathsNeedsAFormatItSupports() throws {
        let result = try CLI.run(["path", RepositoryPaths.samples, "foreigners", "isis", "--max-hops", "3"])
        #expect(result.status == 64)
        let all = try CLI.run(["path", RepositoryPaths.samples, "foreigners", "isis", "--all", "--max-hops", "3", "--at", "2018-11-19"])
        #expect(all.status == 0)
        #expect(all.stdoutText.hasPrefix("17 simple paths from Firqat al-Ghuraba to Islamic State as of 2018-11-19:"))
    }

    @Test func allPathsAreCutAtTheLimitWithANote() throws {
        let arguments = ["path", RepositoryPaths.samples, "foreigners", "isis", "--all", "--at", "2018-11-19"]
        let every = try CLI.run(arguments)
        #expect(every.status == 0)
        #expect(every.stdoutText.hasPrefix("35 simple paths from Firqat al-Ghuraba to Islamic State as of 2018-11-19:\n"))
        #expect(!every.stderr.contains("note:"))
        let cut = try CLI.run(arguments + ["--limit", "5"])
        #expect(cut.status == 0)
        #expect(cut.stdoutText.hasPrefix("5 of 35 simple paths from Firqat al-Ghuraba to Islamic State as of 2018-11-19:\n"))
        #expect(cut.stderr.hasSuffix("factiongraph: note: listed 5 of 35 simple paths of at most 4 hops; raise --limit to list more\n"))
        // The first five, in the same order: the path lines and their evidence.
        let body = { (text: String) in text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst() }
        let lines = Array(body(cut.stdoutText))
        #expect(lines == Array(body(every.stdoutText).prefix(lines.count - 1)) + [""])
        #expect(lines.count { $0.hasSuffix(")") && $0.contains(" hops: ") } == 5)
        let json = try CLI.run(arguments + ["--limit", "5", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout)) as? [String: Any])
        #expect((object["paths"] as? [[String: Any]])?.compactMap { $0["length"] as? Int } == [2, 2, 2, 3, 3])
        #expect(json.stderr.hasSuffix("note: listed 5 of 35 simple paths of at most 4 hops; raise --limit to list more\n"))
    }

    @Test func limitIsAPositiveNumberThatGoesWithAll() throws {
        let zero = try CLI.run(["path", RepositoryPaths.samples, "foreigners", "isis", "--all", "--limit", "0"])
        #expect(zero.status == 64)
        #expect(zero.stderr.contains("--limit must be 1 or more."))
        let alone = try CLI.run(["path", RepositoryPaths.samples, "foreigners", "isis", "--limit", "3"])
        #expect(alone.status == 64)
        #expect(alone.stderr.contains("--limit goes with --all."))
    }

    /// 8 factions, each pair in combat, truce and alliance: between two of
    /// them 3 + 6 x 9 + 30 x 27 + 120 x 81 = 10587 simple paths of up to 4
    /// hops, all counted; the first 100 come out, shortest first.
    @Test func aDenseCorpusListsTheFirstHundredPathsAndCountsThemAll() throws {
        let ids = (0..<8).map { "f\($0)" }
        let registry = ids.map { "\($0): Faction \($0)\n" }.joined()
        var relations = ""
        for (index, a) in ids.enumerated() {
            for b in ids[(index + 1)...] {
                for type in ["combat", "truce", "alliance"] { relations += "  - \(type): \(a) -- \(b)\n    evidence: q\n" }
            }
        }
        let corpus = try CLI.corpus(["factions.yaml": registry,
                                     "a.md": "---\narticle: {title: A, published: 2020}\nrelations:\n\(relations)---\nq\n"])
        let result = try CLI.run(["path", corpus.path, "f0", "f1", "--all", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
        let paths = try #require(object["paths"] as? [[String: Any]])
        #expect(paths.map { $0["length"] as? Int } == [1, 1, 1] + Array(repeating: 2, count: 54) + Array(repeating: 3, count: 43))
        #expect(paths[3]["factions"] as? [String] == ["f0", "f2", "f1"])
        #expect(paths[57]["factions"] as? [String] == ["f0", "f2", "f3", "f1"])
        // (Each pair is contested, hence a warning a line before.)
        #expect(result.stderr.hasSuffix("\nfactiongraph: note: listed 100 of 10587 simple paths of at most 4 hops; raise --limit to list more\n"))
        let text = try CLI.run(["path", corpus.path, "f0", "f1", "--all"])
        #expect(text.stdoutText.hasPrefix("100 of 10587 simple paths from Faction f0 to Faction f1 as of 2020:\n"))
    }

    @Test func balanceListsTensionPoints() throws {
        let result = try CLI.run(["balance", RepositoryPaths.samples, "--at", "2018-11-19"])
        #expect(result.status == 0)
        let lines = result.stdoutText.split(separator: "\n").map(String.init)
        #expect(lines.first == "Structural balance as of 2018-11-19: 4 triangles, 0 balanced, 4 unbalanced (balance ratio 0.00)")
        #expect(lines.contains("  al-Qaeda and Islamic State are rivals, while Hurras al-Din is linked by allegiance with al-Qaeda and allied with Islamic State"))
        #expect(lines.contains("  Hayat Tahrir al-Sham and Islamic State fight each other, while Hurras al-Din is allied with Hayat Tahrir al-Sham and allied with Islamic State"))
        let json = try CLI.run(["balance", RepositoryPaths.samples, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout)) as? [String: Any])
        #expect(object["triangles"] as? Int != nil && object["unbalanced"] as? [Any] != nil)
    }

    @Test func focusDrawsANeighbourhood() throws {
        let result = try CLI.run(["render", RepositoryPaths.samples, "--focus", "Zenki", "--depth", "1", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
        let factions = (object["factions"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(factions == ["hts", "nlf", "zenki"])
        let unknown = try CLI.run(["render", RepositoryPaths.samples, "--focus", "Zenky"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("unknown faction 'Zenky'; closest known: 'zenki', "))
    }
}
