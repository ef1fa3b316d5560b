/// YAML scalars as the importers write them: every string double-quoted,
/// so that no name, title or quote can be read as something else (`NO`,
/// `null`, `- x`, `a: b`, a leading `*` or `&`), and every character that
/// YAML would fold or reject escaped.
enum YAMLText {
    /// `text` as a double-quoted YAML scalar.
    ///
    /// Escaped: `\` and `"`; line breaks and tabs (`\n`, `\r`, `\t`), which a
    /// double-quoted scalar would otherwise fold into spaces; YAML's other
    /// line breaks (U+0085, U+2028, U+2029); and every character YAML does
    /// not allow in a stream (C0 and C1 controls, U+FEFF, U+FFFE, U+FFFF).
    static func quoted(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x5C: result += "\\\\"
            case 0x22: result += "\\\""
            case 0x0A: result += "\\n"
            case 0x0D: result += "\\r"
            case 0x09: result += "\\t"
            case 0x00: result += "\\0"
            case 0x85: result += "\\N"
            case 0x2028: result += "\\L"
            case 0x2029: result += "\\P"
            case 0x01...0x1F, 0x7F...0x9F, 0xFEFF, 0xFFFE, 0xFFFF:
                result += "\\u" + hex(scalar.value, width: 4)
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
