import ArgumentParser
import FactionGraph
import FactionGraphRender

/// `factiongraph timeline CORPUS -o timeline.html`: the graph's history as
/// one page to step through.
struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write one self-contained HTML page stepping through the periods in which the graph changed.",
        discussion: """
            Each frame is the snapshot as of a date, drawn as SVG with that step's changes \
            marked, beside the list of changes with their quotes; a slider and the arrow keys \
            step through the frames, #frame=N opens frame N (from 0). Factions keep their place \
            in every frame: the union of all frames is laid out once (with --layout) and every \
            frame is drawn on those positions. The page needs no network to be viewed. \
            Exit status: 0 written; 1 errors in the corpus or no relations (nothing written); \
            2 the output could not be written or Graphviz failed.
            """
    )

    @OptionGroup var corpusOptions: CorpusOptions

    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp("Write the page to this file (.html); '-' or none: standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("A frame at every change (default), or at most one per month, quarter or year.",
                               valueName: "period"))
    var every: TimelineStep = .change

    @Option(help: ArgumentHelp("Graphviz engine laying out the union of all frames: dot, neato, fdp, sfdp, circo or twopi (default: dot up to 80 factions, sfdp beyond).",
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
        let frames = TimelineFrames.frames(of: corpus, every: every)
        guard !frames.isEmpty else {
            printer.error("no relation holds at any date in the corpus; nothing written")
            throw ExitCode(1)
        }
        let union = TimelineUnion(frames)
        let engine = layout ?? .suggested(nodeCount: union.factions.count)
        let drawn: (svgs: [String], warnings: [String])
        do {
            drawn = try TimelineRendering.svgs(frames, union: union, engine: engine)
        } catch {
            printer.error("graphviz could not render the timeline: \(error.message)")
            throw ExitCode(2)
        }
        for warning in drawn.warnings { printer.warning("graphviz: \(warning)") }

        let period = every == .change ? "" : " (by \(every.rawValue))"
        let title = "Faction relations over time: \(corpusOptions.corpus.joined(separator: ", "))\(period)"
        let page = Array(TimelinePage.document(title: title, frames: frames, svgs: drawn.svgs).utf8)
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
