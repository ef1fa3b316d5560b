import Testing
import FactionGraphRender

/// Node centres come back in points, in Graphviz's coordinates.
struct LayoutPositionTests {
    @Test func everyNodeHasAPosition() throws {
        let positions = try Graphviz.layoutPositions(dot: Samples.factions, layout: .dot)
        #expect(Set(positions.keys) == Samples.factionNodes)
    }

    /// dot ranks top to bottom with y growing upwards: a chain's first node
    /// is highest, all share one x, and ranks are `ranksep` (0.5 in) plus a
    /// node's height (0.5 in) apart: 72 points.
    @Test func positionsAreInPointsWithYUpwards() throws {
        let positions = try Graphviz.layoutPositions(dot: Samples.chain, layout: .dot)
        let a = try #require(positions["a"])
        let b = try #require(positions["b"])
        let c = try #require(positions["c"])
        #expect(a.x == b.x && b.x == c.x)
        #expect(a.y - b.y == 72)
        #expect(b.y - c.y == 72)
    }

    /// Positions fed back as pinned `pos` to neato give the same placement,
    /// which fixed-position frames rely on. It takes all three settings:
    /// `inputscale=72` (neato reads `pos` in inches otherwise),
    /// `notranslate=true` (else the drawing is moved to the origin), and
    /// `mode=KK` (neato's default stress mode keeps pinned nodes' relative
    /// placement but centres them on their mean).
    @Test func positionsRoundTripAsPinnedPositions() throws {
        let positions = try Graphviz.layoutPositions(dot: Samples.factions, layout: .dot)
        let pinned = positions.map { name, point in "\(name) [pos=\"\(point.x),\(point.y)!\"];" }
        let dot = """
            digraph Pinned {
                inputscale=72; notranslate=true; mode=KK;
                \(pinned.sorted().joined(separator: " "))
                alpha -> beta; beta -> gamma; gamma -> alpha;
            }
            """
        let again = try Graphviz.layoutPositions(dot: dot, layout: .neato)
        #expect(again.mapValues { [$0.x, $0.y] } == positions.mapValues { [$0.x, $0.y] })
        // Sizes come back too, in points: 0.5 inch high boxes.
        #expect(positions.values.allSatisfy { $0.height == 36 && $0.width > 36 })
    }

    @Test func layoutErrorsThrowToo() {
        #expect(throws: GraphvizError.self) {
            try Graphviz.layoutPositions(dot: "digraph { a -> }", layout: .dot)
        }
    }
}
