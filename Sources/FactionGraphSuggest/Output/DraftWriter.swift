import FactionGraph

/// Writes a draft into its article: a new front matter for a file without
/// one, or new lines added to the front matter a human keeps, never
/// changing a line of theirs. Every suggested item carries a trailing
/// comment, `# suggested: ...`, that stays in the file until the reviewer
/// deletes it (YAML comments do not change what the file says, so `check`
/// reads the draft as it is).
public struct DraftWriter: Sendable {
    /// The mark that starts every suggestion's comment.
    public static let mark = "# suggested:"

    public init() {}

    /// The article with its draft annotation; `nil` (with the reason) when
    /// the draft cannot be written: no date, or a front matter too unusual
    /// to add to.
    public func article(_ draft: Draft) -> Result<String, DraftError> {
        guard let published = draft.metadata.published else {
            return .failure(DraftError(path: draft.path, message: "no publication date: give --published YYYY-MM-DD, or start the file's name with the date (2018-11-19-...)"))
        }
        if let frontMatter = draft.parts.frontMatter {
            guard draft.existing?.isValidYAML == true else {
                return .failure(DraftError(path: draft.path, message: "the front matter is not valid YAML; fix it (factiongraph check says where) and run suggest again"))
            }
            return FrontMatterEditor(frontMatter: frontMatter).adding(draft, published: published, writer: self)
                .map { draft.parts.fences.0 + "\n" + $0 + draft.parts.fences.1 + "\n" + draft.parts.body }
        }
        var lines = ["---"]
        lines += articleLines(draft, published: published, indent: "  ")
        lines += factionsBlock(draft.newFactions, indent: "  ", header: true)
        lines += relationsBlock(draft.suggestions, indent: "  ", header: true)
        lines.append("---")
        return .success(lines.joined(separator: "\n") + "\n" + draft.parts.body)
    }

    // MARK: blocks

    func articleLines(_ draft: Draft, published: PartialDate, indent: String) -> [String] {
        var lines = ["article:"]
        let metadata = draft.metadata
        let title = metadata.title ?? "Untitled"
        lines.append("\(indent)title: \(YAMLText.scalar(title))" + (metadata.titleSuggested ? "  \(Self.mark) the text's first line, or the file's name" : ""))
        lines.append("\(indent)published: \(published)" + (metadata.publishedSource.map { "  \(Self.mark) from \($0)" } ?? ""))
        if let author = metadata.author, metadata.authorSuggested {
            lines.append("\(indent)author: \(YAMLText.scalar(author))  \(Self.mark) the text's 'By' line")
        }
        if !draft.mentions.isEmpty {
            let list = draft.mentions.map { "\($0.faction) \($0.count)" }.joined(separator: ", ")
            lines.append("\(Self.mark) known factions named in the text: \(list)")
        }
        return lines
    }

    /// The declarations of new factions; with `header`, under `factions:`.
    func factionsBlock(_ factions: [NewFaction], indent: String, header: Bool) -> [String] {
        guard !factions.isEmpty else { return [] }
        var lines = header ? ["factions:"] : []
        for faction in factions {
            let seen = faction.seen.map { "\"\($0.name)\" \($0.count)x" }.joined(separator: ", ")
            lines.append("\(indent)\(faction.id):  \(Self.mark) new faction (\(faction.reason)); seen \(seen)")
            lines.append("\(indent)\(indent)name: \(YAMLText.scalar(faction.name))")
            if !faction.aliases.isEmpty { lines.append("\(indent)\(indent)aliases: \(YAMLText.flowList(faction.aliases))") }
        }
        return lines
    }

    /// The suggested relations as list items; with `header`, under
    /// `relations:`.
    func relationsBlock(_ suggestions: [Suggestion], indent: String, header: Bool) -> [String] {
        guard !suggestions.isEmpty else { return [] }
        var lines = header ? ["relations:"] : []
        let inner = indent + "  "
        for suggestion in suggestions {
            let connector = suggestion.type.connector
            let first = suggestion.quotes[0]
            var mark = "\(Self.mark) cue \"\(first.cueText)\", sentence \(first.sentence), score \(Self.format(suggestion.score))"
            if suggestion.quotes.count > 1 { mark += "; also sentence \(suggestion.quotes.dropFirst().map { String($0.sentence) }.joined(separator: ", "))" }
            let notes = suggestion.quotes.flatMap(\.notes)
            if !notes.isEmpty { mark += "; " + Array(Set(notes)).sorted().joined(separator: "; ") }
            lines.append("\(indent)- \(suggestion.type.name): \(suggestion.from) \(connector) \(suggestion.to)  \(mark)")
            if suggestion.quotes.count == 1 {
                lines.append("\(inner)evidence: \(YAMLText.scalar(first.text))")
            } else {
                lines.append("\(inner)evidence:")
                for quote in suggestion.quotes { lines.append("\(inner)  - \(YAMLText.scalar(quote.text))") }
            }
            if let date = suggestion.date { lines.append("\(inner)date: \(date)") }
            if let confidence = suggestion.confidence { lines.append("\(inner)confidence: \(confidence.rawValue)") }
            if !suggestion.casualties.isEmpty {
                let map = suggestion.casualties.map { "\($0.faction): \($0.count)" }.joined(separator: ", ")
                lines.append("\(inner)casualties: {\(map)}")
            }
        }
        return lines
    }

    /// A score with two decimals: `0.81`.
    static func format(_ score: Double) -> String {
        let hundredths = Int((min(max(score, 0), 1) * 100).rounded())
        return "\(hundredths / 100)." + (hundredths % 100 < 10 ? "0" : "") + String(hundredths % 100)
    }
}

/// A draft that cannot be written, and why.
public struct DraftError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(DisplayText.path(path)): error: \(DisplayText.message(message))" }
}
