import Foundation
import FactionGraph
import FactionGraphTestSupport
@testable import FactionGraphImport

/// Fixtures and in-process imports for the tests.
enum ImportTesting {
    /// A path below `Tests/Fixtures/`.
    static func fixture(_ relative: String) -> String {
        RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/" + relative).path
    }

    /// A path for a corpus that does not exist yet.
    static func newOutput() throws -> String {
        try RepositoryPaths.temporaryDirectory().appendingPathComponent("corpus").path
    }

    /// Imports in-process into a new directory.
    static func run(_ format: ImportFormat, _ inputs: [String], output: String? = nil,
                    configure: (inout ImportOptions) -> Void = { _ in }) throws -> ImportRun {
        let output = try output ?? newOutput()
        var options = ImportOptions(output: output)
        configure(&options)
        return ImportRun(result: Importer.run(format, inputs: inputs, options: options), output: output)
    }

    /// Writes `text` to a new file named `name`; returns its path.
    static func file(_ name: String, _ text: String) throws -> String {
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}

/// What an import did, and what it wrote.
struct ImportRun {
    let result: ImportResult
    let output: String

    func text(_ relative: String) -> String? {
        try? String(contentsOfFile: output + "/" + relative, encoding: .utf8)
    }

    /// Every file written, relative to the output, sorted.
    var files: [String] {
        InputFiles.files(in: output).map { String($0.dropFirst(output.count + 1)) }
    }

    /// The output as the corpus reader sees it.
    var corpus: ReadResult { CorpusReader.read([output]) }

    var messages: [String] { result.diagnostics.map(\.description) }
}
