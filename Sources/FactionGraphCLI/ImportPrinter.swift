#if canImport(Glibc)
import Glibc
#endif
import FactionGraphImport

/// Prints import problems one per line, `input.csv:12: warning: message`,
/// the severity coloured on a terminal (unless `NO_COLOR` is set).
struct ImportPrinter {
    let stream: OutputStream

    func print(_ diagnostics: [ImportDiagnostic]) {
        guard !diagnostics.isEmpty else { return }
        let colours = stream.isTerminal && getenv("NO_COLOR") == nil
        stream.write(diagnostics.map { diagnostic in
            let place = diagnostic.location.line > 0 ? diagnostic.location.description : diagnostic.location.path
            let severity = diagnostic.severity.rawValue
            let shown = colours ? "\u{1B}[\(diagnostic.severity == .error ? "1;31" : "1;35")m\(severity)\u{1B}[0m" : severity
            return "\(place): \(shown): \(diagnostic.message)\n"
        }.joined())
    }
}
