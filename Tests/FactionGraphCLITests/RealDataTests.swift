import Foundation
import Testing
import FactionGraph
import FactionGraphTestSupport

/// The tool on real, messy data: Stanford's Mapping Militants relationships
/// (263 groups in 638 dated relationships), converted to a corpus.
@Suite struct RealDataTests {
    static func corpus() throws -> URL {
        try CLI.corpus(try MappingMilitants.corpus())
    }

    @Test func theConvertedCorpusChecksWithoutErrors() throws {
        let result = try CLI.run(["check", try Self.corpus().path])
        #expect(result.status == 0, "\(result.stdoutText.suffix(2000))")
        let summary = result.stdoutText.split(separator: "\n").last.map(String.init) ?? ""
        #expect(summary.hasPrefix("638 articles, 263 factions, 638 relations: 0 errors"))
    }

    /// Mergers and rivalries keep their meaning: each MMP type becomes its
    /// own relation type, with the counts of the CSV.
    @Test func everyMMPTypeHasItsOwnRelationType() throws {
        let result = CorpusReader.read([try Self.corpus().path])
        #expect(result.diagnostics.errorCount == 0)
        var counts: [String: Int] = [:]
        for relation in result.corpus.relations { counts[relation.type.name, default: 0] += 1 }
        var expected: [String: Int] = [:]
        for (code, count) in try MappingMilitants.typeCounts() { expected[MappingMilitants.relationType[code]!, default: 0] += count }
        #expect(counts == expected)
        #expect(counts == ["alliance": 193, "rivalry": 169, "allegiance": 124, "split": 90, "merger": 62])
    }

    /// A group that merged into another has no ties or stances from its
    /// merger's date on, only lineage; every later report of it is a
    /// warning.
    @Test func noMergedGroupKeepsTiesAfterItsMerger() throws {
        let result = CorpusReader.read([try Self.corpus().path])
        let corpus = result.corpus
        let mergers = corpus.relations.filter { $0.type.absorbsSource && $0.confidence != .denied }
        #expect(mergers.count == 62)
        let dates = Set(mergers.map(\.date)).sorted() + [corpus.latestDate!]
        var checked = 0
        for date in dates {
            let snapshot = SnapshotBuilder.snapshot(of: corpus, asOf: date)
            let merged = Set(mergers.filter { $0.date.hasBegun(by: date) }.map(\.from))
            let kept = snapshot.edges.filter { edge in
                edge.type.relationClass != .lineage && (merged.contains(edge.from) || merged.contains(edge.to))
            }
            #expect(kept.isEmpty, "as of \(date): \(kept.map { "\($0.type) \($0.from) \($0.to)" })")
            checked += merged.count
        }
        #expect(checked > 1_000)
        let later = result.diagnostics.filter { $0.message.contains("merged into") }
        #expect(later.count > 10)
        #expect(later.allSatisfy { $0.severity == .warning })
    }

    @Test func aLargeSnapshotRendersWithTheFastEngine() throws {
        let directory = try Self.corpus()
        let json = try CLI.run(["render", directory.path, "--format", "json"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout)) as? [String: Any])
        let factions = try #require(object["factions"] as? [[String: Any]])
        #expect(factions.count > 80)

        let svg = try CLI.run(["render", directory.path, "--format", "svg"])
        #expect(svg.status == 0, "\(svg.stderr)")
        let document = try #require(SVGDocument(svg.stdout))
        let names = Set(factions.compactMap { $0["name"] as? String })
        #expect(names.isSubset(of: Set(document.texts)))

        // Laid out by sfdp, then drawn pinned with its two labels (a
        // contested stance) placed on their edges.
        let dot = try CLI.run(["render", directory.path])
        #expect(dot.stdoutText.contains("layout=\"neato\", inputscale=\"72\", notranslate=\"true\", mode=\"KK\""))
        #expect(dot.stdoutText.split(separator: "\n").filter { $0.contains("[label=\"contested\"") && $0.contains("!\"") }.count == 2)
        #expect(try DotProgram.complaints(about: dot.stdoutText) == "")
    }
}
