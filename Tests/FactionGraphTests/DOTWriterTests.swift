import Foundation
import Testing
import FactionGraphTestSupport
@testable import FactionGraph

/// The DOT writer: golden output for the samples, escaping, the visual
/// language, and Graphviz's own `dot` as the judge of everything we emit.
@Suite struct DOTWriterTests {
    static func samples() -> ReadResult {
        CorpusReader.read([RepositoryPaths.samples])
    }

    @Test func samplesReadWithoutErrors() {
        let result = Self.samples()
        #expect(result.diagnostics.errorCount == 0)
        #expect(result.articleCount >= 6)
    }

    @Test(arguments: ["2016-12", "2018-11-19", "2025-01-28", "2025-01-29"])
    func goldenDOTForTheSamples(date: String) throws {
        let snapshot = SnapshotBuilder.snapshot(of: Self.samples().corpus, asOf: PartialDate(parsing: date))
        let dot = SnapshotDiagram.dot(snapshot, options: DiagramOptions(layout: "dot"))
        Golden.check(dot, against: "samples-\(date).dot")
        #expect(try DotProgram.complaints(about: dot) == "")
    }

    /// A corpus of the format's five types gives the DOT and JSON it gave
    /// before types became a vocabulary. The golden files were written then
    /// (the JSON by the release binary of that commit) and rewritten once
    /// since, on purpose, for the publishable diagrams: labels drawn as nodes
    /// on their edges and `last reported` in tooltips (DOT), `lastReported`
    /// added to each relation (JSON, no other change).
    @Test(arguments: ["2016-12", "2018-11-19", "2025-01-28"])
    func fiveTypeCorpusOutputIsUnchanged(date: String) throws {
        let result = CorpusReader.read([RepositoryPaths.fiveTypes])
        #expect(result.diagnostics.errorCount == 0)
        let snapshot = SnapshotBuilder.snapshot(of: result.corpus, asOf: PartialDate(parsing: date))
        Golden.check(SnapshotDiagram.dot(snapshot, options: DiagramOptions(layout: "dot")), against: "five-types-\(date).dot", frozen: true)
        // The golden JSON names files relative to the repository; fields
        // added since it was written are left out.
        let json = SnapshotJSON.document(snapshot).replacingOccurrences(of: RepositoryPaths.root.path + "/", with: "")
        Golden.check(FrozenJSON.withoutAddedFields(json), against: "five-types-\(date).json", frozen: true)
    }

    @Test func outputIsDeterministic() {
        let first = SnapshotDiagram.dot(SnapshotBuilder.snapshot(of: Self.samples().corpus))
        let second = SnapshotDiagram.dot(SnapshotBuilder.snapshot(of: Self.samples().corpus))
        #expect(first == second)
    }

    @Test func quotingEscapesQuotesBackslashesAmpersandsAndLineBreaks() {
        #expect(DOTText.quoted(#"a "b" \N c&d <e>"#) == #""a \"b\" \\N c&amp;d <e>""#)
        #expect(DOTText.quoted("line\nbreak") == #""line\nbreak""#)
        #expect(DOTText.quoted("حراس الدين") == "\"حراس الدين\"")
    }

    @Test func hostileNamesAreDrawnAsWritten() throws {
        let registry = """
            a: {name: "Quote \\" and back\\\\slash \\\\N", kind: state}
            b: {name: "<b>bold</b> & &amp; co", kind: person}
            c: {name: "حراس الدين", kind: movement}
            d: {name: "1abc -> x; }", kind: other}
            """
        let body = "q\n"
        let result = TestCorpus.read([("x.md", "---\narticle: {title: \"T <&> \\\"\", published: 2018, url: \"https://e.org/?q=\\\"><script>&x=1\"}\nrelations:\n  - combat: a -- b\n    evidence: q\n  - alliance: c -- d\n    evidence: q\n  - split: d -> a\n    evidence: q\n---\n" + body)], registry: registry)
        #expect(result.diagnostics.map(\.description) == [])
        let dot = SnapshotDiagram.dot(SnapshotBuilder.snapshot(of: result.corpus))
        #expect(try DotProgram.complaints(about: dot) == "")
        let svg = String(decoding: try DotProgram.render(dot, engine: "dot", format: "svg"), as: UTF8.self)
        // Names come out exactly as written, XML-escaped once.
        #expect(svg.contains("Quote &quot; and back\\slash \\N"))
        #expect(svg.contains("&lt;b&gt;bold&lt;/b&gt; &amp; &amp;amp; co"))
        #expect(svg.contains("حراس الدين"))
        #expect(svg.contains("1abc &#45;&gt; x; }"))
        // The article URL cannot break out of its attribute.
        #expect(svg.contains(#"xlink:href="https://e.org/?q=%22%3E%3Cscript%3E&amp;x=1""#))
        #expect(!svg.contains("<script>"))
        let document = try #require(SVGDocument(Array(svg.utf8)))
        #expect(document.links == Array(repeating: #"https://e.org/?q=%22%3E%3Cscript%3E&x=1"#, count: 3))
        #expect(document.texts.contains(#"Quote " and back\slash \N"#))
    }

    @Test func visualLanguage() {
        let result = TestCorpus.read([("x.md", """
            ---
            article: {title: T, published: 2018-11-19, url: "ftp://no.link"}
            relations:
              - combat: hts -- hurras
                casualties: {hts: 13, hurras: 5}
                evidence: fought Hurras al-Din
              - allegiance: hurras -> isis
                confidence: alleged
                evidence: joined forces
              - truce: hts -- isis
                evidence: signed a truce
              - alliance: hts -- isis
                evidence: joined forces
            ---
            \(TestCorpus.defaultBody)
            """)])
        let dot = SnapshotDiagram.dot(SnapshotBuilder.snapshot(of: result.corpus))
        let lines = dot.split(separator: "\n").map(String.init)
        // A labelled edge: its label's node, and the edge's two halves
        // running to the label's centre.
        let label = lines.first { $0.hasPrefix("  \"_label_relation-combat-hts-hurras\" [") } ?? ""
        #expect(label.contains(#"label="HTS 13 killed\nHurras al-Din 5 killed""#))
        #expect(label.contains(#"id="label-relation-combat-hts-hurras", class="edge-label relation combat""#))
        let combat = lines.first { $0.contains("\"hts\" -> \"_label_relation-combat-hts-hurras\"") } ?? ""
        #expect(combat.contains(#"dir="none""#) && combat.contains(#"headclip="false""#))
        #expect(combat.contains(#"tooltip="combat: Hayat Tahrir al-Sham -- Hurras al-Din, since 2018-11-19\ncasualties: Hayat Tahrir al-Sham 13, Hurras al-Din 5\n“fought Hurras al-Din” — T (2018-11-19)""#))
        #expect(!combat.contains("URL="))
        let secondHalf = lines.first { $0.contains("\"_label_relation-combat-hts-hurras\" -> \"hurras\"") } ?? ""
        #expect(secondHalf.contains(#"tailclip="false""#) && secondHalf.contains(#"id="relation-combat-hts-hurras-2""#))
        let allegiance = lines.first { $0.contains("\"_label_relation-allegiance-hurras-isis\" -> \"isis\"") } ?? ""
        #expect(allegiance.contains(#"dir="forward""#) && allegiance.contains(#"arrowhead="normal""#))
        #expect(lines.contains { $0.hasPrefix("  \"_label_relation-allegiance-hurras-isis\" [label=\"alleged\"") })
        let contested = lines.filter { $0.hasPrefix("  \"_label_relation-") && $0.contains("-hts-isis\" [label=\"contested\"") }
        #expect(contested.count == 2)
        let node = lines.first { $0.hasPrefix("  \"hts\" [") } ?? ""
        #expect(node.contains(#"shape="hexagon""#))
        #expect(lines.contains { $0.hasPrefix("  \"_legend\" [") && $0.contains("contested") && $0.contains("alleged") })
    }
}

extension DOTWriterTests {
    @Test func anEmptySnapshotSaysSo() throws {
        let snapshot = SnapshotBuilder.snapshot(of: Self.samples().corpus, asOf: PartialDate(year: 2000))
        let dot = SnapshotDiagram.dot(snapshot)
        #expect(dot == """
            digraph "factiongraph" {
              graph [charset="UTF-8", label="Faction relations as of 2000: none", labelloc="t", fontname="DejaVu Sans", fontsize="16", bgcolor="white", pad="0.3", overlap="false", outputorder="edgesfirst"];
            }

            """)
        #expect(try DotProgram.complaints(about: dot) == "")
    }
}
