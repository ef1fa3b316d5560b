import Foundation
import FactionGraphTestSupport
@testable import FactionGraph

/// Corpora for the export tests: the samples, Mapping Militants, and
/// generated ones that use every rule of time (all seven built-in types,
/// mergers, `until`, `dissolved`, denied reports, contested stances,
/// renames, casualties and fatalities, dates of all three precisions).
enum ExportCorpora {
    /// Read once for all tests.
    private static let samplesCorpus = CorpusReader.read([RepositoryPaths.samples]).corpus
    private static let mappingMilitantsCorpus = Result {
        let files = try MappingMilitants.corpus().sorted { $0.key < $1.key }.map { (path: $0.key, text: $0.value) }
        return CorpusReader.read(files: files).corpus
    }

    static func samples() -> Corpus { samplesCorpus }

    static func mappingMilitants() throws -> Corpus { try mappingMilitantsCorpus.get() }

    /// A valid generated corpus of `factions` factions and `relations`
    /// relations.
    static func generated(factions: Int, relations: Int, seed: UInt64) -> Corpus {
        var random = SeededGenerator(seed: seed)
        func pick(_ range: Range<Int>) -> Int { Int.random(in: range, using: &random) }
        func date(from year: Int) -> String {
            let year = year + pick(0..<4)
            switch pick(0..<3) {
            case 0: return "\(year)"
            case 1: return "\(year)-0\(pick(1..<10))"
            default: return "\(year)-0\(pick(1..<10))-1\(pick(0..<10))"
            }
        }
        var registry = ""
        for index in 0..<factions {
            registry += "g\(index):\n  name: Group \(index)\n"
            if pick(0..<6) == 0 { registry += "  dissolved: \(date(from: 2016))\n" }
            if pick(0..<8) == 0 { registry += "  renamed: [{date: 2013-06, name: Group \(index) Renamed}]\n" }
        }
        var files = [(path: "factions.yaml", text: registry)]
        let types = RelationType.builtInTypes
        var items = ""
        for index in 0..<relations {
            // Mergers are rare: each absorbs a group for good.
            let type = pick(0..<40) == 0 ? RelationType.merger : types.filter { !$0.absorbsSource }[pick(0..<6)]
            let a = pick(0..<factions)
            let b = (a + 1 + pick(0..<(factions - 1))) % factions
            let start = date(from: 2010)
            items += "  - \(type.name): g\(a) \(type.connector) g\(b)\n    date: \(start)\n"
            if pick(0..<5) == 0 { items += "    until: \(pick(2014..<2022))\n" }
            if pick(0..<12) == 0 { items += "    confidence: \(["denied", "alleged", "confirmed"][pick(0..<3)])\n" }
            if type.accepts.contains(.casualties), pick(0..<3) == 0 { items += "    casualties: {g\(a): \(pick(0..<9))}\n" }
            if type.accepts.contains(.fatalities), pick(0..<3) == 0 { items += "    fatalities: \(pick(0..<40))\n" }
            items += "    evidence: q\n"
            if index % 10 == 9 || index == relations - 1 {
                files.append((path: "a\(index).md", text: "---\narticle: {title: A\(index), published: 2024}\nrelations:\n\(items)---\nq\n"))
                items = ""
            }
        }
        let result = CorpusReader.read(files: files)
        precondition(!result.hasErrors, result.diagnostics.map(\.description).joined(separator: "\n"))
        return result.corpus
    }
}
