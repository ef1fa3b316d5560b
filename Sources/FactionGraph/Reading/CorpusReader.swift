import Dispatch
import Foundation

/// The result of reading a corpus: the corpus built from everything valid in
/// it, and every diagnostic. A corpus with errors must not produce output.
public struct ReadResult: Sendable {
    public var corpus: Corpus
    /// Errors and warnings, in file order, then line and column.
    public var diagnostics: [Diagnostic]
    /// Articles read (files with front matter).
    public var articleCount: Int
    /// Errors and warnings not in `diagnostics` because they repeat one
    /// kept there (see `RepeatedDiagnostics`).
    public var hiddenErrors = 0
    public var hiddenWarnings = 0

    public var hasErrors: Bool { diagnostics.errorCount > 0 }

    /// Keeps a few of each repeated diagnostic of a file.
    mutating func capRepeats() {
        let capped = RepeatedDiagnostics.cap(diagnostics)
        diagnostics = capped.kept
        hiddenErrors += capped.hiddenErrors
        hiddenWarnings += capped.hiddenWarnings
    }

    /// `12 articles, 10 factions, 31 relations: 0 errors, 1 warning`.
    public var summary: String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return "\(plural(articleCount, "article")), \(plural(corpus.factions.count, "faction")), "
            + "\(plural(corpus.relations.count, "relation")): "
            + "\(plural(diagnostics.errorCount + hiddenErrors, "error")), "
            + plural(diagnostics.warningCount + hiddenWarnings, "warning")
    }
}

/// Reads and validates a corpus.
public enum CorpusReader {
    /// How to read: parallelism and progress reports.
    public struct Options: Sendable {
        /// Threads parsing files; `nil`: one per processor. The result is the
        /// same whatever the number.
        public var threads: Int?
        /// Called from parsing threads as files are done: (files parsed,
        /// files in all). Must be thread-safe and cheap.
        public var progress: (@Sendable (Int, Int) -> Void)?
        /// Whether a corpus without any article is an error (it is for the
        /// commands; a tool reading only a registry or a vocabulary, as
        /// `import` does, turns it off).
        public var requiresArticles: Bool

        public init(threads: Int? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil, requiresArticles: Bool = true) {
            self.threads = threads
            self.progress = progress
            self.requiresArticles = requiresArticles
        }
    }

    /// Reads the corpus made of `paths` (directories read recursively, or
    /// single files), reporting every problem of every file.
    ///
    /// Files are parsed in parallel; the result does not depend on the
    /// number of threads.
    public static func read(_ paths: [String], options: Options = Options()) -> ReadResult {
        var clock = PhaseClock()
        let (inputs, pathDiagnostics, contents) = InputFiles.collect(paths, threads: Parallel.threads(options.threads))
        clock.lap("list files")
        // The vocabulary first: how an article's relations read depends on it.
        let vocabularyFiles = inputs.filter { $0.role == .vocabulary }.map { FileParser.parse($0, vocabulary: .builtIn) }
        var vocabularyDiagnostics = vocabularyFiles.flatMap(\.diagnostics)
        let vocabulary = VocabularyBuilder.build(vocabularyFiles.flatMap(\.types),
                                                 isComplete: !vocabularyFiles.contains(where: \.isIncompleteRegistry),
                                                 diagnostics: &vocabularyDiagnostics)
        var parsed = parseAll(inputs.filter { $0.role != .vocabulary }, vocabulary: vocabulary, options: options)
        clock.lap("parse files")
        let noArticles = parsed.allSatisfy { $0.input.role != .article || $0.isSkipped }
        var result = CorpusAssembler.assemble(&parsed, vocabulary: vocabulary, threads: Parallel.threads(options.threads))
        clock.lap("assemble")
        result.diagnostics = pathDiagnostics + vocabularyDiagnostics + result.diagnostics
        if noArticles && options.requiresArticles { result.diagnostics += EmptyCorpus.diagnostics(contents) }
        result.capRepeats()
        return result
    }

    /// Reads a corpus given as in-memory files: `(path, text)` pairs, where a
    /// path ending in `factions.yaml` is the registry and one ending in
    /// `vocabulary.yaml` the vocabulary. For tests and tools.
    public static func read(files: [(path: String, text: String)]) -> ReadResult {
        func parse(_ file: (path: String, text: String), role: InputFile.Role, vocabulary: Vocabulary) -> ParsedFile {
            let input = InputFile(role: role, fileSystemPath: file.path, displayPath: file.path,
                                  defaultArticleID: file.path.hasSuffix(".md") ? String(file.path.dropLast(3)) : file.path)
            var parsed = ParsedFile(input: input)
            var text = file.text
            text.withUTF8 { FileParser.parse($0, vocabulary: vocabulary, into: &parsed) }
            return parsed
        }
        func role(_ path: String) -> InputFile.Role {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return name == InputFiles.registryName ? .registry : name == InputFiles.vocabularyName ? .vocabulary : .article
        }
        let vocabularyFiles = files.filter { role($0.path) == .vocabulary }.map { parse($0, role: .vocabulary, vocabulary: .builtIn) }
        var vocabularyDiagnostics = vocabularyFiles.flatMap(\.diagnostics)
        let vocabulary = VocabularyBuilder.build(vocabularyFiles.flatMap(\.types),
                                                 isComplete: !vocabularyFiles.contains(where: \.isIncompleteRegistry),
                                                 diagnostics: &vocabularyDiagnostics)
        let registries = files.filter { role($0.path) == .registry }.map { parse($0, role: .registry, vocabulary: vocabulary) }
        let articles = files.filter { role($0.path) == .article }.map { parse($0, role: .article, vocabulary: vocabulary) }
        var ordered = registries + articles
        var result = CorpusAssembler.assemble(&ordered, vocabulary: vocabulary)
        result.diagnostics = vocabularyDiagnostics + result.diagnostics
        result.capRepeats()
        return result
    }

    /// Parses every file, in parallel, keeping the input order: each result
    /// goes to its file's own slot, so the order never depends on the
    /// threads.
    static func parseAll(_ inputs: [InputFile], vocabulary: Vocabulary = .builtIn, options: Options = Options()) -> [ParsedFile] {
        let results = UnsafeMutableBufferPointer<ParsedFile?>.allocate(capacity: inputs.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let shared = results
        let progress = options.progress
        let threads = Parallel.threads(options.threads)
        // One table of reference texts per thread (see `ReferenceNames`).
        let names = (0..<threads).map { _ in ReferenceNames() }
        // And one buffer per thread to read the files into.
        let buffers = (0..<threads).map { _ in FileBytes.Buffer() }
        Parallel.forEachChunk(count: inputs.count, threads: threads,
                              finished: progress.map { report in { report($0, inputs.count) } }) { worker, range in
            for index in range {
                shared[index] = FileParser.parse(inputs[index], vocabulary: vocabulary, names: names[worker],
                                                 buffer: buffers[worker])
            }
        }
        // Moved out, not copied: `deallocate` does not release what the
        // buffer holds, so a copy left every file's relation drafts
        // retained for the whole run (the assembler's releasing them as it
        // resolves freed nothing; 100k articles peaked about 150 MB higher).
        return (0..<inputs.count).map { (results.baseAddress! + $0).move()! }
    }
}
