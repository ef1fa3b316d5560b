/// Text as every export writes it.
///
/// XML 1.0 forbids some characters outright, even written as character
/// references: the C0 controls other than tab, line feed and carriage
/// return (U+0000-U+0008, U+000B, U+000C, U+000E-U+001F), and U+FFFE and
/// U+FFFF. A YAML escape (`"\x01"`) can put them in a name, so exports
/// replace each by U+FFFD, the replacement character: the rest of the
/// text survives and the replacement shows where something was. CSV files
/// get the same treatment (a NUL byte breaks many CSV readers), so all
/// exports of one corpus carry the same strings.
public enum ExportText {
    /// The replacement for a forbidden character.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// True for the characters XML 1.0 allows (its `Char` production).
    /// Swift strings never hold lone surrogates, so only controls and the
    /// two non-characters need a test.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x0...0x1F, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    /// `scalar`, or the replacement when XML forbids it.
    static func allowed(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        isAllowed(scalar) ? scalar : replacement
    }

    /// `text` with every forbidden character replaced.
    public static func cleaned(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy(isAllowed) else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text.unicodeScalars.lazy.map(allowed))
        return String(result)
    }
}
