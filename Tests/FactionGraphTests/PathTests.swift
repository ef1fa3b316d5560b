import Testing
@testable import FactionGraph

/// Paths, signs, filters and directions, case by case on small corpora.
@Suite struct PathTests {
    /// a -allegiance-> b -alliance- c -combat- d, b -split-> e -truce- d,
    /// a -combat- c (a second, shorter way), c -truce- d contested with combat.
    static let corpus: Corpus = {
        let registry = "a: Alpha\nb: Bravo\nc: Charlie\nd: Delta\ne: Echo\nf: Foxtrot\n"
        let relations = """
              - allegiance: a -> b
                evidence: q
              - alliance: b -- c
                evidence: q
              - combat: c -- d
                evidence: q
              - truce: c -- d
                evidence: q
              - split: b -> e
                evidence: q
              - truce: e -- d
                evidence: q
            """
        let result = TestCorpus.read([("x.md", "---\narticle: {title: X, published: 2018}\nrelations:\n\(relations)\n---\nq\n")],
                                     registry: registry)
        return result.corpus
    }()

    static func paths(_ from: String, _ to: String, types: Set<RelationType>? = nil, directed: Bool = false,
                      all: Int? = nil) -> [String] {
        let snapshot = SnapshotBuilder.snapshot(of: corpus)
        let graph = SnapshotGraph(snapshot, options: .init(types: types, directed: directed))
        let found = all.map { PathSearch.simplePaths(in: graph, from: from, to: to, maxHops: $0) }
            ?? PathSearch.shortestPaths(in: graph, from: from, to: to)
        let names = Dictionary(uniqueKeysWithValues: snapshot.factions.map { ($0.id, $0.name) })
        return found.map { PathText.line($0, names: names) }
    }

    @Test func everyShortestPathOverDifferentRelationsIsItsOwnPath() {
        #expect(Self.paths("a", "d") == [
            "Alpha -allegiance-> Bravo -alliance- Charlie -truce- Delta  (+, 3 hops: friendly chain)",
            "Alpha -allegiance-> Bravo -alliance- Charlie -combat- Delta  (-, 3 hops: friend of an enemy)",
            "Alpha -allegiance-> Bravo -split-> Echo -truce- Delta  (?, 3 hops: through a split, sign unknown)",
        ])
    }

    @Test func relationsAreWalkedAgainstTheirArrowsUnlessDirected() {
        #expect(Self.paths("e", "a") == ["Echo <-split- Bravo <-allegiance- Alpha  (?, 2 hops: through a split, sign unknown)"])
        #expect(Self.paths("e", "a", directed: true) == [])
        #expect(Self.paths("a", "e", directed: true) == ["Alpha -allegiance-> Bravo -split-> Echo  (?, 2 hops: through a split, sign unknown)"])
    }

    @Test func typeFiltersKeepOnlyThoseRelations() {
        #expect(Self.paths("a", "d", types: [.allegiance, .alliance, .combat]) == [
            "Alpha -allegiance-> Bravo -alliance- Charlie -combat- Delta  (-, 3 hops: friend of an enemy)",
        ])
        #expect(Self.paths("a", "d", types: [.combat]) == [])
    }

    @Test func signsInWords() {
        #expect(Self.paths("c", "d") == [
            "Charlie -truce- Delta  (+, 1 hop: friends)",
            "Charlie -combat- Delta  (-, 1 hop: enemies)",
        ])
        #expect(Self.paths("b", "d", types: [.alliance, .combat]) == ["Bravo -alliance- Charlie -combat- Delta  (-, 2 hops: friend of an enemy)"])
    }

    @Test func allSimplePathsShortestFirst() {
        #expect(Self.paths("b", "d", all: 4) == [
            "Bravo -alliance- Charlie -truce- Delta  (+, 2 hops: friendly chain)",
            "Bravo -alliance- Charlie -combat- Delta  (-, 2 hops: friend of an enemy)",
            "Bravo -split-> Echo -truce- Delta  (?, 2 hops: through a split, sign unknown)",
        ])
        #expect(Self.paths("b", "d", all: 1) == [])
    }

    /// Cut at any limit, the listing is the start of the full list, and the
    /// count is of all the paths (or, when the counting budget runs out,
    /// at most that many).
    @Test func aLimitKeepsTheFirstPathsAndCountsTheRest() {
        let relations = ["combat: a -- d", "alliance: a -- b", "combat: a -- b", "truce: b -- d", "alliance: a -- c",
                         "truce: c -- b", "rivalry: c -- d"]
        let text = relations.map { "  - \($0)\n    evidence: q\n" }.joined()
        let corpus = TestCorpus.read([("x.md", "---\narticle: {title: X, published: 2018}\nrelations:\n\(text)---\nq\n")],
                                     registry: "a: Alpha\nb: Bravo\nc: Charlie\nd: Delta\ne: Echo\n").corpus
        let graph = SnapshotGraph(SnapshotBuilder.snapshot(of: corpus))
        let every = PathSearch.simplePaths(in: graph, from: "a", to: "d", maxHops: 4)
        #expect(every.map(\.length) == [1, 2, 2, 2, 3, 3, 3])
        for limit in 1...9 {
            let listing = PathSearch.simplePaths(in: graph, from: "a", to: "d", maxHops: 4, limit: limit)
            #expect(listing.paths == Array(every.prefix(limit)))
            #expect(listing.found == 7 && listing.isCountComplete && listing.isCut == (limit < 7))
        }
        let short = PathSearch.simplePaths(in: graph, from: "a", to: "d", maxHops: 4, limit: 1, countingSteps: 2)
        #expect(short.paths == [every[0]])
        #expect(!short.isCountComplete && (1..<7).contains(short.found))
        let none = PathSearch.simplePaths(in: graph, from: "a", to: "e", maxHops: 4, limit: 1)
        #expect(none.paths.isEmpty && none.found == 0 && none.isCountComplete && !none.isCut)
    }

    @Test func noPathToAFactionOutsideTheSnapshot() {
        #expect(Self.paths("a", "f") == [])
        #expect(Self.paths("a", "a") == [])
    }

    @Test func structuralBalance() {
        let snapshot = SnapshotBuilder.snapshot(of: Self.corpus)
        let report = StructuralBalance.analyse(snapshot)
        // No three factions here are all related to each other (splits
        // left out): no triangles.
        #expect(report.triangleCount == 0)
        #expect(report.ratio == nil)

        let result = TestCorpus.read([("x.md", """
            ---
            article: {title: X, published: 2018}
            relations:
              - alliance: hts -- hurras
                evidence: q
              - truce: hts -- isis
                evidence: q
              - combat: hurras -- isis
                evidence: q
            ---
            q
            """)])
        let tense = StructuralBalance.analyse(SnapshotBuilder.snapshot(of: result.corpus))
        #expect(tense.triangleCount == 1 && tense.balancedCount == 0)
        let names = Dictionary(uniqueKeysWithValues: result.corpus.factions.values.map { ($0.id, $0.name) })
        #expect(StructuralBalance.reading(tense.unbalanced[0], names: names)
                == "Hurras al-Din and Islamic State fight each other, while Hayat Tahrir al-Sham is allied with Hurras al-Din and at truce with Islamic State")
    }

    @Test func neighbourhood() {
        let snapshot = SnapshotBuilder.snapshot(of: Self.corpus)
        #expect(snapshot.neighbourhood(of: "a", depth: 1).factions.map(\.id) == ["a", "b"])
        #expect(snapshot.neighbourhood(of: "a", depth: 2).factions.map(\.id) == ["a", "b", "c", "e"])
        #expect(snapshot.neighbourhood(of: "a", depth: 2).edges.map(\.type) == [.allegiance, .alliance, .split])
        #expect(snapshot.neighbourhood(of: "a", depth: 0).edges.isEmpty)
    }
}
