import ArgumentParser
import FactionGraph

/// `--at`, and turning faction references into factions, for the commands
/// that query one snapshot.
struct SnapshotOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Snapshot date: YYYY, YYYY-MM or YYYY-MM-DD (default: the corpus's latest date).",
                               valueName: "date"))
    var at: PartialDate?

    /// The snapshot as of `--at`, made with the threads `threading` asks for.
    func snapshot(of corpus: Corpus, threading: ThreadOptions) -> Snapshot {
        SnapshotBuilder.snapshot(of: corpus, asOf: at, threads: Parallel.threads(threading.count))
    }
}

extension FactionLookup {
    /// The faction `reference` names, or an error with the closest names
    /// printed to standard error, exiting with `status`.
    func require(_ reference: String, exitStatus status: Int32) throws -> Faction {
        switch find(reference) {
        case .found(let faction):
            return faction
        case .unknown(let suggestions):
            var message = "unknown faction '\(reference)'"
            if !suggestions.isEmpty { message += "; closest known: " + suggestions.map { "'\($0)'" }.joined(separator: ", ") }
            DiagnosticPrinter(stream: .standardError).error(message)
            throw ExitCode(status)
        }
    }
}

extension CorpusOptions {
    /// Reads the corpus, printing diagnostics to standard error; exits with
    /// `status` when it has errors.
    func readValid(exitStatus status: Int32) throws -> Corpus {
        try Self.readValid(corpus, threads: threading, exitStatus: status)
    }

    static func readValid(_ paths: [String], threads: ThreadOptions, exitStatus status: Int32) throws -> Corpus {
        let result = read(paths, threads: threads, printingTo: .standardError)
        if result.hasErrors {
            DiagnosticPrinter(stream: .standardError).error("\(result.summary); nothing written")
            throw ExitCode(status)
        }
        return result.corpus
    }
}
