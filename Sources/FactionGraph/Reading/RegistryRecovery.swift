/// What a registry with a YAML syntax error still contributes.
///
/// One bad byte in a registry of 1,285 factions used to make every
/// reference to them an "unknown faction" error: 1,285 errors caused by
/// one. Now the factions declared before the error are read (so references
/// to them are checked as usual), and references to unknown factions are
/// not reported until the registry reads again: the syntax error is the
/// one error shown.
enum RegistryRecovery {
    /// Said after the syntax error's own message.
    static let consequence = "the registry is read only up to here, and unknown factions are not reported until this is fixed"
    /// Said after a vocabulary's syntax error.
    static let vocabularyConsequence = "the vocabulary is read only up to here, and unknown relation types are not reported until this is fixed"

    /// The relation types declared before a vocabulary's syntax error, read
    /// as `factions(before:path:)` reads factions.
    static func types(before failure: YAMLSyntaxError, path: String) -> [TypeDeclaration] {
        guard let root = failure.partial, let pairs = root.pairs, pairs.count > 1 else { return [] }
        let complete = YAMLNode(content: .mapping(Array(pairs.dropLast())), line: root.line, column: root.column)
        var reader = NodeReader(path: path)
        return VocabularyParser.parse(complete, reader: &reader)
    }

    /// The declarations before the error: the partial tree's entries but
    /// the last, which the error may have cut short. Read without
    /// reporting: their problems show once the error is fixed.
    static func factions(before failure: YAMLSyntaxError, path: String) -> [FactionDeclaration] {
        guard let root = failure.partial, let pairs = root.pairs, pairs.count > 1 else { return [] }
        let complete = YAMLNode(content: .mapping(Array(pairs.dropLast())), line: root.line, column: root.column)
        var reader = NodeReader(path: path)
        return FactionDeclarationParser.parse(complete, reader: &reader)
    }
}
