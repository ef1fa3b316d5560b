/// The format's two matching rules, for tools that write corpora (importers)
/// and must produce what the reader will accept: faction references, and
/// evidence quotes.
public enum Matching {
    /// A faction reference as the reader compares it: lower case, runs of
    /// white space as one space, no leading or trailing space. Two names
    /// with the same key name the same faction.
    public static func referenceKey(_ name: String) -> String {
        NameIndex.key(name)
    }

    /// True when `quote` is found in `body` as the reader looks for
    /// evidence: both folded (white space runs, typographic quotes, dashes
    /// and ellipses), case-sensitive.
    public static func bodyContains(_ quote: String, body: String) -> Bool {
        var body = body
        let folded = body.withUTF8 { FoldedText($0) }
        let needle = FoldedText(quote: quote)
        return !needle.isEmpty && folded.offset(of: needle.bytes) != nil
    }
}
