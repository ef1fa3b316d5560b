/// Repairs of text damaged on its way into a CSV file. Each repair is
/// reported (a warning at the row), never done silently.
enum TextRepair {
    /// What was repaired in one value, in words, for a warning.
    struct Report: Sendable, Hashable {
        var descriptions: [String] = []
        var isEmpty: Bool { descriptions.isEmpty }
    }

    /// Undoes the two forms of Windows-1252 damage seen in real exports:
    /// UTF-8 bytes decoded as Latin-1 or Windows-1252 (`â€™` for `’`,
    /// `Ã©` for `é`), and single Windows-1252 punctuation bytes decoded as
    /// Latin-1, which leaves C1 control characters (U+0092 for `’`, U+0096
    /// for `–`).
    static func windows1252(_ text: String, report: inout Report) -> String {
        // Most values are ASCII: nothing to do.
        guard text.utf8.contains(where: { $0 >= 0xC2 }) else { return text }
        var scalars = Array(text.unicodeScalars)
        var mojibake: [Unicode.Scalar] = []
        var controls: [Unicode.Scalar] = []
        scalars = undoMojibake(scalars, fixed: &mojibake)
        for index in scalars.indices where (0x80...0x9F).contains(scalars[index].value) {
            let replacement = windows1252Punctuation[UInt8(scalars[index].value)] ?? "\u{FFFD}"
            controls.append(replacement)
            scalars[index] = replacement
        }
        if !mojibake.isEmpty {
            report.descriptions.append("UTF-8 read as Windows-1252 (\(shown(mojibake)))")
        }
        if !controls.isEmpty {
            report.descriptions.append("Windows-1252 punctuation left as control characters (\(shown(controls)))")
        }
        guard !mojibake.isEmpty || !controls.isEmpty else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    /// Leftovers of a web page's escaping (Mapping Militants was scraped
    /// from one): `\'` and `\"` (backslash escapes), and HTML character
    /// references (`&#039;`, `&amp;`, `&quot;`).
    static func webEscapes(_ text: String, report: inout Report) -> String {
        guard text.contains("\\") || text.contains("&") else { return text }
        var result = ""
        var found: [String] = []
        var rest = Substring(text)
        while let first = rest.first {
            // `\'`, `\"`, and `\&#039;` (an escaped reference).
            if first == "\\", let next = rest.dropFirst().first,
               next == "'" || next == "\"" || (next == "&" && rest.dropFirst().prefix(10).contains(";")) {
                found.append("\\\(next)")
                rest = rest.dropFirst()
                continue
            }
            if first == "&", let end = rest.prefix(10).firstIndex(of: ";"),
               let decoded = entity(String(rest[rest.index(after: rest.startIndex)..<end])) {
                found.append(String(rest[...end]))
                result.append(decoded)
                rest = rest[rest.index(after: end)...]
                continue
            }
            result.append(first)
            rest = rest.dropFirst()
        }
        guard !found.isEmpty else { return text }
        var seen: [String] = []
        for item in found where !seen.contains(item) { seen.append(item) }
        report.descriptions.append("web page escapes (\(seen.joined(separator: " ")))")
        return result
    }

    private static func entity(_ name: String) -> Character? {
        switch name {
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        case "lt": return "<"
        case "gt": return ">"
        case "nbsp": return "\u{A0}"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            return value.flatMap(Unicode.Scalar.init).map(Character.init)
        }
    }

    /// Finds runs of characters that are each one byte in Windows-1252
    /// (Latin-1 plus its punctuation) and together valid multi-byte UTF-8,
    /// and decodes them.
    private static func undoMojibake(_ scalars: [Unicode.Scalar], fixed: inout [Unicode.Scalar]) -> [Unicode.Scalar] {
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            if let lead = byte(scalars[index]), lead >= 0xC2, lead <= 0xF4 {
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                if index + length <= scalars.count {
                    let bytes = (0..<length).compactMap { byte(scalars[index + $0]) }
                    if bytes.count == length, bytes.dropFirst().allSatisfy({ $0 & 0xC0 == 0x80 }),
                       let decoded = String(validating: bytes, as: UTF8.self)?.unicodeScalars,
                       decoded.count == 1, let scalar = decoded.first {
                        output.append(scalar)
                        fixed.append(scalar)
                        index += length
                        continue
                    }
                }
            }
            output.append(scalars[index])
            index += 1
        }
        return output
    }

    /// The Windows-1252 byte that shows as `scalar`, if any.
    private static func byte(_ scalar: Unicode.Scalar) -> UInt8? {
        if scalar.value <= 0xFF { return UInt8(scalar.value) }
        return windows1252Bytes[scalar]
    }

    /// Windows-1252's bytes 0x80-0x9F (five of them are unassigned).
    static let windows1252Punctuation: [UInt8: Unicode.Scalar] = [
        0x80: "\u{20AC}", 0x82: "\u{201A}", 0x83: "\u{0192}", 0x84: "\u{201E}", 0x85: "\u{2026}", 0x86: "\u{2020}",
        0x87: "\u{2021}", 0x88: "\u{02C6}", 0x89: "\u{2030}", 0x8A: "\u{0160}", 0x8B: "\u{2039}", 0x8C: "\u{0152}",
        0x8E: "\u{017D}", 0x91: "\u{2018}", 0x92: "\u{2019}", 0x93: "\u{201C}", 0x94: "\u{201D}", 0x95: "\u{2022}",
        0x96: "\u{2013}", 0x97: "\u{2014}", 0x98: "\u{02DC}", 0x99: "\u{2122}", 0x9A: "\u{0161}", 0x9B: "\u{203A}",
        0x9C: "\u{0153}", 0x9E: "\u{017E}", 0x9F: "\u{0178}",
    ]

    private static let windows1252Bytes: [Unicode.Scalar: UInt8] = Dictionary(
        uniqueKeysWithValues: windows1252Punctuation.map { ($0.value, $0.key) })

    /// A few characters for a message: `’ “ ”`.
    private static func shown(_ scalars: [Unicode.Scalar]) -> String {
        var seen: [Unicode.Scalar] = []
        for scalar in scalars where !seen.contains(scalar) { seen.append(scalar) }
        let visible = seen.prefix(6).map { $0 == "\u{A0}" ? "no-break space" : String($0) }
        return visible.joined(separator: " ") + (seen.count > 6 ? " ..." : "")
    }

    /// Decodes bytes as UTF-8, reading each byte that is not part of valid
    /// UTF-8 as Windows-1252 (the usual reason for it: a file saved by a
    /// Windows program). Returns the text and the offsets of those bytes.
    static func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: String, invalid: [Int]) {
        if let text = String(validating: bytes, as: UTF8.self) { return (text, []) }
        var scalars = String.UnicodeScalarView()
        var invalid: [Int] = []
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                scalars.append(Unicode.Scalar(lead))
                index += 1
                continue
            }
            let length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
            if length > 0, index + length <= bytes.count,
               let decoded = String(validating: UnsafeBufferPointer(rebasing: bytes[index..<index + length]), as: UTF8.self) {
                scalars.append(contentsOf: decoded.unicodeScalars)
                index += length
                continue
            }
            invalid.append(index)
            scalars.append(windows1252Punctuation[lead] ?? Unicode.Scalar(lead))
            index += 1
        }
        return (String(scalars), invalid)
    }
}
