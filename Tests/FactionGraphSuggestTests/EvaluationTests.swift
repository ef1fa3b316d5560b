import FactionGraph
import FactionGraphTestSupport
import Foundation
import Testing
@testable import FactionGraphSuggest

/// The suggester against hand annotations: the samples (tuned on) must stay
/// at precision and recall 0.8 or more; every draft of the samples, the
/// held-out set and the raw seed must pass `check`.
@Suite struct EvaluationTests {
    static let heldOut = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/suggest/held-out").path
    static let seed = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/suggest/seed-000_b367991746375330.txt").path

    @Test func samplesStayAtPointEightOrMore() throws {
        let evaluation = try Evaluation.run(directory: RepositoryPaths.samples)
        let level = evaluation.typePairAndDirection
        #expect(level.precision >= 0.8, "\(EvaluationText.report(evaluation))")
        #expect(level.recall >= 0.8, "\(EvaluationText.report(evaluation))")
        #expect(evaluation.factions.precision >= 0.8)
        #expect(evaluation.factions.recall >= 0.8)
        #expect(evaluation.draftsPassingCheck == evaluation.articles.count)
        #expect(evaluation.articles.count == 13)
    }

    @Test func everyHeldOutDraftPassesCheck() throws {
        let evaluation = try Evaluation.run(directory: Self.heldOut)
        #expect(evaluation.articles.count == 14)
        #expect(evaluation.draftsPassingCheck == evaluation.articles.count, "\(evaluation.articles.flatMap(\.checkErrors))")
    }

    /// The seed as it came, raw, with only the samples' registry: most of
    /// the relations of its hand annotation, and a draft `check` accepts.
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
        #expect(hand.filter(keys.contains).count >= 8, "\(keys.sorted())")
        #expect(draft.newFactions.map(\.id) == ["foreigners-group"])
        let written = try DraftWriter().article(draft).get()
        let errors = CorpusReader.read(files: files + [("seed.md", written)]).diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors)")
    }
}
