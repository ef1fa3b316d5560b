/// A YAML node with the position where it starts: the reader's own,
/// `Sendable` view of a front matter. Every scalar is kept as text (the YAML
/// 1.1 type guessing that turns `NO` into false or `010` into 8 never runs);
/// the reader interprets values itself.
public struct YAMLNode: Sendable {
    /// A key and its value in a mapping, in document order.
    public struct Pair: Sendable {
        public var key: YAMLNode
        public var value: YAMLNode
    }

    public enum Content: Sendable {
        /// A scalar's text; `plain` is false for quoted and block scalars.
        case scalar(String, plain: Bool)
        case sequence([YAMLNode])
        /// A mapping's pairs in document order (duplicates are reported by
        /// the parser, never kept).
        case mapping([Pair])
    }

    public var content: Content
    /// 1-based line of the node's first character.
    public var line: Int
    /// 1-based column of the node's first character, in Unicode scalars.
    public var column: Int

    /// The text of a scalar node, or `nil` for collections and nulls.
    public var string: String? {
        if case .scalar(let text, _) = content, !isNull { return text }
        return nil
    }

    /// True for an empty plain scalar, `~` or `null`: YAML's null.
    public var isNull: Bool {
        guard case .scalar(let text, plain: true) = content, text.utf8.count <= 4 else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// The pairs of a mapping node, or `nil`.
    public var pairs: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The items of a sequence node, or `nil`.
    public var items: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// What kind of node this is, in words, for error messages.
    public var kindDescription: String {
        switch content {
        case .scalar: return isNull ? "nothing" : "a string"
        case .sequence: return "a list"
        case .mapping: return "a map"
        }
    }
}
