/// A relation type as `vocabulary.yaml` declares it, before declarations
/// are checked against each other and the built-in types.
struct TypeDeclaration: Sendable {
    /// A value as written, with its place.
    struct Located<Value: Sendable>: Sendable {
        var value: Value
        var location: SourceLocation
    }

    var name: String
    var nameLocation: SourceLocation
    var connector: Located<String>?
    var relationClass: Located<RelationClass>?
    var polarity: Located<Sign>?
    var endsWith: [Located<String>]?
    var endsWithLocation: SourceLocation?
    var attributes: Located<Set<RelationAttribute>>?
    var color: Located<String>?
    var style: Located<String>?
    var penwidth: Located<String>?
    var arrowhead: Located<String>?
    var legend: Located<String>?
    var note: String?
    /// Phrases that signal the type in an article's text (`suggest`).
    var cues: [Located<CuePattern>]?
    /// True when the declaration itself is unusable (not a map): an error
    /// was reported, and no more are about its missing keys.
    var isBroken = false
    /// The keys written, valid or not.
    var keysWritten: Set<String> = []

    /// The keys that decide what a type means; a built-in type's cannot be
    /// changed.
    static let meaningKeys = ["connector", "class", "polarity", "ends-with", "attributes"]
    /// The keys that decide how a type is drawn.
    static let lookKeys = ["color", "style", "penwidth", "arrowhead", "legend"]
    static let keys = meaningKeys + lookKeys + ["cues", "note"]
}

/// Reads `vocabulary.yaml`: a map from type name to its declaration.
///
/// ```yaml
/// support:
///   connector: "->"
///   class: tie
///   polarity: "+"
///   ends-with: [withdrawal]
///   color: "#0072b2"
/// combat:
///   color: "#d55e00"      # restyles a built-in type
/// ```
enum VocabularyParser {
    static func parse(_ node: YAMLNode?, reader: inout NodeReader) -> [TypeDeclaration] {
        guard let node, !node.isNull else { return [] }
        guard let entries = reader.mapping(node, "the vocabulary") else { return [] }
        return entries.compactMap { declaration(name: $0.key, $0.pair, reader: &reader) }
    }

    private static func declaration(name: String, _ pair: YAMLNode.Pair, reader: inout NodeReader) -> TypeDeclaration? {
        if !isValidName(name) {
            reader.error(pair.key, "'\(name)' is not a valid relation type name: use lowercase letters, digits and '-', starting with a letter")
        } else if RelationParser.attributes.contains(name) {
            reader.error(pair.key, "'\(name)' is a relation attribute, so it cannot name a relation type")
        }
        var declaration = TypeDeclaration(name: name, nameLocation: reader.location(pair.key))
        if pair.value.isNull {
            reader.error(pair.key, "relation type '\(name)' needs a map, such as {connector: \"--\", class: stance, polarity: \"-\"}")
            declaration.isBroken = true
            return declaration
        }
        guard let entries = pair.value.pairs != nil ? reader.mapping(pair.value, "relation type '\(name)'") : nil else {
            reader.error(pair.value, "relation type '\(name)' must be a map of its properties, not \(pair.value.kindDescription)")
            declaration.isBroken = true
            return declaration
        }
        for (key, entry) in entries {
            declaration.keysWritten.insert(key)
            let at = reader.location(entry.value)
            switch key {
            case "connector":
                guard let text = scalar(entry, key, reader: &reader) else { break }
                if text == "->" || text == "--" {
                    declaration.connector = .init(value: text, location: at)
                } else {
                    reader.error(at, "'connector' must be \"->\" (directed) or \"--\" (undirected), not '\(text)'")
                }
            case "class":
                if let value = reader.choice(entry, key, RelationClass.self) {
                    declaration.relationClass = .init(value: value, location: at)
                }
            case "polarity":
                if let value = polarity(entry, reader: &reader) {
                    declaration.polarity = .init(value: value, location: at)
                }
            case "ends-with":
                declaration.endsWith = names(entry, key, reader: &reader)
                declaration.endsWithLocation = reader.location(entry.key)
            case "attributes":
                if let list = names(entry, key, reader: &reader) {
                    var accepted = Set<RelationAttribute>()
                    for item in list {
                        if let attribute = RelationAttribute(rawValue: item.value) {
                            accepted.insert(attribute)
                        } else {
                            reader.error(item.location, "unknown attribute '\(item.value)': a type may accept \(RelationAttribute.allCases.map(\.rawValue).joined(separator: ", "))")
                        }
                    }
                    declaration.attributes = .init(value: accepted, location: at)
                }
            case "color":
                guard let text = scalar(entry, key, reader: &reader) else { break }
                if RelationLook.isColor(text) {
                    declaration.color = .init(value: text.lowercased(), location: at)
                } else {
                    reader.error(at, "'color' must be a colour written #rrggbb (six hexadecimal digits, quoted: \"#0072b2\"), not '\(text)'")
                }
            case "style":
                guard let text = scalar(entry, key, reader: &reader) else { break }
                if RelationLook.styles.contains(text) {
                    declaration.style = .init(value: text, location: at)
                } else {
                    reader.error(at, "'style' must be one of \(RelationLook.styles.joined(separator: ", ")), not '\(text)'")
                }
            case "penwidth":
                guard let text = scalar(entry, key, reader: &reader) else { break }
                if let width = Double(text), width >= 0.5, width <= 8, text.allSatisfy({ $0.isNumber || $0 == "." }) {
                    declaration.penwidth = .init(value: text, location: at)
                } else {
                    reader.error(at, "'penwidth' must be a number from 0.5 to 8 (points), not '\(text)'")
                }
            case "arrowhead":
                guard let text = scalar(entry, key, reader: &reader) else { break }
                if RelationLook.isArrowhead(text) {
                    declaration.arrowhead = .init(value: text, location: at)
                } else {
                    reader.error(at, "'arrowhead' must be a Graphviz arrow shape such as normal, onormal, diamond, odiamond, dot, odot, tee, vee, box or crow, not '\(text)'")
                }
            case "legend":
                if let text = reader.string(entry, key) {
                    declaration.legend = .init(value: text.trimmingWhitespace, location: at)
                }
            case "note":
                if !entry.value.isNull { declaration.note = reader.string(entry, key)?.trimmingWhitespace }
            case "cues":
                declaration.cues = cues(entry, reader: &reader)
            default:
                reader.unknownKey(key, entry.key, in: "relation type '\(name)'", allowed: TypeDeclaration.keys)
            }
        }
        return declaration
    }

    /// A type name: lowercase ASCII letters, digits and `-`, starting with
    /// a letter.
    static func isValidName(_ name: String) -> Bool {
        guard let first = name.utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else { return false }
        return name.utf8.allSatisfy { ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z"))
            || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "-") }
    }

    /// A non-empty scalar, trimmed; `nil` with an error otherwise.
    private static func scalar(_ pair: YAMLNode.Pair, _ key: String, reader: inout NodeReader) -> String? {
        reader.string(pair, key)?.trimmingWhitespace
    }

    /// `"+"`, `"-"`, `"?"`, or `positive`, `negative`, `unknown`. A bare
    /// `-` or `?` is YAML syntax (a list item, a key), so its error says to
    /// quote it.
    private static func polarity(_ pair: YAMLNode.Pair, reader: inout NodeReader) -> Sign? {
        let words: [String: Sign] = ["positive": .positive, "negative": .negative, "unknown": .unknown]
        if let text = pair.value.string?.trimmingWhitespace, let sign = Sign(rawValue: text) ?? words[text] {
            return sign
        }
        let bareSign = pair.value.items.map { $0.count == 1 && $0[0].isNull } ?? false
        let shown = pair.value.string.map { "'\($0)'" } ?? (bareSign ? "a bare '-' (YAML reads it as a list)" : pair.value.kindDescription)
        reader.error(reader.location(of: pair),
                     "'polarity' must be \"+\", \"-\" or \"?\" (quoted), or positive, negative or unknown, not \(shown)")
        return nil
    }

    /// A list of names, or one name; `nil` with an error otherwise.
    private static func names(_ pair: YAMLNode.Pair, _ key: String,
                              reader: inout NodeReader) -> [TypeDeclaration.Located<String>]? {
        if let text = pair.value.string {
            return [.init(value: text.trimmingWhitespace, location: reader.location(pair.value))]
        }
        guard let items = pair.value.items else {
            reader.error(reader.location(of: pair), "'\(key)' must be a list of names, such as [a, b], not \(pair.value.kindDescription)")
            return nil
        }
        var result: [TypeDeclaration.Located<String>] = []
        for item in items {
            guard let text = item.string, !text.trimmingWhitespace.isEmpty else {
                reader.error(item, "an item of '\(key)' must be a name, not \(item.kindDescription)")
                continue
            }
            result.append(.init(value: text.trimmingWhitespace, location: reader.location(item)))
        }
        return result
    }
}
