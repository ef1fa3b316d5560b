import ArgumentParser
import FactionGraph

/// `factiongraph check CORPUS...`: validate and report.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a corpus and report every problem.",
        discussion: """
            Prints each problem as path:line:column: error|warning: message, then a \
            one-line summary, on standard output. Exit status: 0 without errors, 1 with, \
            2 when standard output cannot be written.
            """
    )

    @OptionGroup var options: CorpusOptions

    func run() throws {
        let result = options.read(printingTo: .standardOutput)
        try OutputStream.standardOutput.writeResult(result.summary + "\n")
        if result.hasErrors { throw ExitCode(1) }
    }
}
