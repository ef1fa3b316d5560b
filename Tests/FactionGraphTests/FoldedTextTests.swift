import Testing
import FactionGraphTestSupport
@testable import FactionGraph

/// Folding (sixteen bytes at a time, then eight, byte by byte from the first
/// byte that needs it) gives what folding one character at a time gives, with the
/// same line for every offset: random texts full of what folding changes,
/// at every alignment.
@Suite struct FoldedTextTests {
    static let pieces = ["word", "al-Qaeda", "al‑Qaeda", "–", "’s", "“said”", "…", ".", " ", "  ", "   ", "\n", "\n\n",
                         "\r\n", "\t", " \n ", "\u{A0}", "\u{2028}", "\u{2029}", "\u{85}", "Défense", "حلب", "\u{1}",
                         "abcdefghijklmnop", "x y z", "the quick brown fox jumps over it", " a long run of plain words ", "\u{3000}", "\u{FF07}"]

    /// One character at a time: runs of white space become one space,
    /// typographic quotes, dashes and `…` their ASCII forms; a line starts
    /// after each line feed and Unicode line separator.
    static func reference(_ text: String) -> (bytes: [UInt8], lineStarts: [Int]) {
        let spaces: Set<UInt32> = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000]
        var bytes: [UInt8] = []
        var lineStarts = [0]
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if spaces.contains(value) || (0x2000...0x200A).contains(value) {
                if !lastWasSpace { bytes.append(0x20); lastWasSpace = true }
                if [0x0A, 0x85, 0x2028, 0x2029].contains(value) { lineStarts.append(bytes.count) }
                continue
            }
            lastWasSpace = false
            switch value {
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035, 0x2039, 0x203A, 0x02BC, 0xFF07: bytes.append(0x27)
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2036, 0xAB, 0xBB, 0xFF02: bytes.append(0x22)
            case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: bytes.append(0x2D)
            case 0x2026: bytes += [0x2E, 0x2E, 0x2E]
            default: bytes += Array(String(scalar).utf8)
            }
        }
        return (bytes, lineStarts)
    }

    @Test func foldingAgreesWithOneCharacterAtATime() {
        var random = SeededGenerator(seed: 5)
        for round in 0..<2000 {
            var text = (0..<Int.random(in: 0...40, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
            // Every alignment of the special bytes against the sixteen- and
            // eight-byte steps.
            text = String(repeating: "a", count: round % 17) + text
            let expected = Self.reference(text)
            var bytes = text
            let folded = bytes.withUTF8 { FoldedText($0, firstLine: 3) }
            #expect(folded.bytes == expected.bytes, "\(text.debugDescription)")
            for offset in 0..<expected.bytes.count {
                let line = 3 + (expected.lineStarts.lastIndex { $0 <= offset } ?? 0)
                #expect(folded.line(atOffset: offset) == line, "\(text.debugDescription) at \(offset)")
            }
        }
    }
}
