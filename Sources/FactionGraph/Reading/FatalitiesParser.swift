/// Reads `fatalities`: a whole number (an event total), or a map of
/// estimates `{best: 12, low: 10, high: 15}` with low ≤ best ≤ high.
enum FatalitiesParser {
    static func parse(_ pair: YAMLNode.Pair, reader: inout NodeReader) -> Fatalities? {
        if pair.value.string != nil { return number(pair, "fatalities", reader: &reader).map { Fatalities(best: $0) } }
        guard pair.value.pairs != nil, let entries = reader.mapping(pair.value, "'fatalities'") else {
            reader.error(reader.location(of: pair),
                         "'fatalities' must be a whole number (the event's total) or {best: N, low: N, high: N}, not \(pair.value.kindDescription)")
            return nil
        }
        var estimates: [String: Int] = [:]
        var valid = true
        for (key, entry) in entries {
            guard ["best", "low", "high"].contains(key) else {
                reader.unknownKey(key, entry.key, in: "'fatalities'", allowed: ["best", "low", "high"])
                valid = false
                continue
            }
            if let value = number(entry, "fatalities \(key)", reader: &reader) { estimates[key] = value } else { valid = false }
        }
        guard valid else { return nil }
        guard let best = estimates["best"] else {
            reader.error(pair.value, "'fatalities' needs 'best', the best estimate (with 'low' and 'high' when known)")
            return nil
        }
        let low = estimates["low"], high = estimates["high"]
        if (low ?? best) > best || best > (high ?? best) {
            reader.error(pair.value, "'fatalities' must have low ≤ best ≤ high, not low \(low.map(String.init) ?? "-"), best \(best), high \(high.map(String.init) ?? "-")")
            return nil
        }
        return Fatalities(best: best, low: low, high: high)
    }

    /// A whole number from 0 to `Fatalities.maximum`, or `nil` with an error.
    private static func number(_ pair: YAMLNode.Pair, _ what: String, reader: inout NodeReader) -> Int? {
        let text = pair.value.string?.trimmingWhitespace ?? ""
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            let shown = pair.value.string.map { "'\($0)'" } ?? pair.value.kindDescription
            reader.error(reader.location(of: pair), "\(what) must be a whole number, 0 or more, not \(shown)")
            return nil
        }
        guard text.utf8.count <= 10, let value = Int(text), value <= Fatalities.maximum else {
            reader.error(reader.location(of: pair), "\(what) is too large: at most \(Fatalities.maximum)")
            return nil
        }
        return value
    }
}
