import Testing
@testable import FactionGraphRender

/// The same input gives the same bytes, whatever ran before it.
struct DeterminismTests {
    /// Every engine the tool calls reproducible (all but fdp: see
    /// `fdpWithoutClustersAgreesToFarBelowAPoint`).
    static let reproducibleEngines = LayoutEngine.allCases.filter(\.isReproducible)

    @Test func onlyFdpIsCalledUnreproducible() {
        #expect(Self.reproducibleEngines == [.dot, .neato, .sfdp, .circo, .twopi])
    }

    @Test(arguments: reproducibleEngines, ImageFormat.allCases)
    func sameInputSameBytes(engine: LayoutEngine, format: ImageFormat) throws {
        let first = try Graphviz.render(dot: Samples.factions, format: format, layout: engine)
        // Layouts in between consume the C random generators and churn the
        // heap; the next render must not notice.
        _ = try Graphviz.render(dot: Samples.chain, format: .svg, layout: .sfdp)
        _ = try Graphviz.render(dot: Samples.chain, format: .svg, layout: .neato)
        let second = try Graphviz.render(dot: Samples.factions, format: format, layout: engine)
        #expect(first.bytes == second.bytes)
    }

    @Test func pdfCarriesTheFixedCreationDate() throws {
        let pdf = try Graphviz.render(dot: Samples.chain, format: .pdf, layout: .dot).bytes
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.contains("/CreationDate (D:19700101000000"))
    }

    /// fdp seeds its own generator (from `start`, default 1) and we seed the
    /// rest, yet its layouts depend on what ran before in the process, and
    /// on a larger graph (a 25-faction diagram with its legend) differ from
    /// one process to the next too (the `fdp` program's as well), so
    /// `LayoutEngine.fdp` promises nothing and commands warn. On this small
    /// graph the drift stays in the last digits, as checked here.
    @Test func fdpWithoutClustersAgreesToFarBelowAPoint() throws {
        let dot = "digraph Ring { a -> b; b -> c; c -> a; c -> d; d -> e; e -> a; f -> a; g -> f }"
        let first = try Graphviz.layoutPositions(dot: dot, layout: .fdp)
        for _ in 0..<5 {
            _ = try Graphviz.render(dot: Samples.factions, format: .svg, layout: .fdp)
            let again = try Graphviz.layoutPositions(dot: dot, layout: .fdp)
            for (name, position) in first {
                let other = try #require(again[name])
                #expect(abs(other.x - position.x) < 1e-6 && abs(other.y - position.y) < 1e-6)
            }
        }
    }
}
