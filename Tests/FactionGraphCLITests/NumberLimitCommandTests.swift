import Foundation
import Testing
import FactionGraphTestSupport

/// Numbers out of range on the command line and in files: usage errors and
/// located errors, never a trap.
@Suite struct NumberLimitCommandTests {
    @Test func aTwentyDigitDateIsAUsageError() throws {
        let result = try CLI.run(["render", RepositoryPaths.samples, "--at", "99999999999999999999"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("The value '99999999999999999999' is invalid for '--at <date>'"))
        #expect(result.stdout.isEmpty)
    }

    static let endOfTime = """
        ---
        article: {title: Clashes, published: 2018-11-19}
        relations:
          - combat: hts -- Hurras al-Din
            until: 9999
            evidence: fought Hurras al-Din
        ---
        Tahrir al-Sham fought Hurras al-Din near Harem.

        """

    @Test func untilTheLastYearWorksInEveryCommand() throws {
        let registry = CLI.registry + "last:\n  name: The Last\n  dissolved: 9999-12-31\n"
        let corpus = try CLI.corpus(["factions.yaml": registry, "a.md": Self.endOfTime])
        for arguments in [["check", "."], ["render", "."], ["history", ".", "hts"], ["timeline", ".", "-o", "t.html"],
                          ["diff", ".", "--from", "2018", "--to", "9999-12-31"], ["balance", "."],
                          ["path", ".", "hts", "hurras"]] {
            let result = try CLI.run(arguments, in: corpus.path)
            #expect(result.status == 0 || (arguments[0] == "diff" && result.status == 1), "\(arguments)")
            #expect(result.stderr == "", "\(arguments)")
        }
    }

    @Test func hugeCasualtiesAreAnErrorNotACrash() throws {
        func article(_ count: String) -> String {
            "---\narticle: {title: T, published: 2018}\nrelations:\n  - combat: hts -- hurras\n    casualties: {hts: \(count)}\n    evidence: fought\n---\nThey fought.\n"
        }
        let corpus = try CLI.corpus(["factions.yaml": CLI.registry, "a.md": article("9223372036854775807"), "b.md": article("1")])
        let result = try CLI.run(["render", "."], in: corpus.path)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("./a.md:5:23: error: casualties of 'hts' must be at most 1,000,000,000, not 9223372036854775807\n"))
    }
}

extension NumberLimitCommandTests {
    /// A corpus dated from 0001 to 9999 was 119,988 months for a timeline
    /// to try, each a snapshot.
    @Test func aTimelineTriesABoundedNumberOfPeriods() throws {
        let registry = CLI.registry + "last:\n  name: The Last\n  founded: 0001\n  dissolved: 9999-12-31\n"
        let article = Self.endOfTime.replacingOccurrences(of: "relations:\n", with: "relations:\n  - alliance: last -- hts\n    date: 0001\n    evidence: fought Hurras al-Din\n")
        let corpus = try CLI.corpus(["factions.yaml": registry, "a.md": article])
        let month = try CLI.run(["timeline", ".", "--every", "month", "-o", "t.html"], in: corpus.path)
        #expect(month.status == 1)
        #expect(month.stderr.hasSuffix("factiongraph: error: the corpus's dates span 119,988 months, more than a timeline tries (2,000); give a longer --every, or --every change; nothing written\n"))
        #expect(!FileManager.default.fileExists(atPath: corpus.appendingPathComponent("t.html").path))
        let change = try CLI.run(["timeline", ".", "-o", "t.html"], in: corpus.path)
        #expect(change.status == 0)
    }
}
