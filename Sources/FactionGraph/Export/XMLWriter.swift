/// Writes XML 1.0 documents (GEXF, GraphML): one element per line, two
/// spaces of indentation, attributes in the order given.
///
/// Every name, alias, quote and note comes from an article, so every value
/// is escaped, and nothing an article holds can end an attribute, open an
/// element or close a CDATA section:
///
/// - in attribute values (always in double quotes) `&`, `<`, `>` and `"`
///   become `&amp;`, `&lt;`, `&gt;` and `&quot;`; tab, line feed and carriage
///   return become `&#9;`, `&#10;` and `&#13;`, because a parser would turn
///   them into spaces otherwise (attribute-value normalisation);
/// - in text content `&`, `<` and `>` are escaped (so `]]>` cannot occur),
///   and a carriage return becomes `&#13;`, which a parser would otherwise
///   turn into a line feed;
/// - characters XML 1.0 forbids anywhere, even as references (the C0
///   controls other than tab, line feed and carriage return, and U+FFFE,
///   U+FFFF), are replaced by U+FFFD (see `ExportText.cleaned`). Every
///   other character, Arabic and characters beyond the Basic Multilingual
///   Plane included, is written as itself in UTF-8.
///
/// Element and attribute names are the writer's own constants, never data.
struct XMLWriter {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var open: [String] = []

    /// An attribute: its name and value; `nil` values are left out.
    typealias Attribute = (name: String, value: String?)

    /// `<name attributes>`, closed later by `close()`.
    mutating func open(_ name: String, _ attributes: [Attribute] = []) {
        startTag(name, attributes)
        text += ">\n"
        open.append(name)
    }

    /// `<name attributes/>`.
    mutating func empty(_ name: String, _ attributes: [Attribute] = []) {
        startTag(name, attributes)
        text += "/>\n"
    }

    /// `<name attributes>content</name>` on one line.
    mutating func element(_ name: String, _ attributes: [Attribute] = [], content: String) {
        startTag(name, attributes)
        text += ">"
        Self.appendEscapedText(content, to: &text)
        text += "</\(name)>\n"
    }

    /// Closes the innermost open element.
    mutating func close() {
        let name = open.removeLast()
        indent()
        text += "</\(name)>\n"
    }

    /// The document, every element closed.
    var document: String {
        var writer = self
        while !writer.open.isEmpty { writer.close() }
        return writer.text
    }

    private mutating func startTag(_ name: String, _ attributes: [Attribute]) {
        indent()
        text += "<" + name
        for attribute in attributes {
            guard let value = attribute.value else { continue }
            text += " \(attribute.name)=\""
            Self.appendEscapedAttribute(value, to: &text)
            text += "\""
        }
    }

    private mutating func indent() {
        text += String(repeating: "  ", count: open.count)
    }

    /// `value` escaped for a double-quoted attribute value.
    static func appendEscapedAttribute(_ value: String, to output: inout String) {
        appendEscaped(value, inAttribute: true, to: &output)
    }

    /// `value` escaped for text content.
    static func appendEscapedText(_ value: String, to output: inout String) {
        appendEscaped(value, inAttribute: false, to: &output)
    }

    /// The one escaping routine (see the type's comment for the rules).
    private static func appendEscaped(_ value: String, inAttribute: Bool, to output: inout String) {
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\r": output += "&#13;"
            case "\"" where inAttribute: output += "&quot;"
            case "\t" where inAttribute: output += "&#9;"
            case "\n" where inAttribute: output += "&#10;"
            default: output.unicodeScalars.append(ExportText.allowed(scalar))
            }
        }
    }
}
