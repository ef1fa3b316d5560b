import Foundation
import Testing
import FactionGraphTestSupport

/// The tool on real, messy data: Stanford's Mapping Militants relationships
/// (228 groups in 638 dated relationships), converted to a corpus.
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

        let dot = try CLI.run(["render", directory.path])
        #expect(dot.stdoutText.contains("layout=\"sfdp\""))
        #expect(try DotProgram.complaints(about: dot.stdoutText) == "")
    }
}
