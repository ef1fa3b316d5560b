import ArgumentParser
import FactionGraph

/// The corpus arguments every command takes.
struct CorpusOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Corpus directories or article files.", valueName: "corpus"))
    var corpus: [String]

    @OptionGroup var threading: ThreadOptions

    /// Reads the corpus; prints its diagnostics to `stream`.
    func read(printingTo stream: OutputStream) -> ReadResult {
        let result = CorpusReader.readWithProgress(corpus, threads: threading.count)
        DiagnosticPrinter(stream: stream).print(result.diagnostics)
        Self.keptUntilExit.append(result)
        return result
    }

    /// Every corpus a command reads, never freed: the command's process
    /// ends soon after, and the system takes its memory back at once,
    /// where freeing half a million relations one by one (each with its
    /// details, quotes and locations) cost 2-3 % of `check`'s CPU time
    /// on 100,000 articles. A command reads one corpus or two.
    nonisolated(unsafe) private static var keptUntilExit: [ReadResult] = []

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
