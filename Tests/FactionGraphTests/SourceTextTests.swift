import Testing
import FactionGraphTestSupport
@testable import FactionGraph

/// The UTF-8 check skips ASCII 32 and 8 bytes at a time: a bad byte is
/// found wherever it falls in those steps, and ASCII of any length passes.
@Suite struct SourceTextTests {
    @Test func theFirstBadByteIsFoundAtEveryOffset() {
        for length in 0..<100 {
            let ascii = [UInt8](repeating: UInt8(ascii: "a"), count: length)
            #expect(ascii.withUnsafeBufferPointer { SourceText.firstInvalidUTF8Offset($0) } == nil)
            for bad: [UInt8] in [[0xFF], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80]] {
                let text = ascii + bad + [UInt8](repeating: UInt8(ascii: "b"), count: 40)
                #expect(text.withUnsafeBufferPointer { SourceText.firstInvalidUTF8Offset($0) } == length)
            }
            for bad: [UInt8] in [[0xC3], [0xD8], [0xC3, 0xC3, 0xA9], [0xC1, 0xA9]] {
                let text = ascii + bad
                #expect(text.withUnsafeBufferPointer { SourceText.firstInvalidUTF8Offset($0) } == length)
            }
            let valid = ascii + Array("é—حلب".utf8) + ascii
            #expect(valid.withUnsafeBufferPointer { SourceText.firstInvalidUTF8Offset($0) } == nil)
            // A bad byte inside a run of characters that are not ASCII.
            let run = ascii + Array("حلبé".utf8) + [0x80] + Array("ب".utf8)
            #expect(run.withUnsafeBufferPointer { SourceText.firstInvalidUTF8Offset($0) } == length + 8)
        }
    }

    /// Random texts of ASCII, two-, three- and four-byte characters and
    /// bad bytes: the offset is where the standard library's decoder first
    /// fails.
    @Test func theFirstBadByteIsWhereTheDecoderFails() {
        let pieces: [[UInt8]] = [Array("a".utf8), Array(" ".utf8), Array("é".utf8), Array("ب".utf8), Array("’".utf8),
                                 Array("😀".utf8), [0x80], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xF5], [0xC0, 0x80]]
        var random = SeededGenerator(seed: 11)
        for _ in 0..<3_000 {
            var text: [UInt8] = []
            for _ in 0..<Int.random(in: 0...60, using: &random) {
                // Mostly valid characters: bad bytes one piece in twenty.
                let piece = Int.random(in: 0..<20, using: &random) == 0
                    ? pieces[Int.random(in: 6..<pieces.count, using: &random)] : pieces[Int.random(in: 0..<6, using: &random)]
                text += piece
            }
            var decoder = UTF8()
            var iterator = text.makeIterator()
            var offset = 0
            var expected: Int?
            decoding: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar): offset += UTF8.width(scalar)
                case .emptyInput: break decoding
                case .error: expected = offset; break decoding
                }
            }
            #expect(text.withUnsafeBufferPointer { SourceText.firstInvalidUTF8Offset($0) } == expected, "\(text)")
        }
    }
}
