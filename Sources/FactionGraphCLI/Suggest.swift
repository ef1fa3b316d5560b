import ArgumentParser
import Dispatch
import FactionGraph
import FactionGraphSuggest
import Foundation

/// `factiongraph suggest ARTICLE... [--corpus DIR] [--write]`: draft
/// annotations from raw articles.
struct Suggest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Draft an article's annotation from its text: factions, relations, quotes.",
        discussion: """
            Prints each article with a suggested front matter: the known factions it names, \
            new factions built on group words, and relations found by the vocabulary's cues, \
            each with its quote cut from the text and a '# suggested: ...' comment that stays \
            until a reviewer deletes it. --write adds the suggestions to the files instead, \
            never changing a line a human wrote. With --evaluate, the arguments are annotated \
            corpora, and the suggestions are scored against their annotations. See docs/suggest.md.
            """
    )

    @Argument(help: ArgumentHelp("Articles (raw text or Markdown, with or without front matter), or directories of them.", valueName: "article"))
    var articles: [String]

    @Option(name: .customLong("corpus"), help: ArgumentHelp("The corpus whose registry and vocabulary the suggestions use (repeatable).", valueName: "dir"))
    var corpora: [String] = []

    @Flag(help: "Add the suggestions to the files (atomically) instead of printing them.")
    var write = false

    @Option(help: ArgumentHelp("text (the drafted articles) or json (the suggestions with cue, sentence and score).", valueName: "format"))
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp("The articles' date, for files whose front matter and name do not give it.", valueName: "date"))
    var published: PartialDate?

    @Option(name: .customLong("min-score"), help: ArgumentHelp("Leave out suggestions scoring below this (0 to 1; default 0.4).", valueName: "score"))
    var minScore: Double = Suggester.defaultThreshold

    @Flag(help: "Score the suggestions against the hand annotations of the corpora given as arguments.")
    var evaluate = false

    @OptionGroup var threading: ThreadOptions

    func validate() throws {
        guard !articles.isEmpty else { throw ValidationError("Give at least one article (or directory).") }
        guard format == .text || format == .json else { throw ValidationError("suggest writes text or json.") }
        guard (0...1).contains(minScore) else { throw ValidationError("--min-score is a number from 0 to 1.") }
        if evaluate, write { throw ValidationError("--evaluate reads annotated corpora; it does not write.") }
    }

    func run() throws {
        if evaluate { return try runEvaluation() }
        let paths = try SuggestFiles.articles(articles)
        let registry = try readRegistry(excluding: paths)
        let suggester = Suggester(registry: registry, options: .init(threshold: minScore, published: published))
        // Drafted together, the articles must agree on their new factions'
        // ids and names, or the folder would not pass `check`.
        let (read, unreadable) = SuggestFiles.read(paths)
        let drafts = suggester.reconcilingNewFactions(SuggestFiles.draftAll(read, suggester: suggester, threads: threading.count))
        // A file that cannot be read is reported and passed over, as
        // `check` does: the others are still drafted.
        var failed = unreadable
        var printed: [String] = []
        for draft in drafts {
            switch DraftWriter().article(draft) {
            case .failure(let error):
                OutputStream.standardError.write("\(error)\n")
                failed = true
            case .success(let text):
                if write {
                    do {
                        try OutputFile.write(Array(text.utf8), to: draft.path)
                        OutputStream.standardError.write("\(DisplayText.path(draft.path)): \(summary(draft))\n")
                    } catch {
                        OutputStream.standardError.write("factiongraph: \(error)\n")
                        failed = true
                    }
                } else if format == .text {
                    printed.append(drafts.count > 1 ? "==> \(draft.path) <==\n" + text : text)
                }
            }
        }
        if format == .json {
            OutputStream.standardOutput.write(try SuggestionJSON.text(drafts))
        } else if !write {
            OutputStream.standardOutput.write(printed.joined(separator: "\n"))
        }
        if failed { throw ExitCode(1) }
    }

    private func summary(_ draft: Draft) -> String {
        let relations = draft.suggestions.count
        let factions = draft.newFactions.count
        return "\(relations) relation\(relations == 1 ? "" : "s") and \(factions) new faction\(factions == 1 ? "" : "s") suggested"
    }

    /// The corpus's registry and vocabulary; errors in the corpus (but in
    /// the articles being drafted) stop the command.
    private func readRegistry(excluding articles: [String]) throws -> Registry {
        guard !corpora.isEmpty else { return Registry(corpus: CorpusReader.read(files: []).corpus) }
        // A registry alone is a corpus enough to draft from (it has no articles yet).
        let result = CorpusReader.read(corpora, options: CorpusReader.Options(requiresArticles: false))
        let drafted = Set(articles.map(SuggestFiles.canonical))
        let errors = result.diagnostics.filter { $0.severity == .error && !drafted.contains(SuggestFiles.canonical($0.path)) }
        if !errors.isEmpty {
            DiagnosticPrinter(stream: .standardError).print(errors)
            OutputStream.standardError.write("factiongraph: the corpus has errors; fix them (factiongraph check) and run suggest again\n")
            throw ExitCode(1)
        }
        return Registry(corpus: result.corpus)
    }

    private func runEvaluation() throws {
        var reports: [String] = []
        for directory in articles {
            do {
                let evaluation = try Evaluation.run(directory: directory, threshold: minScore)
                reports.append(EvaluationText.report(evaluation))
            } catch {
                OutputStream.standardError.write("factiongraph: \(error)\n")
                throw ExitCode(1)
            }
        }
        OutputStream.standardOutput.write(reports.joined(separator: "\n"))
    }
}

/// The files `suggest` reads and drafts.
enum SuggestFiles {
    /// The articles named: files as given, directories as every `.md` and
    /// `.txt` file below them (hidden ones and corpus files aside).
    static func articles(_ arguments: [String]) throws -> [String] {
        var paths: [String] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                OutputStream.standardError.write("factiongraph: \(DisplayText.path(argument)): no such file or directory\n")
                throw ExitCode(1)
            }
            guard isDirectory.boolValue else { paths.append(argument); continue }
            let root = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
            var found: [String] = []
            let enumerator = FileManager.default.enumerator(atPath: root)
            while let relative = enumerator?.nextObject() as? String {
                let name = relative.split(separator: "/").last.map(String.init) ?? relative
                if name.hasPrefix(".") { enumerator?.skipDescendants(); continue }
                if (name.hasSuffix(".md") || name.hasSuffix(".txt")), name != "README.md" { found.append(root + "/" + relative) }
            }
            paths += found.sorted()
        }
        return paths
    }

    /// The files' texts; each one that cannot be read (not a regular file,
    /// too large, not UTF-8) is reported on standard error and left out,
    /// and `failed` is then true.
    static func read(_ paths: [String]) -> (inputs: [ArticleInput], failed: Bool) {
        var inputs: [ArticleInput] = []
        var failed = false
        for path in paths {
            // As `check` reads articles: regular files only (a named pipe
            // would block), at most `InputLimits.fileBytes`.
            switch FileBytes.read(path) {
            case .failure(let failure):
                OutputStream.standardError.write("\(DisplayText.path(path)): error: \(failure.message)\n")
                failed = true
            case .success(let bytes):
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    OutputStream.standardError.write("\(DisplayText.path(path)): error: not UTF-8 text\n")
                    failed = true
                    continue
                }
                inputs.append(ArticleInput(path: path, text: text))
            }
        }
        return (inputs, failed)
    }

    /// Drafts every article, in parallel (on at most `threads` threads,
    /// when given), keeping the order.
    static func draftAll(_ inputs: [ArticleInput], suggester: Suggester, threads: Int? = nil) -> [Draft] {
        let results = UnsafeMutableBufferPointer<Draft?>.allocate(capacity: inputs.count)
        results.initialize(repeating: nil)
        // (Deinitialised too: freeing the memory alone would keep every draft.)
        defer { _ = results.deinitialize(); results.deallocate() }
        nonisolated(unsafe) let shared = results
        // `concurrentPerform` runs at most `chunks` at once: `--threads N`
        // gives N; by default, small chunks keep every core busy.
        let chunks = max(1, min(inputs.count, threads ?? ProcessInfo.processInfo.activeProcessorCount * 4))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var index = chunk
            while index < inputs.count {
                shared[index] = suggester.draft(inputs[index])
                index += chunks
            }
        }
        return results.map { $0! }
    }

    /// A path as the file system resolves it, to compare two spellings.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
