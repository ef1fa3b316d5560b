import ArgumentParser
import FactionGraph
import FactionGraphImport

/// `factiongraph import FORMAT INPUT... -o CORPUS_DIR`: existing data as an
/// ordinary corpus.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert MMP, ACLED, UCDP GED or brat data into an annotated corpus.",
        discussion: """
            Writes one article per event or relationship (under a directory per year) and a \
            factions.yaml registry into CORPUS_DIR, a new directory or an existing corpus to add to. \
            Every row is accounted for in a summary on standard error; problems are printed as \
            input:line: error|warning: message. With errors nothing is written, unless \
            --skip-bad-rows. The result is read back and checked before it is put in place. \
            See docs/import.md for each format's mapping.
            """
    )

    @Argument(help: ArgumentHelp("The input's format: mmp, acled, ucdp or brat.", valueName: "format"))
    var format: ImportFormat

    @Argument(help: ArgumentHelp("Input files or directories (CSV files; brat .ann/.txt files).", valueName: "input"))
    var inputs: [String]

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The corpus directory to write or add to.", valueName: "corpus-dir"))
    var output: String

    @Option(help: ArgumentHelp("An existing factions.yaml: names resolve to its factions, and only new ones are written.", valueName: "factions.yaml"))
    var registry: String?

    @Flag(help: "Skip malformed rows (each reported as a warning and counted) instead of writing nothing.")
    var skipBadRows = false

    @Option(help: ArgumentHelp("brat: the mapping from brat labels to relation types (see docs/import.md).", valueName: "mapping.yaml"))
    var mapping: String?

    @Option(help: ArgumentHelp("brat: the date of documents that give none.", valueName: "date"))
    var published: PartialDate?

    @Flag(help: "Do not read the result back with the corpus reader before putting it in place.")
    var noCheck = false

    @OptionGroup var threading: ThreadOptions

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("Give at least one input file or directory.") }
        if format == .brat, mapping == nil { throw ValidationError("brat needs --mapping FILE: which brat labels are which relation types.") }
        if format != .brat, mapping != nil || published != nil {
            throw ValidationError("--mapping and --published are for brat only.")
        }
    }

    func run() throws {
        let progress = ProgressReporter.forTerminal()
        var options = ImportOptions(output: output, registry: registry, skipBadRows: skipBadRows, mapping: mapping,
                                    published: published, check: !noCheck)
        options.threads = threading.count
        if let progress {
            options.progress = { fraction in progress.show("importing: \(Int(fraction * 100))% of the input read") }
            options.checkProgress = { done, total in progress.show("checking: \(done)/\(total) files read back", last: done == total) }
        }
        let result = Importer.run(format, inputs: inputs, options: options)
        progress?.finish()
        let printer = ImportPrinter(stream: .standardError)
        printer.print(result.diagnostics)
        for line in result.summary.lines { OutputStream.standardError.write(line + "\n") }
        if !result.checkDiagnostics.isEmpty, result.checkDiagnostics.errorCount > 0 {
            DiagnosticPrinter(stream: .standardError).print(result.checkDiagnostics)
        }
        if let check = result.check {
            let hint = result.checkDiagnostics.warningCount > 0 ? " (factiongraph check lists the warnings)" : ""
            OutputStream.standardError.write("checked: \(check)\(hint)\n")
        }
        if result.wrote {
            OutputStream.standardError.write("wrote \(output)\n")
            return
        }
        if result.checkDiagnostics.errorCount > 0 {
            DiagnosticPrinter(stream: .standardError).error("the imported corpus does not pass check (a bug of the importer: please report it); nothing was written")
        } else {
            let advice = skipBadRows || result.errorCount == 0 ? "" : " (--skip-bad-rows imports the other rows)"
            DiagnosticPrinter(stream: .standardError).error("\(result.errorCount) error\(result.errorCount == 1 ? "" : "s"); nothing was written\(advice)")
        }
        throw ExitCode(1)
    }
}

extension ImportFormat: ExpressibleByArgument {}
