import Testing
@testable import FactionGraphRender

/// Graphviz's callback pieces become whole messages.
struct MessageCollectorTests {
    @Test func piecesBecomeMessages() {
        var collector = MessageCollector()
        for piece in ["Warning", ": ", "nocolor is not a known color.\n", "Error", ": ", "syntax error in line 3 near 'x'\n"] {
            collector.receive(piece)
        }
        #expect(collector.take() == [
            GraphvizMessage(severity: .warning, text: "nocolor is not a known color."),
            GraphvizMessage(severity: .error, text: "syntax error in line 3 near 'x'"),
        ])
        #expect(collector.take().isEmpty)
    }

    @Test func continuationsExtendTheMessageBefore() {
        var collector = MessageCollector()
        for piece in ["Error", ": ", "in label of node ", "a\n", "Error", ": ", "Error\n"] {
            collector.receive(piece)
        }
        #expect(collector.take() == [
            GraphvizMessage(severity: .error, text: "in label of node a"),
            GraphvizMessage(severity: .error, text: "Error"),
        ])
    }

    @Test func aSeverityWordIsAHeaderOnlyBeforeTheSeparator() {
        var collector = MessageCollector()
        for piece in ["Warning", ": ", "no line break", "Error", ": ", "next", "Warning"] {
            collector.receive(piece)
        }
        #expect(collector.take() == [
            GraphvizMessage(severity: .warning, text: "no line break"),
            GraphvizMessage(severity: .error, text: "nextWarning"),
        ])
    }

    @Test func mutedPiecesAreDropped() {
        var collector = MessageCollector()
        collector.isMuted = true
        collector.receive("Error")
        collector.receive(": ")
        collector.receive("ignored\n")
        collector.isMuted = false
        #expect(collector.take().isEmpty)
    }
}
