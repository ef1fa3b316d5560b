import Testing
import FactionGraphTestSupport
import FactionGraphRender

/// Each format comes out as what it claims to be.
struct FormatTests {
    @Test func svgIsWellFormedXMLWithTheLabels() throws {
        let image = try Graphviz.render(dot: Samples.factions, format: .svg, layout: .dot)
        let svg = try #require(SVGDocument(image.bytes), "SVG is not well-formed XML")
        #expect(Set(svg.texts).isSuperset(of: ["Alpha Party", "Beta Front", "Gamma Union", "Coalition", "allied", "rival"]))
        #expect(svg.titles.first == "Factions")
        #expect(Set(svg.titles).isSuperset(of: Samples.factionNodes))
        #expect(image.warnings.isEmpty)
    }

    @Test func pngHasTheSignatureAndAHeader() throws {
        let image = try Graphviz.render(dot: Samples.factions, format: .png, layout: .dot)
        #expect(image.bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        // The first chunk is IHDR; a nonzero width and height follow it.
        #expect(Array(image.bytes[12..<16]) == Array("IHDR".utf8))
        let width = image.bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = image.bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width > 0 && height > 0)
    }

    @Test func pdfIsAPDFWithValidCrossReferences() throws {
        let image = try Graphviz.render(dot: Samples.factions, format: .pdf, layout: .dot)
        let pdf = image.bytes
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(String(decoding: pdf.suffix(6), as: UTF8.self) == "%%EOF\n")
        // The creation date was fixed without moving any byte: every object
        // offset in the cross-reference table still points at its object.
        let offsets = try crossReferenceOffsets(pdf)
        #expect(!offsets.isEmpty)
        for (number, offset) in offsets {
            #expect(pdf[offset...].starts(with: Array("\(number) 0 obj".utf8)), "object \(number)")
        }
    }

    /// Object number -> byte offset, from the table `startxref` points to.
    private func crossReferenceOffsets(_ pdf: [UInt8]) throws -> [(Int, Int)] {
        let text = String(decoding: pdf, as: UTF8.self)
        let tail = try #require(text.range(of: "startxref\n", options: .backwards))
        let start = try #require(Int(text[tail.upperBound...].prefix { $0.isNumber }))
        let table = String(decoding: pdf[start...], as: UTF8.self).split(separator: "\n")
        #expect(table.first == "xref")
        let header = table[1].split(separator: " ")
        let first = try #require(Int(header[0]))
        let count = try #require(Int(header[1]))
        return table[2..<(2 + count)].enumerated().compactMap { index, entry in
            let fields = entry.split(separator: " ")
            guard fields.count >= 3, fields[2].hasPrefix("n"), let offset = Int(fields[0]) else { return nil }
            return (first + index, offset)
        }
    }
}
