import Testing
@testable import FactionGraphRender

/// The date is overwritten in place, never resized.
struct PDFCreationDateTests {
    @Test(arguments: [
        ("/CreationDate (D:20261124183059Z)", "/CreationDate (D:19700101000000Z)"),
        ("/CreationDate (D:20261125000117+05'30)", "/CreationDate (D:19700101000000+00'00)"),
        ("/CreationDate (D:20261124133117-05'00)", "/CreationDate (D:19700101000000+00'00)"),
        ("/ModDate (D:20261124183059Z)", "/ModDate (D:19700101000000Z)"),
    ])
    func datesBecomeTheEpoch(input: String, expected: String) {
        var bytes = Array("<< \(input)\n>>".utf8)
        PDFCreationDate.fix(&bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "<< \(expected)\n>>")
    }

    @Test func pdfWithoutADateIsUnchanged() {
        var bytes = Array("%PDF-1.5\n<< /Producer (cairo) >>\n%%EOF\n".utf8)
        let original = bytes
        PDFCreationDate.fix(&bytes)
        #expect(bytes == original)
    }
}
