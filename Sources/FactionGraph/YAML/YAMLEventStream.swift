import CLibYAML

/// libyaml's events for one YAML text, pulled one at a time, for a reader
/// that builds its values straight from them (`ArticleEventReader`).
///
/// A class because libyaml's parser points at itself once it has its
/// input (`read_handler_data`): it must stay where it was initialised.
final class YAMLEventStream {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    /// The current event; valid until the next call to `next()`.
    private(set) var event = yaml_event_t()
    private var hasEvent = false

    /// A stream over `bytes`, which must outlive it; `nil` for an empty
    /// text or when libyaml cannot allocate its buffers.
    init?(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), !bytes.isEmpty else { return nil }
        parser = .allocate(capacity: 1)
        guard yaml_parser_initialize(parser) == 1 else {
            parser.deallocate()
            return nil
        }
        yaml_parser_set_input_string(parser, base, bytes.count)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    }

    deinit {
        if hasEvent { yaml_event_delete(&event) }
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    /// Moves to the next event; false on a syntax error (the tree reader
    /// reports it) or after the stream's end.
    func next() -> Bool {
        if hasEvent {
            if event.type == YAML_STREAM_END_EVENT { return false }
            yaml_event_delete(&event)
            hasEvent = false
        }
        guard yaml_parser_parse(parser, &event) == 1 else { return false }
        hasEvent = true
        return true
    }

    var type: yaml_event_type_t { event.type }
    /// 1-based line of the current event's start.
    var line: Int { Int(event.start_mark.line) + 1 }
    /// 1-based column of the current event's start, in characters.
    var column: Int { Int(event.start_mark.column) + 1 }
    var isScalar: Bool { event.type == YAML_SCALAR_EVENT }

    /// The current scalar's text as UTF-8 (valid until `next()`).
    var scalarBytes: UnsafeBufferPointer<UInt8> {
        let scalar = event.data.scalar
        return UnsafeBufferPointer(start: scalar.value, count: scalar.value == nil ? 0 : scalar.length)
    }

    /// The current scalar, as the node tree would hold it.
    var scalar: YAMLNode {
        YAMLNode(content: .scalar(String(decoding: scalarBytes, as: UTF8.self),
                                  plain: event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE),
                 line: line, column: column)
    }
}
