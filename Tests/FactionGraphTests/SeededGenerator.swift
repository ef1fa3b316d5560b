import FactionGraph
import FactionGraphTestSupport

/// Random corpora of a given size, through the reader like any corpus.
enum RandomCorpus {
    /// `factions` factions and `relations` relations of the format's first
    /// five types (mergers would absorb most groups of so dense a graph), dated
    /// over 2010-2019, in articles of ten relations each.
    static func make(factions: Int, relations: Int, seed: UInt64) -> [(path: String, text: String)] {
        var random = SeededGenerator(seed: seed)
        var registry = ""
        for index in 0..<factions { registry += "g\(index): Group \(index)\n" }
        var files = [(path: "factions.yaml", text: registry)]
        var items = ""
        for index in 0..<relations {
            let type = RelationType.builtInTypes.prefix(5).randomElement(using: &random)!
            // A few popular groups take many relations, as in real conflicts.
            let popular = Int.random(in: 0..<4, using: &random) == 0
            let a = popular ? Int.random(in: 0..<max(1, factions / 20), using: &random) : Int.random(in: 0..<factions, using: &random)
            var b = Int.random(in: 0..<factions, using: &random)
            if b == a { b = (a + 1) % factions }
            let date = "\(Int.random(in: 2010...2019, using: &random))-\(Int.random(in: 10...12, using: &random))"
            let until = Int.random(in: 0..<8, using: &random) == 0 ? "\n    until: 2020" : ""
            items += "  - \(type.name): g\(a) \(type.connector) g\(b)\n    date: \(date)\(until)\n    evidence: q\n"
            if index % 10 == 9 || index == relations - 1 {
                files.append((path: "a\(index).md", text: "---\narticle: {title: A\(index), published: 2020}\nrelations:\n\(items)---\nq\n"))
                items = ""
            }
        }
        return files
    }
}
