import ArgumentParser
import CSignalCleanup

/// The `factiongraph` command: its subcommands are the tool's verbs.
///
/// Every subcommand gives its `commandName`: without one, ArgumentParser
/// derives it from the type's name with `String(describing:)`, whose
/// dynamic casts scan all the conformance records of the statically linked
/// binary, 11 million instructions at every start.
public struct FactionGraphCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "factiongraph",
        abstract: "Faction relationship graphs from annotated articles.",
        discussion: """
            A corpus is a directory of annotated articles (Markdown with YAML front \
            matter) and an optional factions.yaml registry at its root, or a list of \
            such files. See docs/format.md for the format and docs/cli.md for the commands.
            """,
        version: "0.1.0",
        subcommands: [Check.self, Render.self, Diff.self, History.self, Path.self, Balance.self, Timeline.self, Import.self, Export.self, Suggest.self]
    )

    public init() {}

    /// Runs the command line, with the signal handlers that remove an
    /// output's temporary file installed first (see `OutputFile`).
    public static func main() {
        fg_cleanup_install()
        main(nil)
    }
}
