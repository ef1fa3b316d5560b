import Testing
import FactionGraphTestSupport
import FactionGraphRender

/// Failures throw Graphviz's own words; nothing reaches stderr.
struct ErrorTests {
    static let broken = """
        digraph Broken {
            a -> b
            b -> ;
        }
        """

    @Test func syntaxErrorThrowsGraphvizsMessageAndStaysOffStderr() throws {
        let (outcome, captured) = capturingStandardError {
            Result { () throws(GraphvizError) in try Graphviz.render(dot: Self.broken, format: .svg, layout: .dot) }
        }
        #expect(captured.hasPrefix(standardErrorMarker))
        #expect(!captured.contains("syntax error"))
        #expect(throws: GraphvizError(
            message: "Graphviz could not parse the DOT: syntax error in line 3 near ';'",
            messages: [GraphvizMessage(severity: .error, text: "syntax error in line 3 near ';'")]
        )) {
            try outcome.get()
        }
    }

    @Test func theNextRenderAfterASyntaxErrorWorks() throws {
        #expect(throws: GraphvizError.self) { try Graphviz.render(dot: Self.broken, format: .svg, layout: .dot) }
        let image = try Graphviz.render(dot: Samples.chain, format: .svg, layout: .dot)
        #expect(try #require(SVGDocument(image.bytes)).titles.first == "Chain")
    }

    /// Graphviz warns about an unknown shape or colour only the first time
    /// in a process, so these names are used by this test alone.
    @Test func warningsComeBackWithTheImageNotOnStderr() throws {
        let dot = "digraph W { a [shape=shape_only_in_warning_test, color=color_only_in_warning_test] }"
        let (image, captured) = try capturingStandardError { () throws(GraphvizError) in
            try Graphviz.render(dot: dot, format: .svg, layout: .dot)
        }
        #expect(!captured.contains("only_in_warning_test"))
        #expect(image.warnings == [
            GraphvizMessage(severity: .warning, text: "using box for unknown shape shape_only_in_warning_test"),
            GraphvizMessage(severity: .warning, text: "color_only_in_warning_test is not a known color."),
        ])
    }

    @Test func malformedHTMLLabelFailsTheLayout() {
        let dot = "digraph H { a [label=<<b>x</i>>] }"
        let error = #expect(throws: GraphvizError.self) { try Graphviz.render(dot: dot, format: .svg, layout: .dot) }
        #expect(error?.message.hasPrefix("Graphviz could not lay out the graph with dot: mismatched tag in line 1") == true)
        #expect(error?.messages.first?.severity == .error)
    }

    @Test(arguments: ["", "   \n", "// only a comment\n"])
    func inputWithoutAGraphIsAnError(dot: String) {
        #expect(throws: GraphvizError(
            message: "Graphviz could not parse the DOT: no graph in the input",
            messages: [GraphvizMessage(severity: .error, text: "no graph in the input")]
        )) {
            try Graphviz.render(dot: dot, format: .svg, layout: .dot)
        }
    }

    @Test func aNULCharacterIsRejectedNotTruncated() {
        #expect(throws: GraphvizError(message: "Graphviz could not parse the DOT: it contains a NUL character")) {
            try Graphviz.layoutPositions(dot: "digraph N { a }\u{0}digraph M { b }", layout: .dot)
        }
    }

    /// Graphviz's scanner kept the rest of a line after the first graph and
    /// fed it to the next, unrelated parse (found while writing this layer).
    @Test func textAfterTheFirstGraphIsIgnoredAndDoesNotLeakIntoTheNextRender() throws {
        let first = try Graphviz.render(dot: "digraph A { a } digraph B { b } garbage", format: .svg, layout: .dot)
        #expect(try #require(SVGDocument(first.bytes)).titles == ["A", "a"])
        #expect(first.warnings.isEmpty)
        let next = try Graphviz.render(dot: "digraph C { c }", format: .svg, layout: .dot)
        #expect(try #require(SVGDocument(next.bytes)).titles == ["C", "c"])
    }

    @Test func descriptionsReadAsSentences() {
        let error = GraphvizError(
            message: "Graphviz could not parse the DOT: syntax error in line 1 near 'x'",
            messages: [GraphvizMessage(severity: .error, text: "syntax error in line 1 near 'x'")]
        )
        #expect(error.description == "Graphviz could not parse the DOT: syntax error in line 1 near 'x'")
        #expect(error.messages.map(\.description) == ["error: syntax error in line 1 near 'x'"])
    }
}
