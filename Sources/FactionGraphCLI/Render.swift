import ArgumentParser
import FactionGraph
import FactionGraphRender

/// `factiongraph render CORPUS...`: the snapshot as a diagram or as data.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the faction graph as of a date (DOT, SVG, PNG, PDF) or write it as JSON.",
        discussion: """
            The snapshot holds the relations in force at the end of --at's period \
            (default: the latest date in the corpus). With errors in the corpus nothing \
            is written and the exit status is 1. Diagnostics go to standard error.
            """
    )

    @OptionGroup var corpusOptions: CorpusOptions

    @Option(help: ArgumentHelp("Snapshot date: YYYY, YYYY-MM or YYYY-MM-DD (default: the corpus's latest date).",
                               valueName: "date"))
    var at: PartialDate?

    @OptionGroup var output: GraphOutputOptions

    @Flag(help: "Leave the legend out of the diagram.")
    var noLegend = false

    func run() throws {
        let format = try output.resolvedFormat()
        let result = corpusOptions.read(printingTo: .standardError)
        if result.hasErrors {
            DiagnosticPrinter(stream: .standardError).error("\(result.summary); nothing written")
            throw ExitCode(1)
        }
        let snapshot = SnapshotBuilder.snapshot(of: result.corpus, asOf: at)
        if format == .json {
            try output.write(Array(SnapshotJSON.document(snapshot).utf8), format: format)
            return
        }
        let engine = output.layout ?? .suggested(nodeCount: snapshot.factions.count)
        let dot = SnapshotDiagram.dot(snapshot, options: DiagramOptions(legend: !noLegend, layout: engine.rawValue))
        try output.write(try output.bytes(dot: dot, format: format, engine: engine), format: format)
    }
}
