import Testing
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
        }
    }
}
