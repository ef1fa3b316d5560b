import ArgumentParser
import FactionGraph

/// The corpus arguments every command takes.
struct CorpusOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Corpus directories or article files.", valueName: "corpus"))
    var corpus: [String]

    @OptionGroup var threading: ThreadOptions

    /// Reads the corpus; prints its diagnostics to `stream`.
    func read(printingTo stream: OutputStream) -> ReadResult {
        Self.read(corpus, threads: threading, printingTo: stream)
    }

    /// Reads `paths`, kept until the process exits; prints their
    /// diagnostics to `stream`.
    static func read(_ paths: [String], threads: ThreadOptions, printingTo stream: OutputStream) -> ReadResult {
        let result = CorpusReader.readWithProgress(paths, threads: threads.count)
        KeptUntilExit.keep(result)
        DiagnosticPrinter(stream: stream).print(result.diagnostics)
        return result
    }

    func validate() throws {
        guard !corpus.isEmpty else { throw ValidationError("Give at least one corpus directory or file.") }
    }
}

/// Dates on the command line: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
extension PartialDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(parsing: argument)
    }
}
