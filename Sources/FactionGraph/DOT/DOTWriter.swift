/// Writes DOT as UTF-8 bytes: quoting and escaping byte by byte, no
/// intermediate strings (diagrams of 10^4 relations run to tens of
/// megabytes).
public struct DOTWriter {
    /// The bytes; shared by copies of a writer until one writes (copy on
    /// write, as an array).
    private var storage: ByteStorage
    /// True once an attribute list is open: the next attribute is written
    /// after `, `, not ` [`.
    private var listOpen = false

    public init(capacity: Int = 0) { storage = ByteStorage(capacity: capacity) }

    /// The bytes written.
    public var bytes: [UInt8] { storage.array }

    public var text: String {
        withExtendedLifetime(storage) {
            String(decoding: UnsafeBufferPointer(start: storage.base, count: storage.count), as: UTF8.self)
        }
    }

    var isEmpty: Bool { storage.count == 0 }

    @inline(__always)
    private mutating func append(_ source: UnsafePointer<UInt8>, count: Int) {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        storage.append(source, count: count)
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        storage.append(byte)
    }

    @inline(__always)
    public mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { append($0.baseAddress!, count: $0.count) }
    }

    /// `text` as it is. (Not `raw(_:)`: a string literal would pick a
    /// `String` overload over `StaticString`'s, and the slower copy.)
    public mutating func raw(contentsOf text: String) {
        var text = text
        text.withUTF8 { if let base = $0.baseAddress { append(base, count: $0.count) } }
    }

    /// Bytes written as they are (already escaped).
    mutating func raw(_ other: [UInt8]) {
        other.withUnsafeBufferPointer { if let base = $0.baseAddress { append(base, count: $0.count) } }
    }

    /// What `other` wrote, as it is.
    mutating func raw(_ other: DOTWriter) {
        withExtendedLifetime(other.storage) { append(other.storage.base, count: other.storage.count) }
    }

    /// What `first` and then `second` wrote, as one array: one copy of
    /// each.
    static func joined(_ first: DOTWriter, _ second: DOTWriter) -> [UInt8] {
        let a = first.storage, b = second.storage
        return [UInt8](unsafeUninitializedCapacity: a.count + b.count) { buffer, initialized in
            let base = UnsafeMutableRawPointer(buffer.baseAddress!)
            base.copyMemory(from: a.base, byteCount: a.count)
            (base + a.count).copyMemory(from: b.base, byteCount: b.count)
            initialized = a.count + b.count
        }
    }

    mutating func reserve(_ capacity: Int) {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        storage.reserve(capacity)
    }

    /// Empties the writer, keeping its storage (a scratch buffer reused per
    /// edge).
    mutating func reset() {
        if isKnownUniquelyReferenced(&storage) { storage.removeAll() } else { storage = ByteStorage(capacity: 0) }
        listOpen = false
    }

    /// `text` quoted as `DOTText.quoted` does.
    public mutating func quoted(_ text: String) {
        append(UInt8(ascii: "\""))
        escaped(text)
        append(UInt8(ascii: "\""))
    }

    /// `text` escaped for the inside of quotes: `\` and `"` escaped, a line
    /// break written `\n`, a carriage return dropped, `&` written `&amp;`.
    /// Runs without such a character are copied whole; so is a whole text
    /// without one (most are).
    mutating func escaped(_ text: String) {
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ escaped($0) }) { return done }
        var text = text
        text.withUTF8 { escaped($0) }
    }

    private mutating func escaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress else { return }
        let count = utf8.count
        var runStart = 0
        var index = 0
        while index < count {
            // Eight bytes at a time while none needs escaping: quotes and
            // titles are most of a diagram, and this loop was a fifth of
            // writing it byte by byte.
            var end = index + 1
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if !Self.mayNeedEscape(word) {
                    index += 8
                    continue
                }
                end = index + 8
            }
            while index < end {
                let byte = base[index]
                if Self.needsEscape(byte) {
                    append(base + runStart, count: index - runStart)
                    runStart = index + 1
                    switch byte {
                    case UInt8(ascii: "\\"): raw("\\\\")
                    case UInt8(ascii: "\""): raw("\\\"")
                    case UInt8(ascii: "&"): raw("&amp;")
                    case 0x0A: raw("\\n")
                    default: break
                    }
                }
                index += 1
            }
        }
        append(base + runStart, count: count - runStart)
    }

    /// Line feed, carriage return, `"` and `&` (bits of a mask below 64),
    /// and `\`: one shift and test for most bytes.
    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        let mask: UInt64 = 1 << 0x0A | 1 << 0x0D | 1 << 0x22 | 1 << 0x26
        return byte < 64 ? mask >> UInt64(byte) & 1 != 0 : byte == UInt8(ascii: "\\")
    }

    /// False when none of the eight bytes of `word` needs escaping (true
    /// may also mean a byte just after one that does): a zero byte of
    /// `word` XOR the character repeated, found by the borrow trick.
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        @inline(__always) func zeroByte(_ character: UInt8) -> UInt64 { ByteSearch.matches(of: character, in: word) }
        return zeroByte(0x0A) | zeroByte(0x0D) | zeroByte(UInt8(ascii: "\"")) | zeroByte(UInt8(ascii: "&"))
            | zeroByte(UInt8(ascii: "\\")) != 0
    }

    /// `text` quoted as `DOTText.quotedRaw` does: no entity escaping, line
    /// breaks as spaces.
    mutating func quotedRaw(_ text: String) {
        append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): raw("\\\\")
            case UInt8(ascii: "\""): raw("\\\"")
            case 0x0A, 0x0D: append(UInt8(ascii: " "))
            default: append(byte)
            }
        }
        append(UInt8(ascii: "\""))
    }

    /// A number in decimal.
    mutating func int(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var divisor: UInt = 1
        while magnitude / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        }
    }

    /// A date as `PartialDate.description` writes it: `2018`, `2018-02`,
    /// `2018-02-27` (a year from 1 to 9999), appended at once.
    mutating func date(_ date: PartialDate) {
        func digit(_ value: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10) }
        let year = date.year
        var text: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), UInt8(ascii: "-"), 0, 0,
             UInt8(ascii: "-"), 0, 0)
        var count = 4
        if let month = date.month {
            text.5 = digit(month / 10)
            text.6 = digit(month)
            count = 7
        }
        if let day = date.day {
            text.8 = digit(day / 10)
            text.9 = digit(day)
            count = 10
        }
        withUnsafeBytes(of: &text) { append($0.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count) }
    }

    // MARK: Attribute lists

    /// ` [name="value", ...]` for the non-empty attributes, or nothing.
    public mutating func attributes(_ attributes: DOTAttributes) {
        for (name, value) in attributes.pairs where !value.isEmpty {
            openAttribute(name)
            escaped(value)
            closeAttribute()
        }
        for (name, value) in attributes.rawPairs {
            separate()
            raw(contentsOf: name)
            append(UInt8(ascii: "="))
            raw(contentsOf: value)
        }
        closeAttributes()
    }

    /// The separator before an attribute: ` [` for the first of a list,
    /// `, ` after it.
    private mutating func separate() {
        raw(listOpen ? ", " : " [")
        listOpen = true
    }

    /// `name="`, after the separator; the value follows, escaped, then
    /// `closeAttribute`.
    mutating func openAttribute(_ name: StaticString) {
        separate()
        raw(name)
        raw("=\"")
    }

    mutating func openAttribute(_ name: String) {
        separate()
        raw(contentsOf: name)
        raw("=\"")
    }

    mutating func closeAttribute() { append(UInt8(ascii: "\"")) }

    /// `name="value"` with `value` escaped already; nothing for an empty
    /// value (as `attributes` skips empty values).
    mutating func attribute(_ name: StaticString, escaped value: [UInt8]) {
        guard !value.isEmpty else { return }
        openAttribute(name)
        raw(value)
        closeAttribute()
    }

    /// `name="value"` with `value` what a scratch writer escaped; nothing
    /// for an empty value.
    mutating func attribute(_ name: StaticString, escaped value: DOTWriter) {
        guard !value.isEmpty else { return }
        openAttribute(name)
        raw(value)
        closeAttribute()
    }

    /// `name="value"` for a constant value that needs no escaping.
    mutating func attribute(_ name: StaticString, _ value: StaticString) {
        openAttribute(name)
        raw(value)
        closeAttribute()
    }

    /// `name=value`, the value written as it is (already quoted).
    mutating func rawAttribute(_ name: StaticString, _ value: [UInt8]) {
        separate()
        raw(name)
        append(UInt8(ascii: "="))
        raw(value)
    }

    /// The `]` that ends an attribute list, if one was opened.
    mutating func closeAttributes() {
        if listOpen { append(UInt8(ascii: "]")) }
        listOpen = false
    }
}
