import Foundation

/// Paths in this repository and in the build, for tests.
public enum RepositoryPaths {
    /// The repository's root (this file is `Tests/Support/RepositoryPaths.swift`).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `samples/`, the bundled corpus.
    public static var samples: String { root.appendingPathComponent("samples").path }

    /// The samples as they were before relation types became a vocabulary
    /// (the format's five types only): their DOT and JSON must never change.
    public static var fiveTypes: String { root.appendingPathComponent("Tests/Fixtures/five-types").path }

    /// The `factiongraph` binary built beside the test bundle.
    public static var executable: String {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = testBinary.deletingLastPathComponent()
        // On Linux the tests run from `.build/<config>/X.xctest`; elsewhere from inside a bundle.
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("factiongraph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate.path }
            directory = directory.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/factiongraph").path
    }

    /// A new empty directory under the system's temporary directory.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("factiongraph-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
