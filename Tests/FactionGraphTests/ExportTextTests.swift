import Testing
@testable import FactionGraph

/// Escaping in the XML writer and the CSV cells: what an article can put in
/// a name, an alias or a quote never breaks a file or reaches a
/// spreadsheet as a formula.
@Suite struct ExportTextTests {
    static let hostile = "a<b & \"c\" 'd' ]]> \t\n\r \u{1}\u{0}\u{B}\u{1F}\u{FFFE}\u{FFFF} 🦅 فرقة \u{85}\u{7F}"

    @Test func attributeValuesEscapeMarkupAndKeepWhiteSpace() {
        var text = ""
        XMLWriter.appendEscapedAttribute(Self.hostile, to: &text)
        #expect(text == "a&lt;b &amp; &quot;c&quot; 'd' ]]&gt; &#9;&#10;&#13; \u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD} 🦅 فرقة \u{85}\u{7F}")
    }

    @Test func textContentEscapesMarkupAndCarriageReturns() {
        var text = ""
        XMLWriter.appendEscapedText(Self.hostile, to: &text)
        #expect(text == "a&lt;b &amp; \"c\" 'd' ]]&gt; \t\n&#13; \u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD} 🦅 فرقة \u{85}\u{7F}")
    }

    @Test func documentsNestAndCloseEveryElement() {
        var writer = XMLWriter()
        writer.open("graph", [("id", "g"), ("skipped", nil)])
        writer.empty("node", [("id", "<n>")])
        writer.element("data", [("key", "k")], content: "]]> & <x>")
        writer.open("edges")
        #expect(writer.document == """
            <?xml version="1.0" encoding="UTF-8"?>
            <graph id="g">
              <node id="&lt;n&gt;"/>
              <data key="k">]]&gt; &amp; &lt;x&gt;</data>
              <edges>
              </edges>
            </graph>

            """)
    }

    @Test func onlyForbiddenCharactersAreReplaced() {
        #expect(ExportText.cleaned("ok\t\n\r é 🦅") == "ok\t\n\r é 🦅")
        #expect(ExportText.cleaned("\u{0}x\u{8}\u{C}\u{E}\u{FFFF}") == "\u{FFFD}x\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(ExportText.isAllowed("\u{D7FF}") && ExportText.isAllowed("\u{E000}") && ExportText.isAllowed("\u{10FFFF}"))
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("=1+1", "'=1+1"),
        ("+33 6 12", "'+33 6 12"),
        ("-2 brigade", "'-2 brigade"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("  =cmd", "'  =cmd"),
        ("\t=cmd", "'\t=cmd"),
        ("＝1+1", "'＝1+1"),
        ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        ("\r\n=cmd", "\"'\r\n=cmd\""),
        ("-", "-"),
        ("+", "+"),
        ("a-b", "a-b"),
        ("x=1", "x=1"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("nul\u{0}", "nul\u{FFFD}"),
        ("", ""),
    ])
    func csvCells(value: String, written: String) {
        #expect(CSVTable.cell(value) == written)
    }

    @Test func csvRecordsEndWithCRLF() {
        var table = CSVTable(header: ["id:ID", "name"])
        table.append(["a", "A, the first"])
        table.append(["b", nil])
        #expect(table.text == "id:ID,name\r\na,\"A, the first\"\r\nb,\r\n")
    }
}
