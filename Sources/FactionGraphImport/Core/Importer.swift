import Foundation
import FactionGraph

/// What an import did.
public struct ImportResult: Sendable {
    public var summary: ImportSummary
    /// Errors and warnings of the inputs, in the order found.
    public var diagnostics: [ImportDiagnostic]
    /// The result as the corpus reader sees it (`N articles, ...: 0 errors,
    /// M warnings`), when it was checked.
    public var check: String?
    /// Problems the reader found in the written files (an importer bug if
    /// ever there is an error): paths as they would be in the output.
    public var checkDiagnostics: [Diagnostic] = []
    /// True when the corpus was written (or added to).
    public var wrote = false

    public var errorCount: Int { diagnostics.count(where: { $0.severity == .error }) }
}

/// Runs an import: reads the inputs into a staging directory, checks the
/// result with the corpus reader, and only then puts it in place. With
/// errors nothing is written.
public enum Importer {
    public static func run(_ format: ImportFormat, inputs: [String], options: ImportOptions) -> ImportResult {
        var result = ImportResult(summary: ImportSummary(), diagnostics: [])
        if format == .brat { result.summary.unit = "documents" }
        let target: OutputTarget
        let existing: ReadResult?
        do {
            target = try OutputTarget(options.output, registry: options.registry)
            existing = try target.existingCorpus()
        } catch {
            result.diagnostics.append(error.diagnostic)
            return result
        }
        let vocabulary = existing?.corpus.vocabulary ?? .builtIn
        let staging: StagingDirectory
        do {
            staging = try StagingDirectory(path: target.stagingPath)
        } catch {
            result.diagnostics.append(error.diagnostic)
            return result
        }
        defer { staging.remove() }
        var context = ImportContext(options: options, vocabulary: vocabulary,
                                    factions: FactionTable(existing: existing.map { Array($0.corpus.factions.values) } ?? []),
                                    staging: staging)
        context.summary.unit = result.summary.unit
        context.totalBytes = inputs.reduce(0) { $0 + InputFiles.size($1) }
        do {
            switch format {
            case .mmp: try MMPImporter.run(InputFiles.csvFiles(inputs), context: &context)
            case .acled: ACLEDImporter.run(InputFiles.csvFiles(inputs), context: &context)
            case .ucdp: UCDPImporter.run(InputFiles.csvFiles(inputs), context: &context)
            case .brat: try BratImporter.run(inputs, context: &context)
            }
        } catch {
            context.error(error)
        }
        result.summary = context.summary
        result.summary.newFactions = context.factions.newFactions().count
        result.summary.matchedFactions = context.factions.matchedExisting
        result.diagnostics = inFileOrder(context.diagnostics)
        guard context.errorCount == 0 else { return result }
        do {
            try writeRegistry(format, target: target, context: &context)
            if options.check {
                let checked = target.check(staging: staging.path, progress: options.checkProgress)
                result.check = checked.summary
                result.checkDiagnostics = checked.diagnostics
                if checked.hasErrors { return result }
            }
            try target.finish(staging: staging, format: format)
            result.wrote = true
        } catch {
            result.diagnostics.append(error.diagnostic)
        }
        return result
    }

    /// Diagnostics by line within each file, files in the order first
    /// reported (some are found after a whole file is read).
    private static func inFileOrder(_ diagnostics: [ImportDiagnostic]) -> [ImportDiagnostic] {
        var fileOrder: [String: Int] = [:]
        for diagnostic in diagnostics where fileOrder[diagnostic.location.path] == nil {
            fileOrder[diagnostic.location.path] = fileOrder.count
        }
        return diagnostics.enumerated().sorted { a, b in
            (fileOrder[a.element.location.path]!, a.element.location.line, a.offset)
                < (fileOrder[b.element.location.path]!, b.element.location.line, b.offset)
        }.map(\.element)
    }

    private static func writeRegistry(_ format: ImportFormat, target: OutputTarget,
                                      context: inout ImportContext) throws(ImportError) {
        let factions = context.factions.newFactions()
        let heading = target.isExistingCorpus
            ? "Added by factiongraph import \(format.rawValue): \(factions.count) faction\(factions.count == 1 ? "" : "s")."
            : "Factions written by factiongraph import \(format.rawValue). Edit freely (names, aliases,\nkinds, dates); factiongraph check verifies the corpus."
        guard !factions.isEmpty || !target.isExistingCorpus else { return }
        try context.writeFile(RegistryText.render(factions, heading: heading), to: "factions.yaml")
    }
}

/// Paths of the inputs.
enum InputFiles {
    static func size(_ path: String) -> Int {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return 0 }
        if isDirectory.boolValue {
            return files(in: path).reduce(0) { $0 + size($1) }
        }
        return (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    /// The CSV files of the inputs: files as given, and the `*.csv` files
    /// of directories, in path order.
    static func csvFiles(_ inputs: [String]) -> [String] {
        inputs.flatMap { input -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue else { return [input] }
            return files(in: input).filter { $0.lowercased().hasSuffix(".csv") }
        }
    }

    /// Every file below a directory, sorted, hidden ones left out.
    static func files(in directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let next = enumerator.nextObject() as? String {
            if next.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            let path = directory.hasSuffix("/") ? directory + next : directory + "/" + next
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }
}
