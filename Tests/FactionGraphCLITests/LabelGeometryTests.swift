import Foundation
import Testing
import FactionGraphTestSupport

/// Every label on a diagram can belong to one edge only: read back from the
/// SVG Graphviz drew, no label's box overlaps another label or a node, and
/// the edge nearest each label's centre is its own. On every layout engine.
@Suite struct LabelGeometryTests {
    static let engines = ["dot", "neato", "fdp", "sfdp", "circo", "twopi"]

    static func problems(_ arguments: [String]) throws -> [String] {
        let result = try CLI.run(arguments + ["--format", "svg"])
        guard result.status == 0 else { return ["exit \(result.status): \(result.stderr)"] }
        guard let geometry = SVGGeometry(result.stdout) else { return ["not well-formed SVG"] }
        return geometry.labelProblems()
    }

    @Test(arguments: engines)
    func theSamplesAtThreeDates(engine: String) throws {
        for date in ["2017-08", "2018-11-19", "2020-06-30"] {
            let problems = try Self.problems(["render", RepositoryPaths.samples, "--at", date, "--layout", engine])
            #expect(problems == [], "\(engine) as of \(date)")
        }
        let sourced = try Self.problems(["render", RepositoryPaths.samples, "--at", "2018-11-19", "--layout", engine, "--sources"])
        #expect(sourced == [], "\(engine) with sources")
    }

    /// 60 factions, many of their relations with casualties, contested or
    /// alleged: a crowded picture.
    static func crowdedCorpus() throws -> URL {
        var registry = ""
        for index in 0..<60 { registry += "g\(index): Group number \(index)\n" }
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        var items = ""
        let types = ["combat", "alliance", "truce", "allegiance", "split", "rivalry"]
        for index in 0..<110 {
            let a = next(60)
            var b = next(60)
            if b == a { b = (a + 1) % 60 }
            let type = types[next(types.count)]
            let connector = type == "allegiance" || type == "split" ? "->" : "--"
            items += "  - \(type): g\(a) \(connector) g\(b)\n    date: 2019-\(10 + next(3))\n    evidence: q\n"
            if type == "combat", next(2) == 0 { items += "    casualties: {g\(a): \(next(40)), g\(b): \(next(40))}\n" }
            if type == "combat", next(3) == 0 { items += "    fatalities: \(next(90))\n" }
            if next(5) == 0 { items += "    confidence: alleged\n" }
            _ = index
        }
        return try CLI.corpus(["factions.yaml": registry,
                               "a.md": "---\narticle: {title: A, published: 2020}\nrelations:\n\(items)---\nq\n"])
    }

    @Test(arguments: engines)
    func aCrowdedGeneratedCorpus(engine: String) throws {
        let corpus = try Self.crowdedCorpus()
        #expect(try Self.problems(["render", corpus.path, "--layout", engine]) == [], "\(engine)")
    }

    @Test(arguments: ["dot", "neato", "sfdp", "twopi"])
    func realDataAroundOneGroup(engine: String) throws {
        let corpus = try CLI.corpus(try MappingMilitants.corpus())
        let problems = try Self.problems(["render", corpus.path, "--focus", "Al Shabaab", "--depth", "1", "--layout", engine,
                                          "--stale-after", "3y"])
        #expect(problems == [], "\(engine)")
    }

    @Test func casualtiesNameTheirSide() throws {
        let result = try CLI.run(["render", RepositoryPaths.samples, "--at", "2018-11-19"])
        let line = try #require(result.stdoutText.split(separator: "\n").first { $0.contains("\"_label_relation-combat-foreigners-hts\" [") })
        #expect(line.contains(#"label="Firqat al-Ghuraba 5 killed\nHTS 13 killed""#))
    }
}

/// The check itself finds misplaced labels: the previous release's neato
/// drawing of the samples put "13 killed" on another fight's line.
@Suite struct LabelGeometryCheckTests {
    @Test func thePreviousReleasesLabelsFailTheCheck() throws {
        let url = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/label-geometry/previous-release-neato.svg")
        let geometry = try #require(SVGGeometry(Array(try Data(contentsOf: url))))
        #expect(geometry.labels.count == 5)
        let problems = geometry.labelProblems()
        #expect(!problems.isEmpty)
        #expect(problems.contains { $0.hasPrefix("label 13 killed") && $0.contains("from relation-") }, "\(problems)")
    }

    @Test func labelsOfThisReleaseAreFound() throws {
        let result = try CLI.run(["render", RepositoryPaths.samples, "--at", "2018-11-19", "--layout", "neato", "--format", "svg"])
        let geometry = try #require(SVGGeometry(result.stdout))
        #expect(geometry.labels.count == 4)
        #expect(geometry.nodes.filter { $0.classes.contains("faction") }.count == 9)
        #expect(geometry.edges.count == 22)
    }
}
