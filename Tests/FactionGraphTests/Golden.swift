import Foundation
import Testing
import FactionGraphTestSupport

/// Golden files under `Tests/Fixtures/golden/`. Run the tests with
/// `UPDATE_GOLDEN=1` to rewrite them after an intended change, then review
/// the diff.
enum Golden {
    static let directory = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/golden")

    /// `frozen` files are never rewritten, even with `UPDATE_GOLDEN=1`:
    /// they record what must not change.
    static func check(_ actual: String, against name: String, frozen: Bool = false,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        if !frozen, ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name); run with UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        if let index = zip(actualLines, expectedLines).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
            Issue.record("\(name) differs at line \(index + 1):\n  expected: \(expectedLines[index])\n  actual:   \(actualLines[index])",
                         sourceLocation: sourceLocation)
        } else if actualLines.count != expectedLines.count {
            Issue.record("\(name) has \(actualLines.count) lines, expected \(expectedLines.count)", sourceLocation: sourceLocation)
        }
    }
}
