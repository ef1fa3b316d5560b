import Foundation
import FactionGraph

/// Progress on standard error for long reads: silent for the first second
/// and when standard error is not a terminal (logs and pipes stay clean),
/// then `reading 12000/100000 files` redrawn at most ten times a second.
final class ProgressReporter: @unchecked Sendable {
    private let lock = NSLock()
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var drawn = false

    /// A reporter when standard error is a terminal, `nil` otherwise.
    static func forTerminal() -> ProgressReporter? {
        OutputStream.standardError.isTerminal ? ProgressReporter() : nil
    }

    func update(done: Int, total: Int) {
        show("reading \(done)/\(total) files", last: done == total)
    }

    /// Shows `text` in place of the previous line (`last`: even if one was
    /// just drawn).
    func show(_ text: @autoclosure () -> String, last: Bool = false) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(started) > 1, now.timeIntervalSince(lastDrawn) > 0.1 || last else { return }
        lastDrawn = now
        drawn = true
        OutputStream.standardError.write("\r" + text())
    }

    /// Clears the progress line, if one was drawn.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { OutputStream.standardError.write("\r\u{1B}[K") }
        drawn = false
    }
}

extension CorpusReader {
    /// Reads with progress on a terminal's standard error.
    static func readWithProgress(_ paths: [String]) -> ReadResult {
        let reporter = ProgressReporter.forTerminal()
        defer { reporter?.finish() }
        var options = Options()
        if let reporter {
            options.progress = { done, total in reporter.update(done: done, total: total) }
        }
        return read(paths, options: options)
    }
}
