import Dispatch

/// The result of reading a corpus: the corpus built from everything valid in
/// it, and every diagnostic. A corpus with errors must not produce output.
public struct ReadResult: Sendable {
    public var corpus: Corpus
    /// Errors and warnings, in file order, then line and column.
    public var diagnostics: [Diagnostic]
    /// Articles read (files with front matter).
    public var articleCount: Int

    public var hasErrors: Bool { diagnostics.errorCount > 0 }

    /// `12 articles, 10 factions, 31 relations: 0 errors, 1 warning`.
    public var summary: String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return "\(plural(articleCount, "article")), \(plural(corpus.factions.count, "faction")), "
            + "\(plural(corpus.relations.count, "relation")): "
            + "\(plural(diagnostics.errorCount, "error")), \(plural(diagnostics.warningCount, "warning"))"
    }
}

/// Reads and validates a corpus.
public enum CorpusReader {
    /// Reads the corpus made of `paths` (directories read recursively, or
    /// single files), reporting every problem of every file.
    ///
    /// Files are parsed in parallel; the result does not depend on the
    /// number of threads.
    public static func read(_ paths: [String]) -> ReadResult {
        let (inputs, pathDiagnostics) = InputFiles.collect(paths)
        let parsed = parseAll(inputs)
        var result = CorpusAssembler.assemble(parsed)
        result.diagnostics = pathDiagnostics + result.diagnostics
        return result
    }

    /// Reads a corpus given as in-memory files: `(path, text)` pairs, where a
    /// path ending in `factions.yaml` is the registry. For tests and tools.
    public static func read(files: [(path: String, text: String)]) -> ReadResult {
        let parsed = files.map { file -> ParsedFile in
            let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
            let isRegistry = name == InputFiles.registryName
            let input = InputFile(role: isRegistry ? .registry : .article, fileSystemPath: file.path,
                                  displayPath: file.path,
                                  defaultArticleID: file.path.hasSuffix(".md") ? String(file.path.dropLast(3)) : file.path)
            var parsed = ParsedFile(input: input)
            var text = file.text
            text.withUTF8 { FileParser.parse($0, into: &parsed) }
            return parsed
        }
        let ordered = parsed.filter { $0.input.role == .registry } + parsed.filter { $0.input.role == .article }
        return CorpusAssembler.assemble(ordered)
    }

    /// Parses every file, in parallel, keeping the input order.
    static func parseAll(_ inputs: [InputFile]) -> [ParsedFile] {
        guard inputs.count > 1 else { return inputs.map(FileParser.parse) }
        let results = UnsafeMutableBufferPointer<ParsedFile?>.allocate(capacity: inputs.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let chunk = 16
        let chunks = (inputs.count + chunk - 1) / chunk
        nonisolated(unsafe) let shared = results
        DispatchQueue.concurrentPerform(iterations: chunks) { index in
            for fileIndex in (index * chunk)..<min(inputs.count, (index + 1) * chunk) {
                // Each index is written by exactly one iteration.
                shared[fileIndex] = FileParser.parse(inputs[fileIndex])
            }
        }
        return results.map { $0! }
    }
}
