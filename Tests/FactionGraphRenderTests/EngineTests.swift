import Testing
import FactionGraphTestSupport
import FactionGraphRender

/// Every engine lays out and renders, in every format.
struct EngineTests {
    @Test(arguments: LayoutEngine.allCases, ImageFormat.allCases)
    func everyEngineRendersEveryFormat(engine: LayoutEngine, format: ImageFormat) throws {
        let image = try Graphviz.render(dot: Samples.factions, format: format, layout: engine)
        #expect(image.bytes.count > 100)
        #expect(image.warnings.isEmpty)
        if format == .svg {
            let svg = try #require(SVGDocument(image.bytes))
            #expect(Set(svg.titles).isSuperset(of: Samples.factionNodes))
        }
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyEngineGivesEveryNodeAPosition(engine: LayoutEngine) throws {
        let positions = try Graphviz.layoutPositions(dot: Samples.factions, layout: engine)
        #expect(Set(positions.keys) == Samples.factionNodes)
        #expect(positions.values.allSatisfy { $0.x.isFinite && $0.y.isFinite })
    }
}
