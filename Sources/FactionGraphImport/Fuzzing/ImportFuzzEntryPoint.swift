import Foundation

/// What the `fuzz-import` target runs on each input: the CSV importers
/// end to end, on bytes as an export file, the imported corpus read back
/// and checked as `factiongraph import` does.
///
/// The first byte of an input chooses the format (`m` Mapping Militants,
/// `a` ACLED, `u` UCDP, in either case; any other byte by its value modulo
/// 3), and bad rows are skipped when its 0x20 bit is clear (`M`, `A`, `U`);
/// the rest is the file. Importing writes files, so each input is one
/// small file and one corpus in a scratch directory, removed after it.
///
/// `package`, not public: for this package's fuzzer and tests only.
package enum ImportFuzzEntryPoint {
    /// Imports `bytes`; returns what the import did (nil for no input).
    @discardableResult
    package static func run(_ bytes: UnsafeBufferPointer<UInt8>) -> ImportResult? {
        guard let first = bytes.first else { return nil }
        let format: ImportFormat = switch first | 0x20 {
        case UInt8(ascii: "m"): .mmp
        case UInt8(ascii: "a"): .acled
        case UInt8(ascii: "u"): .ucdp
        default: [ImportFormat.mmp, .acled, .ucdp][Int(first) % 3]
        }
        // A directory of its own for each run: the tests run imports side by side.
        let directory = NSTemporaryDirectory() + "/factiongraph-fuzz-import-" + UUID().uuidString
        let input = directory + "/input.csv"
        let output = directory + "/corpus"
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: input, contents: Data(bytes.dropFirst()))
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let options = ImportOptions(output: output, skipBadRows: first & 0x20 == 0)
        let result = Importer.run(format, inputs: [input], options: options)
        for diagnostic in result.diagnostics { _ = diagnostic.description }
        // The importer's promise: what it writes, the reader accepts.
        if result.wrote, result.checkDiagnostics.contains(where: { $0.severity == .error }) {
            fatalError("the imported corpus has errors: \(result.checkDiagnostics.map(\.description))")
        }
        return result
    }
}
