import ArgumentParser
import FactionGraph

/// `factiongraph export CORPUS --format gexf|graphml|csv -o PATH`: the
/// whole corpus over time, for graph tools.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the faction graph over the whole corpus's time for Gephi, yEd, NetworkX, igraph, Neo4j or spreadsheets.",
        discussion: """
            gexf: a dynamic GEXF 1.3 graph, each faction and relation with the periods (spells) \
            in which it is in the snapshots. graphml: one edge per period in which a relation \
            holds unchanged, with start and end. csv: factions.csv, relations.csv (Neo4j admin \
            import headers) and reports.csv (one row per quote) in the directory -o names. \
            The edges holding on a day are those of the snapshot as of that day (render --at); \
            render --format gexf|graphml|csv writes one snapshot. See docs/exports.md. \
            Exit status: 0 written; 1 errors in the corpus (nothing written); 2 the output \
            could not be written.
            """
    )

    @OptionGroup var corpusOptions: CorpusOptions

    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp("Write to this file (.gexf, .graphml) or, for csv, into this directory; '-' or none: standard output (gexf, graphml).",
                               valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("gexf, graphml or csv (default: from -o's extension).", valueName: "format"))
    var format: Format?

    /// The formats `export` writes (the others are snapshots only).
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case gexf, graphml, csv
    }

    private func resolvedFormat() throws -> OutputFormat {
        let format = try GraphOutputOptions.resolvedFormat(format.flatMap { OutputFormat(rawValue: $0.rawValue) },
                                                           output: output, supported: ExportWriter.formats,
                                                           fallback: .gexf)
        if self.format == nil, output == nil || output == "-" {
            throw ValidationError("Name the format: --format gexf, graphml or csv (or -o FILE.gexf or FILE.graphml).")
        }
        return format
    }

    func validate() throws {
        try ExportWriter.validate(try resolvedFormat(), output: output)
    }

    func run() throws {
        let format = try resolvedFormat()
        let corpus = try corpusOptions.readValid(exitStatus: 1)
        try ExportWriter.write(DynamicGraph.of(corpus), corpus: corpus, format: format, to: output)
    }
}
