import Foundation
import Testing
import FactionGraphTestSupport
@testable import FactionGraphImport

/// The `fuzz-import` target's entry point reaches the importers' whole
/// path from its seeds (so fuzzing starts past the header checks), and
/// every input kept in Tests/Fixtures/fuzz/import runs through it.
@Suite struct ImportFuzzEntryPointTests {
    static func run(_ first: Character, _ fixture: String, lines: Int = .max) throws -> ImportResult? {
        let text = try String(contentsOfFile: ImportTesting.fixture(fixture), encoding: .utf8)
        let kept = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(lines).joined(separator: "\n")
        let bytes = Array(String(first).utf8) + Array(kept.utf8)
        return bytes.withUnsafeBufferPointer { ImportFuzzEntryPoint.run($0) }
    }

    @Test(arguments: [("m", "import/mmp/Militant-Group-Relationships.csv", 9),
                      ("a", "import/acled/syria-2019.csv", 12),
                      ("u", "import/ucdp/ged-sample.csv", 5)])
    func theSeedsImportEveryRow(first: Character, fixture: String, rows: Int) throws {
        let result = try #require(try Self.run(first, fixture))
        #expect(result.wrote)
        #expect(result.errorCount == 0)
        #expect(result.summary.read == rows)
    }

    @Test func aMalformedRowFailsUnlessBadRowsAreSkipped() throws {
        let header = try String(contentsOfFile: ImportTesting.fixture("import/ucdp/ged-sample.csv"), encoding: .utf8)
            .split(separator: "\n")[0]
        let bytes = Array("u\(header)\n1,2,3\n".utf8)
        let strict = try #require(bytes.withUnsafeBufferPointer { ImportFuzzEntryPoint.run($0) })
        #expect(!strict.wrote && strict.errorCount == 1)
        var skipping = bytes
        skipping[0] = UInt8(ascii: "U")
        let lenient = try #require(skipping.withUnsafeBufferPointer { ImportFuzzEntryPoint.run($0) })
        #expect(lenient.wrote && lenient.errorCount == 0 && lenient.summary.skipped.counts == ["malformed": 1])
    }

    static var fixtures: [String] {
        let directory = ImportTesting.fixture("fuzz/import")
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted().map { directory + "/" + $0 }
    }

    @Test(arguments: fixtures)
    func fixturesRun(path: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        bytes.withUnsafeBufferPointer { _ = ImportFuzzEntryPoint.run($0) }
    }
}
