/// One typed attribute (a column) of the factions or relations of an
/// export: GEXF `<attribute>`, GraphML `<key>`, a CSV column. One list of
/// them serves every format, so the formats agree on names, types and
/// values.
public struct ExportAttribute<Subject>: Sendable {
    /// The attribute's name: a GEXF attribute's id and title, a GraphML
    /// key's `attr.name`, a CSV column's property name.
    public let name: String
    public let type: ExportValueType
    /// The subject's value; `nil` when it has none (the attribute is then
    /// left out, or the CSV cell empty).
    public let value: @Sendable (Subject) -> ExportValue?

    public init(_ name: String, _ type: ExportValueType, _ value: @escaping @Sendable (Subject) -> ExportValue?) {
        self.name = name
        self.type = type
        self.value = value
    }
}

/// The type of an attribute, as each format spells it.
public enum ExportValueType: Sendable, Equatable {
    case string
    case boolean
    case integer
    /// A list of strings, written joined by `;` (Neo4j's array delimiter).
    case list

    /// GEXF's `type` of an `<attribute>`.
    var gexf: String {
        switch self {
        case .string, .list: return "string"
        case .boolean: return "boolean"
        case .integer: return "integer"
        }
    }

    /// GraphML's `attr.type` of a `<key>`.
    var graphML: String {
        switch self {
        case .string, .list: return "string"
        case .boolean: return "boolean"
        case .integer: return "int"
        }
    }

    /// The type suffix of a Neo4j admin-import header (`:int`), empty for
    /// strings.
    var neo4j: String {
        switch self {
        case .string: return ""
        case .boolean: return ":boolean"
        case .integer: return ":int"
        case .list: return ":string[]"
        }
    }
}

/// A value of an attribute.
public enum ExportValue: Sendable, Equatable {
    case string(String)
    case boolean(Bool)
    case integer(Int)
    case list([String])

    /// The value as text in every format: `true`/`false`, decimal
    /// integers, list items joined by `;`.
    public var text: String {
        switch self {
        case .string(let text): return text
        case .boolean(let value): return value ? "true" : "false"
        case .integer(let value): return String(value)
        case .list(let items): return items.joined(separator: ExportValue.listSeparator)
        }
    }

    /// Between the items of a list: `;`, Neo4j's default array delimiter.
    public static let listSeparator = ";"

    /// A string, or `nil` for none.
    static func optional(_ text: String?) -> ExportValue? { text.map { ExportValue.string($0) } }

    /// A list, or `nil` when it is empty.
    static func nonEmpty(_ items: [String]) -> ExportValue? { items.isEmpty ? nil : ExportValue.list(items) }
}
