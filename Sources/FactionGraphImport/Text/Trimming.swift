extension StringProtocol {
    /// The text without white space (line breaks included) at either end.
    ///
    /// Every cell of every row is trimmed: Foundation's
    /// `trimmingCharacters(in:)` bridges through `NSString` and took a sixth
    /// of an ACLED import's time; this looks only at the ends.
    var trimmed: String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}
