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

/// Writes DOT as UTF-8 bytes: quoting and escaping byte by byte, no
/// intermediate strings (diagrams of 10^4 relations are written at tens of
/// megabytes a second).
public struct DOTWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    public mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// `text` quoted as `DOTText.quoted` does: runs without a character to
    /// escape are copied whole.
    public mutating func quoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "&")
                        || byte == 0x0A || byte == 0x0D else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                switch byte {
                case UInt8(ascii: "\\"): raw("\\\\")
                case UInt8(ascii: "\""): raw("\\\"")
                case UInt8(ascii: "&"): raw("&amp;")
                case 0x0A: raw("\\n")
                default: break
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// ` [name="value", ...]` for the non-empty attributes, or nothing.
    public mutating func attributes(_ attributes: DOTAttributes) {
        var first = true
        for (name, value) in attributes.pairs where !value.isEmpty {
            raw(first ? " [" : ", ")
            first = false
            raw(name)
            bytes.append(UInt8(ascii: "="))
            quoted(value)
        }
        for (name, value) in attributes.rawPairs {
            raw(first ? " [" : ", ")
            first = false
            raw(name)
            bytes.append(UInt8(ascii: "="))
            raw(value)
        }
        if !first { bytes.append(UInt8(ascii: "]")) }
    }
}
