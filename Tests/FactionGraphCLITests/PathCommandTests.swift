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
