import FactionGraphTestSupport
import Testing
@testable import FactionGraph

/// How references are read and folded for matching: the quick fold of
/// Latin and Arabic names gives exactly the Unicode fold, and a side of a
/// connector trimmed on its bytes is the side trimmed as a string.
@Suite struct NameKeyTests {
    /// Every scalar the quick fold takes, and the first ones it leaves to
    /// the Unicode fold, alone and between others.
    @Test func quickFoldAgreesWithUnicodeFoldOnEveryScalarItTakes() {
        let scalars = (0..<0x700).compactMap(Unicode.Scalar.init)
            + [0x1680, 0x2000, 0x2005, 0x200A, 0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x1F600].compactMap(Unicode.Scalar.init)
        var taken = 0
        for scalar in scalars {
            for text in ["\(scalar)", "Ab\(scalar)Cd", " \(scalar) x ", "\(scalar)\(scalar)É"] {
                guard let quick = NameIndex.latinOrArabicKey(text) else { continue }
                taken += 1
                #expect(quick == NameIndex.unicodeKey(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
        // ASCII, Latin-1, the Arabic letters and the white space, in four
        // texts each: the test would pass vacuously if the fold took none.
        #expect(taken == 4 * (0x100 + (0x64A - 0x620 + 1) + 9))
    }

    @Test func namesAsWrittenInTheCorpora() {
        let names = ["Unión Patriótica de Tillabéri (Tendance Unifiée)", "  ÉTAT  Islamique\u{A0}au Grand Sahara ",
                     "تجمع الشهداء في حمص", "Hay'at Tahrir\u{2003}al-Sham", "Groupe d'autodéfense de l'Ituri",
                     "Straße der Ölförderer", "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß"]
        for name in names {
            #expect(NameIndex.latinOrArabicKey(name) != nil)
            #expect(NameIndex.key(name) == NameIndex.unicodeKey(name))
        }
        #expect(NameIndex.key("  ÉTAT  Islamique\u{A0}au Grand Sahara ") == "état islamique au grand sahara")
        #expect(NameIndex.key("ÀÉÎ×Þß") == "àéî×þß")
    }

    /// Text the quick fold leaves alone: what lower-cases to something else
    /// than one scalar, combines, or may need composing.
    @Test func otherTextIsLeftToTheUnicodeFold() {
        for text in ["İstanbul", "Ελληνικά", "Ŝtato", "e\u{301}", "حَمص", "Группа", "😀 Group", "x\u{200B}y"] {
            #expect(NameIndex.latinOrArabicKey(text) == nil, "\(text)")
        }
        #expect(NameIndex.key("ΔΕΣ Group") == "δεσ group")
        #expect(NameIndex.key("Cafe\u{301}") == NameIndex.key("Café"))
    }

    /// Random names from a pool of Latin, Arabic, white space and other
    /// scalars.
    @Test func randomNamesFoldAlike() {
        var random = SeededGenerator(seed: 11)
        let pool: [Character] = Array("aZ éÉßÿ×\u{A0}\u{85}\t\r\nتجمعالشهداء\u{2003}\u{3000}ŜİΣ\u{301}-'().0")
        for _ in 0..<5_000 {
            let text = String((0..<Int.random(in: 0...12, using: &random)).map { _ in pool.randomElement(using: &random)! })
            #expect(NameIndex.key(text) == NameIndex.unicodeKey(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// `A -- B`'s sides: trimmed on the bytes when their ends allow it,
    /// always what trimming the text as a string gives.
    @Test func connectorSidesTrimAsStrings() {
        var random = SeededGenerator(seed: 5)
        let pool: [String] = ["a", "É", "é", "ʻ", "ح", "ة", "\u{64B}", "\u{301}", " ", "\u{A0}", "\u{2003}", "\t", "-", "ŝ", "😀", "Ω", "\u{600}", "\r\n"]
        var onBytes = 0
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 1...8, using: &random)).map { _ in pool.randomElement(using: &random)! }.joined()
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                let read: String
                switch RelationParser.side(buffer, 0..<buffer.count) {
                case .bytes(let range):
                    read = String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
                    if !range.isEmpty && buffer[range.lowerBound] >= 0x80 { onBytes += 1 }
                case .text(let trimmed): read = trimmed
                }
                #expect(read == text.trimmingWhitespace, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
                #expect(Array(read.utf8) == Array(text.trimmingWhitespace.utf8))
            }
        }
        #expect(onBytes > 500)  // Latin and Arabic ends were taken on the bytes
    }
}
