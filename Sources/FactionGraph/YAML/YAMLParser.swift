import CLibYAML

/// A YAML syntax error at a position of the parsed text.
public struct YAMLSyntaxError: Error, Sendable {
    public var message: String
    public var line: Int
    public var column: Int
}

/// Parses one YAML document from libyaml's event stream into `YAMLNode`s.
///
/// Why libyaml's events and not Yams' `compose`: the reader needs the
/// position of every node, including a duplicate key (Yams 6 stops at the
/// first duplicate and reports the mapping's first key), and builds its own
/// `Sendable` tree anyway; building it straight from the events skips
/// Yams' intermediate `Node` tree and its resolver. Measured on this
/// machine kind: 89 MB/s of front matter on one thread here
/// (`factiongraph-bench CORPUS --yaml`), against 11 MB/s for Yams'
/// `compose` with its basic resolver (see BENCHMARKS.md).
public enum YAMLParser {
    /// Nodes an input may expand to through aliases, so that a few lines of
    /// nested aliases (a "billion laughs") cannot exhaust memory.
    static let nodeBudget = 1_000_000

    /// Parses the first document of `bytes`. Lines and columns are those of
    /// `bytes`, counted from 1. Returns `nil` for an empty stream.
    public static func parse(_ bytes: UnsafeRawBufferPointer) -> Result<YAMLNode?, YAMLSyntaxError> {
        var builder = EventTreeBuilder()
        return builder.parse(bytes)
    }

    /// Parses the first document of `text` (see `parse(_:)`).
    public static func parse(_ text: String) -> Result<YAMLNode?, YAMLSyntaxError> {
        var text = text
        return text.withUTF8 { parse(UnsafeRawBufferPointer($0)) }
    }
}

/// Builds the node tree from libyaml events with an explicit stack, so deep
/// nesting cannot overflow the call stack.
private struct EventTreeBuilder {
    /// A collection being read. Its items are appended in place (a frame
    /// is never copied out and back, which would copy the items each time).
    private struct Frame {
        var start: YAMLNode
        var anchor: String?
        var isMapping: Bool
        var items: [YAMLNode] = []
        var pairs: [YAMLNode.Pair] = []
        var pendingKey: YAMLNode?
    }

    private var stack: [Frame] = []
    private var anchors: [String: YAMLNode] = [:]
    private var nodeCount = 0
    private var root: YAMLNode?

    mutating func parse(_ bytes: UnsafeRawBufferPointer) -> Result<YAMLNode?, YAMLSyntaxError> {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), !bytes.isEmpty else {
            return .success(nil)
        }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(YAMLSyntaxError(message: "out of memory", line: 1, column: 1))
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, base, bytes.count)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)

        var documents = 0
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                return .failure(Self.syntaxError(parser, input: UnsafeBufferPointer(start: base, count: bytes.count)))
            }
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line) + 1
            let column = Int(event.start_mark.column) + 1
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return .success(root)
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    return .failure(YAMLSyntaxError(
                        message: "a second YAML document starts here; the front matter holds one",
                        line: line, column: column))
                }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = Self.string(scalar.value, count: scalar.length)
                let node = YAMLNode(
                    content: .scalar(text, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE),
                    line: line, column: column)
                if let failure = add(node, anchor: Self.optionalString(scalar.anchor)) {
                    return .failure(failure)
                }
            case YAML_ALIAS_EVENT:
                let name = Self.optionalString(event.data.alias.anchor) ?? ""
                guard let target = anchors[name] else {
                    return .failure(YAMLSyntaxError(
                        message: "unknown alias '*\(name)'", line: line, column: column))
                }
                if let failure = add(target, anchor: nil) { return .failure(failure) }
            case YAML_SEQUENCE_START_EVENT:
                let start = YAMLNode(content: .sequence([]), line: line, column: column)
                stack.append(Frame(start: start, anchor: Self.optionalString(event.data.sequence_start.anchor), isMapping: false))
            case YAML_MAPPING_START_EVENT:
                let start = YAMLNode(content: .mapping([]), line: line, column: column)
                stack.append(Frame(start: start, anchor: Self.optionalString(event.data.mapping_start.anchor), isMapping: true))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                if let failure = closeCollection() { return .failure(failure) }
            default:
                break
            }
        }
    }

    /// Adds a finished node to the innermost open collection (or makes it
    /// the root), checking mapping keys for duplicates.
    private mutating func add(_ node: YAMLNode, anchor: String?) -> YAMLSyntaxError? {
        nodeCount += 1
        if nodeCount > YAMLParser.nodeBudget {
            return YAMLSyntaxError(message: "too many nodes (aliases expand beyond \(YAMLParser.nodeBudget))",
                                   line: node.line, column: node.column)
        }
        if let anchor { anchors[anchor] = node }
        guard !stack.isEmpty else {
            root = node
            return nil
        }
        let top = stack.count - 1
        if !stack[top].isMapping {
            stack[top].items.append(node)
        } else if let key = stack[top].pendingKey {
            stack[top].pairs.append(YAMLNode.Pair(key: key, value: node))
            stack[top].pendingKey = nil
        } else {
            if let duplicate = Self.duplicate(of: node, in: stack[top].pairs) {
                return YAMLSyntaxError(
                    message: "duplicate key '\(node.string ?? "")' (first at line \(duplicate.line), column \(duplicate.column))",
                    line: node.line, column: node.column)
            }
            stack[top].pendingKey = node
        }
        return nil
    }

    private mutating func closeCollection() -> YAMLSyntaxError? {
        guard var frame = stack.popLast() else { return nil }
        frame.start.content = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
        return add(frame.start, anchor: frame.anchor)
    }

    private static func duplicate(of key: YAMLNode, in pairs: [YAMLNode.Pair]) -> YAMLNode? {
        guard case .scalar(let text, _) = key.content else { return nil }
        return pairs.first { pair in
            if case .scalar(let other, _) = pair.key.content { return other == text }
            return false
        }?.key
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, count: Int) -> String {
        guard let pointer else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    private static func optionalString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private static func syntaxError(_ parser: yaml_parser_t, input: UnsafeBufferPointer<UInt8>) -> YAMLSyntaxError {
        let problem = parser.problem.map { String(cString: $0) } ?? "syntax error"
        if parser.error == YAML_READER_ERROR {
            // Reader errors (a character YAML does not allow) carry a byte
            // offset and the character, not a mark.
            let (line, column) = position(ofByte: parser.problem_offset, in: input)
            let character = parser.problem_value >= 0
                ? " (U+\(String(parser.problem_value, radix: 16, uppercase: true).leftPadded(to: 4)))" : ""
            return YAMLSyntaxError(message: problem + character, line: line, column: column)
        }
        var message = problem
        if let context = parser.context.map({ String(cString: $0) }) {
            message += " (\(context))"
        }
        return YAMLSyntaxError(message: message,
                               line: Int(parser.problem_mark.line) + 1,
                               column: Int(parser.problem_mark.column) + 1)
    }

    /// The 1-based line and column (in characters) of a byte offset.
    private static func position(ofByte offset: Int, in input: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        var line = 1
        var column = 1
        for byte in input.prefix(min(offset, input.count)) {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}
