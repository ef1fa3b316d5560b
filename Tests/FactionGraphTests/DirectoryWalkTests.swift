import Foundation
import Testing
import FactionGraphTestSupport
@testable import FactionGraph

/// Listing a corpus with its top directories walked side by side finds the
/// same files, in the same order, with the same errors and counts, as the
/// walk in order; links that lead two walks to one directory included.
@Suite struct DirectoryWalkTests {
    /// A corpus of year directories, with nested ones, hidden and other
    /// files, an unreadable link, and whatever `links` adds (path, target).
    static func corpus(links: [(String, String)] = []) throws -> URL {
        let root = try RepositoryPaths.temporaryDirectory()
        let manager = FileManager.default
        var files = ["factions.yaml": "g1: Group 1\n", "top.md": "x\n", "notes.txt": "x\n", ".hidden.md": "x\n"]
        for year in 2010...2014 {
            for day in 1...4 { files["\(year)/\(year)-0\(day)-a.md"] = "x\n" }
            files["\(year)/inner/\(year)-deep.md"] = "x\n"
            files["\(year)/inner/readme.markdown"] = "x\n"
        }
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("2012/gone.md").path,
                                       withDestinationPath: "nowhere.md")
        for (path, target) in links {
            try manager.createSymbolicLink(atPath: root.appendingPathComponent(path).path, withDestinationPath: target)
        }
        return root
    }

    /// Everything a listing gives, as text.
    static func listing(_ root: URL, threads: Int) -> [String] {
        let (files, diagnostics, contents) = InputFiles.collect([root.path], threads: threads)
        return files.map { "\($0.role) \($0.displayPath) \($0.defaultArticleID)" }
            + diagnostics.map(\.description)
            + contents.map { "\($0.markdownFiles) \($0.hasRegistry) \($0.otherFiles.sorted { $0.key < $1.key })" }
    }

    @Test(arguments: [
        [],
        // A top directory that is a link to another.
        [("2015", "2011")],
        // A link from one year into another, and into the root.
        [("2010/to-2013", "../2013")],
        [("2014/inner/root", "../..")],
    ])
    func sideBySideIsInOrder(_ links: [(String, String)]) throws {
        let root = try Self.corpus(links: links)
        let inOrder = Self.listing(root, threads: 1)
        #expect(inOrder.filter { $0.hasPrefix("article ") }.count >= 26)
        #expect(inOrder.contains { $0.contains("2012/gone.md: error: cannot read this file: it is a dangling symbolic link") })
        for threads in [2, 3, 8] {
            #expect(Self.listing(root, threads: threads) == inOrder)
        }
    }
}
