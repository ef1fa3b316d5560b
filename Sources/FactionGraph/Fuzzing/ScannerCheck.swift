import CLibYAML

/// Compares `FrontMatterScanner`'s events with libyaml's for one text: the
/// fuzz target for articles runs it on every input, and the scanner's
/// tests on every article and on changes to them.
///
/// `package`, not public: for this package's fuzzers and tests only.
package enum ScannerCheck {
    /// How the scanner's events differ from libyaml's for `yaml` (a front
    /// matter, its opening `---` included); `nil` when the scanner leaves
    /// the text to libyaml or gives the same events, or when `yaml` is not
    /// UTF-8 (which the reader rejects before it scans). With
    /// `implicitStart`, `yaml` is a whole file, as a registry is read.
    package static func disagreement(_ yaml: UnsafeBufferPointer<UInt8>, implicitStart: Bool = false) -> String? {
        // The scanner reads what the reader gives it: valid UTF-8.
        guard SourceText.firstInvalidUTF8(in: yaml) == nil,
              let scanned = YAMLEventStream(UnsafeRawBufferPointer(yaml), implicitStart: implicitStart), scanned.isScanned,
              let parsed = YAMLEventStream(UnsafeRawBufferPointer(yaml), scanning: false) else { return nil }
        let mine = described(scanned)
        let libyaml = described(parsed)
        guard mine != libyaml else { return nil }
        let at = zip(mine, libyaml).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(mine.count, libyaml.count)
        func event(_ list: [String]) -> String { at < list.count ? list[at] : "(none)" }
        return "event \(at): the scanner gives \(event(mine)), libyaml \(event(libyaml))"
    }

    /// Whether the scanner reads `yaml` itself.
    package static func isScanned(_ yaml: UnsafeBufferPointer<UInt8>, implicitStart: Bool = false) -> Bool {
        YAMLEventStream(UnsafeRawBufferPointer(yaml), implicitStart: implicitStart)?.isScanned ?? false
    }

    /// Each event as far as a reader uses it: its type, where a node
    /// starts, a scalar's style and text, a collection's style, anchors
    /// and tags.
    static func described(_ stream: YAMLEventStream) -> [String] {
        var list: [String] = []
        while stream.next() {
            let event = stream.event
            let at = "\(event.start_mark.line + 1):\(event.start_mark.column + 1)"
            switch event.type {
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = String(decoding: stream.scalarBytes, as: UTF8.self)
                list.append("scalar \(at) style \(scalar.style.rawValue) \(String(reflecting: text))"
                            + " anchor \(scalar.anchor != nil) tag \(scalar.tag != nil)")
            case YAML_MAPPING_START_EVENT:
                let start = event.data.mapping_start
                list.append("map \(at) style \(start.style.rawValue) anchor \(start.anchor != nil) tag \(start.tag != nil)")
            case YAML_SEQUENCE_START_EVENT:
                let start = event.data.sequence_start
                list.append("list \(at) style \(start.style.rawValue) anchor \(start.anchor != nil) tag \(start.tag != nil)")
            default:
                list.append("event \(event.type.rawValue)")
            }
        }
        // A syntax error ends libyaml's events early.
        if stream.event.type != YAML_STREAM_END_EVENT { list.append("error") }
        return list
    }
}
