import Foundation
import Testing
import FactionGraphTestSupport
@testable import FactionGraph

/// A renamed faction keeps every name in every export: the snapshot JSON's
/// `names`, the exports' `names` attribute, and the dynamic GEXF's `name`
/// over time.
@Suite struct ExportNamesTests {
    @Test func theSnapshotJSONListsEveryNameWhateverTheDate() throws {
        let corpus = ExportCorpora.samples()
        for date in ["2014", "2016-08", "2025"] {
            let snapshot = SnapshotBuilder.snapshot(of: corpus, asOf: PartialDate(parsing: date))
            let document = try SnapshotDocument(json: Array(SnapshotJSON.document(snapshot).utf8))
            let hts = try #require(document.factions.first { $0.id == "hts" })
            #expect(hts.names.map { [$0.date ?? "", $0.name] } == [
                ["", "Jabhat al-Nusra"], ["2016-07-28", "Jabhat Fatah al-Sham"], ["2017-01-28", "Hayat Tahrir al-Sham"],
            ])
            #expect(hts.name == ["2014": "Jabhat al-Nusra", "2016-08": "Jabhat Fatah al-Sham", "2025": "Hayat Tahrir al-Sham"][date])
            #expect(document.factions.first { $0.id == "isis" }?.names.map(\.name) == ["Islamic State"])
        }
    }

    @Test func exportsCarryTheNamesOverTime() throws {
        let corpus = ExportCorpora.samples()
        let hts = try #require(corpus.factions["hts"])
        #expect(ExportSchema.namesOverTime(hts) == [
            "Jabhat al-Nusra", "2016-07-28: Jabhat Fatah al-Sham", "2017-01-28: Hayat Tahrir al-Sham",
        ])
        let gexf = GEXFDocument.dynamic(DynamicGraph.of(corpus))
        #expect(gexf.contains("""
                      <attvalue for="name" value="Jabhat al-Nusra" end="2016-07-27"/>
                      <attvalue for="name" value="Jabhat Fatah al-Sham" start="2016-07-28" end="2017-01-27"/>
                      <attvalue for="name" value="Hayat Tahrir al-Sham" start="2017-01-28"/>
            """))
        #expect(gexf.contains("<node id=\"hts\" label=\"Hayat Tahrir al-Sham\">"))
    }
}
