import CLibYAML

/// A YAML syntax error at a position of the parsed text.
public struct YAMLSyntaxError: Error, Sendable {
    public var message: String
    public var line: Int
    public var column: Int
    /// What was read before the error, collections closed where they
    /// stood: a registry's factions before a syntax error can still be
    /// known. Its last entries may be incomplete.
    public var partial: YAMLNode?
    /// The error is a character YAML does not allow (libyaml reports those
    /// as it decodes, ahead of where it parses).
    var isCharacterError = false

    public init(message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }
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
    /// Parses the first document of `bytes`. Lines and columns are those of
    /// `bytes`, counted from 1. Returns `nil` for an empty stream.
    public static func parse(_ bytes: UnsafeRawBufferPointer) -> Result<YAMLNode?, YAMLSyntaxError> {
        var builder = EventTreeBuilder()
        let result = builder.parse(bytes)
        guard case .failure(var failure) = result else { return result }
        failure.partial = builder.partialTree()
        if failure.isCharacterError {
            // libyaml decodes ahead of its parsing, so it stops before
            // reaching the lines before the bad character: read those alone.
            let end = lineStart(failure.line, in: bytes)
            if end < bytes.count {
                var prefix = EventTreeBuilder()
                switch prefix.parse(UnsafeRawBufferPointer(rebasing: bytes[..<end])) {
                case .success(let root): failure.partial = root
                case .failure: failure.partial = prefix.partialTree()
                }
            }
        }
        return .failure(failure)
    }

    /// Parses `bytes`, which must be valid UTF-8 (a file the reader has
    /// checked), as `parse(_:)` does: from `FrontMatterScanner`'s events
    /// when it reads the text, which it does for a registry written
    /// plainly, else from libyaml's. libyaml took 41 of the 90 million
    /// instructions a registry of 2,000 factions cost (callgrind).
    static func parse(validUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Result<YAMLNode?, YAMLSyntaxError> {
        guard let (events, decoded) = FrontMatterScanner.scan(bytes, implicitStart: true) else {
            return parse(UnsafeRawBufferPointer(bytes))
        }
        defer { decoded?.deallocate() }
        var builder = EventTreeBuilder()
        for event in events {
            if let failure = builder.handle(event) {
                var failure = failure
                failure.partial = builder.partialTree()
                return .failure(failure)
            }
        }
        return .success(builder.finished)
    }

    /// The byte offset where 1-based `line` starts.
    private static func lineStart(_ line: Int, in bytes: UnsafeRawBufferPointer) -> Int {
        var current = 1
        var index = 0
        while current < line, index < bytes.count {
            if bytes[index] == 0x0A { current += 1 }
            index += 1
        }
        return index
    }

    /// Parses the first document of `text` (see `parse(_:)`).
    public static func parse(_ text: String) -> Result<YAMLNode?, YAMLSyntaxError> {
        var text = text
        return text.withUTF8 { parse(UnsafeRawBufferPointer($0)) }
    }
}

/// Builds the node tree from libyaml events with an explicit stack, so deep
/// nesting cannot overflow the call stack; nesting is bounded anyway
/// (`InputLimits.nestingDepth`), since releasing a deep tree recurses, and
/// so does libyaml's cost per token.
struct EventTreeBuilder {
    /// What a node expands to, aliases expanded: nodes and bytes of text.
    private struct Weight {
        var nodes = 0
        var bytes = 0

        static func += (lhs: inout Weight, rhs: Weight) {
            lhs.nodes += rhs.nodes
            lhs.bytes += rhs.bytes
        }
    }

    /// A collection being read. Its items are appended in place (a frame
    /// is never copied out and back, which would copy the items each time).
    private struct Frame {
        var start: YAMLNode
        var anchor: String?
        var isMapping: Bool
        /// Written in brackets (`[a, b]`, `{a: b}`).
        var isFlow: Bool
        var items: [YAMLNode] = []
        var pairs: [YAMLNode.Pair] = []
        var pendingKey: YAMLNode?
        /// The keys so far, once there are many: finding a duplicate by
        /// looking at every earlier key made a large map quadratic.
        var keys: [String: YAMLNode] = [:]
        /// What the collection's content expands to so far.
        var weight = Weight()

        /// The earlier key equal to `text`, if any (Swift string equality,
        /// as YAML compares keys by content).
        mutating func duplicate(of text: String) -> YAMLNode? {
            if pairs.count < 16 {
                return pairs.first { pair in
                    if case .scalar(let other, _) = pair.key.content { return other == text }
                    return false
                }?.key
            }
            if keys.isEmpty {
                for pair in pairs {
                    if case .scalar(let other, _) = pair.key.content, keys[other] == nil { keys[other] = pair.key }
                }
            }
            return keys[text]
        }

        /// Notes a key once its pair is complete (large maps only).
        mutating func noteKey(_ key: YAMLNode) {
            guard !keys.isEmpty, case .scalar(let text, _) = key.content else { return }
            keys[text] = key
        }
    }

    private var stack: [Frame] = []
    /// Open collections written in brackets.
    private var flowDepth = 0
    private var anchors: [String: (node: YAMLNode, weight: Weight)] = [:]
    /// What the whole document expands to so far: a few lines of nested
    /// aliases (a "billion laughs") or one long quote aliased thousands of
    /// times must not expand to gigabytes.
    private var expanded = Weight()
    private var root: YAMLNode?
    /// The deepest nesting of collections so far.
    private(set) var deepest = 0
    /// Whether an alias was read.
    private(set) var sawAlias = false
    /// The finished node, once the outermost one is complete.
    var finished: YAMLNode? { stack.isEmpty ? root : nil }
    /// The nodes read so far, aliases expanded.
    var nodeCount: Int { expanded.nodes }

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
            default:
                if let failure = handle(event) { return .failure(failure) }
            }
        }
    }

    /// Takes one event that is part of a node: a scalar, an alias, or the
    /// start or end of a collection.
    mutating func handle(_ event: yaml_event_t) -> YAMLSyntaxError? {
        let line = Int(event.start_mark.line) + 1
        let column = Int(event.start_mark.column) + 1
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = Self.string(scalar.value, count: scalar.length)
            let node = YAMLNode(
                content: .scalar(text, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE),
                line: line, column: column)
            let weight = Weight(nodes: 1, bytes: scalar.length)
            if let failure = add(node, weight: weight, new: weight, anchor: Self.optionalString(scalar.anchor)) {
                return failure
            }
        case YAML_ALIAS_EVENT:
            sawAlias = true
            let name = Self.optionalString(event.data.alias.anchor) ?? ""
            guard let target = anchors[name] else {
                return YAMLSyntaxError(message: "unknown alias '*\(name)'", line: line, column: column)
            }
            if let failure = add(target.node, weight: target.weight, new: target.weight, anchor: nil,
                                 at: (line, column)) {
                return failure
            }
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let isFlow = isMapping ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                : event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
            if let failure = checkDepth(flow: isFlow, line: line, column: column) { return failure }
            deepest = max(deepest, stack.count + 1)
            let start = YAMLNode(content: isMapping ? .mapping([]) : .sequence([]), line: line, column: column)
            let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
            stack.append(Frame(start: start, anchor: Self.optionalString(anchor), isMapping: isMapping, isFlow: isFlow))
            if isFlow { flowDepth += 1 }
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            if let failure = closeCollection() { return failure }
        default:
            break
        }
        return nil
    }

    /// Adds a finished node, which expands to `weight`, to the innermost
    /// open collection (or makes it the root), checking mapping keys for
    /// duplicates. `new` is what the document grows by: all of `weight`
    /// for a scalar or an alias, only the node itself for a collection
    /// (its content came before it). `position` is where an alias stands.
    private mutating func add(_ node: YAMLNode, weight: Weight, new: Weight, anchor: String?,
                              at position: (line: Int, column: Int)? = nil) -> YAMLSyntaxError? {
        expanded += new
        if expanded.nodes > InputLimits.expandedNodes || expanded.bytes > InputLimits.expandedBytes {
            let (line, column) = position ?? (node.line, node.column)
            let limit = expanded.nodes > InputLimits.expandedNodes
                ? "\(InputLimits.expandedNodes.grouped) values" : "\(InputLimits.expandedBytes / (1024 * 1024)) MiB of text"
            return YAMLSyntaxError(
                message: "with its aliases expanded, this YAML holds more than \(limit); write the values out, or alias less",
                line: line, column: column)
        }
        if let anchor { anchors[anchor] = (node, weight) }
        guard !stack.isEmpty else {
            root = node
            return nil
        }
        let top = stack.count - 1
        stack[top].weight += weight
        if !stack[top].isMapping {
            stack[top].items.append(node)
        } else if let key = stack[top].pendingKey {
            stack[top].pairs.append(YAMLNode.Pair(key: key, value: node))
            stack[top].noteKey(key)
            stack[top].pendingKey = nil
        } else {
            if case .scalar(let text, _) = node.content {
                if let duplicate = stack[top].duplicate(of: text) {
                    return YAMLSyntaxError(
                        message: "duplicate key '\(text)' (first at line \(duplicate.line), column \(duplicate.column))",
                        line: node.line, column: node.column)
                }
            }
            stack[top].pendingKey = node
        }
        return nil
    }

    /// An error when a collection opening here would nest too deep: all
    /// collections together, or those in brackets (`[...]`, `{...}`), for
    /// which libyaml's work per token grows with the depth.
    private func checkDepth(flow: Bool, line: Int, column: Int) -> YAMLSyntaxError? {
        if stack.count >= InputLimits.nestingDepth {
            return YAMLSyntaxError(
                message: "lists and maps nested more than \(InputLimits.nestingDepth.grouped) deep; a front matter needs a handful of levels",
                line: line, column: column)
        }
        if flow, flowDepth >= InputLimits.bracketDepth {
            return YAMLSyntaxError(
                message: "brackets nested more than \(InputLimits.bracketDepth) deep; a front matter needs a handful of levels",
                line: line, column: column)
        }
        return nil
    }

    /// The tree read so far, every open collection closed where it stands
    /// (a key without its value dropped), after the parse stopped.
    mutating func partialTree() -> YAMLNode? {
        while var frame = stack.popLast() {
            frame.start.content = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
            guard let top = stack.indices.last else { return frame.start }
            if !stack[top].isMapping {
                stack[top].items.append(frame.start)
            } else if let key = stack[top].pendingKey {
                stack[top].pairs.append(YAMLNode.Pair(key: key, value: frame.start))
                stack[top].pendingKey = nil
            }
        }
        return root
    }

    private mutating func closeCollection() -> YAMLSyntaxError? {
        guard var frame = stack.popLast() else { return nil }
        if frame.isFlow { flowDepth -= 1 }
        frame.start.content = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
        var weight = frame.weight
        weight.nodes += 1
        return add(frame.start, weight: weight, new: Weight(nodes: 1), anchor: frame.anchor)
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
            var error = YAMLSyntaxError(message: problem + character, line: line, column: column)
            error.isCharacterError = true
            return error
        }
        return YAMLErrorHints(input: input).explain(YAMLErrorHints.Report(
            problem: problem, context: parser.context.map { String(cString: $0) },
            problemLine: Int(parser.problem_mark.line) + 1, problemColumn: Int(parser.problem_mark.column) + 1,
            contextLine: Int(parser.context_mark.line) + 1, contextColumn: Int(parser.context_mark.column) + 1))
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

extension YAMLParser {
    /// The node that starts at `stream`'s current event, read up to its
    /// last event (where the stream is left), as `parse` would build it;
    /// `nil` when it has an error (a duplicate key, ...), an alias, or
    /// nests deeper than `maxDepth`: the caller then reads the whole text
    /// with `parse`, which reports what is wrong.
    static func subtree(from stream: YAMLEventStream, maxDepth: Int = 32) -> (node: YAMLNode, nodes: Int)? {
        switch stream.type {
        case YAML_SCALAR_EVENT, YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT: break
        default: return nil
        }
        var builder = EventTreeBuilder()
        while true {
            if builder.handle(stream.event) != nil || builder.sawAlias || builder.deepest > maxDepth { return nil }
            if let node = builder.finished { return (node, builder.nodeCount) }
            guard stream.next() else { return nil }
        }
    }
}
