/// What an import did with every row: read, imported, merged into another
/// row's article, or skipped (counted by reason); and what it wrote.
/// `read == imported + merged + skipped` always holds.
public struct ImportSummary: Sendable, Hashable {
    /// What the inputs hold: "rows" of a CSV file, "documents" of brat.
    public var unit = "rows"
    /// Rows (or documents) read.
    public var read = 0
    /// Rows that gave their own article.
    public var imported = 0
    /// Rows folded into another row's article: an exact repeat of an
    /// earlier row (MMP), another version of the same event (ACLED, UCDP).
    public var merged = 0
    /// Rows left out, by reason.
    public var skipped = Tally()
    /// Relations written, by type.
    public var relations = Tally()
    /// Relations an imported row would have given but that were left out
    /// (an associated actor who is a civilian, say), by reason.
    public var relationsLeftOut = Tally()
    public var articles = 0
    /// Factions written to the output's registry.
    public var newFactions = 0
    /// Factions of an existing registry that imported names resolved to.
    public var matchedFactions = 0
    /// Lines of other kinds read (MMP's key, brat's `.ann` lines).
    public var otherInputs: [String] = []

    public init() {}

    /// Counts by name, listed most frequent first.
    public struct Tally: Sendable, Hashable {
        public private(set) var counts: [String: Int] = [:]

        public init() {}

        public mutating func add(_ name: String, _ count: Int = 1) {
            let total = counts[name, default: 0] + count
            counts[name] = total == 0 ? nil : total
        }

        public var total: Int { counts.values.reduce(0, +) }

        public subscript(name: String) -> Int { counts[name] ?? 0 }

        /// `civilians: 3, unidentified actors: 2`, most frequent first.
        public var listed: String {
            counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                .map { "\($0.key): \($0.value)" }.joined(separator: ", ")
        }
    }

    /// The summary's lines, as printed on standard error.
    public var lines: [String] {
        var skippedText = "skipped \(skipped.total)"
        if skipped.total > 0 { skippedText += " (\(skipped.listed))" }
        // "rows" or "documents", one of them when there is one.
        let units = read == 1 ? String(unit.dropLast()) : unit
        var lines = ["read \(read) \(units): imported \(imported), merged \(merged), \(skippedText)"]
        lines += otherInputs
        var wrote = "\(articles) article\(articles == 1 ? "" : "s") with \(relations.total) relation\(relations.total == 1 ? "" : "s")"
        if relations.total > 0 { wrote += " (\(relations.listed))" }
        wrote += ", \(newFactions) new faction\(newFactions == 1 ? "" : "s")"
        if matchedFactions > 0 { wrote += ", \(matchedFactions) matched in the registry" }
        lines.append(wrote)
        if relationsLeftOut.total > 0 {
            lines.append("left out of imported \(unit): \(relationsLeftOut.total) relation\(relationsLeftOut.total == 1 ? "" : "s") (\(relationsLeftOut.listed))")
        }
        return lines
    }
}
