#if canImport(Glibc)
import Glibc
#endif
import FactionGraph

/// Prints diagnostics one per line, `path:line:column: error: message`,
/// with the severity coloured on a terminal (unless `NO_COLOR` is set).
struct DiagnosticPrinter {
    let stream: OutputStream

    private var colours: Bool {
        stream.isTerminal && getenv("NO_COLOR") == nil
    }

    func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        stream.write(diagnostics.map(line).joined())
    }

    /// One message of the tool itself: `factiongraph: error: message`.
    /// Control characters in `message` are escaped (`DisplayText`).
    func error(_ message: String) {
        stream.write("factiongraph: \(severity(.error)): \(DisplayText.message(message))\n")
    }

    func warning(_ message: String) {
        stream.write("factiongraph: \(severity(.warning)): \(DisplayText.message(message))\n")
    }

    /// Something the user should know that is not wrong, such as a list
    /// cut at a limit: `factiongraph: note: message` (as compilers say it).
    func note(_ message: String) {
        let word = colours ? "\u{1B}[1;36mnote\u{1B}[0m" : "note"
        stream.write("factiongraph: \(word): \(DisplayText.message(message))\n")
    }

    private func line(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.place): \(severity(diagnostic.severity)): \(diagnostic.printableMessage)\n"
    }

    private func severity(_ severity: Diagnostic.Severity) -> String {
        guard colours else { return severity.rawValue }
        let code = severity == .error ? "1;31" : "1;35"
        return "\u{1B}[\(code)m\(severity.rawValue)\u{1B}[0m"
    }
}
