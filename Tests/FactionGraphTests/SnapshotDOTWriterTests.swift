import Testing
import FactionGraphTestSupport
@testable import FactionGraph

/// `SnapshotDiagram.dot` writes its bytes itself (`SnapshotDOTWriter`, for
/// speed); they must be exactly those of the general form,
/// `SnapshotDiagram.graph(...).bytes`, which the golden files and the
/// pinned, diff and path diagrams are made with: every option, both label
/// layouts the writer handles, every kind of edge.
@Suite struct SnapshotDOTWriterTests {
    static let options: [DiagramOptions] = [
        DiagramOptions(),
        DiagramOptions(layout: "dot"),
        DiagramOptions(layout: "neato", sources: true, staleAfter: CalendarDuration(parsing: "2y")),
        DiagramOptions(title: #"A "title" & a \ backslash"#, legend: false, layout: "sfdp",
                       staleAfter: CalendarDuration(parsing: "6m")),
        DiagramOptions(layout: "fdp", sources: true, staleAfter: CalendarDuration(parsing: "30d")),
    ]

    /// Each option and label layout: the writer's bytes against the general
    /// form's, with what differs for the message.
    static func expectSame(_ snapshot: Snapshot, _ context: String) {
        for (number, options) in options.enumerated() {
            for labels in [LabelLayout.free, .omitted] {
                let written = SnapshotDiagram.dotBytes(snapshot, options: options, labels: labels)
                let general = SnapshotDiagram.graph(snapshot, options: options, labels: labels).bytes
                let firstDifference = (0..<min(written.count, general.count)).first { written[$0] != general[$0] }
                    ?? min(written.count, general.count)
                #expect(written == general, """
                    \(context), options \(number), \(labels): first difference at byte \(firstDifference): \
                    \(String(decoding: written.dropFirst(max(0, firstDifference - 80)).prefix(200), as: UTF8.self))
                    """)
            }
        }
    }

    @Test func theSamplesAtEveryYear() {
        let corpus = CorpusReader.read([RepositoryPaths.samples]).corpus
        for year in [2012, 2014, 2016, 2018, 2020, 2025] {
            Self.expectSame(SnapshotBuilder.snapshot(of: corpus, asOf: PartialDate(year: year)), "samples as of \(year)")
        }
        Self.expectSame(SnapshotBuilder.snapshot(of: corpus, asOf: PartialDate(year: 2000)), "samples, empty")
    }

    @Test func mappingMilitants() throws {
        let corpus = try ExportCorpora.mappingMilitants()
        for date in ["1990", "2012-06", "2017"] {
            let snapshot = SnapshotBuilder.snapshot(of: corpus, asOf: PartialDate(parsing: date))
            #expect(snapshot.edges.count > 20)
            Self.expectSame(snapshot, "Mapping Militants as of \(date)")
        }
    }

    /// Generated corpora: every rule of time, contested and alleged
    /// relations, casualties and fatalities, renames.
    @Test func generatedCorpora() {
        let corpus = ExportCorpora.generated(factions: 40, relations: 300, seed: 7)
        for year in [2012, 2016, 2020] {
            Self.expectSame(SnapshotBuilder.snapshot(of: corpus, asOf: PartialDate(year: year)), "generated as of \(year)")
        }
        let result = CorpusReader.read(files: RandomCorpus.make(factions: 60, relations: 400, seed: 11))
        let snapshot = SnapshotBuilder.snapshot(of: result.corpus)
        #expect(snapshot.edges.count > 50)
        Self.expectSame(snapshot, "random corpus")
    }

    /// Characters to escape in every kind of string (names, notes, titles,
    /// quotes, links), line breaks and carriage returns, non-Latin scripts.
    @Test func stringsToEscape() {
        let registry = #"""
            hts:
              name: "Hayat \"Tahrir\" al-Sham & co \\N"
              aliases: ["a\\b", "HTS"]
              kind: coalition
              note: "line one\nline two\r\nend &amp;"
              renamed:
                - {date: 2018-02, name: "New \"Name\""}
            hurras: حراس الدين
            isis: Islamic State
            """#
        let article = TestCorpus.article(#"""
            article:
              title: "A \"quoted\" title & a \\ backslash"
              published: 2019-03-04
              url: "https://example.org/a/b?c=1&d=\"2\"\\"
            relations:
              - combat: hts -- hurras
                evidence: Tahrir al-Sham fought Hurras al-Din
                casualties: {hts: 3, hurras: 12}
                fatalities: {best: 15, low: 10, high: 20}
              - truce: hts -- hurras
                date: 2018-12
                until: 2019-01
                evidence: signed a truce
              - allegiance: isis -> hurras
                confidence: alleged
                evidence: ISIS joined forces
            """#)
        let result = TestCorpus.read([("a.md", article)], registry: registry)
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        for date in [nil, PartialDate(year: 2018), PartialDate(year: 2019)] {
            Self.expectSame(SnapshotBuilder.snapshot(of: result.corpus, asOf: date), "escapes as of \(date?.description ?? "latest")")
        }
    }
}
