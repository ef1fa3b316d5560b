/// One problem found in a corpus: an error (the corpus yields no graph) or a
/// warning (reported, but the graph is built).
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    /// Where the problem is. `nil` only for a path that could not be read at
    /// all (a missing directory), which has no line to point at.
    public var location: SourceLocation?
    /// `path` for problems without a line (see `location`).
    public var path: String
    public var message: String

    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.path = location.path
        self.message = message
    }

    public init(_ severity: Severity, path: String, _ message: String) {
        self.severity = severity
        self.location = nil
        self.path = path
        self.message = message
    }

    public static func error(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.error, at: location, message)
    }

    public static func warning(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.warning, at: location, message)
    }

    /// `path:line:column`, or `path` when there is no line, escaped for
    /// printing (see `DisplayText`).
    public var place: String {
        location.map(\.description) ?? DisplayText.path(path)
    }

    /// The message, its control characters escaped for printing.
    public var printableMessage: String { DisplayText.message(message) }

    /// `path:line:column: error: message`, or `path: error: message` when
    /// there is no line; escaped for printing (see `DisplayText`).
    public var description: String {
        "\(place): \(severity.rawValue): \(printableMessage)"
    }
}

extension Array where Element == Diagnostic {
    /// The number of errors among these diagnostics.
    public var errorCount: Int { count(where: { $0.severity == .error }) }
    /// The number of warnings among these diagnostics.
    public var warningCount: Int { count(where: { $0.severity == .warning }) }
}
