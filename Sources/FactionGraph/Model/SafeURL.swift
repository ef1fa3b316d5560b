/// Article addresses as diagrams may carry them.
///
/// Graphviz copies an `URL` attribute into SVG without escaping it: a `"` in
/// an article's `url` would inject markup, and a bare `&` makes invalid XML.
/// So only http(s) addresses are linked, and they are encoded first.
public enum SafeURL {
    /// `text` as a safe http(s) address: characters that could break out of
    /// an XML attribute or a DOT string percent-encoded, `&` written `&amp;`.
    /// `nil` when `text` is not an http(s) address with a host.
    public static func httpURL(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace
        let lower = trimmed.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lower.hasPrefix($0) }) else { return nil }
        let rest = trimmed.dropFirst(scheme.count)
        // A host: the first non-empty part between slashes, so any
        // character but a slash (without splitting into an array).
        guard rest.utf8.contains(where: { $0 != UInt8(ascii: "/") }) else { return nil }
        // Bytes, then one string: appending to a string byte by byte made
        // this a tenth of the time of writing a large diagram.
        var encoded = Array(scheme.utf8)
        encoded.reserveCapacity(scheme.utf8.count + rest.utf8.count)
        let hex: StaticString = "0123456789ABCDEF"
        for byte in rest.utf8 {
            switch byte {
            case UInt8(ascii: "&"):
                encoded.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"),
                 UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "^"),
                 ...0x20, 0x7F...:
                encoded.append(UInt8(ascii: "%"))
                hex.withUTF8Buffer { digits in
                    encoded.append(digits[Int(byte >> 4)])
                    encoded.append(digits[Int(byte & 0xF)])
                }
            default:
                encoded.append(byte)
            }
        }
        return String(decoding: encoded, as: UTF8.self)
    }
}

extension SafeURL {
    /// Whether `httpURL(text)` is an address, answered without encoding
    /// it when `text` plainly starts with `http://` or `https://` and a
    /// host (the reader asks this of every article's `url`).
    static func isHTTPURL(_ text: String) -> Bool {
        let bytes = Array(text.utf8.prefix(9))
        func lower(_ index: Int) -> UInt8 {
            guard index < bytes.count else { return 0 }
            let byte = bytes[index]
            return byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
        }
        func matches(_ word: String, at start: Int) -> Bool {
            word.utf8.enumerated().allSatisfy { lower(start + $0.offset) == $0.element }
        }
        let schemeLength = matches("https://", at: 0) ? 8 : matches("http://", at: 0) ? 7 : 0
        // The host's first character: ASCII and not a '/' (a combining
        // mark or anything unusual takes the full check).
        if schemeLength > 0, schemeLength < bytes.count, bytes[schemeLength] < 0x80,
           bytes[schemeLength] > 0x20, bytes[schemeLength] != UInt8(ascii: "/") {
            return true
        }
        return httpURL(text) != nil
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
