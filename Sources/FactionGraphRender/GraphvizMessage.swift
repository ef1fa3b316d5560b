/// What Graphviz said while parsing, laying out or rendering (captured, never printed to stderr).
///
/// `text` is Graphviz's message without its `Error: ` or `Warning: ` prefix
/// and without the trailing line break, for example
/// `syntax error in line 3 near 'x'`.
public struct GraphvizMessage: Sendable, Equatable, CustomStringConvertible {
    /// How serious Graphviz judged the message.
    public enum Severity: String, Sendable {
        /// Graphviz gave up on this step (or its result is not to be trusted).
        case error
        /// Graphviz went on, perhaps ignoring an attribute or a value.
        case warning
    }

    /// How serious Graphviz judged the message.
    public var severity: Severity
    /// The message itself, as Graphviz worded it.
    public var text: String

    /// Creates a message (for tests and for callers that relay messages).
    public init(severity: Severity, text: String) {
        self.severity = severity
        self.text = text
    }

    /// `error: ...` or `warning: ...`, one message as a user would read it.
    public var description: String {
        "\(severity.rawValue): \(text)"
    }
}
