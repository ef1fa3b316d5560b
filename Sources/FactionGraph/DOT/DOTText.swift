/// Writing DOT text: quoting, escaping, attribute lists.
///
/// Every id and value is quoted (an unquoted `1abc` splits in two). Inside
/// quotes Graphviz reads `\"` and `\\`, and turns `\n` into a line break;
/// any other backslash is escaped so it stays literal. `&` is written
/// `&amp;` because Graphviz reads entities in labels and tooltips (a name
/// containing `&lt;` would otherwise show as `<`).
public enum DOTText {
    /// `text` as a quoted DOT string; line breaks become `\n`.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "&": result += "&amp;"
            case "\n": result += "\\n"
            case "\r": break
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// `text` quoted with no entity escaping: for values Graphviz does not
    /// read entities in, or that are escaped already (`URL`).
    public static func quotedRaw(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n", "\r": result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

/// Attributes of a node or an edge, in a fixed order.
public struct DOTAttributes: Sendable, Equatable {
    public private(set) var pairs: [(String, String)] = []
    /// Attributes written as they are, already quoted (HTML labels, URLs).
    public private(set) var rawPairs: [(String, String)] = []

    public init() {}

    public subscript(name: String) -> String? {
        get { pairs.last { $0.0 == name }?.1 }
        set {
            pairs.removeAll { $0.0 == name }
            if let newValue { pairs.append((name, newValue)) }
        }
    }

    /// Sets an attribute written verbatim (`label=<...>` or a pre-quoted value).
    public mutating func setRaw(_ name: String, _ value: String) {
        rawPairs.removeAll { $0.0 == name }
        rawPairs.append((name, value))
    }

    /// ` [name="value", ...]`, or empty.
    public var text: String {
        let written = pairs.filter { !$0.1.isEmpty }.map { "\($0.0)=\(DOTText.quoted($0.1))" }
            + rawPairs.map { "\($0.0)=\($0.1)" }
        return written.isEmpty ? "" : " [" + written.joined(separator: ", ") + "]"
    }

    public static func == (lhs: DOTAttributes, rhs: DOTAttributes) -> Bool { lhs.text == rhs.text }
}
