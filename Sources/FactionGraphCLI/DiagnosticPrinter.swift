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
        toolMessage(severity(.error), message)
    }

    func warning(_ message: String) {
        toolMessage(severity(.warning), message)
    }

    /// Something the user should know that is not wrong, such as a list
    /// cut at a limit: `factiongraph: note: message` (as compilers say it).
    func note(_ message: String) {
        toolMessage(coloured("note", code: "1;36"), message)
    }

    private func toolMessage(_ word: String, _ message: String) {
        stream.write("factiongraph: \(word): \(DisplayText.message(message))\n")
    }

    private func line(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.place): \(severity(diagnostic.severity)): \(diagnostic.printableMessage)\n"
    }

    private func severity(_ severity: Diagnostic.Severity) -> String {
        coloured(severity.rawValue, code: severity == .error ? "1;31" : "1;35")
    }

    /// `word` in the colour of ANSI `code` on a terminal, else as it is.
    private func coloured(_ word: String, code: String) -> String {
        colours ? "\u{1B}[\(code)m\(word)\u{1B}[0m" : word
    }
}
