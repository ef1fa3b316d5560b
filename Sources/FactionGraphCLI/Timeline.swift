import ArgumentParser
import FactionGraph
import FactionGraphRender

/// `factiongraph timeline CORPUS -o page.html` (or `explore`): the graph at
/// every date as one self-contained page to explore.
struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Write one self-contained HTML page to explore the graph at every date: zoom, search, filters, quotes and paths.",
        discussion: """
            The page holds the corpus's factions, relations and quotes once, the positions of \
            one layout of every date's factions (with --layout), and for each date step what \
            changed. A slider scaled to real time, play, the arrow keys, Home and End step \
            through the dates; the view (date, focus, filters, zoom) is kept in the address's \
            #hash. The page needs no network, and runs no script but its own. \
            Exit status: 0 written; 1 errors in the corpus, no relations, or dates spanning more \
            than 2,000 --every periods (nothing written); \
            2 the output could not be written or Graphviz failed.
            """,
        aliases: ["explore"]
    )

    @OptionGroup var corpusOptions: CorpusOptions

    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp("Write the page to this file (.html); '-' or none: standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("A date step at every change (default), or at most one per month, quarter or year.",
                               valueName: "period"))
    var every: TimelineStep = .change

    @Option(help: ArgumentHelp("Graphviz engine laying out the factions of all dates once: dot, neato, fdp, sfdp, circo or twopi (default: dot up to 80 factions, sfdp beyond).",
                               valueName: "engine"))
    var layout: LayoutEngine?

    func validate() throws {
        if let output, output != "-", let dot = output.lastIndex(of: "."), !output[dot...].contains("/") {
            let ext = output[output.index(after: dot)...].lowercased()
            guard ext == "html" || ext == "htm" else {
                throw ValidationError("timeline writes HTML: name the file .html, not .\(ext).")
            }
        }
    }

    func run() throws {
        let printer = DiagnosticPrinter(stream: .standardError)
        let corpus = try corpusOptions.readValid(exitStatus: 1)
        let periods = TimelineFrames.periodCount(of: corpus, every: every)
        guard periods <= TimelineFrames.periodLimit else {
            printer.error("the corpus's dates span \(periods.grouped) \(every.rawValue)s, more than a timeline tries (\(TimelineFrames.periodLimit.grouped)); give a longer --every, or --every change; nothing written")
            throw ExitCode(1)
        }
        let data = ExplorerData.build(corpus, every: every)
        guard !data.steps.isEmpty else {
            printer.error("no relation holds at any date in the corpus; nothing written")
            throw ExitCode(1)
        }
        let engine = layout ?? .suggested(nodeCount: data.factions.count)
        GraphOutputOptions.warnIfUnreproducible(engine)
        let positions: [String: NodePosition]
        do {
            positions = try Graphviz.layoutPositions(dot: ExplorerLayout.dot(data, engine: engine.rawValue), layout: engine)
        } catch {
            printer.error("graphviz could not lay out the timeline: \(error.message)")
            throw ExitCode(2)
        }
        let layout = ExplorerLayout(engine: engine.rawValue, positions: positions.mapValues {
            NodeBox(x: $0.x, y: $0.y, width: $0.width, height: $0.height)
        })

        let period = every == .change ? "" : " (by \(every.rawValue))"
        let title = "Faction relations over time: \(corpusOptions.corpus.joined(separator: ", "))\(period)"
        let page = Array(ExplorerPage.document(title: title, data: data, layout: layout).utf8)
        if let output, output != "-" {
            do {
                try OutputFile.write(page, to: output)
            } catch {
                printer.error(error.description)
                throw ExitCode(2)
            }
        } else {
            try OutputStream.standardOutput.writeResult(page)
        }
    }
}

extension TimelineStep: ExpressibleByArgument {}
