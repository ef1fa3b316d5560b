#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import FactionGraph
import FactionGraphRender

/// `factiongraph diff`: what changed between two dates, or two corpora.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two dates of a corpus, or between two corpora at one date.",
        usage: """
            factiongraph diff <corpus> --from <date> [--to <date>] [<options>]
            factiongraph diff <old-corpus> <new-corpus> [--at <date>] [<options>]
            """,
        discussion: """
            Text output reads like a unified diff: + added, - removed, ~ stance changed \
            (truce -> combat) or faction renamed, each with the evidence that makes the \
            difference. Exit status, like diff(1): 0 no differences, 1 differences, 2 \
            trouble (errors in a corpus, an unwritable output).
            """
    )

    @Argument(help: ArgumentHelp("One corpus (with --from/--to), or an old and a new corpus.", valueName: "corpus"))
    var corpora: [String]

    @Option(help: ArgumentHelp("With one corpus: the earlier date.", valueName: "date"))
    var from: PartialDate?

    @Option(help: ArgumentHelp("With one corpus: the later date (default: the corpus's latest date).", valueName: "date"))
    var to: PartialDate?

    @Option(help: ArgumentHelp("With two corpora: the date of both snapshots (default: the latest date in either).",
                               valueName: "date"))
    var at: PartialDate?

    @OptionGroup var output: GraphOutputOptions

    @OptionGroup var threading: ThreadOptions

    static let formats: [OutputFormat] = [.text, .json, .dot, .svg, .png, .pdf]

    func validate() throws {
        switch corpora.count {
        case 1:
            guard from != nil else { throw ValidationError("With one corpus, give --from DATE (and optionally --to DATE).") }
            guard at == nil else { throw ValidationError("--at goes with two corpora; with one, give --from and --to.") }
        case 2:
            guard from == nil, to == nil else { throw ValidationError("--from and --to go with one corpus; with two, give --at.") }
        default:
            throw ValidationError("Give one corpus with --from/--to, or two corpora.")
        }
        _ = try output.resolvedFormat(supported: Self.formats, fallback: .text)
    }

    func run() throws {
        let format = try output.resolvedFormat(supported: Self.formats, fallback: .text)
        let diff: SnapshotDiff
        let labels: (old: String, new: String)
        var corpusNames: (old: String, new: String)?
        if corpora.count == 1, let from {
            let corpus = try CorpusOptions.readValid(corpora, threads: threading, exitStatus: 2)
            let old = SnapshotBuilder.snapshot(of: corpus, asOf: from)
            let new = SnapshotBuilder.snapshot(of: corpus, asOf: to)
            diff = SnapshotDiffer.diff(old, new)
            labels = ("\(corpora[0]) as of \(old.asOf)", "\(corpora[0]) as of \(new.asOf)")
        } else {
            let oldCorpus = try CorpusOptions.readValid([corpora[0]], threads: threading, exitStatus: 2)
            let newCorpus = try CorpusOptions.readValid([corpora[1]], threads: threading, exitStatus: 2)
            let date = at ?? [oldCorpus.defaultDate, newCorpus.defaultDate].compactMap { $0 }.max()
            diff = SnapshotDiffer.diff(SnapshotBuilder.snapshot(of: oldCorpus, asOf: date),
                                       SnapshotBuilder.snapshot(of: newCorpus, asOf: date))
            labels = ("\(corpora[0]) as of \(diff.old.asOf)", "\(corpora[1]) as of \(diff.new.asOf)")
            corpusNames = (corpora[0], corpora[1])
        }

        let bytes: [UInt8]
        switch format {
        case .text:
            let toTerminal = output.output == nil && OutputStream.standardOutput.isTerminal && !noColor
            bytes = Array(DiffText.document(diff, oldLabel: labels.old, newLabel: labels.new,
                                            palette: toTerminal ? .terminal : .none).utf8)
        case .json:
            bytes = Array(DiffJSON.document(diff, corpora: corpusNames).utf8)
        default:
            let factionCount = Set(diff.old.factions.map(\.id)).union(diff.new.factions.map(\.id)).count
            let engine = output.layout ?? .suggested(nodeCount: factionCount)
            let diagram = try output.diagram(engine: engine, nodeCount: factionCount) { layout in
                Array(DiffDiagram.dot(diff, title: "Changes from \(labels.old) to \(labels.new)", layout: engine.rawValue,
                                      labels: layout).utf8)
            }
            bytes = try output.bytes(dot: diagram.dot, format: format, engine: diagram.engine)
        }
        try output.write(bytes, format: format)
        if !diff.isEmpty { throw ExitCode(1) }
    }

    private var noColor: Bool { getenv("NO_COLOR") != nil }
}
