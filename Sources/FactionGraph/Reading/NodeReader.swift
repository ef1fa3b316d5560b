/// Reads typed values out of YAML nodes of one file, recording a located
/// diagnostic for everything that does not fit.
struct NodeReader {
    let path: String
    private(set) var diagnostics = Diagnostics()

    /// The diagnostics of one file, with their errors counted as they come:
    /// a parser asks for the count before and after each relation, and
    /// counting them all each time made 60,000 bad relations take 6 s.
    struct Diagnostics {
        private(set) var list: [Diagnostic] = []
        private(set) var errorCount = 0

        mutating func append(_ diagnostic: Diagnostic) {
            list.append(diagnostic)
            if diagnostic.severity == .error { errorCount += 1 }
        }

        static func += (lhs: inout [Diagnostic], rhs: Diagnostics) {
            lhs += rhs.list
        }
    }

    init(path: String) { self.path = path }

    func location(_ node: YAMLNode) -> SourceLocation {
        SourceLocation(path: path, line: node.line, column: node.column)
    }

    /// Where a value is at fault: the value itself, or its key when the
    /// value is missing (`key:` with nothing after it).
    func location(of pair: YAMLNode.Pair) -> SourceLocation {
        location(pair.value.isNull ? pair.key : pair.value)
    }

    mutating func error(_ node: YAMLNode, _ message: String) {
        diagnostics.append(.error(location(node), message))
    }

    mutating func error(_ location: SourceLocation, _ message: String) {
        diagnostics.append(.error(location, message))
    }

    mutating func warning(_ location: SourceLocation, _ message: String) {
        diagnostics.append(.warning(location, message))
    }

    /// The pairs of a mapping whose keys are all strings; `nil` (with an
    /// error) when `node` is not a mapping.
    mutating func mapping(_ node: YAMLNode, _ what: String) -> [(key: String, pair: YAMLNode.Pair)]? {
        guard let pairs = node.pairs else {
            error(node, "\(what) must be a map of keys to values, not \(node.kindDescription)")
            return nil
        }
        var result: [(key: String, pair: YAMLNode.Pair)] = []
        for pair in pairs {
            guard let key = pair.key.string else {
                error(pair.key, "a key in \(what) must be a plain name, not \(pair.key.kindDescription)")
                continue
            }
            result.append((key, pair))
        }
        return result
    }

    /// Reports a key that is not one of `allowed`, suggesting the closest.
    mutating func unknownKey(_ key: String, _ node: YAMLNode, in what: String, allowed: [String]) {
        var message = "unknown key '\(key)' in \(what)"
        if let guess = closest(to: key, in: allowed) {
            message += "; did you mean '\(guess)'?"
        } else {
            message += " (expected \(allowed.joined(separator: ", ")))"
        }
        error(node, message)
    }

    /// A non-empty string value, or `nil` with an error.
    mutating func string(_ pair: YAMLNode.Pair, _ key: String) -> String? {
        guard let text = pair.value.string else {
            error(location(of: pair), "'\(key)' must be a string, not \(pair.value.kindDescription)")
            return nil
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            error(location(of: pair), "'\(key)' is empty")
            return nil
        }
        return text
    }

    /// A date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or `nil` with an error.
    mutating func date(_ pair: YAMLNode.Pair, _ key: String) -> PartialDate? {
        guard let text = pair.value.string else {
            error(location(of: pair), "'\(key)' must be a date (YYYY, YYYY-MM or YYYY-MM-DD), not \(pair.value.kindDescription)")
            return nil
        }
        guard let date = PartialDate(parsing: text.trimmingWhitespace) else {
            error(pair.value, "'\(key)' is not a valid date: '\(text)' (expected YYYY, YYYY-MM or YYYY-MM-DD)")
            return nil
        }
        return date
    }

    /// One of an enumeration's raw values, or `nil` with an error listing them.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ pair: YAMLNode.Pair, _ key: String, _ type: T.Type) -> T?
    where T.RawValue == String {
        let allowed = T.allCases.map(\.rawValue)
        guard let text = pair.value.string, let value = T(rawValue: text) else {
            let shown = pair.value.string.map { "'\($0)'" } ?? pair.value.kindDescription
            error(location(of: pair), "'\(key)' must be one of \(allowed.joined(separator: ", ")), not \(shown)")
            return nil
        }
        return value
    }
}

extension String {
    /// Whether a character of the string is not white space, as
    /// `!allSatisfy(\.isWhitespace)`; decided on the first byte when it is
    /// ASCII (no character that starts with an ASCII byte other than the
    /// white space ones is white space).
    var hasNonWhitespace: Bool {
        if let first = utf8.first, first < 0x80, first != 0x20, !(first >= 0x09 && first <= 0x0D) { return true }
        return !allSatisfy(\.isWhitespace)
    }

    /// The string without leading and trailing white space.
    var trimmingWhitespace: String {
        // Fast path on the bytes in place: ASCII white space at the ends,
        // ASCII text next to it (a Unicode space such as U+00A0 takes the
        // slow path). Through `String.UTF8View` indices, this was 290
        // instructions a call, 2 % of reading a corpus (callgrind, 10k).
        let fast = utf8.withContiguousStorageIfAvailable { bytes -> String? in
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
            var start = 0
            var end = bytes.count
            while start < end, isSpace(bytes[start]) { start += 1 }
            while end > start, isSpace(bytes[end - 1]) { end -= 1 }
            if start == end { return "" }
            guard bytes[start] < 0x80, bytes[end - 1] < 0x80 else { return nil }
            if start == 0 && end == bytes.count { return self }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        if let fast, let trimmed = fast { return trimmed }
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
