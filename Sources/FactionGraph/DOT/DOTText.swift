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
        var writer = DOTWriter()
        writer.quoted(text)
        return writer.text
    }

    /// A number as Graphviz reads it: at most two decimals, no trailing
    /// zeros (`2.56`, `5.2`, `3`), so scaled widths stay readable and stable.
    public static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = "\(hundredths / 100)"
        let fraction = abs(hundredths % 100)
        if fraction == 0 { return whole }
        return whole + (fraction % 10 == 0 ? ".\(fraction / 10)" : fraction < 10 ? ".0\(fraction)" : ".\(fraction)")
    }

    /// `text` quoted with no entity escaping: for values Graphviz does not
    /// read entities in, or that are escaped already (`URL`).
    public static func quotedRaw(_ text: String) -> String {
        var writer = DOTWriter()
        writer.quotedRaw(text)
        return writer.text
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
            // Most attributes are set once: look for an earlier value
            // before paying for `removeAll`'s rebuild of the array.
            if pairs.contains(where: { $0.0 == name }) { pairs.removeAll { $0.0 == name } }
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
        var writer = DOTWriter()
        writer.attributes(self)
        return writer.text
    }

    public static func == (lhs: DOTAttributes, rhs: DOTAttributes) -> Bool { lhs.text == rhs.text }
}
