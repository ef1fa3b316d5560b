/// Reassembles Graphviz's messages from the pieces its error callback gets.
///
/// Graphviz hands a user callback each message in pieces: `"Error"` or
/// `"Warning"`, then `": "`, then the formatted text (which normally ends in
/// a line break). A continuation (`AGPREV`) arrives as text alone and extends
/// the message before it. So a severity word starts a message only when the
/// separator follows it; otherwise it was text.
struct MessageCollector {
    /// While set, pieces are dropped (for calls whose messages mean nothing).
    var isMuted = false
    private var messages: [GraphvizMessage] = []
    /// A severity word that starts a message if `": "` comes next.
    private var pendingHeader: (severity: GraphvizMessage.Severity, word: String)?

    /// Adds one piece as the callback received it.
    mutating func receive(_ piece: String) {
        if isMuted { return }
        if let header = pendingHeader {
            pendingHeader = nil
            if piece == ": " {
                messages.append(GraphvizMessage(severity: header.severity, text: ""))
                return
            }
            append(header.word)
        }
        if let severity = Self.severity(named: piece) {
            pendingHeader = (severity, piece)
        } else {
            append(piece)
        }
    }

    /// The messages so far, trimmed of surrounding blanks and line breaks,
    /// and a fresh start.
    mutating func take() -> [GraphvizMessage] {
        if let header = pendingHeader {
            append(header.word)
            pendingHeader = nil
        }
        defer { messages = [] }
        return messages.map { message in
            var message = message
            message.text = String(message.text.drop(while: \.isWhitespace))
            while let last = message.text.last, last.isWhitespace {
                message.text.removeLast()
            }
            return message
        }
    }

    private mutating func append(_ text: String) {
        if messages.isEmpty {
            // Text before any header: Graphviz sends continuations only after
            // a message, so this is unexpected; keep it rather than lose it.
            messages.append(GraphvizMessage(severity: .warning, text: text))
        } else {
            messages[messages.count - 1].text += text
        }
    }

    private static func severity(named piece: String) -> GraphvizMessage.Severity? {
        switch piece {
        case "Error": .error
        case "Warning": .warning
        default: nil
        }
    }
}
