import CLibYAML

/// The events libyaml would give for the plainest front matter, found
/// without libyaml; `nil` for anything else, which libyaml then reads.
///
/// Why by hand: libyaml's scanner is general (every style, every
/// character, a token queue, a buffer it decodes into), and after the
/// event reader it was most of what `check` did: about 500 of 952 million
/// instructions for a 2,000-article corpus (callgrind, `check --threads
/// 1`), as much as the floor program, which only runs libyaml. Issue 13
/// asks for reading within 2x of that floor and `path` at 8x an
/// independent script, which no reader on top of libyaml can meet.
///
/// It takes only what a front matter written by hand or by a program
/// nearly always is, and gives up (returns `nil`) at the first thing
/// outside it, so libyaml still reads, and reports on, everything else:
/// - the text starts with a `---` line (a registry, read whole, with its
///   first line: `implicitStart`) and holds only spaces, line breaks
///   (`\n` or `\r\n`) and printable characters (no tab, other carriage
///   return, byte order mark, control character or Unicode line
///   separator);
/// - block maps and lists (a list may stand at its key's indentation),
///   keys written plain on one line;
/// - values on one line: plain, in quotes (double quotes with the escapes
///   `\"`, `\\`, `\/`, `\n`, `\t`; single quotes with `''`), or a map or
///   list in brackets holding such values;
/// - comments, blank lines.
///
/// No anchors, aliases, tags, block scalars, multi-line values, flow
/// collections nested or over several lines, documents after the first,
/// directives. Its events are compared with libyaml's (`ScannerCheck`)
/// for every front matter of the samples and test fixtures and for
/// thousands of edits of them (`FrontMatterScannerTests`), and for every
/// input of the front-matter fuzz target (`FuzzEntryPoints.article`).
///
/// The text must be valid UTF-8, which the reader checks first.
struct FrontMatterScanner {
    private let base: UnsafePointer<UInt8>
    private let count: Int
    /// The events found so far.
    private var events: [yaml_event_t] = []
    /// Where quoted values with escapes are written out; as long as the
    /// text, so it never grows (events point into it).
    private var decoded: UnsafeMutablePointer<UInt8>?
    private var decodedCount = 0
    /// The open block collections, outermost first.
    private var levels: [Level] = []
    private var line = 0
    private var lineStart = 0
    /// The last byte of the current line given a mark, and its column.
    private var counted = (index: 0, column: 0)
    /// A key whose value has not started yet: where libyaml puts the
    /// empty value it stands for if none comes (just after the colon).
    private var pendingValue: yaml_mark_t?
    /// The document starts on the first line, without `---` (see `scan`).
    private let implicitStart: Bool

    private struct Level {
        var isMapping: Bool
        /// The column of its keys or dashes.
        var indent: Int
        /// A list whose dashes stand at its key's indentation.
        var isIndentless: Bool
    }

    /// Scans `bytes`, which must outlive the events; `nil` when libyaml
    /// must read them. The caller frees `decoded` (when not `nil`).
    ///
    /// With `implicitStart`, the text is a whole YAML file (a registry)
    /// whose document starts without a `---` line; the events are those of
    /// such a document. (Its start event's position is not libyaml's, the
    /// first node's: no reader uses it.)
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, implicitStart: Bool = false)
        -> (events: [yaml_event_t], decoded: UnsafeMutablePointer<UInt8>?)? {
        guard let base = bytes.baseAddress, bytes.count >= 4 else { return nil }
        var scanner = FrontMatterScanner(base: base, count: bytes.count, implicitStart: implicitStart)
        scanner.events.reserveCapacity(bytes.count / 12)
        // An article's items nest five deep (its map, the relations, one
        // relation, its evidence, one quote): room made once, where
        // growing from empty took three allocations a file (0.8 % of
        // `path`'s instructions on the 10k corpus, callgrind).
        scanner.levels.reserveCapacity(8)
        guard scanner.scanDocument() else {
            scanner.decoded?.deallocate()
            return nil
        }
        return (scanner.events, scanner.decoded)
    }

    private init(base: UnsafePointer<UInt8>, count: Int, implicitStart: Bool) {
        self.base = base
        self.count = count
        self.implicitStart = implicitStart
    }

    // MARK: Characters

    /// Whether the lines from `start` to `end` (valid UTF-8) hold nothing
    /// that libyaml reads in a way of its own: bytes below space other than
    /// the line breaks `\n` and `\r\n` (tabs, a lone carriage return,
    /// controls), DEL, U+0080-U+009F (NEL is a line break to libyaml),
    /// U+2028 and U+2029 (line breaks too), U+FEFF (a byte order mark),
    /// U+FFFE and U+FFFF (not printable).
    ///
    /// Sixteen bytes at a time (SSE2, line feeds included), then eight,
    /// while they are printable ASCII: byte by byte, this check cost as
    /// much as the scanning (callgrind). Over the whole text at once rather
    /// than line by line, and going straight to the first byte a word
    /// marks, it took 56 instead of 90 million instructions on the 10k
    /// corpus (the lines' last partial words and the ASCII before each
    /// accent or line break went byte by byte); sixteen at a time, 47;
    /// with other characters' bytes passed sixteen at a time too, below.
    private func hasOnlyPlainCharacters(from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end {
            // Sixteen bytes at a time while all are printable ASCII (0x20
            // to 0x7E: less 0x20, below 0x5F), line feeds, or bytes of
            // other characters than the five above (SSE2). Those are told
            // by their first three bytes, which the vectors one and two
            // bytes on give; the others' bytes (Arabic, accents, curly
            // quotes) pass whole, where each sent the loop to the bytes
            // below: 48 of the scanner's 315 million instructions on the
            // 10k corpus.
            while index &+ 18 <= end {
                let bytes = ByteSearch.vector(at: base + index)
                let plain = (bytes &- ByteSearch.splat(0x20) .< ByteSearch.splat(0x5F)) .| (bytes .== ByteSearch.splat(0x0A))
                if all(plain) {
                    index &+= 16
                    continue
                }
                let next = ByteSearch.vector(at: base + (index &+ 1))
                let third = ByteSearch.vector(at: base + (index &+ 2))
                // C2 80-9F, E2 80 A8-A9, EF BB BF, EF BF BE-BF.
                let c1Control = (bytes .== ByteSearch.splat(0xC2)) .& (next .< ByteSearch.splat(0xA0))
                let lineSeparator = (bytes .== ByteSearch.splat(0xE2)) .& (next .== ByteSearch.splat(0x80))
                    .& ((third .== ByteSearch.splat(0xA8)) .| (third .== ByteSearch.splat(0xA9)))
                let special = (bytes .== ByteSearch.splat(0xEF))
                    .& (((next .== ByteSearch.splat(0xBB)) .& (third .== ByteSearch.splat(0xBF)))
                        .| ((next .== ByteSearch.splat(0xBF)) .& (third .>= ByteSearch.splat(0xBE))))
                let otherCharacter = (bytes .>= ByteSearch.splat(0x80)) .& .!(c1Control .| lineSeparator .| special)
                guard all(plain .| otherCharacter) else { break }
                index &+= 16
            }
            if index == end { break }
            if index &+ 8 <= end {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let ones: UInt64 = 0x0101_0101_0101_0101
                let highBits = ones &* 0x80
                let belowSpace = (word &- ones &* 0x20) & ~word
                let isDEL = ByteSearch.matches(of: 0x7F, in: word)
                // The lowest byte marked is the first that is not
                // printable ASCII (a borrow can only mark bytes above it):
                // the ones before it need no second look.
                let marked = (word | belowSpace | isDEL) & highBits
                if marked == 0 {
                    index &+= 8
                    continue
                }
                index &+= marked.trailingZeroBitCount &>> 3
            }
            let byte = base[index]
            index += 1
            if byte >= 0x20 && byte < 0x7F { continue }
            if byte == 0x0A || byte == 0x0D && index < end && base[index] == 0x0A { continue }
            guard byte >= 0x80 else { return false }
            let next = index < end ? base[index] : 0
            let third = index + 1 < end ? base[index + 1] : 0
            switch byte {
            case 0xC2 where next < 0xA0: return false
            case 0xE2 where next == 0x80 && (third == 0xA8 || third == 0xA9): return false
            case 0xEF where next == 0xBB && third == 0xBF || next == 0xBF && third >= 0xBE: return false
            default:
                // Past the character's continuation bytes (valid UTF-8).
                index = min(end, index + (byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0))
            }
        }
        return true
    }

    /// Whether byte `index` ends a token: a space, or the end of the line
    /// that ends at `end`.
    private func isBlankOrEnd(_ index: Int, _ end: Int) -> Bool {
        index >= end || base[index] == 0x20
    }

    /// Whether a value can start with `byte` when plain: none of YAML's
    /// indicators (`-`, `?` and `:` may start one when a letter follows,
    /// but such values are rare enough to leave to libyaml).
    private static func canStartPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
             UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
             UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), 0x20, 0x0A: false
        default: true
        }
    }

    /// The first index from `index` that is not a space, at most `end`.
    private func skipSpaces(_ index: Int, _ end: Int) -> Int {
        var index = index
        while index < end, base[index] == 0x20 { index += 1 }
        return index
    }

    // MARK: Events

    /// Where byte `index` of the current line stands, as libyaml marks it:
    /// 0-based line, and column in characters. Asked in increasing order
    /// along a line, so the characters are counted once.
    private mutating func mark(_ index: Int) -> yaml_mark_t {
        if index < counted.index { counted = (lineStart, 0) }
        var column = counted.column
        for offset in counted.index..<index where base[offset] & 0xC0 != 0x80 { column += 1 }
        counted = (index, column)
        return yaml_mark_t(index: index, line: line, column: column)
    }

    /// An event of `type` that starts and ends at `mark`, its data empty.
    private static func event(_ type: yaml_event_type_t, at mark: yaml_mark_t) -> yaml_event_t {
        var event = yaml_event_t()
        event.type = type
        event.start_mark = mark
        event.end_mark = mark
        return event
    }

    private mutating func append(_ type: yaml_event_type_t, at mark: yaml_mark_t) {
        events.append(Self.event(type, at: mark))
    }

    private mutating func appendScalar(_ start: UnsafePointer<UInt8>, _ length: Int, style: yaml_scalar_style_t,
                                       at mark: yaml_mark_t) {
        var event = Self.event(YAML_SCALAR_EVENT, at: mark)
        event.data.scalar.value = UnsafeMutablePointer(mutating: start)
        event.data.scalar.length = length
        event.data.scalar.plain_implicit = style == YAML_PLAIN_SCALAR_STYLE ? 1 : 0
        event.data.scalar.quoted_implicit = style == YAML_PLAIN_SCALAR_STYLE ? 0 : 1
        event.data.scalar.style = style
        events.append(event)
    }

    private mutating func appendStart(mapping: Bool, flow: Bool, at mark: yaml_mark_t) {
        var event = Self.event(mapping ? YAML_MAPPING_START_EVENT : YAML_SEQUENCE_START_EVENT, at: mark)
        if mapping {
            event.data.mapping_start.implicit = flow ? 0 : 1
            event.data.mapping_start.style = flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE
        } else {
            event.data.sequence_start.implicit = flow ? 0 : 1
            event.data.sequence_start.style = flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE
        }
        events.append(event)
    }

    /// Opens a block collection whose first key or dash is at `index`.
    private mutating func open(mapping: Bool, at index: Int, indentless: Bool = false) {
        appendStart(mapping: mapping, flow: false, at: mark(index))
        // Only spaces and dashes stand before it: bytes are columns.
        levels.append(Level(isMapping: mapping, indent: index - lineStart, isIndentless: indentless))
    }

    private mutating func close(at index: Int) {
        let level = levels.removeLast()
        append(level.isMapping ? YAML_MAPPING_END_EVENT : YAML_SEQUENCE_END_EVENT, at: mark(index))
    }

    // MARK: Block structure

    /// The whole text: a `---` line, then one block map.
    private mutating func scanDocument() -> Bool {
        var index = 0
        if !implicitStart {
            let first = lineEnd(from: 0)
            guard base[0] == UInt8(ascii: "-"), base[1] == UInt8(ascii: "-"), base[2] == UInt8(ascii: "-"),
                  first.end == 3 else { return false }
            index = first.next
            line = 1
        }
        let start = yaml_mark_t(index: 0, line: 0, column: 0)
        append(YAML_STREAM_START_EVENT, at: start)
        append(YAML_DOCUMENT_START_EVENT, at: start)
        guard hasOnlyPlainCharacters(from: index, to: count) else { return false }
        while index < count {
            lineStart = index
            counted = (index, 0)
            let (end, next) = lineEnd(from: index)
            let content = skipSpaces(index, end)
            // Blank lines and comments change nothing.
            if content < end, base[content] != UInt8(ascii: "#") {
                guard scanLine(at: content, end: end) else { return false }
            }
            index = next
            line += 1
        }
        lineStart = count
        counted = (count, 0)
        guard !levels.isEmpty else { return false }
        if let pendingValue {
            appendScalar(base, 0, style: YAML_PLAIN_SCALAR_STYLE, at: pendingValue)
        }
        while !levels.isEmpty { close(at: count) }
        append(YAML_DOCUMENT_END_EVENT, at: mark(count))
        append(YAML_STREAM_END_EVENT, at: mark(count))
        return true
    }

    /// Where the line that starts at `index` ends (before its `\n` or
    /// `\r\n`: libyaml reads both as one line break) and the next starts.
    private func lineEnd(from index: Int) -> (end: Int, next: Int) {
        guard let found = memchr(base + index, 0x0A, count - index) else { return (count, count) }
        let end = UnsafeRawPointer(found) - UnsafeRawPointer(base)
        return (end > index && base[end - 1] == 0x0D ? end - 1 : end, end + 1)
    }

    /// A line whose first character, not a space or `#`, is at `start`.
    private mutating func scanLine(at start: Int, end: Int) -> Bool {
        let indent = start - lineStart
        if indent == 0, end - start >= 3, isBlankOrEnd(start + 3, end),
           base[start] == UInt8(ascii: "-") && base[start + 1] == UInt8(ascii: "-") && base[start + 2] == UInt8(ascii: "-")
            || base[start] == UInt8(ascii: ".") && base[start + 1] == UInt8(ascii: ".") && base[start + 2] == UInt8(ascii: ".") {
            return false  // a document's start or end
        }
        let isDash = base[start] == UInt8(ascii: "-") && isBlankOrEnd(start + 1, end)
        if let pending = pendingValue {
            pendingValue = nil
            let top = levels[levels.count - 1]
            if indent > top.indent {
                open(mapping: !isDash, at: start)
                return scanEntry(at: start, end: end, isDash: isDash)
            }
            if indent == top.indent, top.isMapping, isDash {
                open(mapping: false, at: start, indentless: true)
                return scanEntry(at: start, end: end, isDash: isDash)
            }
            appendScalar(base, 0, style: YAML_PLAIN_SCALAR_STYLE, at: pending)
        } else if levels.isEmpty {
            // The root: a map (past its end, `levels` is never empty again).
            guard events.count == 2 else { return false }
            open(mapping: true, at: start)
            return scanEntry(at: start, end: end, isDash: isDash)
        }
        while let top = levels.last,
              indent < top.indent || top.isIndentless && indent == top.indent && !isDash {
            close(at: start)
        }
        // More indented than its collection: a value over several lines.
        guard let top = levels.last, top.indent == indent else { return false }
        return scanEntry(at: start, end: end, isDash: isDash)
    }

    /// A key and its value, or a dash and its item, at `start`, in the
    /// innermost collection, which stands at `start`'s column.
    private mutating func scanEntry(at start: Int, end: Int, isDash: Bool) -> Bool {
        guard !levels[levels.count - 1].isMapping else {
            return !isDash && scanKeyAndValue(at: start, end: end)
        }
        guard isDash else { return false }
        let item = skipSpaces(start + 1, end)
        // A dash alone, or before another dash: a nested block.
        guard item < end, base[item] != UInt8(ascii: "#"),
              !(base[item] == UInt8(ascii: "-") && isBlankOrEnd(item + 1, end)) else { return false }
        if plainKey(at: item, end: end) != nil {
            open(mapping: true, at: item)
            return scanKeyAndValue(at: item, end: end)
        }
        return scanValue(at: item, end: end)
    }

    /// A plain key at `start` and what follows its colon.
    private mutating func scanKeyAndValue(at start: Int, end: Int) -> Bool {
        guard let (length, colon) = plainKey(at: start, end: end) else { return false }
        appendScalar(base + start, length, style: YAML_PLAIN_SCALAR_STYLE, at: mark(start))
        let value = skipSpaces(colon + 1, end)
        if value == end || base[value] == UInt8(ascii: "#") {
            // The value is on the lines below, or empty.
            pendingValue = mark(colon + 1)
            return true
        }
        return scanValue(at: value, end: end)
    }

    /// The length of the plain key at `start` and the index of its colon,
    /// when the line holds one (a colon before a space or the line's end,
    /// no comment before it).
    private func plainKey(at start: Int, end: Int) -> (length: Int, colon: Int)? {
        guard Self.canStartPlain(base[start]) else { return nil }
        let (index, isColon) = plainEnd(from: start + 1, to: end)
        guard isColon else { return nil }
        var last = index
        while base[last - 1] == 0x20 { last -= 1 }
        // libyaml's limit for a key on one line is 1,024 characters.
        return index - start < 1_000 ? (last - start, index) : nil
    }

    /// Where a plain scalar that goes on at `start` stops on its line: at
    /// `: ` or a colon ending the line (`isColon`), at ` #`, or at `end`.
    private func plainEnd(from start: Int, to end: Int) -> (index: Int, isColon: Bool) {
        var index = start
        while true {
            index = colonOrHash(from: index, to: end)
            guard index < end else { return (end, false) }
            let byte = base[index]
            if byte == UInt8(ascii: ":"), index + 1 == end || base[index + 1] == 0x20 { return (index, true) }
            if byte == UInt8(ascii: "#"), base[index - 1] == 0x20 { return (index, false) }
            index += 1
        }
    }

    /// The first `:` or `#` from `start` on, or `end` without one: the
    /// only bytes that can end a plain key or value on its line. Sixteen,
    /// then eight bytes at a time: plain values (quotes, mostly) are most of a front
    /// matter, and going byte by byte through them was a sixth of the
    /// scanner's instructions (callgrind, 10k corpus).
    private func colonOrHash(from start: Int, to end: Int) -> Int {
        var index = start
        // Sixteen bytes at a time first (SSE2), then the word with the byte.
        while index &+ 16 <= end {
            let bytes = ByteSearch.vector(at: base + index)
            if any((bytes .== ByteSearch.splat(UInt8(ascii: ":"))) .| (bytes .== ByteSearch.splat(UInt8(ascii: "#")))) { break }
            index &+= 16
        }
        while index &+ 8 <= end {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let found = ByteSearch.matches(of: UInt8(ascii: ":"), in: word) | ByteSearch.matches(of: UInt8(ascii: "#"), in: word)
            if found != 0 { return index &+ found.trailingZeroBitCount &>> 3 }
            index &+= 8
        }
        while index < end, base[index] != UInt8(ascii: ":"), base[index] != UInt8(ascii: "#") { index += 1 }
        return index
    }

    // MARK: Values

    /// A value at `start` that ends the line: plain, quoted, or in brackets.
    private mutating func scanValue(at start: Int, end: Int) -> Bool {
        let after: Int
        switch base[start] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            guard let quoted = scanQuoted(at: start, end: end) else { return false }
            after = quoted
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard let flow = scanFlow(at: start, end: end) else { return false }
            after = flow
        default:
            guard Self.canStartPlain(base[start]) else { return false }
            let (index, isColon) = plainEnd(from: start + 1, to: end)
            // libyaml: "mapping values are not allowed in this context".
            guard !isColon else { return false }
            // Without its trailing spaces (the line has no other white
            // space: tabs are left to libyaml).
            var last = index
            while last > start + 1, base[last - 1] == 0x20 { last -= 1 }
            appendScalar(base + start, last - start, style: YAML_PLAIN_SCALAR_STYLE, at: mark(start))
            return true
        }
        let rest = skipSpaces(after, end)
        return rest == end || base[rest] == UInt8(ascii: "#") && rest > after
    }

    /// A value in quotes at `start`, on one line; the index after its
    /// closing quote.
    private mutating func scanQuoted(at start: Int, end: Int) -> Int? {
        let quote = base[start]
        let isDouble = quote == UInt8(ascii: "\"")
        var index = start + 1
        var isEscaped = false
        while index < end {
            let byte = base[index]
            if byte == quote {
                guard !isDouble, index + 1 < end, base[index + 1] == quote else { break }
                isEscaped = true
                index += 2
            } else if byte == UInt8(ascii: "\\"), isDouble {
                isEscaped = true
                index += 2
            } else {
                index += 1
            }
        }
        guard index < end else { return nil }  // not closed on this line
        let style = isDouble ? YAML_DOUBLE_QUOTED_SCALAR_STYLE : YAML_SINGLE_QUOTED_SCALAR_STYLE
        let at = mark(start)
        guard isEscaped else {
            appendScalar(base + start + 1, index - start - 1, style: style, at: at)
            return index + 1
        }
        guard let text = unescape(from: start + 1, to: index, double: isDouble) else { return nil }
        appendScalar(text.start, text.length, style: style, at: at)
        return index + 1
    }

    /// The text between `start` and `end` with its escapes replaced,
    /// written at the end of `decoded`; `nil` for an escape left to libyaml.
    private mutating func unescape(from start: Int, to end: Int, double: Bool) -> (start: UnsafePointer<UInt8>, length: Int)? {
        if decoded == nil { decoded = .allocate(capacity: count) }
        let output = decoded! + decodedCount
        var index = start
        var written = 0
        while index < end {
            var byte = base[index]
            if double, byte == UInt8(ascii: "\\") {
                switch base[index + 1] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): byte = base[index + 1]
                case UInt8(ascii: "n"): byte = 0x0A
                case UInt8(ascii: "t"): byte = 0x09
                default: return nil
                }
                index += 1
            } else if !double, byte == UInt8(ascii: "'") {
                index += 1  // the first of two
            }
            output[written] = byte
            written += 1
            index += 1
        }
        decodedCount += written
        return (UnsafePointer(output), written)
    }

    /// A map or list in brackets at `start`, closed on its line, of plain
    /// or quoted values; the index after its closing bracket.
    private mutating func scanFlow(at start: Int, end: Int) -> Int? {
        let isMapping = base[start] == UInt8(ascii: "{")
        let closing = isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
        appendStart(mapping: isMapping, flow: true, at: mark(start))
        var index = skipSpaces(start + 1, end)
        guard index < end else { return nil }
        if base[index] != closing {
            while true {
                guard let key = scanFlowScalar(at: index, end: end, isKey: isMapping) else { return nil }
                index = skipSpaces(key, end)
                if isMapping {
                    guard index + 1 < end, base[index] == UInt8(ascii: ":"), base[index + 1] == 0x20,
                          let value = scanFlowScalar(at: skipSpaces(index + 1, end), end: end, isKey: false) else { return nil }
                    index = skipSpaces(value, end)
                }
                guard index < end, base[index] == UInt8(ascii: ",") else { break }
                index = skipSpaces(index + 1, end)
                // A comma before the bracket: left to libyaml.
                guard index < end, base[index] != closing else { return nil }
            }
        }
        guard index < end, base[index] == closing else { return nil }
        append(isMapping ? YAML_MAPPING_END_EVENT : YAML_SEQUENCE_END_EVENT, at: mark(index))
        return index + 1
    }

    /// A plain or quoted value in brackets at `start`; the index after it.
    private mutating func scanFlowScalar(at start: Int, end: Int, isKey: Bool) -> Int? {
        guard start < end else { return nil }
        if base[start] == UInt8(ascii: "\"") || base[start] == UInt8(ascii: "'") {
            return scanQuoted(at: start, end: end)
        }
        guard Self.canStartPlain(base[start]) else { return nil }
        var index = start + 1
        var last = index
        while index < end {
            let byte = base[index]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") { break }
            if byte == UInt8(ascii: ":") {
                // Before a space it ends a key; anywhere else libyaml's
                // versions differ.
                guard index + 1 < end, base[index + 1] == 0x20 else { return nil }
                break
            }
            if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") { return nil }
            index += 1
            if byte != 0x20 { last = index }
        }
        guard index < end, !isKey || last - start < 1_000 else { return nil }
        appendScalar(base + start, last - start, style: YAML_PLAIN_SCALAR_STYLE, at: mark(start))
        return index
    }
}
