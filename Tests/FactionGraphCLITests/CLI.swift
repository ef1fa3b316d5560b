import Foundation
import FactionGraphTestSupport

/// Runs the built `factiongraph` binary as a user would.
enum CLI {
    /// Runs the binary; a run over 30 s is killed (status 9, from SIGKILL):
    /// no command may hang.
    static func run(_ arguments: [String], in directory: String? = nil,
                    environment: [String: String]? = nil, stdin: [UInt8] = []) throws -> ProcessResult {
        try Subprocess.run(RepositoryPaths.executable, arguments, stdin: stdin, directory: directory,
                           environment: environment, timeout: 30)
    }

    /// A corpus directory with `files` (relative path -> text).
    static func corpus(_ files: [String: String]) throws -> URL {
        let directory = try RepositoryPaths.temporaryDirectory()
        for (path, text) in files {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return directory
    }

    static let registry = """
        hts:
          name: Hayat Tahrir al-Sham
          aliases: [Tahrir al-Sham]
        hurras: Hurras al-Din

        """

    static let goodArticle = """
        ---
        article: {title: Clashes, published: 2018-11-19}
        relations:
          - combat: hts -- Hurras al-Din
            evidence: fought Hurras al-Din
        ---
        Tahrir al-Sham fought Hurras al-Din near Harem.

        """

    static let badArticle = """
        ---
        article: {title: Clashes, published: 2018-11-19}
        relations:
          - combat: hts -- Huras al-Din
            evidence: fought Hurras al-Din
        ---
        Tahrir al-Sham fought Hurras al-Din near Harem.

        """
}
