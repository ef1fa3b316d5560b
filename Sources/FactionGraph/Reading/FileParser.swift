import Foundation

/// Reads one input file: checks its bytes, parses its front matter, reads
/// the article, its factions and relations, and finds the evidence in its
/// body. Independent of every other file, so files can be read in parallel.
enum FileParser {
    static let topLevelKeys = ["article", "factions", "relations"]
    static let articleKeys = ["title", "published", "source", "author", "url", "language", "id"]

    /// Reads the file `input` names, into `buffer` (a new one without it),
    /// without asking its type again when the listing found it a regular
    /// file (see `FileBytes.withBytes(of:knownRegular:buffer:limit:_:)`).
    static func parse(_ input: InputFile, vocabulary: Vocabulary, names: ReferenceNames = ReferenceNames(),
                      buffer: FileBytes.Buffer? = nil) -> ParsedFile {
        // Made and returned inside the closure: changed by it from outside,
        // the file was copied on its way out (a retain of each string).
        let read = FileBytes.withBytes(of: input.fileSystemPath, knownRegular: input.isRegular,
                                       buffer: buffer ?? FileBytes.Buffer()) { bytes in
            var parsed = ParsedFile(input: input, names: names)
            parse(bytes, vocabulary: vocabulary, into: &parsed)
            return parsed
        }
        switch read {
        case .success(let parsed): return parsed
        case .failure(let failure):
            var parsed = ParsedFile(input: input, names: names)
            parsed.diagnostics.append(Diagnostic(.error, path: input.displayPath, failure.message))
            return parsed
        }
    }

    /// Reads `bytes` into `parsed`; `treeOnly` reads every article with
    /// the node tree (for tests comparing the two readers).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, vocabulary: Vocabulary, into parsed: inout ParsedFile,
                      treeOnly: Bool = false) {
        let path = parsed.input.displayPath
        func at(_ line: Int, _ column: Int) -> SourceLocation {
            SourceLocation(path: path, line: line, column: column)
        }
        if let problem = SizeLimits.problem(in: bytes) {
            parsed.diagnostics.append(.error(at(problem.line, problem.column), problem.message))
            return
        }
        if let (line, column) = SourceText.firstInvalidUTF8(in: bytes) {
            parsed.diagnostics.append(.error(at(line, column), "invalid UTF-8: the file must be UTF-8 text"))
            return
        }
        if parsed.input.role != .article {
            parseRegistry(bytes, into: &parsed)
            return
        }
        switch SourceText.split(bytes) {
        case .empty:
            parsed.diagnostics.append(.error(at(1, 1), "empty file: an article starts with a '---' line, its front matter, and another '---' line"))
        case .noFrontMatter:
            parsed.diagnostics.append(.warning(at(1, 1), "no front matter (the first line is not '---'); skipped, not an article"))
            parsed.isSkipped = true
        case .unclosed:
            parsed.diagnostics.append(.error(at(1, 1), "the front matter opened here is never closed: add a line '---' after it"))
        case let .frontMatter(yaml, _, _) where SizeLimits.frontMatterProblem(size: yaml.count) != nil:
            parsed.diagnostics.append(.error(at(1, 1), SizeLimits.frontMatterProblem(size: yaml.count)!))
        case let .frontMatter(yaml, body, bodyLine):
            // Nearly every article is read from the YAML events; the tree
            // reader takes the rest and reports what is wrong with them.
            if !treeOnly, ArticleEventReader.read(
                yaml: UnsafeBufferPointer(rebasing: bytes[yaml]), body: UnsafeBufferPointer(rebasing: bytes[body]),
                bodyLine: bodyLine, vocabulary: vocabulary, into: &parsed) {
                return
            }
            let folded = FoldedText(UnsafeBufferPointer(rebasing: bytes[body]), firstLine: bodyLine)
            switch YAMLParser.parse(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[yaml]))) {
            case .failure(let failure):
                parsed.diagnostics.append(.error(at(failure.line, failure.column), "malformed YAML: \(failure.message)"))
            case .success(let root):
                var reader = NodeReader(path: path)
                readArticle(root, body: folded, vocabulary: vocabulary, reader: &reader, into: &parsed)
                parsed.diagnostics += reader.diagnostics
            }
        }
    }

    /// `factions.yaml` (faction declarations) or `vocabulary.yaml`
    /// (relation types): one YAML document each.
    private static func parseRegistry(_ bytes: UnsafeBufferPointer<UInt8>, into parsed: inout ParsedFile) {
        switch YAMLParser.parse(validUTF8: bytes) {
        case .failure(let failure):
            let isVocabulary = parsed.input.role == .vocabulary
            parsed.diagnostics.append(.error(
                SourceLocation(path: parsed.input.displayPath, line: failure.line, column: failure.column),
                "malformed YAML: \(failure.message); \(isVocabulary ? RegistryRecovery.vocabularyConsequence : RegistryRecovery.consequence)"))
            if isVocabulary {
                parsed.types = RegistryRecovery.types(before: failure, path: parsed.input.displayPath)
            } else {
                parsed.factions = RegistryRecovery.factions(before: failure, path: parsed.input.displayPath)
            }
            parsed.isIncompleteRegistry = true
        case .success(let root):
            guard let root else { return }
            var reader = NodeReader(path: parsed.input.displayPath)
            if parsed.input.role == .vocabulary {
                parsed.types = VocabularyParser.parse(root, reader: &reader)
            } else {
                parsed.factions = FactionDeclarationParser.parse(root, reader: &reader)
            }
            parsed.diagnostics += reader.diagnostics
        }
    }

    private static func readArticle(_ root: YAMLNode?, body: FoldedText, vocabulary: Vocabulary, reader: inout NodeReader,
                                    into parsed: inout ParsedFile) {
        guard let root, !root.isNull else {
            reader.error(SourceLocation(path: reader.path, line: 1, column: 1),
                         "the front matter is empty: it needs at least an 'article' with 'title' and 'published'")
            return
        }
        guard let entries = reader.mapping(root, "the front matter") else { return }
        var articleNode: YAMLNode?
        var factionsNode: YAMLNode?
        var relationsNode: YAMLNode?
        for (key, pair) in entries {
            switch key {
            case "article": articleNode = pair.value.isNull ? pair.key : pair.value
            case "factions": factionsNode = pair.value
            case "relations": relationsNode = pair.value
            default: reader.unknownKey(key, pair.key, in: "the front matter", allowed: topLevelKeys)
            }
        }
        if let articleNode {
            parsed.article = article(articleNode, input: parsed.input, reader: &reader,
                                     idLocation: &parsed.articleIDLocation)
        } else {
            reader.error(root, "missing 'article': every annotated article needs 'article' with 'title' and 'published'")
        }
        if let factionsNode {
            parsed.factions = FactionDeclarationParser.parse(factionsNode, reader: &reader)
        }
        if let relationsNode {
            let names = parsed.names
            parsed.relations = RelationParser.parse(relationsNode, body: body.preparedForQuotes(in: relationsNode),
                                                    published: parsed.article?.published,
                                                    vocabulary: vocabulary, reader: &reader).map { ParsedRelation($0, names: names) }
        }
    }

    private static func article(_ node: YAMLNode, input: InputFile, reader: inout NodeReader,
                                idLocation: inout SourceLocation?) -> Article? {
        guard node.pairs != nil, let entries = reader.mapping(node, "'article'") else {
            reader.error(node, "'article' must be a map with 'title' and 'published'")
            return nil
        }
        var article = Article(id: input.defaultArticleID, title: "",
                              published: PartialDate(year: 1)!, path: input.displayPath)
        var hasTitle = false
        var hasPublished = false
        var valid = true
        for (key, pair) in entries {
            switch key {
            case "title":
                if let title = reader.string(pair, key) { article.title = title.trimmingWhitespace; hasTitle = true }
                else { valid = false }
            case "published":
                if let date = reader.date(pair, key) { article.published = date; hasPublished = true }
                else { valid = false }
            case "source": article.source = optionalString(pair, key, reader: &reader)
            case "author": article.author = optionalString(pair, key, reader: &reader)
            case "language": article.language = optionalString(pair, key, reader: &reader)
            case "url":
                article.url = optionalString(pair, key, reader: &reader)
                if let url = article.url, SafeURL.httpURL(url) == nil {
                    reader.warning(reader.location(pair.value), "'url' is not an http(s) address; diagrams will not link to it")
                }
            case "id":
                if let id = reader.string(pair, key) {
                    article.id = id.trimmingWhitespace
                    idLocation = reader.location(pair.value)
                } else { valid = false }
            default:
                reader.unknownKey(key, pair.key, in: "'article'", allowed: articleKeys)
            }
        }
        if !hasTitle, valid { reader.error(node, "'article' has no 'title'") }
        if !hasPublished, valid { reader.error(node, "'article' has no 'published' date") }
        return hasTitle && hasPublished ? article : nil
    }

    private static func optionalString(_ pair: YAMLNode.Pair, _ key: String, reader: inout NodeReader) -> String? {
        pair.value.isNull ? nil : reader.string(pair, key)?.trimmingWhitespace
    }
}
