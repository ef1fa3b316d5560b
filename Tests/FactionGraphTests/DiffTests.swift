import Foundation
import Testing
@testable import FactionGraph

/// Diffs between dates and between corpora, case by case against the
/// format's semantics, in text and JSON.
@Suite struct DiffTests {
    static let registry = TestCorpus.registry + """

        syria:
          name: Assad government
          kind: state
          dissolved: 2024-12-08
        nusra:
          name: al-Nusra Front
          renamed: [{date: 2016-07-28, name: Jabhat Fatah al-Sham}]

        """

    static func corpus(_ articles: [(String, String)]) -> Corpus {
        let files = articles.enumerated().map { index, article in
            ("a\(index).md", "---\narticle: {title: Article \(index), published: \(article.0)}\nrelations:\n\(article.1)\n---\nq\n")
        }
        let result = TestCorpus.read(files, registry: registry)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        return result.corpus
    }

    static func diff(_ corpus: Corpus, _ from: String, _ to: String) -> SnapshotDiff {
        SnapshotDiffer.diff(SnapshotBuilder.snapshot(of: corpus, asOf: PartialDate(parsing: from)),
                            SnapshotBuilder.snapshot(of: corpus, asOf: PartialDate(parsing: to)))
    }

    /// The diff as `+ type from to` / `- ...` / `~ old -> new from to` lines.
    static func summary(_ diff: SnapshotDiff) -> [String] {
        diff.removedFactions.map { "- faction \($0.id)" } + diff.addedFactions.map { "+ faction \($0.id)" }
            + diff.renamedFactions.map { "~ faction \($0.new.id): \($0.old.name) -> \($0.new.name)" }
            + diff.removed.map { "- \($0.type.name) \($0.from) \($0.to)" }
            + diff.added.map { "+ \($0.type.name) \($0.from) \($0.to)" }
            + diff.changed.map { "~ \($0.from.type.name) -> \($0.to.type.name) \($0.to.from) \($0.to.to)" }
    }

    @Test func additionsAndRemovals() {
        let corpus = Self.corpus([
            ("2018-01", "  - alliance: hts -- hurras\n    until: 2018-06\n    evidence: q"),
            ("2018-09", "  - combat: isis -- hts\n    evidence: q"),
        ])
        let diff = Self.diff(corpus, "2018-03", "2018-12")
        #expect(Self.summary(diff) == ["- faction hurras", "+ faction isis", "- alliance hts hurras", "+ combat hts isis"])
        #expect(diff.reason(removing: diff.removed[0]) == "ended 2018-06")
        #expect(Self.summary(Self.diff(corpus, "2018-12", "2018-12")) == [])
        #expect(Self.diff(corpus, "2018-12", "2018-12").isEmpty)
    }

    @Test func aStanceChangeIsListedOnlyAsChanged() {
        let corpus = Self.corpus([
            ("2018-11-19", "  - truce: hts -- hurras\n    evidence: q"),
            ("2020-06-23", "  - combat: hurras -- hts\n    evidence: q"),
        ])
        let diff = Self.diff(corpus, "2019", "2020")
        #expect(Self.summary(diff) == ["~ truce -> combat hts hurras"])
        let text = DiffText.document(diff, oldLabel: "old", newLabel: "new")
        #expect(text == """
            --- old
            +++ new
            ~ Hayat Tahrir al-Sham -- Hurras al-Din: truce -> combat, since 2020-06-23
                  was: “q” — Article 0 (2018-11-19), a0.md:7
                  now: “q” — Article 1 (2020-06-23), a1.md:7

            """)
    }

    @Test func contestedPairs() {
        let corpus = Self.corpus([
            ("2018-03", "  - combat: hts -- hurras\n    evidence: q"),
            ("2018-11-19", "  - truce: hts -- hurras\n    evidence: q\n  - alliance: hts -- hurras\n    evidence: q"),
            ("2019-05", "  - truce: hts -- hurras\n    evidence: q"),
        ])
        // combat -> {alliance, truce} contested: each new stance against the old.
        #expect(Self.summary(Self.diff(corpus, "2018-06", "2018-12")) == [
            "~ combat -> alliance hts hurras", "~ combat -> truce hts hurras",
        ])
        // {alliance, truce} -> truce: the truce stays, the alliance is gone.
        #expect(Self.summary(Self.diff(corpus, "2018-12", "2019-06")) == ["- alliance hts hurras"])
    }

    @Test func dissolvedFactionsDisappearWithTheirRelations() {
        let corpus = Self.corpus([("2024-11-27", "  - combat: hts -- syria\n    evidence: q\n  - combat: hts -- isis\n    evidence: q")])
        let diff = Self.diff(corpus, "2024-12-08", "2024-12-09")
        #expect(Self.summary(diff) == ["- faction syria", "- combat hts syria"])
        #expect(diff.reason(removing: diff.removed[0]) == "Assad government dissolved 2024-12-08")
    }

    @Test func renamedFactions() {
        let corpus = Self.corpus([("2015", "  - combat: al-Nusra Front -- isis\n    evidence: q")])
        let diff = Self.diff(corpus, "2016-06", "2017")
        #expect(Self.summary(diff) == ["~ faction nusra: al-Nusra Front -> Jabhat Fatah al-Sham"])
        #expect(DiffText.document(diff, oldLabel: "a", newLabel: "b").contains("~ faction nusra renamed: al-Nusra Front -> Jabhat Fatah al-Sham\n"))
    }

    @Test func allegianceEndedBySplit() {
        let corpus = Self.corpus([
            ("2013-04", "  - allegiance: nusra -> isis\n    evidence: q"),
            ("2013-06", "  - split: nusra -> isis\n    evidence: q"),
        ])
        let diff = Self.diff(corpus, "2013-05", "2013-07")
        #expect(Self.summary(diff) == ["- allegiance nusra isis", "+ split nusra isis"])
        #expect(diff.reason(removing: diff.removed[0]) == "ended by the split of 2013-06")
    }

    @Test func twoCorporaAtOneDate() {
        let old = Self.corpus([("2018", "  - alliance: hts -- hurras\n    evidence: q\n  - combat: isis -- hts\n    evidence: q")])
        let new = Self.corpus([("2018", "  - combat: hts -- hurras\n    evidence: q\n  - combat: isis -- hts\n    evidence: q\n  - split: hurras -> hts\n    evidence: q")])
        let date = PartialDate(year: 2018)
        let diff = SnapshotDiffer.diff(SnapshotBuilder.snapshot(of: old, asOf: date), SnapshotBuilder.snapshot(of: new, asOf: date))
        #expect(Self.summary(diff) == ["+ split hurras hts", "~ alliance -> combat hts hurras"])
        #expect(diff.unchanged.map(\.type) == [.combat])
    }

    @Test func json() throws {
        let corpus = Self.corpus([
            ("2018-11-19", "  - truce: hts -- hurras\n    evidence: q"),
            ("2020-06-23", "  - combat: hurras -- hts\n    evidence: q\n  - split: hurras -> hts\n    evidence: q"),
        ])
        let json = DiffJSON.document(Self.diff(corpus, "2019", "2020"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["from"] as? String == "2019" && object["to"] as? String == "2020")
        let factions = try #require(object["factions"] as? [String: Any])
        #expect(factions["added"] as? [String] == [] && factions["removed"] as? [String] == [])
        let relations = try #require(object["relations"] as? [String: Any])
        #expect((relations["added"] as? [[String: Any]])?.map { $0["type"] as? String } == ["split"])
        #expect((relations["removed"] as? [[String: Any]])?.count == 0)
        let changed = try #require(relations["changed"] as? [[String: Any]])
        #expect(changed.count == 1)
        #expect((changed[0]["from"] as? [String: Any])?["type"] as? String == "truce")
        #expect((changed[0]["to"] as? [String: Any])?["type"] as? String == "combat")
        #expect(((changed[0]["to"] as? [String: Any])?["evidence"] as? [[String: Any]])?.first?["article"] as? String == "a1")
    }

    @Test func history() {
        let corpus = Self.corpus([
            ("2013-04", "  - allegiance: nusra -> isis\n    evidence: q"),
            ("2013-06", "  - split: nusra -> isis\n    evidence: q\n  - truce: nusra -- hts\n    until: 2014\n    evidence: q"),
            ("2016-08", "  - combat: Jabhat Fatah al-Sham -- hts\n    evidence: q"),
        ])
        let history = FactionHistory.of("nusra", in: corpus)!
        let lines = HistoryText.document(history).split(separator: "\n").filter { !$0.hasPrefix("    ") }
        #expect(lines == [
            "History of Jabhat Fatah al-Sham (nusra), named al-Nusra Front, Jabhat Fatah al-Sham from 2016-07-28",
            "2013-04     + allegiance to Islamic State",
            "2013-06     - allegiance to Islamic State (ended by the split of 2013-06)",
            "2013-06     + truce with Hayat Tahrir al-Sham",
            "2013-06     + split from Islamic State",
            "2015-01-01  - truce with Hayat Tahrir al-Sham (ended 2014)",
            "2016-07-28  ~ renamed: al-Nusra Front -> Jabhat Fatah al-Sham",
            "2016-08     + combat with Hayat Tahrir al-Sham",
        ])
    }
}

extension DiffTests {
    /// Added, removed and unchanged relations come in snapshot order (from,
    /// to, type), so diagrams and JSON of diffs are stable.
    @Test func diffListsAreInSnapshotOrder() {
        let old = Self.corpus([("2018", "  - alliance: hts -- hurras\n    evidence: q")])
        let new = Self.corpus([("2018", "  - split: hts -> isis\n    evidence: q\n  - combat: hts -- isis\n    evidence: q\n  - allegiance: hts -> isis\n    evidence: q\n  - alliance: hts -- hurras\n    evidence: q\n  - truce: hts -- isis\n    evidence: q")])
        let date = PartialDate(year: 2018)
        let diff = SnapshotDiffer.diff(SnapshotBuilder.snapshot(of: old, asOf: date), SnapshotBuilder.snapshot(of: new, asOf: date))
        #expect(diff.added.map(\.type) == [.allegiance, .truce, .combat, .split])
        let snapshotOrder = SnapshotBuilder.snapshot(of: new, asOf: date).edges.filter { $0.to == "isis" }.map(\.type)
        #expect(diff.added.map(\.type) == snapshotOrder)
    }
}
