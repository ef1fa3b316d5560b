import Testing
import FactionGraphTestSupport
import FactionGraphRender

/// Labels arrive in the SVG as the DOT meant them.
struct LabelTests {
    @Test func arabicLabelRendersInSVGAndPNG() throws {
        let dot = #"digraph Arabic { hamas [label="حركة المقاومة الإسلامية"]; fatah [label="فتح"]; hamas -> fatah [label="منافسة"] }"#
        let svg = try Graphviz.render(dot: dot, format: .svg, layout: .dot)
        let texts = try #require(SVGDocument(svg.bytes)).texts
        #expect(texts == ["حركة المقاومة الإسلامية", "فتح", "منافسة"])
        #expect(svg.warnings.isEmpty)
        let png = try Graphviz.render(dot: dot, format: .png, layout: .dot)
        #expect(png.warnings.isEmpty)
    }

    /// In DOT, `\"` is a quote and `\\` a backslash; in SVG, `"`, `<` and
    /// `&` must come out escaped, which the XML parser undoes.
    @Test func quotesBackslashAndMarkupCharactersSurvive() throws {
        let dot = #"digraph Marks { a [label="say \"hi\" \\ <b> & co"]; b [label="x < y && y > z"] }"#
        let image = try Graphviz.render(dot: dot, format: .svg, layout: .dot)
        let text = String(decoding: image.bytes, as: UTF8.self)
        #expect(!text.contains("<b>"))
        #expect(text.contains("&amp; co"))
        let svg = try #require(SVGDocument(image.bytes), "SVG is not well-formed XML")
        #expect(svg.texts == [#"say "hi" \ <b> & co"#, "x < y && y > z"])
    }
}
