import ArgumentParser
import FactionGraph
import FactionGraphRender

/// `factiongraph render CORPUS...`: the snapshot as a diagram or as data.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the faction graph as of a date (DOT, SVG, PNG, PDF) or write it as JSON, GEXF, GraphML or CSV.",
        discussion: """
            The snapshot holds the relations in force at the end of --at's period \
            (default: the latest date in the corpus). With errors in the corpus nothing \
            is written and the exit status is 1. Diagnostics go to standard error.
            """
    )

    @OptionGroup var corpusOptions: CorpusOptions
    @OptionGroup var snapshotOptions: SnapshotOptions

    @Option(help: ArgumentHelp("Draw only the factions within --depth hops of this one (id, name or alias).",
                               valueName: "faction"))
    var focus: String?

    @Option(help: ArgumentHelp("Hops around --focus (default: 1).", valueName: "n"))
    var depth: Int = 1

    @Option(help: RelationTypeList.help, transform: RelationTypeList.parse)
    var types: RelationTypeList?

    @OptionGroup var output: GraphOutputOptions

    @Flag(help: "Leave the legend out of the diagram.")
    var noLegend = false

    @Flag(help: "Draw an image even of a snapshot too large for one picture.")
    var force = false

    @Flag(inversion: .prefixedNo,
          help: "Number each relation and list its quotes in a table below the drawing (default: on for PDF, off otherwise).")
    var sources: Bool?

    @Option(help: ArgumentHelp("Draw relations not reported within this span before the date faded, labelled with their last report: 2y, 18m, 6w or 30d.",
                               valueName: "duration"),
            transform: { text in
                guard let duration = CalendarDuration(parsing: text) else {
                    throw ValidationError("--stale-after takes a number and a unit, y, m, w or d (2y, 18m, 6w, 30d), not '\(text)'.")
                }
                return duration
            })
    var staleAfter: CalendarDuration?

    /// Factions beyond which an image is refused without --force: sfdp, the
    /// fastest engine, took about 0.5 s for 1,000 nodes and 9 s for 5,000
    /// here, and such a picture is unreadable anyway.
    static let largestPicture = 2_000

    func validate() throws {
        guard depth >= 0 else { throw ValidationError("--depth must be 0 or more.") }
        let format = try output.resolvedFormat(supported: Self.formats, fallback: .dot)
        try ExportWriter.validate(format, output: output.output)
    }

    static let formats: [OutputFormat] = [.dot, .svg, .png, .pdf, .json] + ExportWriter.formats

    func run() throws {
        let format = try output.resolvedFormat(supported: Self.formats, fallback: .dot)
        let corpus = try corpusOptions.readValid(exitStatus: 1)
        var snapshot = snapshotOptions.snapshot(of: corpus, threading: corpusOptions.threading)
        var title: String?
        if let focus {
            let faction = try FactionLookup(corpus).require(focus, exitStatus: 1)
            snapshot = snapshot.neighbourhood(of: faction.id, depth: depth)
            let name = faction.name(asOf: snapshot.asOf)
            title = "Within \(depth) hop\(depth == 1 ? "" : "s") of \(name), as of \(snapshot.asOf)"
            if snapshot.edges.isEmpty {
                DiagnosticPrinter(stream: .standardError).warning("\(name) has no relations as of \(snapshot.asOf)")
            }
        }
        if let types {
            snapshot = snapshot.keeping(try types.types(in: corpus.vocabulary))
        }
        if format == .json {
            try output.write(SnapshotJSON.documentBytes(snapshot), format: format)
            return
        }
        if ExportWriter.formats.contains(format) {
            try ExportWriter.write(snapshot, format: format, to: output.output)
            return
        }
        if format.image != nil, snapshot.factions.count > Self.largestPicture, !force {
            DiagnosticPrinter(stream: .standardError).error(
                "the snapshot as of \(snapshot.asOf) has \(snapshot.factions.count) factions and \(snapshot.edges.count) relations, too many for one picture (more than \(Self.largestPicture)); draw a neighbourhood with --focus FACTION [--depth N], keep some relation types with --types, write --format dot or json, or give --force")
            throw ExitCode(1)
        }
        let engine = output.layout ?? .suggested(nodeCount: snapshot.factions.count)
        let options = DiagramOptions(title: title, legend: !noLegend, layout: engine.rawValue,
                                     sources: sources ?? (format == .pdf), staleAfter: staleAfter)
        let diagram = try output.diagram(engine: engine, nodeCount: snapshot.factions.count) { labels in
            SnapshotDiagram.dotBytes(snapshot, options: options, labels: labels)
        }
        try output.write(try output.bytes(dot: diagram.dot, format: format, engine: diagram.engine), format: format)
    }
}
