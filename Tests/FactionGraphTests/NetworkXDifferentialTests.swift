import Foundation
import Testing
import FactionGraphTestSupport
@testable import FactionGraph

/// Path queries against an independent implementation: NetworkX, over the
/// same snapshots of generated corpora of a few hundred factions.
@Suite struct NetworkXDifferentialTests {
    struct Query: Codable {
        var from: String
        var to: String
        var directed: Bool
        var maxHops: Int
    }

    struct Request: Encodable {
        var edges: [[JSONValue]]
        var queries: [Query]
    }

    enum JSONValue: Encodable {
        case string(String)
        case bool(Bool)
        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .string(let text): try container.encode(text)
            case .bool(let value): try container.encode(value)
            }
        }
    }

    struct Answer: Decodable {
        var shortest: [[String]]
        var shortestCount: Int
        var simple: [[String]]
    }

    static func networkX(_ snapshot: Snapshot, _ queries: [Query]) throws -> [Answer] {
        let edges = snapshot.edges.map { edge -> [JSONValue] in
            [.string(edge.type.name), .string(edge.from), .string(edge.to), .bool(edge.isDirected)]
        }
        let input = try JSONEncoder().encode(Request(edges: edges, queries: queries))
        let script = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/networkx_paths.py").path
        let result = try Subprocess.run("/usr/bin/env", ["python3", script], stdin: [UInt8](input))
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode([Answer].self, from: Data(result.stdout))
    }

    @Test(arguments: [(UInt64(1), 300, 1500), (UInt64(2), 200, 1000), (UInt64(3), 400, 2000)])
    func pathsMatchNetworkX(seed: UInt64, factions: Int, relations: Int) throws {
        let result = CorpusReader.read(files: RandomCorpus.make(factions: factions, relations: relations, seed: seed))
        #expect(!result.hasErrors)
        let snapshot = SnapshotBuilder.snapshot(of: result.corpus, asOf: PartialDate(year: 2019))
        #expect(snapshot.factions.count > factions / 2)

        var random = SeededGenerator(seed: seed)
        let ids = snapshot.factions.map(\.id)
        var queries: [Query] = []
        for index in 0..<40 {
            let from = ids.randomElement(using: &random)!
            var to = ids.randomElement(using: &random)!
            if to == from { to = ids[(ids.firstIndex(of: from)! + 1) % ids.count] }
            queries.append(Query(from: from, to: to, directed: index % 2 == 1, maxHops: 3 + index % 3))
        }
        let answers = try Self.networkX(snapshot, queries)
        let graphs = [false: SnapshotGraph(snapshot), true: SnapshotGraph(snapshot, options: .init(directed: true))]
        var found = 0
        for (query, answer) in zip(queries, answers) {
            let graph = graphs[query.directed]!
            let shortest = PathSearch.shortestPaths(in: graph, from: query.from, to: query.to)
            #expect(Set(shortest.map(\.factions)) == Set(answer.shortest.map { $0 }), "\(query)")
            #expect(shortest.count == answer.shortestCount, "\(query)")
            let simple = PathSearch.simplePaths(in: graph, from: query.from, to: query.to, maxHops: query.maxHops)
            #expect(simple.map(\.factions).sorted { $0.lexicographicallyPrecedes($1) } == answer.simple, "\(query)")
            #expect(simple.map(\.length) == simple.map(\.length).sorted(), "shortest first")
            if !shortest.isEmpty { found += 1 }
        }
        // Most queries must find something, or the comparison proves little.
        #expect(found >= 20)
        #expect(answers.map(\.simple.count).reduce(0, +) > 1000)
    }
}
