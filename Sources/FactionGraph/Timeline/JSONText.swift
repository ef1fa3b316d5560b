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
        var out = "\""
        out.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += "\\u00" + String(scalar.value, radix: 16).leftPadded(to: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
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
