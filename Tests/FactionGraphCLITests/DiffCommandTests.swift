import Foundation
import Testing
import FactionGraphTestSupport

/// `factiongraph diff` and `history`, run as users run them.
@Suite struct DiffCommandTests {
    @Test func exitStatusesAreLikeDiff() throws {
        let same = try CLI.run(["diff", RepositoryPaths.samples, "--from", "2019-02", "--to", "2019-03"])
        #expect(same.status == 0)
        #expect(same.stdoutText == "--- \(RepositoryPaths.samples) as of 2019-02\n+++ \(RepositoryPaths.samples) as of 2019-03\n")
        let different = try CLI.run(["diff", RepositoryPaths.samples, "--from", "2019", "--to", "2020-06-30"])
        #expect(different.status == 1)
        #expect(different.stdoutText.contains("~ Hayat Tahrir al-Sham -- Hurras al-Din: truce -> combat, since 2020-06-23\n"))
        let corpus = try CLI.corpus(["factions.yaml": CLI.registry, "a.md": CLI.badArticle])
        let broken = try CLI.run(["diff", corpus.path, "--from", "2018"])
        #expect(broken.status == 2)
        #expect(broken.stdout.isEmpty)
    }

    @Test func renamesAndEndedAlliancesInTheSamples() throws {
        let result = try CLI.run(["diff", RepositoryPaths.samples, "--from", "2016", "--to", "2017-02"])
        #expect(result.status == 1)
        let lines = result.stdoutText.split(separator: "\n").filter { !$0.hasPrefix("      ") }.map(String.init)
        #expect(lines.contains("~ faction hts renamed: Jabhat Fatah al-Sham -> Hayat Tahrir al-Sham"))
        #expect(lines.contains("- alliance: Ahrar al-Sham -- Jabhat Fatah al-Sham, since 2015-03-24 until 2017-01 (ended 2017-01)"))
        #expect(lines.contains("+ faction Nour al-Din al-Zenki Movement (zenki)"))
    }

    @Test func twoCorporaAtOneDate() throws {
        let old = try CLI.corpus(["factions.yaml": CLI.registry, "a.md": CLI.goodArticle])
        let new = try CLI.corpus(["factions.yaml": CLI.registry, "a.md": CLI.goodArticle.replacingOccurrences(of: "combat:", with: "truce:")])
        let result = try CLI.run(["diff", old.path, new.path, "--format", "json"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
        #expect(object["from"] as? String == "2018-11-19" && object["to"] as? String == "2018-11-19")
        let changed = try #require((object["relations"] as? [String: Any])?["changed"] as? [[String: Any]])
        #expect(changed.map { ($0["from"] as? [String: Any])?["type"] as? String } == ["combat"])
        #expect(changed.map { ($0["to"] as? [String: Any])?["type"] as? String } == ["truce"])
        let same = try CLI.run(["diff", old.path, old.path])
        #expect(same.status == 0)
    }

    @Test func theDiffDiagramIsAcceptedByDot() throws {
        let result = try CLI.run(["diff", RepositoryPaths.samples, "--from", "2018-11-19", "--to", "2024", "--format", "dot"])
        #expect(result.status == 1)
        let dot = result.stdoutText
        #expect(try DotProgram.complaints(about: dot) == "")
        // Hayat Tahrir al-Sham and Hurras al-Din's contested alliance and
        // truce both gave way to combat: one edge, both old stances named.
        #expect(dot.contains("label=\"alliance, truce -> combat\""))
        #expect(dot.contains("color=\"#e03131\""))   // something removed (the Assad government)
        let svg = try CLI.run(["diff", RepositoryPaths.samples, "--from", "2018-11-19", "--to", "2024", "--format", "svg"])
        #expect(svg.status == 1 && SVGDocument(svg.stdout) != nil)
    }

    @Test func usage() throws {
        #expect(try CLI.run(["diff", RepositoryPaths.samples]).status == 64)
        #expect(try CLI.run(["diff", RepositoryPaths.samples, RepositoryPaths.samples, "--from", "2018"]).status == 64)
    }

    @Test func historyOfAGroup() throws {
        let result = try CLI.run(["history", RepositoryPaths.samples, "Guardians of Religion"])
        #expect(result.status == 0)
        let lines = result.stdoutText.split(separator: "\n").filter { !$0.hasPrefix("      ") }.map(String.init)
        #expect(lines.first == "History of Hurras al-Din (hurras-al-din)")
        #expect(lines.contains("2020-06-23  ~ with Hayat Tahrir al-Sham: truce -> combat"))
        #expect(lines.contains("2025-01-29  - allegiance to al-Qaeda (Hurras al-Din dissolved 2025-01-28; last reported 2025-01-28)"))
        let json = try CLI.run(["history", RepositoryPaths.samples, "hurras-al-din", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout)) as? [String: Any])
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(events.first?["change"] as? String == "began")
        #expect(events.contains { $0["change"] as? String == "changed" })
        #expect(try CLI.run(["history", RepositoryPaths.samples, "nobody"]).status == 2)
    }
}
