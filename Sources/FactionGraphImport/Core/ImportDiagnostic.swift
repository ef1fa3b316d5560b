/// A problem found while importing: an error (nothing is written, unless
/// the row may be skipped with `--skip-bad-rows`) or a warning (a value was
/// repaired or guessed, a row or an actor was left out for a stated reason).
public struct ImportDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    /// Where: a file and line, or only a file (`line` 0) for a problem with
    /// the whole file (one that cannot be opened).
    public var location: InputLocation
    public var message: String

    public init(_ severity: Severity, at location: InputLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// `input.csv:12: error: message`, or `input.csv: error: message`
    /// without a line.
    public var description: String {
        let place = location.line > 0 ? location.description : location.path
        return "\(place): \(severity.rawValue): \(message)"
    }
}

/// A problem that stops reading one input (a file that cannot be read, a
/// header without the columns a format needs, a quote that never closes).
/// It is reported as an error with its place; other inputs are still read,
/// so that one run reports every problem.
public struct ImportError: Error, Sendable, CustomStringConvertible {
    public var location: InputLocation
    public var message: String

    public init(at location: InputLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    /// For a problem with a whole file.
    public init(path: String, _ message: String) {
        self.init(at: InputLocation(path: path, line: 0), message)
    }

    public var description: String { ImportDiagnostic(.error, at: location, message).description }

    var diagnostic: ImportDiagnostic { ImportDiagnostic(.error, at: location, message) }
}
