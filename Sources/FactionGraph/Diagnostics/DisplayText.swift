/// Text from files and file names made safe to print on a terminal and
/// unambiguous to read back.
///
/// A file named `x.md:1:1: error: fake.md` printed raw forges a location,
/// and a name or a YAML value with an escape sequence (`\e[2J`) reaches the
/// terminal. So, in diagnostics:
///
/// - control characters (U+0000-U+001F, U+007F-U+009F) and the bidirectional
///   controls that can reorder what a terminal shows (U+202A-U+202E,
///   U+2066-U+2069) are written `\u{1B}`, in paths and in messages;
/// - in a path, `\` is written `\\` and `:` is written `\:`, so the first
///   unescaped colon of a line always ends the path and `:line:column:`
///   follows it.
///
/// Ordinary paths and messages are unchanged.
package enum DisplayText {
    /// A path as printed before `:line:column`.
    package static func path(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: { $0 == ":" || $0 == "\\" || needsEscape($0) }) else { return path }
        var result = ""
        for scalar in path.unicodeScalars {
            switch scalar {
            case ":": result += "\\:"
            case "\\": result += "\\\\"
            default: append(scalar, to: &result)
            }
        }
        return result
    }

    /// A message (or any text) with its control characters escaped.
    package static func message(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        for scalar in text.unicodeScalars { append(scalar, to: &result) }
        return result
    }

    private static func append(_ scalar: Unicode.Scalar, to result: inout String) {
        if needsEscape(scalar) {
            result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        } else {
            result.unicodeScalars.append(scalar)
        }
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
