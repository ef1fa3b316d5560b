import Foundation
import Testing
@testable import FactionGraph

/// The format's "Meaning over time", case by case, through JSON snapshots.
@Suite struct SnapshotTests {
    /// Articles from `(published, relations)` pairs, each with a body that
    /// holds the quote "q".
    static func corpus(_ articles: [(String, String)], registry: String = TestCorpus.registry) -> Corpus {
        let files = articles.enumerated().map { index, article in
            ("a\(index).md", "---\narticle: {title: Article \(index), published: \(article.0)}\nrelations:\n\(article.1)\n---\nq\n")
        }
        let result = TestCorpus.read(files, registry: registry)
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        return result.corpus
    }

    /// The snapshot's JSON, decoded, as one line per relation:
    /// `type from to date [contested]`.
    static func edges(_ corpus: Corpus, at date: String? = nil) -> [String] {
        let json = SnapshotJSON.document(SnapshotBuilder.snapshot(of: corpus, asOf: date.flatMap(PartialDate.init(parsing:))))
        let object = try! JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        return (object["relations"] as! [[String: Any]]).map { relation in
            var line = "\(relation["type"]!) \(relation["from"]!) \(relation["to"]!) \(relation["date"]!)"
            if relation["contested"] as! Bool { line += " contested" }
            return line
        }
    }

    static func factions(_ corpus: Corpus, at date: String) -> [String] {
        SnapshotBuilder.snapshot(of: corpus, asOf: PartialDate(parsing: date)).factions.map(\.id)
    }

    /// The default date is that of the last recorded change, so the state
    /// after it shows: a relation ended by `until: 2019-02` is gone.
    @Test func defaultDateIsTheStateAfterTheLastChange() {
        let corpus = Self.corpus([("2018-11-19", "  - combat: hts -- hurras\n    evidence: q\n    until: 2019-02"),
                                  ("2017", "  - truce: hts -- isis\n    evidence: q")])
        let snapshot = SnapshotBuilder.snapshot(of: corpus)
        #expect(corpus.latestDate?.description == "2019-02")
        #expect(snapshot.asOf.description == "2019-03-01")
        #expect(Self.edges(corpus) == ["truce hts isis 2017"])
        // A faction dissolved on the corpus's last date is gone by default.
        let registry = TestCorpus.registry + "\nsyria:\n  name: Assad government\n  kind: state\n  dissolved: 2024-12-08\n"
        let fallen = Self.corpus([("2024-12-08", "  - combat: hts -- syria\n    evidence: q\n  - combat: hts -- isis\n    evidence: q")],
                                 registry: registry)
        #expect(SnapshotBuilder.snapshot(of: fallen).asOf.description == "2024-12-09")
        #expect(Self.factions(fallen, at: "2024-12-09") == ["hts", "isis"])
        #expect(SnapshotBuilder.snapshot(of: fallen).factions.map(\.id) == ["hts", "isis"])
    }

    @Test func aRelationBeginsAtTheStartOfItsPeriodAndAsOfMeansTheEndOfT() {
        let corpus = Self.corpus([("2018-11-19", "  - combat: hts -- hurras\n    evidence: q")])
        #expect(Self.edges(corpus, at: "2018-11-18") == [])
        #expect(Self.edges(corpus, at: "2018-11-19") == ["combat hts hurras 2018-11-19"])
        #expect(Self.edges(corpus, at: "2018-11") == ["combat hts hurras 2018-11-19"])
        #expect(Self.edges(corpus, at: "2018") == ["combat hts hurras 2018-11-19"])
        #expect(Self.edges(corpus, at: "2017") == [])
    }

    @Test func theLatestStanceOfAPairHolds() {
        let corpus = Self.corpus([
            ("2018-03", "  - truce: hurras -- hts\n    evidence: q"),
            ("2018-06-10", "  - combat: hts -- Guardians of Religion\n    evidence: q"),
        ])
        #expect(Self.edges(corpus, at: "2018-04") == ["truce hts hurras 2018-03"])
        #expect(Self.edges(corpus, at: "2018-06-09") == ["truce hts hurras 2018-03"])
        #expect(Self.edges(corpus, at: "2018-06") == ["combat hts hurras 2018-06-10"])
    }

    @Test func datesAreOrderedByTheStartOfTheirPeriod() {
        // 2018-11 starts before 2018-11-19, so the combat is the latest stance.
        let corpus = Self.corpus([
            ("2018-11-19", "  - combat: hts -- hurras\n    evidence: q"),
            ("2018-11", "  - alliance: hts -- hurras\n    evidence: q"),
        ])
        #expect(Self.edges(corpus, at: "2018-11") == ["combat hts hurras 2018-11-19"])
        #expect(Self.edges(corpus, at: "2018-11-05") == ["alliance hts hurras 2018-11"])
    }

    @Test func twoStancesOnTheLatestDateAreContested() {
        let result = TestCorpus.read([
            ("a.md", "---\narticle: {title: A, published: 2018-11-19}\nrelations:\n  - truce: hts -- hurras\n    evidence: q\n---\nq\n"),
            ("b.md", "---\narticle: {title: B, published: 2018-11-19}\nrelations:\n  - alliance: hts -- hurras\n    evidence: q\n---\nq\n"),
        ])
        #expect(result.diagnostics.map(\.description) == [
            "b.md:4:5: warning: contested: hts and hurras are reported in alliance here and in truce at a.md:4:5, both from 2018-11-19; snapshots show both, flagged",
        ])
        #expect(Self.edges(result.corpus) == ["alliance hts hurras 2018-11-19 contested", "truce hts hurras 2018-11-19 contested"])
    }

    @Test func anEndedStanceLeavesNoneAndAnEarlierOneDoesNotReturn() {
        let corpus = Self.corpus([
            ("2018-01", "  - combat: hts -- hurras\n    evidence: q"),
            ("2018-03", "  - truce: hts -- hurras\n    until: 2018-05\n    evidence: q"),
        ])
        #expect(Self.edges(corpus, at: "2018-02") == ["combat hts hurras 2018-01"])
        #expect(Self.edges(corpus, at: "2018-05") == ["truce hts hurras 2018-03"])
        #expect(Self.edges(corpus, at: "2018-05-31") == ["truce hts hurras 2018-03"])
        #expect(Self.edges(corpus, at: "2018-06-01") == [])
        #expect(Self.edges(corpus, at: "2019") == [])
    }

    @Test func allegianceHoldsUntilItsUntilOrALaterSplit() {
        let corpus = Self.corpus([
            ("2013-04", "  - allegiance: hts -> isis\n    evidence: q\n  - allegiance: hurras -> isis\n    until: 2015\n    evidence: q"),
            ("2016-07-28", "  - split: hts -> isis\n    evidence: q"),
        ])
        #expect(Self.edges(corpus, at: "2015") == ["allegiance hts isis 2013-04", "allegiance hurras isis 2013-04"])
        #expect(Self.edges(corpus, at: "2016-07-27") == ["allegiance hts isis 2013-04"])
        #expect(Self.edges(corpus, at: "2016-07") == ["split hts isis 2016-07-28"])
        #expect(Self.edges(corpus, at: "2016-06") == ["allegiance hts isis 2013-04"])
        #expect(Self.edges(corpus, at: "2016") == ["split hts isis 2016-07-28"])
        #expect(Self.edges(corpus, at: "2025") == ["split hts isis 2016-07-28"])
    }

    @Test func aSplitIsLineageAndStays() {
        let corpus = Self.corpus([
            ("2018-02", "  - split: hurras -> hts\n    evidence: q"),
            ("2020-06", "  - combat: hts -- hurras\n    evidence: q"),
        ])
        #expect(Self.edges(corpus, at: "2019") == ["split hurras hts 2018-02"])
        #expect(Self.edges(corpus, at: "2024") == ["combat hts hurras 2020-06", "split hurras hts 2018-02"])
    }

    @Test func dissolvedEndsAFactionAndAllItsRelations() {
        let registry = TestCorpus.registry + "\nsyria:\n  name: Assad government\n  kind: state\n  dissolved: 2024-12-08\n"
        let corpus = Self.corpus([
            ("2024-11-27", "  - combat: hts -- syria\n    evidence: q\n  - combat: isis -- hts\n    evidence: q"),
        ], registry: registry)
        #expect(Self.edges(corpus, at: "2024-12-08") == ["combat hts isis 2024-11-27", "combat hts syria 2024-11-27"])
        #expect(Self.factions(corpus, at: "2024-12-08") == ["hts", "isis", "syria"])
        #expect(Self.edges(corpus, at: "2024-12-09") == ["combat hts isis 2024-11-27"])
        #expect(Self.factions(corpus, at: "2024-12") == ["hts", "isis"])
    }

    @Test func deniedRelationsAreKeptButNeverInASnapshot() {
        let corpus = Self.corpus([
            ("2018", "  - alliance: isis -- hurras\n    confidence: denied\n    evidence: q\n  - combat: hts -- hurras\n    evidence: q"),
        ])
        #expect(corpus.relations.count == 2)
        #expect(Self.edges(corpus) == ["combat hts hurras 2018"])
        #expect(Self.factions(corpus, at: "2018") == ["hts", "hurras"])
    }

    @Test func reportsOfOneTypeBetweenOnePairAreOneEdgeWithAllTheirEvidence() {
        let corpus = Self.corpus([
            ("2018-03", "  - alliance: hts -- hurras\n    evidence: q\n    where: Idlib"),
            ("2018-05", "  - alliance: Guardians of Religion -- Tahrir al-Sham\n    evidence: [q, q]\n    confidence: confirmed\n    where: Harem"),
        ])
        let snapshot = SnapshotBuilder.snapshot(of: corpus)
        #expect(snapshot.edges.count == 1)
        let json = SnapshotJSON.RelationObject(snapshot.edges[0], articles: snapshot.articles)
        #expect(json.evidence.map(\.article) == ["a0", "a1", "a1"])
        #expect(json.date == "2018-03")
        #expect(json.confidence == "confirmed")
        #expect(json.where == ["Idlib", "Harem"])
    }

    @Test func aStanceRunRestartsAfterAnotherStance() {
        let corpus = Self.corpus([
            ("2014", "  - alliance: hts -- hurras\n    evidence: q"),
            ("2015", "  - combat: hts -- hurras\n    evidence: q"),
            ("2016", "  - alliance: hts -- hurras\n    evidence: q"),
        ])
        // The 2014 alliance was broken by the 2015 combat: the alliance that
        // holds now is the one since 2016, with that report only.
        #expect(Self.edges(corpus, at: "2017") == ["alliance hts hurras 2016"])
        #expect(SnapshotBuilder.snapshot(of: corpus).edges[0].reports.count == 1)
    }

    @Test func casualtiesAreTotalledPerFaction() {
        let corpus = Self.corpus([
            ("2018-11-19", "  - combat: hts -- hurras\n    casualties: {hts: 13, Hurras al-Din: 5}\n    evidence: q"),
            ("2018-11-20", "  - combat: hurras -- hts\n    casualties: {hts: 2}\n    evidence: q"),
        ])
        let edge = SnapshotBuilder.snapshot(of: corpus).edges[0]
        #expect(edge.casualties == ["hts": 15, "hurras": 5])
    }

    @Test func aSnapshotHoldsOnlyFactionsWithRelationsInIt() {
        let corpus = Self.corpus([("2018", "  - combat: hts -- hurras\n    evidence: q")])
        #expect(corpus.factions.count == 3)
        #expect(Self.factions(corpus, at: "2018") == ["hts", "hurras"])
    }

    @Test func aRelationBeforeItsFactionWasFoundedIsAWarning() {
        let result = TestCorpus.read([
            ("a.md", "---\narticle: {title: A, published: 2018-11-19}\nrelations:\n  - split: hurras -> hts\n    date: 2017\n    evidence: q\n---\nq\n"),
        ])
        #expect(result.diagnostics.map(\.description) == [
            "a.md:5:11: warning: this split is dated 2017, before 'hurras' was founded (2018-02)",
        ])
        #expect(Self.edges(result.corpus) == ["split hurras hts 2017"])
    }

    @Test func theJSONDocumentHasTheFieldsTheFormatPromises() {
        let files = [("seed.md", """
            ---
            article: {title: "Seed", published: 2018-11-19, url: "https://example.org/a?b=1&c=2"}
            factions:
              foreigners: {name: Firqat al-Ghuraba, aliases: [the foreigners]}
            relations:
              - combat: hts -- the foreigners
                where: Harem
                casualties: {hts: 13, foreigners: 5}
                evidence: fierce combat
            ---
            Tahrir al-Sham has been locked in fierce
            combat with a rival group.
            """)]
        let corpus = TestCorpus.read(files).corpus
        #expect(SnapshotJSON.document(SnapshotBuilder.snapshot(of: corpus)) == """
            {
              "asOf" : "2018-11-19",
              "factions" : [
                {
                  "aliases" : [
                    "the foreigners"
                  ],
                  "id" : "foreigners",
                  "kind" : "armed-group",
                  "name" : "Firqat al-Ghuraba",
                  "names" : [
                    {
                      "name" : "Firqat al-Ghuraba"
                    }
                  ]
                },
                {
                  "aliases" : [
                    "Tahrir al-Sham",
                    "HTS",
                    "هيئة تحرير الشام"
                  ],
                  "id" : "hts",
                  "kind" : "coalition",
                  "name" : "Hayat Tahrir al-Sham",
                  "names" : [
                    {
                      "name" : "Hayat Tahrir al-Sham"
                    }
                  ]
                }
              ],
              "relations" : [
                {
                  "casualties" : {
                    "foreigners" : 5,
                    "hts" : 13
                  },
                  "confidence" : "reported",
                  "contested" : false,
                  "date" : "2018-11-19",
                  "directed" : false,
                  "evidence" : [
                    {
                      "article" : "seed",
                      "confidence" : "reported",
                      "date" : "2018-11-19",
                      "line" : 11,
                      "path" : "seed.md",
                      "published" : "2018-11-19",
                      "quote" : "fierce combat",
                      "title" : "Seed",
                      "url" : "https://example.org/a?b=1&c=2"
                    }
                  ],
                  "from" : "foreigners",
                  "lastReported" : "2018-11-19",
                  "to" : "hts",
                  "type" : "combat",
                  "where" : [
                    "Harem"
                  ]
                }
              ]
            }

            """)
    }
}
