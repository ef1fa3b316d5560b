import Foundation
import Testing
import FactionGraphTestSupport
@testable import FactionGraph

/// Every input kept in Tests/Fixtures/fuzz (crashes found by fuzzing and
/// hostile cases) runs through the fuzz targets' entry points without
/// trapping, in the plain build too; `make test` then fuzzes from them.
@Suite struct FuzzFixtureTests {
    static func fixtures(_ folder: String) -> [String] {
        let directory = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/fuzz/\(folder)")
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .sorted().map { directory.appendingPathComponent($0).path }
    }

    @Test func thereAreFixturesForBothTargets() {
        #expect(Self.fixtures("front-matter").count >= 10)
        #expect(Self.fixtures("registry").count >= 5)
    }

    @Test(arguments: fixtures("front-matter"))
    func articleFixturesRun(path: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        bytes.withUnsafeBufferPointer { FuzzEntryPoints.article($0) }
    }

    @Test(arguments: fixtures("registry"))
    func registryFixturesRun(path: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        bytes.withUnsafeBufferPointer { FuzzEntryPoints.registry($0) }
    }

    /// The fixed article of the registry target is valid against the fixed
    /// registry of the article target: both targets reach past `check`.
    @Test func theFixedFilesFormAValidCorpus() {
        let result = CorpusReader.read(files: [("factions.yaml", FuzzEntryPoints.registryText), ("a.md", FuzzEntryPoints.articleText)])
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        #expect(result.corpus.relations.count == 3)
    }
}
