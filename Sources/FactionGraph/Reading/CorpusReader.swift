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
        let (inputs, pathDiagnostics) = InputFiles.collect(paths)
        clock.lap("list files")
        var parsed = parseAll(inputs, options: options)
        clock.lap("parse files")
        var result = CorpusAssembler.assemble(&parsed)
        clock.lap("assemble")
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
        var ordered = parsed.filter { $0.input.role == .registry } + parsed.filter { $0.input.role == .article }
        return CorpusAssembler.assemble(&ordered)
    }

    /// Parses every file, in parallel, keeping the input order.
    ///
    /// Workers take chunks of files in turn from a shared counter, so a slow
    /// file does not hold up a whole share; each result goes to its file's
    /// own slot, so the order never depends on the threads.
    static func parseAll(_ inputs: [InputFile], options: Options = Options()) -> [ParsedFile] {
        let threads = max(1, options.threads ?? ProcessInfo.processInfo.activeProcessorCount)
        guard inputs.count > 1, threads > 1 else {
            return inputs.enumerated().map { index, input in
                defer { options.progress?(index + 1, inputs.count) }
                return FileParser.parse(input)
            }
        }
        let results = UnsafeMutableBufferPointer<ParsedFile?>.allocate(capacity: inputs.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let chunk = 16
        let chunks = (inputs.count + chunk - 1) / chunk
        nonisolated(unsafe) let shared = results
        let counter = ChunkCounter()
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while let index = counter.next(below: chunks) {
                let range = (index * chunk)..<min(inputs.count, (index + 1) * chunk)
                for fileIndex in range {
                    // Each index is written by exactly one worker.
                    shared[fileIndex] = FileParser.parse(inputs[fileIndex])
                }
                if let progress = options.progress { progress(counter.finish(range.count), inputs.count) }
            }
        }
        return results.map { $0! }
    }
}

/// The next chunk to parse and the files done, shared by the workers.
private final class ChunkCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var taken = 0
    private var done = 0

    func next(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard taken < limit else { return nil }
        taken += 1
        return taken - 1
    }

    func finish(_ count: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        done += count
        return done
    }
}

/// Phase timings on standard error when `FACTIONGRAPH_TIMINGS` is set: for
/// finding where a large corpus spends its time.
struct PhaseClock {
    private let enabled = ProcessInfo.processInfo.environment["FACTIONGRAPH_TIMINGS"] != nil
    private var last = DispatchTime.now()

    mutating func lap(_ phase: String) {
        guard enabled else { return }
        let now = DispatchTime.now()
        let milliseconds = Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e6
        FileHandle.standardError.write(Data("\(phase): \(Int(milliseconds.rounded())) ms\n".utf8))
        last = now
    }
}
