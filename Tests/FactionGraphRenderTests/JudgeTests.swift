import Testing
@testable import FactionGraphRender
import FactionGraphTestSupport

/// In-process output matches what the `dot` program writes for the same
/// input: no option, plugin or step is lost on the way through the library.
@Suite
struct JudgeTests {
    @Test(arguments: ImageFormat.allCases)
    func matchesTheDotProgram(format: ImageFormat) throws {
        let ours = try Graphviz.render(dot: Samples.factions, format: format, layout: .dot).bytes
        var theirs = try DotProgram.render(Samples.factions, engine: "dot", format: format.rawValue)
        if format == .pdf {
            // Same fix as ours, so only the creation date may differ.
            PDFCreationDate.fix(&theirs)
        }
        #expect(ours == theirs)
    }
}
