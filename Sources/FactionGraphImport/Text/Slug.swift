import Foundation

/// Faction ids from names: lowercase ASCII letters and digits joined by
/// `-`, as the format requires. Latin letters lose their accents
/// (`Óglaigh na hÉireann` -> `oglaigh-na-heireann`); other scripts are not
/// transliterated, so a name without Latin letters or digits gets
/// `faction-` and a stable hash of the name (`faction-3f9a01c2`).
enum Slug {
    /// Ids are cut to about this many characters, between words.
    static let maximumLength = 60

    static func make(_ name: String) -> String {
        var output: [UInt8] = []
        var pendingDash = false
        func append(_ bytes: some Sequence<UInt8>) {
            if pendingDash, !output.isEmpty { output.append(UInt8(ascii: "-")) }
            pendingDash = false
            output.append(contentsOf: bytes)
        }
        // Canonical decomposition splits `é` into `e` and a combining
        // accent, which is then dropped.
        for scalar in name.decomposedStringWithCanonicalMapping.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x30...0x39, 0x61...0x7A: append([UInt8(value)])
            case 0x41...0x5A: append([UInt8(value + 0x20)])
            case 0x27, 0x2019, 0x2018, 0x02BC, 0x60, 0xB4:
                // Apostrophes join: `Hay'at` -> `hayat`, `People's` -> `peoples`.
                continue
            case 0x0300...0x036F:
                continue
            default:
                if let replacement = latinLetters[scalar] {
                    append(replacement.utf8)
                } else {
                    pendingDash = true
                }
            }
        }
        var slug = String(decoding: output, as: UTF8.self)
        if slug.count > maximumLength {
            let cut = slug.prefix(maximumLength)
            slug = String(cut.lastIndex(of: "-").map { cut[..<$0] } ?? cut)
        }
        return slug.isEmpty ? "faction-" + hash(name) : slug
    }

    /// Latin letters that do not decompose into a base letter and accents.
    private static let latinLetters: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l",
        "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ı": "i", "ħ": "h", "Ħ": "h",
    ]

    /// Eight hexadecimal digits of FNV-1a over the name's UTF-8 (NFC, so
    /// that canonically equal spellings hash alike): stable across runs
    /// and machines, unlike Swift's `hashValue`.
    static func hash(_ name: String) -> String {
        var value: UInt32 = 0x811C_9DC5
        for byte in name.precomposedStringWithCanonicalMapping.utf8 {
            value = (value ^ UInt32(byte)) &* 0x0100_0193
        }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
