import ArgumentParser
import FactionGraph

/// `factiongraph balance CORPUS`: the tension points of a conflict.
struct Balance: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balance",
        abstract: "List the unbalanced triangles of the signed snapshot, with their evidence.",
        discussion: """
            Each relation counts with its type's polarity in the vocabulary: allegiance, \
            alliance, truce and merger are friendly (+), combat and rivalry hostile (-), and \
            types without a sign (split, ?) are left out. A triangle is unbalanced when it has an odd number of hostile sides: two \
            friends of a group fighting each other, or three groups all fighting each other. \
            Exit status: 0, or 1 with errors in the corpus.
            """
    )

    @OptionGroup var corpusOptions: CorpusOptions
    @OptionGroup var snapshotOptions: SnapshotOptions

    @Option(help: ArgumentHelp("text or json (default: text).", valueName: "format"))
    var format: OutputFormat = .text

    func validate() throws {
        guard format == .text || format == .json else { throw ValidationError("balance writes text or json.") }
    }

    func run() throws {
        let corpus = try corpusOptions.readValid(exitStatus: 1)
        let snapshot = snapshotOptions.snapshot(of: corpus, threading: corpusOptions.threading)
        let report = StructuralBalance.analyse(snapshot)
        // Names as of the snapshot's date (a faction may have been renamed).
        let names = Dictionary(uniqueKeysWithValues: corpus.factions.values.map { ($0.id, $0.name(asOf: snapshot.asOf)) })
        let text = format == .json
            ? BalanceOutput.json(report, names: names, articles: snapshot.articles)
            : BalanceOutput.text(report, names: names, articles: snapshot.articles)
        try OutputStream.standardOutput.writeResult(text)
    }
}
