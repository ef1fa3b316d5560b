import CLibYAML
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The events of one YAML text, pulled one at a time, for a reader that
/// builds its values straight from them (`ArticleEventReader`): found by
/// `FrontMatterScanner` when the text is plain enough, else by libyaml.
///
/// A class because libyaml's parser points at itself once it has its
/// input (`read_handler_data`): it must stay where it was initialised.
final class YAMLEventStream {
    /// libyaml's parser, when the scanner left the text to it.
    private let parser: UnsafeMutablePointer<yaml_parser_t>?
    /// The scanner's events, when it read the text.
    private let scanned: [yaml_event_t]
    /// The scanner's unescaped values, which its events point into.
    private let decoded: UnsafeMutablePointer<UInt8>?
    /// The next of `scanned`. Like `current`, behind a pointer: a stored
    /// `var` of a class is checked for exclusive access at run time on
    /// every use, which cost 2.5 % of the instructions of `check`
    /// (callgrind).
    private let cursor: UnsafeMutablePointer<Int>
    /// The current event (valid until the next call to `next()`).
    /// Zeroed (`YAML_NO_EVENT`) when there is none: libyaml clears an
    /// event it deletes or fails to parse.
    private let current: UnsafeMutablePointer<yaml_event_t>

    /// The current event; valid until the next call to `next()`.
    var event: yaml_event_t { current.pointee }

    /// Whether the scanner, not libyaml, found the events.
    var isScanned: Bool { parser == nil }

    /// A stream over `bytes`, which must outlive it; `nil` for an empty
    /// text or when libyaml cannot allocate its buffers. With `scanning`
    /// false, libyaml reads the text even when the scanner could (to
    /// compare the two); with `implicitStart`, the text is a whole YAML
    /// file, not a front matter (see `FrontMatterScanner.scan`).
    init?(_ bytes: UnsafeRawBufferPointer, scanning: Bool = true, implicitStart: Bool = false) {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), !bytes.isEmpty else { return nil }
        if scanning, let (events, decoded) = FrontMatterScanner.scan(UnsafeBufferPointer(start: base, count: bytes.count),
                                                                     implicitStart: implicitStart) {
            parser = nil
            scanned = events
            self.decoded = decoded
        } else {
            let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
            guard yaml_parser_initialize(parser) == 1 else {
                parser.deallocate()
                return nil
            }
            yaml_parser_set_input_string(parser, base, bytes.count)
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            self.parser = parser
            scanned = []
            decoded = nil
        }
        cursor = .allocate(capacity: 1)
        cursor.initialize(to: 0)
        current = .allocate(capacity: 1)
        current.initialize(to: yaml_event_t())
    }

    deinit {
        if let parser {
            yaml_event_delete(current)
            yaml_parser_delete(parser)
            parser.deallocate()
        }
        decoded?.deallocate()
        cursor.deallocate()
        current.deallocate()
    }

    /// Moves to the next event; false on a syntax error (the tree reader
    /// reports it) or after the stream's end.
    func next() -> Bool {
        if current.pointee.type == YAML_STREAM_END_EVENT { return false }
        guard let parser else {
            // The scanner's events end with the stream's end.
            current.pointee = scanned[cursor.pointee]
            cursor.pointee += 1
            return true
        }
        yaml_event_delete(current)
        // After an error libyaml "succeeds" with no event: that is no event.
        return yaml_parser_parse(parser, current) == 1 && current.pointee.type != YAML_NO_EVENT
    }

    var type: yaml_event_type_t { current.pointee.type }
    /// 1-based line of the current event's start.
    var line: Int { Int(current.pointee.start_mark.line) + 1 }
    /// 1-based column of the current event's start, in characters.
    var column: Int { Int(current.pointee.start_mark.column) + 1 }
    var isScalar: Bool { current.pointee.type == YAML_SCALAR_EVENT }

    /// The current scalar's text as UTF-8 (valid until `next()`).
    var scalarBytes: UnsafeBufferPointer<UInt8> {
        let scalar = current.pointee.data.scalar
        return UnsafeBufferPointer(start: scalar.value, count: scalar.value == nil ? 0 : scalar.length)
    }

    /// Whether the current scalar is YAML's null, as `YAMLNode.isNull`
    /// tells: plain, and empty, `~`, `null`, `Null` or `NULL`.
    var scalarIsNull: Bool {
        guard current.pointee.data.scalar.style == YAML_PLAIN_SCALAR_STYLE else { return false }
        let bytes = scalarBytes
        switch bytes.count {
        case 0: return true
        case 1: return bytes[0] == UInt8(ascii: "~")
        case 4: return bytes.equals("null") || bytes.equals("Null") || bytes.equals("NULL")
        default: return false
        }
    }

    /// The current scalar's text when it is a string (a scalar, not
    /// null), as UTF-8 valid until `next()`; else `nil`. What the event
    /// reader compares with the keys it knows, without making a `String`.
    var stringBytes: UnsafeBufferPointer<UInt8>? {
        isScalar && !scalarIsNull ? scalarBytes : nil
    }

    /// The current scalar, as the node tree would hold it.
    var scalar: YAMLNode {
        YAMLNode(content: .scalar(String(decoding: scalarBytes, as: UTF8.self),
                                  plain: current.pointee.data.scalar.style == YAML_PLAIN_SCALAR_STYLE),
                 line: line, column: column)
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether these bytes are `text`'s UTF-8.
    func equals(_ text: StaticString) -> Bool {
        guard count == text.utf8CodeUnitCount else { return false }
        return count == 0 || memcmp(baseAddress!, text.utf8Start, count) == 0
    }

    /// Whether these bytes are `other`'s, with `memcmp` (`elementsEqual`
    /// goes byte by byte through iterators).
    func equals(_ other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == other.count else { return false }
        return count == 0 || memcmp(baseAddress!, other.baseAddress!, count) == 0
    }
}
