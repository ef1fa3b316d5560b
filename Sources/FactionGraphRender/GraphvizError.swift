/// A rendering failure, with Graphviz's own messages.
///
/// `message` says which step failed and why, for example
/// `Graphviz could not parse the DOT: syntax error in line 3 near 'x'`;
/// `messages` holds everything Graphviz said during the attempt, warnings
/// included, in the order it said them.
public struct GraphvizError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One readable sentence: the failed step and Graphviz's reason.
    public var message: String
    /// Every message Graphviz gave during the failed attempt.
    public var messages: [GraphvizMessage]

    /// Creates an error from a readable message and Graphviz's messages.
    public init(message: String, messages: [GraphvizMessage] = []) {
        self.message = message
        self.messages = messages
    }

    /// The readable message.
    public var description: String { message }
}

extension GraphvizError {
    /// An error for a failed step, worded from what Graphviz reported.
    ///
    /// - Parameter step: what was attempted, completing "Graphviz could not ...",
    ///   e.g. "parse the DOT".
    static func failed(_ step: String, messages: [GraphvizMessage]) -> GraphvizError {
        let reasons = messages.filter { $0.severity == .error }.map(\.text)
        let message = reasons.isEmpty
            ? "Graphviz could not \(step) (Graphviz gave no reason)"
            : "Graphviz could not \(step): \(reasons.joined(separator: "; "))"
        return GraphvizError(message: message, messages: messages)
    }
}
