import FactionGraph
import FactionGraphTestSupport
import Foundation
import Testing
@testable import FactionGraphSuggest

/// The suggester against hand annotations, counted exactly: the samples
/// (tuned on) above the targets of 0.8, both held-out sets as they score
/// now, and every draft passing `check`. A change to the suggester that moves
/// a count must say so here (and in docs/suggest.md and the README).
@Suite struct EvaluationTests {
    typealias Counts = Evaluation.Counts
    static let heldOut = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/suggest/held-out").path
    static let heldOut2 = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/suggest/held-out-2").path
    static let seed = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/suggest/seed-000_b367991746375330.txt").path

    @Test func samples() throws {
        let evaluation = try Evaluation.run(directory: RepositoryPaths.samples)
        let report = EvaluationText.report(evaluation)
        #expect(evaluation.articles.count == 13)
        #expect(evaluation.typePairAndDirection == Counts(truePositives: 25, falsePositives: 4, falseNegatives: 5), "\(report)")
        #expect(evaluation.typeAndPair == Counts(truePositives: 25, falsePositives: 3, falseNegatives: 5), "\(report)")
        #expect(evaluation.pair == Counts(truePositives: 23, falsePositives: 3, falseNegatives: 3), "\(report)")
        #expect(evaluation.factions == Counts(truePositives: 32, falsePositives: 2, falseNegatives: 5), "\(report)")
        // The targets, met: precision 25/29, recall 25/30.
        #expect(evaluation.typePairAndDirection.precision >= 0.8)
        #expect(evaluation.typePairAndDirection.recall >= 0.8)
        #expect(evaluation.sameConfidence == 23)
        #expect(evaluation.sameDate == 17)
        #expect(evaluation.quotes == 32)
        #expect(evaluation.draftsPassingCheck == 13)
    }

    /// Each held-out set as it scores now: its directory, articles,
    /// relations (type, pair and direction) and factions found, extra, missed.
    /// Sets 1-5 were read while developing (each after its blind runs);
    /// sets 6 and 7 were run blind (their misses unread); set 7's counts
    /// changed once after its blind runs, with the state descriptors
    /// (`army units`), written from set 3's misses; set 8 was run once
    /// with this release and once with each of the two before it.
    static let heldOutSets: [(directory: String, articles: Int, relations: Counts, factions: Counts)] = [
        (heldOut, 14, Counts(truePositives: 31, falsePositives: 5, falseNegatives: 12),
         Counts(truePositives: 46, falsePositives: 0, falseNegatives: 5)),
        (heldOut2, 13, Counts(truePositives: 25, falsePositives: 3, falseNegatives: 8),
         Counts(truePositives: 31, falsePositives: 0, falseNegatives: 8)),
        (fixture("held-out-3"), 15, Counts(truePositives: 44, falsePositives: 15, falseNegatives: 59),
         Counts(truePositives: 61, falsePositives: 1, falseNegatives: 20)),
        (fixture("held-out-4"), 15, Counts(truePositives: 44, falsePositives: 12, falseNegatives: 95),
         Counts(truePositives: 66, falsePositives: 1, falseNegatives: 38)),
        (fixture("held-out-5"), 12, Counts(truePositives: 51, falsePositives: 6, falseNegatives: 48),
         Counts(truePositives: 64, falsePositives: 1, falseNegatives: 13)),
        (fixture("held-out-6"), 15, Counts(truePositives: 43, falsePositives: 19, falseNegatives: 119),
         Counts(truePositives: 72, falsePositives: 7, falseNegatives: 54)),
        (fixture("held-out-7"), 15, Counts(truePositives: 50, falsePositives: 16, falseNegatives: 129),
         Counts(truePositives: 79, falsePositives: 4, falseNegatives: 54)),
        (fixture("held-out-8"), 15, Counts(truePositives: 28, falsePositives: 15, falseNegatives: 163),
         Counts(truePositives: 61, falsePositives: 1, falseNegatives: 76)),
    ]

    /// The index of the first set whose misses stay unread.
    static let firstBlindSet = 5

    static func fixture(_ name: String) -> String {
        RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/suggest/\(name)").path
    }

    @Test(arguments: 0..<8) func heldOutSet(_ index: Int) throws {
        let expected = Self.heldOutSets[index]
        let evaluation = try Evaluation.run(directory: expected.directory)
        // The misses of a blind set (6 on) are not printed: whoever reads
        // them can no longer measure on it.
        let report = index < Self.firstBlindSet ? EvaluationText.report(evaluation) : "(a blind set: its misses are not shown)"
        #expect(evaluation.articles.count == expected.articles)
        #expect(evaluation.typePairAndDirection == expected.relations, "\(report)")
        #expect(evaluation.factions == expected.factions, "\(report)")
        #expect(evaluation.draftsPassingCheck == expected.articles, "\(evaluation.articles.flatMap(\.checkErrors))")
    }

    /// The seed as it came, raw, with only the samples' registry: exactly
    /// the nine relations of its hand annotation, and a draft `check` accepts.
    @Test func theRawSeed() throws {
        let registryText = try String(contentsOfFile: RepositoryPaths.samples + "/factions.yaml", encoding: .utf8)
        let files: [(path: String, text: String)] = [("samples/factions.yaml", registryText)]
        let registry = Registry(corpus: CorpusReader.read(files: files).corpus)
        let suggester = Suggester(registry: registry, options: .init(published: PartialDate(parsing: "2018-11-19")))
        let text = try String(contentsOfFile: Self.seed, encoding: .utf8)
        let draft = suggester.draft(ArticleInput(path: "seed.md", text: text))
        let keys = Set(draft.suggestions.map { $0.key.description })
        let hand = [
            "combat: foreigners-group -- hts", "allegiance: foreigners-group -> hurras-al-din", "split: hurras-al-din -> hts",
            "allegiance: hurras-al-din -> al-qaeda", "split: hts -> al-qaeda", "truce: hts -- hurras-al-din",
            "alliance: hts -- hurras-al-din", "alliance: hurras-al-din -- isis", "combat: hts -- syrian-government",
        ]
        #expect(keys == Set(hand), "\(keys.sorted())")
        #expect(draft.newFactions.map(\.id) == ["foreigners-group"])
        let written = try DraftWriter().article(draft).get()
        let errors = CorpusReader.read(files: files + [("seed.md", written)]).diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors)")
    }
}
