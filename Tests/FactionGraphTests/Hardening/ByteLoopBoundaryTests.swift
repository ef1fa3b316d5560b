#if canImport(Glibc)
import Glibc
import Testing
@testable import FactionGraph

/// The loops that go through bytes 8, 16 or 32 at a time never read past
/// the end of their text. Each text is placed at the very end of a
/// readable page, an unreadable page after it: a read one byte too far
/// stops the test with a segmentation fault, where inside an ordinary
/// allocation it would read whatever follows and pass by luck (as a loop
/// that stopped exactly at the end and then read one byte more once did).
@Suite struct ByteLoopBoundaryTests {
    /// `body` run on a copy of `bytes` that ends where an unreadable page
    /// begins.
    static func atPageEnd<Result>(_ bytes: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let readable = max(page, (bytes.count + page - 1) / page * page)
        guard let mapping = mmap(nil, readable + page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              mapping != MAP_FAILED, mprotect(mapping + readable, page, PROT_NONE) == 0 else {
            fatalError("cannot map a guarded page")
        }
        defer { munmap(mapping, readable + page) }
        let start = (mapping + readable - bytes.count).assumingMemoryBound(to: UInt8.self)
        bytes.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { start.initialize(from: base, count: source.count) }
        }
        return body(UnsafeBufferPointer(start: start, count: bytes.count))
    }

    @Test func theUTF8CheckStopsAtTheEnd() {
        for length in 0..<100 {
            let ascii = [UInt8](repeating: UInt8(ascii: "a"), count: length)
            #expect(Self.atPageEnd(ascii) { SourceText.firstInvalidUTF8Offset($0) } == nil)
            #expect(Self.atPageEnd(ascii + Array("é".utf8)) { SourceText.firstInvalidUTF8Offset($0) } == nil)
            #expect(Self.atPageEnd(ascii + [0xC3]) { SourceText.firstInvalidUTF8Offset($0) } == length)
        }
    }

    @Test func foldingStopsAtTheEnd() {
        for length in 0..<100 {
            // Single spaces between words: text that folds to itself.
            let text = Array(String(repeating: "word ", count: length / 5 + 1).utf8.prefix(length))
            let folded = Self.atPageEnd(text) { FoldedText($0) }
            #expect(folded.bytes == text, "length \(length)")
        }
    }

    @Test func theFrontMatterScannerStopsAtTheEnd() {
        for length in 1..<100 {
            // Ends with the quote's last byte: no line feed after it.
            let yaml = Array("---\nrelations:\n  - alliance: a -- b\n    evidence: \(String(repeating: "x", count: length))".utf8)
            #expect(Self.atPageEnd(yaml) { ScannerCheck.isScanned($0) }, "length \(length)")
            #expect(Self.atPageEnd(yaml) { ScannerCheck.disagreement($0) } == nil, "length \(length)")
        }
    }
}
#endif
