import Foundation
import Testing
import FactionGraphTestSupport
@testable import FactionGraph

/// Every faction's history built at once, pair by pair, must read exactly
/// as `FactionHistory.of` and `factiongraph history` give it.
@Suite struct FactionHistoriesTests {
    /// Each faction's history text from both, compared.
    static func compareEveryHistory(_ corpus: Corpus, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        var histories = FactionHistories(corpus)
        for id in corpus.factions.keys.sorted() {
            let expected = FactionHistory.of(id, in: corpus).map(HistoryText.document)
            let actual = histories.history(of: id).map(HistoryText.document)
            #expect(actual == expected, "history of \(id)", sourceLocation: sourceLocation)
        }
    }

    static func read(_ path: String) -> Corpus {
        let result = CorpusReader.read([path])
        #expect(result.diagnostics.errorCount == 0)
        return result.corpus
    }

    @Test func theSamples() {
        Self.compareEveryHistory(Self.read(RepositoryPaths.samples))
        Self.compareEveryHistory(Self.read(RepositoryPaths.fiveTypes))
    }

    @Test func theTimelineCaseWorkedOutByHand() {
        Self.compareEveryHistory(TimelineTests.corpus())
    }

    /// Mapping Militants as a corpus, read from a temporary folder.
    static func mappingMilitants() throws -> Corpus {
        let directory = try RepositoryPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (path, text) in try MappingMilitants.corpus() {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return read(directory.path)
    }

    /// Mapping Militants: 62 mergers absorbing groups with many partners.
    @Test func mappingMilitants() throws {
        Self.compareEveryHistory(try Self.mappingMilitants())
    }

    /// Random corpora with every built-in type, mergers, dissolutions,
    /// renames, `until`, dates of all three precisions and every confidence.
    /// The random corpora reach every rule a history has words for.
    @Test func theRandomCorporaExerciseEveryRule() {
        var text = ""
        for seed in UInt64(1)...12 {
            let corpus = CorpusReader.read(files: RandomHistoryCorpus.make(factions: 9, relations: 60, seed: seed)).corpus
            for id in corpus.factions.keys { text += FactionHistory.of(id, in: corpus).map(HistoryText.document) ?? "" }
        }
        for phrase in ["merged into", "dissolved", "renamed:", "ended by the split", "-> combat", "(ended ", "[contested]", "[alleged]"] {
            #expect(text.contains(phrase), "\(phrase)")
        }
    }

    @Test(arguments: 1...12)
    func randomCorpora(seed: UInt64) {
        let files = RandomHistoryCorpus.make(factions: 9, relations: 60, seed: seed)
        let result = CorpusReader.read(files: files)
        #expect(result.diagnostics.errorCount == 0, "\(result.diagnostics.filter { $0.severity == .error }.prefix(3))")
        Self.compareEveryHistory(result.corpus)
    }
}

/// Small random corpora that exercise every rule a history follows.
enum RandomHistoryCorpus {
    static func make(factions: Int, relations: Int, seed: UInt64) -> [(path: String, text: String)] {
        var random = SeededGenerator(seed: seed)
        func chance(_ n: Int) -> Bool { Int.random(in: 0..<n, using: &random) == 0 }
        func date(_ years: ClosedRange<Int>) -> String {
            let year = Int.random(in: years, using: &random)
            switch Int.random(in: 0..<3, using: &random) {
            case 0: return "\(year)"
            case 1: return "\(year)-0\(Int.random(in: 1...9, using: &random))"
            default: return "\(year)-0\(Int.random(in: 1...9, using: &random))-1\(Int.random(in: 0...9, using: &random))"
            }
        }
        var registry = ""
        for index in 0..<factions {
            registry += "g\(index):\n  name: Group \(index)\n"
            if chance(4) { registry += "  dissolved: \(date(2016...2019))\n" }
            if chance(3) { registry += "  renamed:\n    - {date: \(date(2012...2014)), name: Group \(index) renamed}\n" }
        }
        var items = ""
        for _ in 0..<relations {
            // Mergers are rare: each absorbs a group for good.
            let types = RelationType.builtInTypes.filter { $0.name != "merger" }
            let type = chance(12) ? RelationType.merger : types.randomElement(using: &random)!
            let a = Int.random(in: 0..<factions, using: &random)
            var b = Int.random(in: 0..<max(1, factions / 2), using: &random)
            if b == a { b = (a + 1) % factions }
            let start = date(2010...2018)
            var item = "  - \(type.name): g\(a) \(type.connector) g\(b)\n    date: \(start)\n    evidence: q\n"
            if chance(6) { item += "    until: \(Int(start.prefix(4))! + 1)\n" }
            if chance(8) { item += "    confidence: \(["alleged", "denied", "confirmed"].randomElement(using: &random)!)\n" }
            items += item
        }
        return [(path: "factions.yaml", text: registry),
                (path: "a.md", text: "---\narticle: {title: A, published: 2020}\nrelations:\n\(items)---\nq\n")]
    }
}
