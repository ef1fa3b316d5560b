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

        public init(threads: Int? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil) {
            self.threads = threads
            self.progress = progress
        }
    }

    /// Reads the corpus made of `paths` (directories read recursively, or
    /// single files), reporting every problem of every file.
    ///
    /// Files are parsed in parallel; the result does not depend on the
    /// number of threads.
    public static func read(_ paths: [String], options: Options = Options()) -> ReadResult {
        var clock = PhaseClock()
        let (inputs, pathDiagnostics, contents) = InputFiles.collect(paths)
        clock.lap("list files")
        var parsed = parseAll(inputs, options: options)
        clock.lap("parse files")
        let noArticles = parsed.allSatisfy { $0.input.role != .article || $0.isSkipped }
        var result = CorpusAssembler.assemble(&parsed)
        clock.lap("assemble")
        result.diagnostics = pathDiagnostics + result.diagnostics
        if noArticles { result.diagnostics += EmptyCorpus.diagnostics(contents) }
        result.capRepeats()
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
        var ordered = parsed.filter { $0.input.role == .registry } + parsed.filter { $0.input.role == .article }
        var result = CorpusAssembler.assemble(&ordered)
        result.capRepeats()
        return result
    }

    /// Parses every file, in parallel, keeping the input order: each result
    /// goes to its file's own slot, so the order never depends on the
    /// threads.
    static func parseAll(_ inputs: [InputFile], options: Options = Options()) -> [ParsedFile] {
        let results = UnsafeMutableBufferPointer<ParsedFile?>.allocate(capacity: inputs.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let shared = results
        let progress = options.progress
        Parallel.forEachChunk(count: inputs.count, threads: Parallel.threads(options.threads),
                              finished: progress.map { report in { report($0, inputs.count) } }) { range in
            for index in range { shared[index] = FileParser.parse(inputs[index]) }
        }
        return results.map { $0! }
    }
}
