/// Writes scalars as YAML the reader takes back exactly: plain when that is
/// safe, single-quoted when it is not, double-quoted (with escapes) for
/// control characters.
enum YAMLText {
    static func scalar(_ text: String) -> String {
        if isPlainSafe(text) { return text }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) }) {
            return doubleQuoted(text)
        }
        return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// `[a, b]` with each item a scalar safe inside a flow sequence.
    static func flowList(_ items: [String]) -> String {
        "[" + items.map { isPlainSafe($0) && !$0.contains(where: { ",[]{}:#".contains($0) }) ? $0 : quotedForFlow($0) }
            .joined(separator: ", ") + "]"
    }

    private static func quotedForFlow(_ text: String) -> String {
        let scalar = scalar(text)
        return scalar.hasPrefix("'") || scalar.hasPrefix("\"") ? scalar : "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    private static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last, !first.isWhitespace, !last.isWhitespace else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) { return false }
        var previous: UInt8 = 0
        for byte in text.utf8 {
            // `: ` starts a value, ` #` a comment.
            if (previous == UInt8(ascii: ":") && byte == UInt8(ascii: " ")) || (previous == UInt8(ascii: " ") && byte == UInt8(ascii: "#"))
                || byte == 0x09 {
                return false
            }
            previous = byte
        }
        if last == ":" { return false }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0.value == 0xFEFF }) { return false }
        // Values YAML would read as null.
        if ["~", "null", "Null", "NULL"].contains(text) { return false }
        return true
    }

    private static func doubleQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                    result += "\\x" + String(scalar.value, radix: 16).leftPadded(2)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
