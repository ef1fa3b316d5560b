/// Compact JSON, written by hand for the explorer page: fields in a fixed
/// order, and text safe inside an HTML `<script>` element.
///
/// Article text is data, never markup: `<`, `>` and `&` are written as
/// `\u003c`, `\u003e` and `\u0026`, so no title, name or quote can close
/// the `<script type="application/json">` element that holds the data
/// (`</script>`), open a comment (`<!--`) or end a CDATA section (`]]>`).
/// U+2028 and U+2029 are escaped too, for any reader that takes the JSON
/// for JavaScript.
enum JSONText {
    /// A JSON string literal of `value`.
    static func string(_ value: String) -> String {
        // On UTF-8 bytes: most text needs no escape at all, and this runs
        // for every name, title and quote of a corpus.
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(value.utf8.count + 2)
        let hex = Array("0123456789abcdef".utf8)
        var bytes = value.utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: "\""): out += [0x5C, 0x22]
            case UInt8(ascii: "\\"): out += [0x5C, 0x5C]
            case UInt8(ascii: "\n"): out += [0x5C, UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): out += [0x5C, UInt8(ascii: "r")]
            case UInt8(ascii: "\t"): out += [0x5C, UInt8(ascii: "t")]
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), 0..<0x20:
                out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            case 0xE2:
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 (a String's
                // UTF-8 is valid: E2 starts three bytes).
                let second = bytes.next() ?? 0, third = bytes.next() ?? 0
                if second == 0x80 && (third == 0xA8 || third == 0xA9) {
                    out += Array("\\u202".utf8) + [third == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9")]
                } else {
                    out += [byte, second, third]
                }
            default:
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    /// A JSON number for a coordinate: at most two decimals, no exponent.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }

    /// `[a,b,...]` of values already written as JSON.
    static func array(_ values: [String]) -> String { "[" + values.joined(separator: ",") + "]" }

    /// `[1,2,3]`.
    static func array(_ numbers: [Int]) -> String { "[" + numbers.map(String.init).joined(separator: ",") + "]" }

    /// An object of `fields` in order, leaving out those whose value is `nil`.
    static func object(_ fields: [(String, String?)]) -> String {
        "{" + fields.compactMap { key, value in value.map { string(key) + ":" + $0 } }.joined(separator: ",") + "}"
    }
}
