import ArgumentParser
import Foundation

/// `--threads N` for every command that reads a corpus, with the
/// environment variable `FACTIONGRAPH_THREADS` as its default: on a shared
/// machine, reading on one thread leaves the other cores to other work.
/// The output is the same whatever the number.
struct ThreadOptions: ParsableArguments {
    static let environmentVariable = "FACTIONGRAPH_THREADS"

    @Option(help: ArgumentHelp("Threads for reading the corpus (default: $FACTIONGRAPH_THREADS, else one per core). The output is the same whatever the number.",
                               valueName: "n"))
    var threads: Int?

    func validate() throws {
        _ = try requested()
    }

    /// The number of threads asked for: the option, else the environment
    /// variable, else `nil` (one per core).
    func requested() throws -> Int? {
        if let threads {
            guard threads >= 1 else { throw ValidationError("--threads takes a whole number of at least 1, not \(threads).") }
            return threads
        }
        guard let text = ProcessInfo.processInfo.environment[Self.environmentVariable], !text.isEmpty else { return nil }
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)), value >= 1 else {
            throw ValidationError("\(Self.environmentVariable) must be a whole number of at least 1, not '\(text)'.")
        }
        return value
    }

    /// `requested()`, for use after validation (which has reported any
    /// bad value).
    var count: Int? { (try? requested()) ?? nil }
}
