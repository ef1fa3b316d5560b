import Testing
import FactionGraphRender

/// libgraphviz crashes under parallel use; the lock makes it safe.
struct ConcurrencyTests {
    /// The 32 jobs: every reproducible engine and format in turn.
    static let jobs: [(LayoutEngine, ImageFormat)] = (0..<32).map { index in
        let engines = DeterminismTests.reproducibleEngines
        return (engines[index % engines.count], ImageFormat.allCases[index % ImageFormat.allCases.count])
    }

    @Test func concurrentRendersAllSucceedAndEqualSerialOnes() async throws {
        let serial = try Self.jobs.map { engine, format in
            try Graphviz.render(dot: Samples.factions, format: format, layout: engine).bytes
        }
        let concurrent = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            for (index, (engine, format)) in Self.jobs.enumerated() {
                group.addTask {
                    (index, try Graphviz.render(dot: Samples.factions, format: format, layout: engine).bytes)
                }
            }
            var results = [[UInt8]](repeating: [], count: Self.jobs.count)
            for try await (index, bytes) in group {
                results[index] = bytes
            }
            return results
        }
        #expect(concurrent == serial)
    }

    @Test func concurrentLayoutsAgree() async throws {
        let expected = try Graphviz.layoutPositions(dot: Samples.factions, layout: .neato)
        try await withThrowingTaskGroup(of: [String: NodePosition].self) { group in
            for _ in 0..<16 {
                group.addTask { try Graphviz.layoutPositions(dot: Samples.factions, layout: .neato) }
            }
            for try await positions in group {
                #expect(positions == expected)
            }
        }
    }
}
