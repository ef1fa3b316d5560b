/// `cues:` in `vocabulary.yaml`: the phrases that signal a type in an
/// article's text, for `factiongraph suggest`.
///
/// ```yaml
/// sponsorship:
///   connector: "->"
///   class: tie
///   cues: ["{A} funds {B}", "{B} ... (funded|armed) by {A}"]
/// ```
extension VocabularyParser {
    /// A cue or a list of cues, each checked; an error at the cue (at the
    /// character at fault, when the cue is on one line) for each that is
    /// not valid.
    static func cues(_ pair: YAMLNode.Pair, reader: inout NodeReader) -> [TypeDeclaration.Located<CuePattern>]? {
        let nodes: [YAMLNode]
        if pair.value.string != nil {
            nodes = [pair.value]
        } else if let items = pair.value.items {
            nodes = items
        } else {
            reader.error(reader.location(of: pair),
                         "'cues' must be a list of phrases, such as [\"{A} pledged allegiance to {B}\"], not \(pair.value.kindDescription)")
            return nil
        }
        var cues: [TypeDeclaration.Located<CuePattern>] = []
        for node in nodes {
            guard let text = node.string, !text.trimmingWhitespace.isEmpty else {
                reader.error(node, "an item of 'cues' must be a phrase such as \"{A} clashed with {B}\", not \(node.kindDescription)")
                continue
            }
            do {
                cues.append(.init(value: try CuePattern(parsing: text), location: reader.location(node)))
            } catch {
                reader.error(location(of: error.offset, in: node, text: text, reader: reader),
                             "invalid cue '\(text)': \(error.message)")
            }
        }
        return cues
    }

    /// The place of a character of a scalar: exact for a scalar on one
    /// line (plain, or quoted with its quote before it), else the scalar.
    private static func location(of offset: Int, in node: YAMLNode, text: String, reader: NodeReader) -> SourceLocation {
        var location = reader.location(node)
        guard !text.contains("\n"), case .scalar(_, let plain) = node.content else { return location }
        location.column += offset + (plain ? 0 : 1)
        return location
    }
}
