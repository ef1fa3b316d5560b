import FactionGraph

/// Adds a draft's suggestions to a front matter a human keeps: new lines
/// only, at the end of the block they belong to (`factions:`,
/// `relations:`), indented as the block already is; a block that is
/// missing is added at the end. No existing line is changed, moved or
/// removed.
struct FrontMatterEditor {
    private var lines: [String]

    init(frontMatter: String) {
        lines = frontMatter.isEmpty ? [] : frontMatter.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The front matter with the draft added, ending with a line break.
    func adding(_ draft: Draft, published: PartialDate, writer: DraftWriter) -> Result<String, DraftError> {
        var lines = self.lines
        func fail(_ message: String) -> Result<String, DraftError> { .failure(DraftError(path: draft.path, message: message)) }

        // Each block's new lines go to its end, or a new block to the end of
        // the front matter.
        var insertions: [(at: Int, lines: [String])] = []
        func add(_ key: String, item: Bool, lines new: (_ indent: String, _ header: Bool) -> [String]) -> DraftError? {
            guard let block = block(key, in: lines) else {
                insertions.append((lines.count, new("  ", true)))
                return nil
            }
            guard block.isBlock else {
                return DraftError(path: draft.path, message: "'\(key)' is written on one line; write it as a block\(item ? " of items ('- ...')" : "") for suggest to add to it")
            }
            insertions.append((block.lastContent + 1, new(childIndent(of: block, in: lines, item: item) ?? "  ", false)))
            return nil
        }
        if !draft.suggestions.isEmpty,
           let error = add("relations", item: true, lines: { writer.relationsBlock(draft.suggestions, indent: $0, header: $1) }) {
            return .failure(error)
        }
        if !draft.newFactions.isEmpty,
           let error = add("factions", item: false, lines: { writer.factionsBlock(draft.newFactions, indent: $0, header: $1) }) {
            return .failure(error)
        }
        if let block = block("article", in: lines) {
            let existing = draft.existing
            var missing: [String] = []
            if existing?.title == nil, let title = draft.metadata.title {
                missing.append("title: \(YAMLText.scalar(title))  \(DraftWriter.mark) the text's first line, or the file's name")
            }
            if existing?.published == nil {
                missing.append("published: \(published)" + (draft.metadata.publishedSource.map { "  \(DraftWriter.mark) from \($0)" } ?? ""))
            }
            if !missing.isEmpty {
                guard block.isBlock else { return fail("'article' is written on one line and lacks \(existing?.title == nil ? "'title'" : "'published'"); add it yourself") }
                let indent = childIndent(of: block, in: lines, item: false) ?? "  "
                insertions.append((block.lastContent + 1, missing.map { indent + $0 }))
            }
        } else {
            insertions.append((0, writer.articleLines(draft, published: published, indent: "  ")))
        }
        // Insert from the bottom up; at equal places, in the order given.
        for insertion in insertions.enumerated().sorted(by: { ($0.element.at, $0.offset) > ($1.element.at, $1.offset) }) {
            lines.insert(contentsOf: insertion.element.lines, at: insertion.element.at)
        }
        return .success(lines.map { $0 + "\n" }.joined())
    }

    /// A top-level key's lines.
    private struct Block {
        var keyLine: Int
        /// The last line of the block that is not blank.
        var lastContent: Int
        /// True when the key's value is on the following lines, not on its
        /// own line (`relations:` rather than `relations: []`).
        var isBlock: Bool
    }

    private func block(_ key: String, in lines: [String]) -> Block? {
        guard let start = lines.firstIndex(where: { topLevelKey($0) == key }) else { return nil }
        var end = start + 1
        while end < lines.count, topLevelKey(lines[end]) == nil { end += 1 }
        var last = end - 1
        while last > start, lines[last].trimmingWhitespace.isEmpty || lines[last].hasPrefix("#") { last -= 1 }
        let rest = lines[start].dropFirst(key.count + 1).trimmingWhitespace
        return Block(keyLine: start, lastContent: last, isBlock: rest.isEmpty || rest.hasPrefix("#"))
    }

    /// The key of a line that starts a top-level entry, if it does.
    private func topLevelKey(_ line: String) -> String? {
        guard let first = line.first, !first.isWhitespace, first != "#", first != "-", let colon = line.firstIndex(of: ":") else { return nil }
        let after = line.index(after: colon)
        guard after == line.endIndex || line[after] == " " || line[after] == "\t" else { return nil }
        return String(line[..<colon]).trimmingWhitespace
    }

    /// The indentation of a block's entries: for `relations`, what comes
    /// before `- ` of its first item.
    private func childIndent(of block: Block, in lines: [String], item: Bool) -> String? {
        guard block.lastContent > block.keyLine else { return nil }
        for line in lines[(block.keyLine + 1)...block.lastContent] {
            let trimmed = line.drop { $0 == " " }
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            if item, !trimmed.hasPrefix("-") { continue }
            return String(repeating: " ", count: line.count - trimmed.count)
        }
        return nil
    }
}

private extension StringProtocol {
    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
