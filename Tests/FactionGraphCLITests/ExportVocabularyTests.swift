import Foundation
import Testing
import FactionGraphTestSupport

/// Exports of a corpus with its own vocabulary: its types' names, classes,
/// polarities and colours travel as data, and a type with `-` in its name
/// becomes a Neo4j relationship type with `_`.
@Suite struct ExportVocabularyTests {
    typealias Expect = ExportExpectations

    static func corpus() throws -> URL {
        let corpus = try VocabularyCommandTests.corpus()
        try (VocabularyCommandTests.vocabulary + """
            arms-supply:
              connector: "->"
              class: tie
              polarity: "+"

            """).write(to: corpus.appendingPathComponent("vocabulary.yaml"), atomically: true, encoding: .utf8)
        try VocabularyCommandTests.article("2015-05", """
              - arms-supply: iran -> hezbollah
                evidence: Iran ships rockets to Hezbollah
            """, "Iran ships rockets to Hezbollah.").write(to: corpus.appendingPathComponent("2015-05.md"), atomically: true, encoding: .utf8)
        return corpus
    }

    @Test func theVocabularyTravelsAsData() throws {
        let corpus = try Self.corpus()
        let out = try RepositoryPaths.temporaryDirectory()
        let gexf = out.appendingPathComponent("v.gexf").path
        let csv = out.appendingPathComponent("csv").path
        for arguments in [["-o", gexf], ["--format", "csv", "-o", csv]] {
            let result = try CLI.run(["export", corpus.path] + arguments)
            #expect(result.status == 0, "\(result.stderr)")
        }
        #expect(try GraphConsumers.gexfComplaints(gexf) == "")
        let text = try String(contentsOfFile: gexf, encoding: .utf8)
        // The vocabulary's colours: #0072B2 for sponsorship, #d55e00 for combat.
        #expect(text.contains("""
            <edge id="sponsorship/iran/hamas" source="iran" target="hamas" label="sponsorship" kind="sponsorship">
            """))
        #expect(text.contains("<color r=\"0\" g=\"114\" b=\"178\"/>"))
        #expect(text.contains("<color r=\"213\" g=\"94\" b=\"0\"/>"))

        let reads = try GraphConsumers.read([("gexf-networkx", gexf), ("csv", csv)])
        let edges = Expect.edges(reads[0])
        let sponsorship = try #require(edges["sponsorship/iran/hamas"]?.first)
        #expect(sponsorship["class"] == .string("tie") && sponsorship["polarity"] == .string("+"))
        // Ended by the cut-off dated 2012-03: through the last day of February.
        #expect(sponsorship["spells"] == .array([.array([.string("2012-01-01"), .string("2012-02-29")])]))
        #expect(edges["cutoff/iran/hamas"]?.first?["polarity"] == .string("?"))
        #expect(edges["arms-supply/iran/hezbollah"]?.first?["spells"] == .array([.array([.string("2015-05-01"), .null])]))

        let relations = Expect.rows(reads[1]["relations.csv"])
        #expect(Set(relations.map { $0[":TYPE"] ?? "" }) == ["SPONSORSHIP", "CUTOFF", "RIVALRY", "COMBAT", "ARMS_SUPPLY"])
        let combat = try #require(relations.first { $0["type"] == "combat" })
        #expect([combat["fatalities"], combat["fatalities_low"], combat["fatalities_high"]] == ["40", "30", "55"])
    }
}
