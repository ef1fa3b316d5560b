import Foundation
import Testing
@testable import FactionGraph

/// What each relation type means over time, case by case through JSON
/// snapshots: the built-in types (rivalry and merger among them) and a
/// corpus's own types declared in `vocabulary.yaml`.
@Suite struct VocabularyMeaningTests {
    /// Four factions: the test registry and al-Qaeda.
    static let registry = TestCorpus.registry + "\nalq: al-Qaeda\n"

    static func corpus(_ articles: [(String, String)], vocabulary: String? = nil) -> ReadResult {
        var files = articles.enumerated().map { index, article in
            ("a\(index).md", "---\narticle: {title: Article \(index), published: \(article.0)}\nrelations:\n\(article.1)\n---\nq\n")
        }
        if let vocabulary { files.insert(("vocabulary.yaml", vocabulary), at: 0) }
        return TestCorpus.read(files, registry: registry)
    }

    static func valid(_ articles: [(String, String)], vocabulary: String? = nil) -> Corpus {
        let result = corpus(articles, vocabulary: vocabulary)
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        return result.corpus
    }

    static func edges(_ corpus: Corpus, at date: String? = nil) -> [String] {
        SnapshotTests.edges(corpus, at: date)
    }

    // MARK: Built-in types

    @Test func theBuiltInVocabularyIsTheFormatsFiveTypesThenRivalryAndMerger() {
        let types = Vocabulary.builtIn.types
        #expect(types.map(\.name) == ["allegiance", "alliance", "truce", "combat", "split", "rivalry", "merger"])
        #expect(types.map(\.connector) == ["->", "--", "--", "--", "->", "--", "->"])
        #expect(types.map(\.relationClass) == [.tie, .stance, .stance, .stance, .lineage, .stance, .lineage])
        #expect(types.map(\.polarity.rawValue) == ["+", "+", "+", "-", "?", "-", "+"])
        #expect(types.map(\.endedBy) == [["split"], [], [], [], [], [], []])
        #expect(types.filter { !$0.accepts.isEmpty }.map(\.name) == ["combat"])
        #expect(types.filter(\.absorbsSource).map(\.name) == ["merger"])
        #expect(types.map(\.order) == Array(0..<7))
    }

    @Test func rivalryIsAStanceThatReplacesAnAllianceAndIsReplacedByCombat() {
        let corpus = Self.valid([
            ("2014", "  - alliance: hts -- isis\n    evidence: q"),
            ("2015-06", "  - rivalry: isis -- hts\n    evidence: q"),
            ("2016-02-10", "  - combat: hts -- isis\n    evidence: q"),
        ])
        #expect(Self.edges(corpus, at: "2015-05") == ["alliance hts isis 2014"])
        #expect(Self.edges(corpus, at: "2015-06") == ["rivalry hts isis 2015-06"])
        #expect(Self.edges(corpus, at: "2016-02-09") == ["rivalry hts isis 2015-06"])
        #expect(Self.edges(corpus, at: "2016-02-10") == ["combat hts isis 2016-02-10"])
    }

    @Test func aTruceAfterARivalryReplacesItAndRivalryCanBeContested() {
        let result = Self.corpus([
            ("2018-03", "  - rivalry: hts -- hurras\n    evidence: q"),
            ("2018-05", "  - truce: hts -- hurras\n    evidence: q\n  - rivalry: hts -- hurras\n    evidence: q"),
        ])
        #expect(result.diagnostics.map(\.description) == [
            "a1.md:6:5: warning: contested: hts and hurras are reported in rivalry here and in truce at a1.md:4:5, both from 2018-05; snapshots show both, flagged",
        ])
        #expect(Self.edges(result.corpus, at: "2018-04") == ["rivalry hts hurras 2018-03"])
        // No other stance came before the latest date, so the rivalry's
        // run goes back to 2018-03.
        #expect(Self.edges(result.corpus, at: "2018-06") == ["truce hts hurras 2018-05 contested", "rivalry hts hurras 2018-03 contested"])
    }

    @Test func aMergerEndsTheAbsorbedFactionsTiesAndStancesAsOfItsDate() {
        let corpus = Self.valid([
            ("2015", "  - allegiance: hurras -> alq\n    evidence: q\n  - combat: hurras -- isis\n    evidence: q\n  - alliance: hts -- hurras\n    evidence: q"),
            ("2017-01-28", "  - merger: hurras -> hts\n    evidence: q"),
        ])
        #expect(Self.edges(corpus, at: "2017-01-27") == [
            "alliance hts hurras 2015", "allegiance hurras alq 2015", "combat hurras isis 2015",
        ])
        // As of its date: the merger, as lineage, and nothing else of hurras.
        #expect(Self.edges(corpus, at: "2017-01-28") == ["merger hurras hts 2017-01-28"])
        #expect(Self.edges(corpus, at: "2030") == ["merger hurras hts 2017-01-28"])
        #expect(SnapshotTests.factions(corpus, at: "2017-01-28") == ["hts", "hurras"])
    }

    @Test func aMergerAtMonthPrecisionEndsTiesAsOfThatMonth() {
        let corpus = Self.valid([
            ("2015", "  - allegiance: hurras -> alq\n    evidence: q"),
            ("2017-01", "  - merger: hurras -> hts\n    evidence: q"),
        ])
        #expect(Self.edges(corpus, at: "2016-12-31") == ["allegiance hurras alq 2015"])
        #expect(Self.edges(corpus, at: "2017-01") == ["merger hurras hts 2017-01"])
    }

    @Test func aMergerKeepsLineageAndLeavesTheAbsorbingFactionAlone() {
        let corpus = Self.valid([
            ("2014", "  - split: hurras -> alq\n    evidence: q\n  - combat: hts -- isis\n    evidence: q\n  - allegiance: isis -> hurras\n    evidence: q"),
            ("2017", "  - merger: hurras -> hts\n    evidence: q"),
        ])
        // The absorbing faction keeps its own stances; ties *to* the
        // absorbed faction end too (isis -> hurras).
        #expect(Self.edges(corpus, at: "2018") == ["combat hts isis 2014", "split hurras alq 2014", "merger hurras hts 2017"])
    }

    @Test func aRelationAfterAMergerIsAWarningAndShownOnlyIfLineage() {
        let result = Self.corpus([
            ("2017-01-28", "  - merger: alq -> hts\n    evidence: q"),
            ("2018", "  - combat: alq -- isis\n    evidence: q\n  - split: alq -> hts\n    evidence: q"),
        ])
        #expect(result.diagnostics.map(\.description) == [
            "a1.md:4:5: warning: this combat is dated 2018, on or after the day 'alq' merged into 'hts' (2017-01-28, at a0.md:4:5); no snapshot shows it",
            "a1.md:6:5: warning: this split is dated 2018, on or after the day 'alq' merged into 'hts' (2017-01-28, at a0.md:4:5); it is kept as lineage",
        ])
        #expect(Self.edges(result.corpus, at: "2019") == ["split alq hts 2018", "merger alq hts 2017-01-28"])
    }

    @Test func aDeniedMergerEndsNothingAndAMergersUntilEndsOnlyItsEdge() {
        let corpus = Self.valid([
            ("2015", "  - alliance: hts -- hurras\n    evidence: q\n  - combat: isis -- alq\n    evidence: q"),
            ("2016", "  - merger: hurras -> isis\n    confidence: denied\n    evidence: q\n  - merger: alq -> hts\n    until: 2017\n    evidence: q"),
        ])
        #expect(Self.edges(corpus, at: "2017") == ["merger alq hts 2016", "alliance hts hurras 2015"])
        #expect(Self.edges(corpus, at: "2018") == ["alliance hts hurras 2015"])
    }

    @Test func aMergerIsPositiveAndSignsPathsThroughIt() {
        let corpus = Self.valid([
            ("2015", "  - combat: hts -- isis\n    evidence: q\n  - rivalry: isis -- alq\n    evidence: q"),
            ("2016", "  - merger: hurras -> hts\n    evidence: q"),
        ])
        let snapshot = SnapshotBuilder.snapshot(of: corpus, asOf: PartialDate(parsing: "2016"))
        let graph = SnapshotGraph(snapshot)
        let paths = PathSearch.shortestPaths(in: graph, from: "hurras", to: "alq")
        #expect(paths.map { PathText.line($0, names: snapshot.names) } == [
            "Hurras al-Din -merger-> Hayat Tahrir al-Sham -combat- Islamic State -rivalry- al-Qaeda  (+, 3 hops: enemy of an enemy)",
        ])
    }

    // MARK: A corpus's own types

    static let vocabulary = """
        # A desk's own types.
        support:
          connector: "->"
          class: tie
          polarity: "+"
          ends-with: [withdrawal]
          color: "#0072B2"
          style: dashed
          legend: "support: A backs B"
        withdrawal: {connector: "->", class: lineage, polarity: "?"}
        negotiation: {connector: "--", class: stance, polarity: "+"}
        skirmish: {connector: "--", class: stance, polarity: negative, attributes: [casualties, fatalities]}
        combat:
          color: "#d55e00"
        """

    @Test func aCustomTieHoldsUntilALaterRelationOfATypeThatEndsIt() {
        let corpus = Self.valid([
            ("2015", "  - support: isis -> hurras\n    evidence: q\n  - support: alq -> hts\n    evidence: q"),
            ("2016-05", "  - withdrawal: isis -> hurras\n    evidence: q\n  - withdrawal: hts -> alq\n    evidence: q"),
            ("2017", "  - support: isis -> hurras\n    evidence: q"),
        ], vocabulary: Self.vocabulary)
        #expect(Self.edges(corpus, at: "2016-04") == ["support alq hts 2015", "support isis hurras 2015"])
        // The withdrawal of isis from hurras ends that support; hts's from
        // alq is the other direction and ends nothing.
        #expect(Self.edges(corpus, at: "2016-05") == [
            "support alq hts 2015", "withdrawal hts alq 2016-05", "withdrawal isis hurras 2016-05",
        ])
        // Support resumed later is a new edge.
        #expect(Self.edges(corpus, at: "2017") == [
            "support alq hts 2015", "withdrawal hts alq 2016-05", "support isis hurras 2017", "withdrawal isis hurras 2016-05",
        ])
    }

    @Test func aCustomStanceTakesPartInTheLatestStanceOfAPair() {
        let corpus = Self.valid([
            ("2015", "  - combat: hts -- isis\n    evidence: q"),
            ("2016", "  - negotiation: isis -- hts\n    evidence: q"),
            ("2017", "  - skirmish: hts -- isis\n    casualties: {hts: 3}\n    fatalities: {best: 7, low: 5, high: 9}\n    evidence: q"),
        ], vocabulary: Self.vocabulary)
        #expect(Self.edges(corpus, at: "2015") == ["combat hts isis 2015"])
        #expect(Self.edges(corpus, at: "2016") == ["negotiation hts isis 2016"])
        #expect(Self.edges(corpus, at: "2017") == ["skirmish hts isis 2017"])
        let edge = SnapshotBuilder.snapshot(of: corpus).edges[0]
        #expect(edge.casualties == ["hts": 3])
        #expect(edge.fatalities == Fatalities(best: 7, low: 5, high: 9))
    }

    @Test func customTypesComeAfterTheBuiltInOnesInTheVocabularysOrder() {
        let corpus = Self.valid([("2015", "  - negotiation: hts -- isis\n    evidence: q\n  - support: hts -> isis\n    evidence: q\n  - combat: isis -- hts\n    evidence: q\n    date: 2014")],
                                vocabulary: Self.vocabulary)
        #expect(corpus.vocabulary.names == [
            "allegiance", "alliance", "truce", "combat", "split", "rivalry", "merger",
            "support", "withdrawal", "negotiation", "skirmish",
        ])
        #expect(Self.edges(corpus, at: "2016") == ["support hts isis 2015", "negotiation hts isis 2015"])
        let support = corpus.vocabulary.type(named: "support")!
        #expect(support.look == RelationLook(color: "#0072b2", style: "dashed", penwidth: "2", arrowhead: "normal",
                                             legend: "support: A backs B"))
        // A built-in type restyled keeps its meaning.
        let combat = corpus.vocabulary.type(named: "combat")!
        #expect(combat.look.color == "#d55e00" && combat.look.style == "bold" && combat.relationClass == .stance)
        // Own types without a colour get the colour-blind-safe palette, in order.
        #expect(corpus.vocabulary.types.suffix(3).map(\.look.color) == ["#d55e00", "#009e73", "#cc79a7"])
    }

    @Test func fatalitiesAreEventTotalsSummedOverReports() {
        let corpus = Self.valid([
            ("2018-01", "  - combat: hts -- isis\n    fatalities: 12\n    evidence: q"),
            ("2018-02", "  - combat: isis -- hts\n    fatalities: {best: 3, low: 2, high: 4}\n    evidence: q"),
        ])
        let snapshot = SnapshotBuilder.snapshot(of: corpus)
        #expect(snapshot.edges[0].fatalities == Fatalities(best: 15))
        let json = SnapshotJSON.document(snapshot)
        #expect(json.contains("\"fatalities\" : {\n        \"best\" : 15\n      },"))
        let later = SnapshotBuilder.snapshot(of: Self.valid([
            ("2018-02", "  - combat: isis -- hts\n    fatalities: {best: 3, low: 2, high: 4}\n    evidence: q"),
        ]))
        #expect(later.edges[0].fatalities == Fatalities(best: 3, low: 2, high: 4))
        #expect(SnapshotDiagram.edgeTooltip(later.edges[0], names: later.names, articles: later.articles)
            .contains("\nfatalities, all sides: 3 (2-4)\n"))
    }
}
