import Foundation

/// One file a corpus is read from.
struct InputFile: Sendable, Hashable {
    enum Role: Sendable, Hashable {
        /// An annotated article (`*.md`).
        case article
        /// The faction registry (`factions.yaml` at a corpus root).
        case registry
        /// The relation types (`vocabulary.yaml` at a corpus root).
        case vocabulary
    }

    var role: Role
    /// The file's path on disk.
    var fileSystemPath: String
    /// The path shown in diagnostics: the argument, joined with the path
    /// below it when the argument is a directory.
    var displayPath: String
    /// The path below the corpus root without `.md`: the default article id.
    var defaultArticleID: String
}

/// Finds the files of a corpus: for each argument, a directory read
/// recursively (every `*.md`, and the root's `factions.yaml` and
/// `vocabulary.yaml`) or a single file.
enum InputFiles {
    static let registryName = "factions.yaml"
    static let vocabularyName = "vocabulary.yaml"

    /// The files to read: vocabularies, then registries, then articles in
    /// sorted path order; and a diagnostic for each argument that cannot be
    /// read.
    static func collect(_ arguments: [String]) -> (files: [InputFile], diagnostics: [Diagnostic]) {
        var vocabularies: [InputFile] = []
        var registries: [InputFile] = []
        var articles: [InputFile] = []
        var diagnostics: [Diagnostic] = []
        var isDirectory: ObjCBool = false
        for argument in arguments {
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                diagnostics.append(Diagnostic(.error, path: argument, "no such file or directory"))
                continue
            }
            if isDirectory.boolValue {
                let found = directoryFiles(argument, diagnostics: &diagnostics)
                vocabularies += found.filter { $0.role == .vocabulary }
                registries += found.filter { $0.role == .registry }
                articles += found.filter { $0.role == .article }
            } else if let file = singleFile(argument) {
                switch file.role {
                case .vocabulary: vocabularies.append(file)
                case .registry: registries.append(file)
                case .article: articles.append(file)
                }
            } else {
                diagnostics.append(Diagnostic(.error, path: argument,
                    "not an article (*.md), a faction registry (\(registryName)) or a vocabulary (\(vocabularyName))"))
            }
        }
        // One directory is walked in path order already; several arguments
        // are merged, and may name one file twice (a directory and a file in
        // it), which resolving paths finds (a system call per file).
        guard arguments.count > 1 else { return (vocabularies + registries + articles, diagnostics) }
        articles.sort { bytewiseLess($0.displayPath, $1.displayPath) }
        return (unique(vocabularies) + unique(registries) + unique(articles), diagnostics)
    }

    private static func singleFile(_ path: String) -> InputFile? {
        let name = (path as NSString).lastPathComponent
        if name == registryName {
            return InputFile(role: .registry, fileSystemPath: path, displayPath: path, defaultArticleID: "")
        }
        if name == vocabularyName {
            return InputFile(role: .vocabulary, fileSystemPath: path, displayPath: path, defaultArticleID: "")
        }
        guard name.hasSuffix(".md") else { return nil }
        return InputFile(role: .article, fileSystemPath: path, displayPath: path,
                         defaultArticleID: String(name.dropLast(3)))
    }

    /// Every `*.md` below `root` (hidden files and folders skipped) and the
    /// root's registry and vocabulary, in sorted relative-path order.
    ///
    /// Reads directories with `readdir`, whose entry types save a `stat` per
    /// file (FileManager calls one for each, which dominates on 10^5 files).
    private static func directoryFiles(_ root: String, diagnostics: inout [Diagnostic]) -> [InputFile] {
        var walk = DirectoryWalk(prefix: root.hasSuffix("/") ? root : root + "/")
        walk.visit("")
        diagnostics += walk.diagnostics
        return walk.files
    }

    /// A depth-first walk in which each directory's entries are sorted by
    /// name, a directory's with a `/` after it: it meets the files in the
    /// byte order of their paths, so no sort of the whole list is needed.
    private struct DirectoryWalk {
        let prefix: String
        var files: [InputFile] = []
        var diagnostics: [Diagnostic] = []
        /// Directories already read, so a symbolic link back up the tree
        /// cannot make the walk go round forever.
        var seen = Set<DirectoryEntries.Identity>()

        init(prefix: String) { self.prefix = prefix }

        mutating func visit(_ relativeDirectory: String) {
            let directory = prefix + relativeDirectory
            if let identity = DirectoryEntries.identity(of: directory), !seen.insert(identity).inserted { return }
            guard let entries = DirectoryEntries.read(directory) else {
                diagnostics.append(Diagnostic(.error, path: directory, "cannot read this directory"))
                return
            }
            let sorted = entries.filter { !$0.name.hasPrefix(".") }
                .map { (entry: $0, key: $0.isDirectory ? $0.name + "/" : $0.name) }
                .sorted { bytewiseLess($0.key, $1.key) }
            for (entry, _) in sorted {
                let relative = relativeDirectory + entry.name
                if entry.isDirectory {
                    visit(relative + "/")
                } else if relative == InputFiles.registryName || relative == InputFiles.vocabularyName {
                    files.append(InputFile(role: relative == InputFiles.registryName ? .registry : .vocabulary,
                                           fileSystemPath: prefix + relative,
                                           displayPath: prefix + relative, defaultArticleID: ""))
                } else if entry.name.hasSuffix(".md") {
                    files.append(InputFile(role: .article, fileSystemPath: prefix + relative,
                                           displayPath: prefix + relative,
                                           defaultArticleID: String(relative.dropLast(3))))
                }
            }
        }
    }

    /// Drops a file named twice (a directory and a file inside it).
    private static func unique(_ files: [InputFile]) -> [InputFile] {
        var seen = Set<String>()
        return files.filter { seen.insert(URL(fileURLWithPath: $0.fileSystemPath).standardizedFileURL.path).inserted }
    }
}

/// Byte order of two strings' UTF-8, with `memcmp`: the sorted path order
/// of the format.
func bytewiseLess(_ a: String, _ b: String) -> Bool {
    var a = a
    var b = b
    return a.withUTF8 { left in
        b.withUTF8 { right in
            let common = min(left.count, right.count)
            if common > 0, let l = left.baseAddress, let r = right.baseAddress {
                let order = memcmp(l, r, common)
                if order != 0 { return order < 0 }
            }
            return left.count < right.count
        }
    }
}
