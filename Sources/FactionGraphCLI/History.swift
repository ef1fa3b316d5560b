import ArgumentParser
import FactionGraph

/// `factiongraph history CORPUS FACTION`: the story of one group.
struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List one faction's relations in date order: each began, ended, changed stance or rename, with its evidence.",
        discussion: "Exit status: 0, or 2 with errors in the corpus or an unknown faction."
    )

    @Argument(help: ArgumentHelp("The corpus directory (or files).", valueName: "corpus"))
    var corpus: String

    @Argument(help: ArgumentHelp("The faction: an id, a name (any it ever had) or an alias.", valueName: "faction"))
    var faction: String

    @Option(help: ArgumentHelp("text or json (default: text).", valueName: "format"))
    var format: OutputFormat = .text

    @OptionGroup var threading: ThreadOptions

    func validate() throws {
        guard format == .text || format == .json else { throw ValidationError("history writes text or json.") }
    }

    func run() throws {
        let corpus = try CorpusOptions.readValid([corpus], threads: threading, exitStatus: 2)
        let found = try FactionLookup(corpus).require(faction, exitStatus: 2)
        guard let history = FactionHistory.of(found.id, in: corpus) else { throw ExitCode(2) }
        try OutputStream.standardOutput.writeResult(format == .json ? HistoryJSON.document(history) : HistoryText.document(history))
    }
}
