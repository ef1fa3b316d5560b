import Foundation
import Testing
import FactionGraphTestSupport

/// What a printed diagram carries: its sources, the age of what it shows,
/// the date it is of, a resolution fit for print.
@Suite struct PublishableDiagramTests {
    static func dotLines(_ arguments: [String], status: Int32 = 0) throws -> [String] {
        let result = try CLI.run(arguments + ["--format", "dot"])
        #expect(result.status == status, "\(result.stderr)")
        return result.stdoutText.split(separator: "\n").map(String.init)
    }

    @Test func sourcesNumberEachRelationAndListItsQuotesBelow() throws {
        let lines = try Self.dotLines(["render", RepositoryPaths.samples, "--at", "2014", "--sources"])
        let graph = try #require(lines.first { $0.hasPrefix("  graph [") })
        #expect(graph.contains(#"labelloc="b""#))
        #expect(graph.contains(#"<TD COLSPAN="5" ALIGN="LEFT"><FONT POINT-SIZE="16">Faction relations as of 2014</FONT></TD>"#))
        // Six relations, numbered in the diagram's order, each on its edge.
        for number in 1...6 {
            #expect(graph.contains(">[\(number)]</TD>"))
            #expect(lines.contains { $0.contains("[label=\"[\(number)]") && $0.contains("class=\"edge-label") })
        }
        #expect(!graph.contains(">[7]</TD>"))
        #expect(graph.contains("rivalry: al-Qaeda -- Islamic State"))
        // Long quotes wrap, left-aligned.
        #expect(graph.contains(#"“deepens the rivalry between the two organisations for recruits and<BR ALIGN="LEFT"/>territory”"#))
        #expect(graph.contains("2014-02-03-al-qaeda-disowns-isis.md:43"))
        // Without --sources, nothing of it.
        let plain = try Self.dotLines(["render", RepositoryPaths.samples, "--at", "2014"])
        #expect(!plain.contains { $0.contains("[1]") })
    }

    @Test func aPDFCarriesItsSourcesByDefault() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let pdf = directory.appendingPathComponent("factions.pdf").path
        #expect(try CLI.run(["render", RepositoryPaths.samples, "--at", "2014", "-o", pdf]).status == 0)
        let text = try Subprocess.run("/usr/bin/env", ["pdftotext", "-layout", pdf, "-"])
        #expect(text.status == 0, "pdftotext: \(text.stderr)")
        let words = String(decoding: text.stdout, as: UTF8.self)
        #expect(words.contains("deepens the rivalry between the two organisations for recruits"))
        #expect(words.contains("[6]"))
        let bare = directory.appendingPathComponent("bare.pdf").path
        #expect(try CLI.run(["render", RepositoryPaths.samples, "--at", "2014", "--no-sources", "-o", bare]).status == 0)
        let bareText = String(decoding: try Subprocess.run("/usr/bin/env", ["pdftotext", bare, "-"]).stdout, as: UTF8.self)
        #expect(!bareText.contains("deepens the rivalry"))
    }

    @Test func staleRelationsAreFadedAndSayWhenTheyWereLastReported() throws {
        let lines = try Self.dotLines(["render", RepositoryPaths.samples, "--at", "2020-06-30", "--stale-after", "2y"])
        // The 2014 combat of Hayat Tahrir al-Sham and the Islamic State.
        let label = try #require(lines.first { $0.hasPrefix("  \"_label_relation-combat-hts-isis\" [") })
        #expect(label.hasPrefix(#"  "_label_relation-combat-hts-isis" [label="last reported 2014-01""#))
        let edge = try #require(lines.first { $0.hasPrefix("  \"hts\" -> \"_label_relation-combat-hts-isis\"") })
        #expect(edge.contains(##"color="#c5303080""##) && edge.contains("class=\"relation combat stale\""))
        // The 2020 fight with Hurras al-Din is fresh.
        #expect(!lines.contains { $0.contains("\"_label_relation-combat-hts-hurras-al-din\"") })
        let legend = try #require(lines.first { $0.hasPrefix("  \"_legend\"") })
        #expect(legend.contains("faded: not reported in the 2 years before 2020-06-30"))
        let bad = try CLI.run(["render", RepositoryPaths.samples, "--stale-after", "2 years"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--stale-after takes a number and a unit, y, m, w or d (2y, 18m, 6w, 30d), not '2 years'"))
    }

    @Test func theDefaultDateIsTheStateAfterTheLastChange() throws {
        let lines = try Self.dotLines(["render", RepositoryPaths.samples])
        #expect(lines.contains { $0.contains(#"label="Faction relations as of 2025-01-29""#) })
        // Hurras al-Din, dissolved on 2025-01-28, is gone.
        #expect(!lines.contains { $0.hasPrefix("  \"hurras-al-din\" [") })
    }

    /// The width of a PNG, from its header.
    static func pngWidth(_ bytes: [UInt8]) -> Int {
        bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
    }

    @Test func pngResolutionIsAnOption() throws {
        let high = try CLI.run(["render", RepositoryPaths.samples, "--at", "2014", "--format", "png", "-o", "-"])
        let low = try CLI.run(["render", RepositoryPaths.samples, "--at", "2014", "--format", "png", "--dpi", "72", "-o", "-"])
        let again = try CLI.run(["render", RepositoryPaths.samples, "--at", "2014", "--format", "png", "-o", "-"])
        #expect(high.status == 0 && low.status == 0)
        #expect(high.stdout == again.stdout)
        let ratio = Double(Self.pngWidth(high.stdout)) / Double(Self.pngWidth(low.stdout))
        #expect(ratio > 1.9 && ratio < 2.1)
        #expect(try CLI.run(["render", RepositoryPaths.samples, "--dpi", "5"]).status == 64)
    }

    @Test func theDiffPictureKeepsLineStylesAndShowsRenames() throws {
        let lines = try Self.dotLines(["diff", RepositoryPaths.samples, "--from", "2016", "--to", "2017-02"], status: 1)
        let hts = try #require(lines.first { $0.hasPrefix("  \"hts\" [") })
        #expect(hts.contains(##"label="Jabhat Fatah al-Sham →\nHayat Tahrir al-Sham""##) && hts.contains(##"color="#f08c00""##))
        // An added allegiance keeps its arrow and solid line, coloured as added.
        let allegiance = try #require(lines.first { $0.hasPrefix("  \"zenki\" -> \"hts\"") })
        #expect(allegiance.contains(##"style="solid", dir="forward", arrowhead="normal""##))
        #expect(allegiance.contains(##"color="#2f9e44", penwidth="2.56""##))
        // A removed alliance keeps its style, coloured as removed (faded).
        let alliance = try #require(lines.first { $0.hasPrefix("  \"ahrar-al-sham\" -> \"hts\"") })
        #expect(alliance.contains(##"style="solid", penwidth="2.6""##) && alliance.contains(##"color="#e0313180""##))
    }
}
