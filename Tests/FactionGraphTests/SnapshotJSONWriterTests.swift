import Foundation
import Testing
import FactionGraphTestSupport
@testable import FactionGraph

/// `SnapshotJSON.document` writes its bytes itself (for speed); they must be
/// exactly those of Foundation's `JSONEncoder` on `SnapshotObject`, which
/// the golden files were made with.
@Suite struct SnapshotJSONWriterTests {
    static func encoderBytes(_ snapshot: Snapshot) -> String {
        SnapshotJSON.encode(SnapshotJSON.SnapshotObject(snapshot))
    }

    @Test func theSamplesAtEveryYearMatchJSONEncoder() {
        let corpus = CorpusReader.read([RepositoryPaths.samples]).corpus
        for year in [2012, 2014, 2016, 2018, 2020, 2025] {
            let snapshot = SnapshotBuilder.snapshot(of: corpus, asOf: PartialDate(year: year))
            #expect(SnapshotJSON.document(snapshot) == Self.encoderBytes(snapshot), "as of \(year)")
        }
    }

    @Test func aGeneratedCorpusMatchesJSONEncoder() {
        let result = CorpusReader.read(files: RandomCorpus.make(factions: 60, relations: 400, seed: 11))
        let snapshot = SnapshotBuilder.snapshot(of: result.corpus)
        #expect(snapshot.edges.count > 50)
        #expect(SnapshotJSON.document(snapshot) == Self.encoderBytes(snapshot))
    }

    /// Quotes, backslashes, slashes, tabs, control characters, non-Latin
    /// scripts and emoji in every kind of string; casualties, fatalities,
    /// places, renames, an end date, an empty alias list.
    @Test func escapesAndOptionalFieldsMatchJSONEncoder() {
        let registry = #"""
            hts:
              name: "Hayat \"Tahrir\" al-Sham"
              aliases: ["a\\b", "c/d", "tab\there", "bell\u0007", "هيئة", "😀"]
              kind: coalition
              founded: 2017-01
              note: "line one\nline two\r\u001f end"
              renamed:
                - {date: 2018-02, name: "New / Name"}
            hurras: Hurras al-Din
            isis: Islamic State
            old:
              name: Old Group
              dissolved: 2015
            """#
        let article = TestCorpus.article(#"""
            article:
              title: "A \"quoted\" title\twith a tab \\ and \u0001"
              published: 2019-03-04
              url: "https://example.org/a/b?c=1&d=\"2\""
              source: "Source \\ / \u0002"
            relations:
              - combat: hts -- hurras
                evidence: Tahrir al-Sham fought Hurras al-Din
                casualties: {hts: 3, hurras: 12}
                fatalities: {best: 15, low: 10, high: 20}
                where: "Harem \"north\""
              - combat: hts -- hurras
                evidence: fought Hurras al-Din
                where: Idlib
              - truce: hts -- hurras
                date: 2018-12
                until: 2019-01
                evidence: signed a truce
              - allegiance: isis -> hurras
                confidence: alleged
                evidence: ISIS joined forces
              - alliance: old -- isis
                date: 2012
                evidence: ISIS joined forces
            """#)
        let result = TestCorpus.read([("a.md", article)], registry: registry)
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        let latest = SnapshotBuilder.snapshot(of: result.corpus)
        #expect(latest.edges.contains { $0.places.count == 2 && !$0.casualties.isEmpty && $0.fatalities != nil })
        for date in [nil, PartialDate(year: 2013), PartialDate(year: 2018), PartialDate(year: 2019)] {
            let snapshot = SnapshotBuilder.snapshot(of: result.corpus, asOf: date)
            #expect(SnapshotJSON.document(snapshot) == Self.encoderBytes(snapshot))
        }
        #expect(SnapshotJSON.document(SnapshotBuilder.snapshot(of: result.corpus, asOf: PartialDate(year: 2013))).contains("\"dissolved\" : \"2015\""))
        let empty = SnapshotBuilder.snapshot(of: result.corpus, asOf: PartialDate(year: 2000))
        #expect(empty.edges.isEmpty)
        #expect(SnapshotJSON.document(empty) == Self.encoderBytes(empty))
    }
}
