import Foundation
import Testing
import FactionGraphTestSupport

/// A corpus with its own `vocabulary.yaml` (state sponsorship as a tie,
/// ended by a cut-off; combat restyled), through every command.
@Suite struct VocabularyCommandTests {
    static let vocabulary = """
        # State sponsorship, as a desk following Iran's partners records it.
        sponsorship:
          connector: "->"
          class: tie
          polarity: "+"
          ends-with: [cutoff]
          color: "#0072B2"
          style: dashed
          arrowhead: empty
          legend: "sponsorship: A funds or arms B"
        cutoff:
          connector: "->"
          class: lineage
          polarity: "?"
          legend: "cutoff: A stopped backing B"
        combat:
          color: "#d55e00"

        """

    static let registry = """
        iran: {name: Iran, kind: state}
        hezbollah: Hezbollah
        hamas: Hamas
        isis: {name: Islamic State, aliases: [ISIS]}

        """

    static func article(_ published: String, _ relations: String, _ body: String) -> String {
        "---\narticle: {title: \"Report of \(published)\", published: \(published)}\nrelations:\n\(relations)\n---\n\(body)\n"
    }

    static func corpus() throws -> URL {
        try CLI.corpus([
            "vocabulary.yaml": vocabulary,
            "factions.yaml": registry,
            "2012-01.md": article("2012-01", """
                  - sponsorship: iran -> hezbollah
                    evidence: Iran funds and arms Hezbollah
                  - sponsorship: iran -> hamas
                    evidence: Iran also sends money to Hamas
                  - rivalry: hezbollah -- hamas
                    evidence: Hezbollah and Hamas are at odds over Syria
                """, "Iran funds and arms Hezbollah. Iran also sends money to Hamas, although\nHezbollah and Hamas are at odds over Syria."),
            "2012-03.md": article("2012-03", """
                  - cutoff: iran -> hamas
                    evidence: Iran has cut its funding of Hamas
                """, "Iran has cut its funding of Hamas after the group left Damascus."),
            "2014-06.md": article("2014-06", """
                  - combat: Hezbollah -- ISIS
                    fatalities: {best: 40, low: 30, high: 55}
                    evidence: Hezbollah fighters clashed with ISIS in Qalamoun
                """, "Hezbollah fighters clashed with ISIS in Qalamoun."),
        ])
    }

    @Test func checkAcceptsTheOwnTypesAndRejectsOthers() throws {
        let corpus = try Self.corpus()
        let result = try CLI.run(["check", corpus.path])
        #expect(result.status == 0, "\(result.stdoutText)")
        #expect(result.stdoutText.split(separator: "\n").last == "3 articles, 4 factions, 5 relations: 0 errors, 0 warnings")
        try Self.article("2015", "  - supprt: iran -> hamas\n    evidence: q", "q")
            .write(to: corpus.appendingPathComponent("2015.md"), atomically: true, encoding: .utf8)
        let bad = try CLI.run(["check", corpus.path])
        #expect(bad.status == 1)
        #expect(bad.stdoutText.contains("2015.md:4:5: error: unknown relation type 'supprt'; the known types, closest first: split, combat, cutoff, truce, rivalry, merger, alliance, sponsorship, allegiance (a corpus's vocabulary.yaml can add types)"))
    }

    @Test func renderWritesTheVocabularysTypesAndLooks() throws {
        let corpus = try Self.corpus()
        let json = try CLI.run(["render", corpus.path, "--at", "2012-02", "--format", "json"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout)) as? [String: Any])
        let relations = try #require(object["relations"] as? [[String: Any]])
        #expect(relations.map { "\($0["type"]!) \($0["from"]!) \($0["to"]!) \($0["directed"]!)" } == [
            "rivalry hamas hezbollah 0", "sponsorship iran hamas 1", "sponsorship iran hezbollah 1",
        ])
        // The cut-off ends the sponsorship of Hamas and stays as lineage.
        let later = try CLI.run(["render", corpus.path, "--at", "2014-06", "--format", "json"])
        let laterObject = try #require(try JSONSerialization.jsonObject(with: Data(later.stdout)) as? [String: Any])
        let laterRelations = try #require(laterObject["relations"] as? [[String: Any]])
        #expect(laterRelations.map { "\($0["type"]!) \($0["from"]!) \($0["to"]!)" } == [
            "rivalry hamas hezbollah", "combat hezbollah isis", "cutoff iran hamas", "sponsorship iran hezbollah",
        ])
        #expect(laterRelations[1]["fatalities"] as? [String: Int] == ["best": 40, "low": 30, "high": 55])

        let dot = try CLI.run(["render", corpus.path, "--at", "2014-06", "--format", "dot"])
        #expect(dot.status == 0)
        let lines = dot.stdoutText.split(separator: "\n").map(String.init)
        let sponsorship = try #require(lines.first { $0.contains("\"iran\" -> \"hezbollah\"") })
        #expect(sponsorship.hasPrefix(##"  "iran" -> "hezbollah" [color="#0072b2", style="dashed", penwidth="2", dir="forward", arrowhead="empty", "##))
        #expect(sponsorship.contains(##"id="relation-sponsorship-iran-hezbollah", class="relation sponsorship""##))
        let cutoff = try #require(lines.first { $0.contains("\"iran\" -> \"hamas\"") })
        // Own types without a colour take the colour-blind-safe palette.
        #expect(cutoff.hasPrefix(##"  "iran" -> "hamas" [color="#d55e00", style="dotted", penwidth="2", dir="forward", arrowhead="onormal", "##))
        let combat = try #require(lines.first { $0.contains("\"hezbollah\" -> \"_label_relation-combat-hezbollah-isis\"") })
        #expect(combat.hasPrefix(##"  "hezbollah" -> "_label_relation-combat-hezbollah-isis" [color="#d55e00", style="bold", penwidth="2.6", "##) && combat.contains(##"dir="none""##))
        #expect(combat.contains(##"fatalities, all sides: 40 (30-55)"##))
        #expect(lines.contains { $0.hasPrefix(##"  "_label_relation-combat-hezbollah-isis" [label="40 (30-55) killed in all""##) })
        let legend = try #require(lines.first { $0.contains("\"_legend\"") })
        #expect(legend.contains(##"<FONT COLOR="#0072b2">╍╍╍▷</FONT></TD><TD ALIGN="LEFT">sponsorship: A funds or arms B</TD>"##))
        #expect(legend.contains(##"<FONT COLOR="#d55e00">┉┉┉▷</FONT></TD><TD ALIGN="LEFT">cutoff: A stopped backing B</TD>"##))
        #expect(try DotProgram.complaints(about: dot.stdoutText) == "")
    }

    @Test func pathSignsFollowThePolarities() throws {
        let corpus = try Self.corpus()
        let result = try CLI.run(["path", corpus.path, "ISIS", "Iran", "--at", "2014-06"])
        #expect(result.status == 0)
        #expect(result.stdoutText.split(separator: "\n").prefix(2) == [
            "1 shortest path from Islamic State to Iran as of 2014-06:",
            "Islamic State -combat- Hezbollah <-sponsorship- Iran  (-, 2 hops: friend of an enemy)",
        ])
        let json = try CLI.run(["path", corpus.path, "hamas", "iran", "--at", "2014-06", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout)) as? [String: Any])
        let paths = try #require(object["paths"] as? [[String: Any]])
        #expect(paths.map { $0["sign"] as? String } == ["?"])
        let typed = try CLI.run(["path", corpus.path, "hamas", "iran", "--at", "2014-06", "--types", "sponsorship,rivalry"])
        #expect(typed.status == 0)
        #expect(typed.stdoutText.contains("Hamas -rivalry- Hezbollah <-sponsorship- Iran  (-, 2 hops: friend of an enemy)"))
        let unknown = try CLI.run(["path", corpus.path, "hamas", "iran", "--types", "sponsor"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("Unknown relation type 'sponsor' in --types; the corpus's types, closest first: sponsorship,"))
    }

    @Test func balanceReadsTheOwnTypesSigns() throws {
        let corpus = try Self.corpus()
        let result = try CLI.run(["balance", corpus.path, "--at", "2012-02"])
        #expect(result.status == 0)
        let lines = result.stdoutText.split(separator: "\n").map(String.init)
        #expect(lines.prefix(2) == [
            "Structural balance as of 2012-02: 1 triangle, 0 balanced, 1 unbalanced (balance ratio 0.00)",
            "Unbalanced: Hamas, Hezbollah, Iran",
        ])
        #expect(lines[2] == "  Hamas and Hezbollah are rivals, while Iran is linked by sponsorship with Hamas and linked by sponsorship with Hezbollah")
        // Once the sponsorship of Hamas is cut, no triangle is left.
        let later = try CLI.run(["balance", corpus.path, "--at", "2012-03"])
        #expect(later.stdoutText.hasPrefix("Structural balance as of 2012-03: 0 triangles, 0 balanced, 0 unbalanced\n"))
    }

    @Test func diffAndHistoryGiveTheReasonATieEnded() throws {
        let corpus = try Self.corpus()
        let result = try CLI.run(["diff", corpus.path, "--from", "2012-02", "--to", "2012-06"])
        #expect(result.status == 1)
        let lines = result.stdoutText.split(separator: "\n").filter { !$0.hasPrefix("      ") }.map(String.init)
        #expect(lines == [
            "--- \(corpus.path) as of 2012-02",
            "+++ \(corpus.path) as of 2012-06",
            "- sponsorship: Iran -> Hamas, since 2012-01 (ended by the cutoff of 2012-03)",
            "+ cutoff: Iran -> Hamas, since 2012-03",
        ])
        let history = try CLI.run(["history", corpus.path, "hamas"])
        #expect(history.stdoutText.split(separator: "\n").filter { !$0.hasPrefix("     ") }.map(String.init) == [
            "History of Hamas (hamas)",
            "2012-01     + rivalry with Hezbollah",
            "2012-01     + sponsorship from Iran",
            "2012-03     - sponsorship from Iran (ended by the cutoff of 2012-03)",
            "2012-03     + cutoff from Iran",
        ])
    }

    @Test func aMalformedVocabularyIsReportedAndNothingIsWritten() throws {
        let corpus = try Self.corpus()
        try (Self.vocabulary + "truce:\n  class: tie\n").write(to: corpus.appendingPathComponent("vocabulary.yaml"),
                                                             atomically: true, encoding: .utf8)
        let result = try CLI.run(["render", corpus.path, "-o", "out.svg"], in: corpus.path)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(corpus.path)/vocabulary.yaml:19:10: error: 'truce' is a built-in type whose class is stance;"))
        #expect(!FileManager.default.fileExists(atPath: corpus.appendingPathComponent("out.svg").path))
    }
}
