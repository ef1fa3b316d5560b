#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import FactionGraph

/// Where an import goes: a new corpus (a directory that does not exist yet,
/// or is empty), or an existing corpus that it adds articles and factions
/// to.
///
/// A new corpus is staged in a hidden directory beside it and renamed into
/// place at the end. An existing corpus gets its new files moved in one by
/// one, after a first pass has made sure that none of them would replace a
/// different file, and its new factions appended to its `factions.yaml`.
struct OutputTarget {
    let path: String
    /// True when `path` holds files already.
    let isExistingCorpus: Bool
    /// Registries whose factions names resolve to: the corpus's own, and
    /// `--registry`.
    let registries: [String]
    /// A vocabulary beside a registry (the corpus's types).
    let vocabularies: [String]

    init(_ path: String, registry: String?) throws(ImportError) {
        self.path = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: self.path, isDirectory: &isDirectory)
        if exists, !isDirectory.boolValue {
            throw ImportError(path: path, "the output must be a directory (a new one, or a corpus to add to), not a file")
        }
        let entries = exists ? ((try? FileManager.default.contentsOfDirectory(atPath: self.path)) ?? []) : []
        isExistingCorpus = entries.contains { !$0.hasPrefix(".") }
        var registries: [String] = []
        var vocabularies: [String] = []
        func consider(directory: String) {
            let vocabulary = directory + "/vocabulary.yaml"
            if FileManager.default.fileExists(atPath: vocabulary), !vocabularies.contains(vocabulary) {
                vocabularies.append(vocabulary)
            }
        }
        if isExistingCorpus {
            let own = self.path + "/factions.yaml"
            if FileManager.default.fileExists(atPath: own) { registries.append(own) }
            consider(directory: self.path)
        }
        if let registry {
            guard FileManager.default.fileExists(atPath: registry) else {
                throw ImportError(path: registry, "no such registry file")
            }
            registries.append(registry)
            consider(directory: (registry as NSString).deletingLastPathComponent.isEmpty
                     ? "." : (registry as NSString).deletingLastPathComponent)
        }
        self.registries = registries
        self.vocabularies = vocabularies
    }

    /// The staging directory's path.
    var stagingPath: String {
        if isExistingCorpus { return path + "/.factiongraph-import-\(getpid())" }
        let parent = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        return (parent.isEmpty ? "" : parent + "/") + ".\(name).import-\(getpid())"
    }

    /// The registries and vocabulary to resolve names and types with, read
    /// and checked; `nil` when there are none.
    func existingCorpus() throws(ImportError) -> ReadResult? {
        let parent = (stagingPath as NSString).deletingLastPathComponent
        if !parent.isEmpty, !FileManager.default.fileExists(atPath: parent) {
            do {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            } catch {
                throw ImportError(path: parent, "cannot create this directory: \(error.localizedDescription)")
            }
        }
        if isExistingCorpus, let text = try? String(contentsOfFile: path + "/factions.yaml", encoding: .utf8),
           let first = text.split(separator: "\n").first(where: { !$0.trimmed.isEmpty && !$0.hasPrefix("#") }),
           first.trimmed.hasPrefix("{") {
            throw ImportError(path: path + "/factions.yaml", "this registry is one YAML flow map ({...}); write it as a block map (one 'id:' line per faction) so that new factions can be added at its end")
        }
        guard !registries.isEmpty || !vocabularies.isEmpty else { return nil }
        let result = CorpusReader.read(vocabularies + registries, options: CorpusReader.Options(requiresArticles: false))
        if let error = result.diagnostics.first(where: { $0.severity == .error }) {
            let location = InputLocation(path: error.path, line: error.location?.line ?? 0)
            throw ImportError(at: location, "the registry has errors (\(error.message)); run factiongraph check on it first")
        }
        return result
    }

    /// Reads what was staged, with the registries and vocabularies it
    /// builds on; diagnostics of staged files name their final paths.
    func check(staging: String, progress: (@Sendable (Int, Int) -> Void)? = nil) -> ReadResult {
        var arguments = vocabularies + registries
        if isExistingCorpus { arguments = [path] + arguments.filter { !$0.hasPrefix(path + "/") } }
        var result = CorpusReader.read(arguments + [staging], options: CorpusReader.Options(progress: progress))
        // Only problems of the files written count: an existing corpus may
        // have its own.
        result.diagnostics = result.diagnostics.filter { $0.path.hasPrefix(staging + "/") }.map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.path = path + diagnostic.path.dropFirst(staging.count)
            diagnostic.location?.path = diagnostic.path
            return diagnostic
        }
        return result
    }

    /// Puts the staged corpus in place.
    func finish(staging: StagingDirectory, format: ImportFormat) throws(ImportError) {
        guard isExistingCorpus else {
            if FileManager.default.fileExists(atPath: path) { rmdir(path) }
            guard rename(staging.path, path) == 0 else {
                throw ImportError(path: path, "cannot create the corpus here: \(String(cString: strerror(errno)))")
            }
            return
        }
        let files = staging.files()
        var conflicts: [String] = []
        var moves: [String] = []
        for file in files where file != "factions.yaml" {
            let target = path + "/" + file
            guard let old = FileManager.default.contents(atPath: target) else {
                moves.append(file)
                continue
            }
            if old != FileManager.default.contents(atPath: staging.path + "/" + file) { conflicts.append(target) }
        }
        if !conflicts.isEmpty {
            let shown = conflicts.prefix(3).joined(separator: ", ") + (conflicts.count > 3 ? " and \(conflicts.count - 3) more" : "")
            throw ImportError(path: path, "\(conflicts.count) article\(conflicts.count == 1 ? "" : "s") of this import exist already with other contents (\(shown)): edited by hand, or imported from another version of the data; nothing was written. Move them away or import into a new directory.")
        }
        for file in moves {
            let target = path + "/" + file
            let directory = (target as NSString).deletingLastPathComponent
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            guard rename(staging.path + "/" + file, target) == 0 else {
                throw ImportError(path: target, "cannot write: \(String(cString: strerror(errno)))")
            }
        }
        if let added = FileManager.default.contents(atPath: staging.path + "/factions.yaml") {
            try append(added, to: path + "/factions.yaml")
        }
    }

    /// Appends the new factions to the corpus's registry (after a blank
    /// line), never rewriting what is there.
    private func append(_ data: Data, to registry: String) throws(ImportError) {
        var bytes = [UInt8](data)
        if let old = FileManager.default.contents(atPath: registry), !old.isEmpty {
            bytes = (old.last == UInt8(ascii: "\n") ? [] : [UInt8(ascii: "\n")]) + [UInt8(ascii: "\n")] + bytes
        }
        let descriptor = open(registry, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ImportError(path: registry, "cannot write: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw ImportError(path: registry, "cannot write: \(String(cString: strerror(errno)))") }
    }
}
