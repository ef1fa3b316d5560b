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
    /// The path below the corpus root without its extension: the default
    /// article id.
    var defaultArticleID: String
    /// The directory listing showed a regular file: it is read without
    /// asking its type again (see `FileBytes.withBytes(of:knownRegular:buffer:limit:_:)`).
    var isRegular = false
}

/// What one corpus argument held, for saying what was found when a corpus
/// has no article at all.
struct ArgumentContents: Sendable {
    var argument: String
    var isDirectory: Bool
    /// `*.md` files found (articles or not).
    var markdownFiles = 0
    /// A directory with a `factions.yaml` at its root.
    var hasRegistry = false
    /// Other regular files by extension (`.markdown`, `.txt`, `.MD`, ...),
    /// hidden ones and the registry left out.
    var otherFiles: [String: Int] = [:]
}

/// Finds the files of a corpus: for each argument, a directory read
/// recursively (every `*.md`, and the root's `factions.yaml` and
/// `vocabulary.yaml`) or a single file.
///
/// Only regular files are read: a named pipe, socket or device named like
/// an article, a dangling link or a link loop is an error at its path, never
/// a hang (opening a pipe waits for a writer) nor silently skipped.
enum InputFiles {
    static let registryName = "factions.yaml"
    static let vocabularyName = "vocabulary.yaml"

    /// Extensions of a file named as an argument that make it an article:
    /// a user who names a file means it, whatever Markdown extension it has.
    static let explicitArticleExtensions = [".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".txt"]

    /// The files to read: vocabularies, then registries, then articles in
    /// sorted path order; a diagnostic for each argument or entry that
    /// cannot be read; and what each argument held.
    static func collect(_ arguments: [String], threads: Int = 1)
        -> (files: [InputFile], diagnostics: [Diagnostic], contents: [ArgumentContents]) {
        var vocabularies: [InputFile] = []
        var registries: [InputFile] = []
        var articles: [InputFile] = []
        var diagnostics: [Diagnostic] = []
        var contents: [ArgumentContents] = []
        for argument in arguments {
            switch DirectoryEntries.kind(of: argument) {
            case .broken(let reason):
                diagnostics.append(Diagnostic(.error, path: argument, reason.hasPrefix("no such") ? reason : "cannot read this: it is \(reason)"))
            case .other(let type):
                diagnostics.append(Diagnostic(.error, path: argument, "cannot read this: it is \(type.description), not a file or a directory"))
            case .directory:
                var walk = DirectoryWalk(prefix: argument.hasSuffix("/") ? argument : argument + "/")
                walk.visitRoot(threads: threads)
                diagnostics += walk.diagnostics
                vocabularies += walk.files.filter { $0.role == .vocabulary }
                registries += walk.files.filter { $0.role == .registry }
                articles += walk.files.filter { $0.role == .article }
                contents.append(walk.contents(argument))
            case .regular:
                if let file = singleFile(argument) {
                    switch file.role {
                    case .vocabulary: vocabularies.append(file)
                    case .registry: registries.append(file)
                    case .article: articles.append(file)
                    }
                    var found = ArgumentContents(argument: argument, isDirectory: false)
                    found.markdownFiles = file.role == .article ? 1 : 0
                    contents.append(found)
                } else {
                    diagnostics.append(Diagnostic(.error, path: argument,
                        "not an article (*.md), a faction registry (\(registryName)) or a vocabulary (\(vocabularyName))"))
                }
            }
        }
        // One directory is walked in path order already; several arguments
        // are merged, and may name one file twice (a directory and a file in
        // it), which resolving paths finds (a system call per file).
        guard arguments.count > 1 else { return (vocabularies + registries + articles, diagnostics, contents) }
        articles.sort { bytewiseLess($0.displayPath, $1.displayPath) }
        return (unique(vocabularies) + unique(registries) + unique(articles), diagnostics, contents)
    }

    private static func singleFile(_ path: String) -> InputFile? {
        let name = (path as NSString).lastPathComponent
        if name == registryName || name == vocabularyName {
            return InputFile(role: name == registryName ? .registry : .vocabulary, fileSystemPath: path, displayPath: path,
                             defaultArticleID: "")
        }
        guard let ext = explicitArticleExtensions.first(where: { name.lowercased().hasSuffix($0) }) else { return nil }
        return InputFile(role: .article, fileSystemPath: path, displayPath: path,
                         defaultArticleID: String(name.dropLast(ext.count)))
    }

    /// A depth-first walk in which each directory's entries are sorted by
    /// name, a directory's with a `/` after it: it meets the files in the
    /// byte order of their paths, so no sort of the whole list is needed.
    ///
    /// Reads directories with `readdir`, whose entry types save a `stat` per
    /// file (FileManager calls one for each, which dominates on 10^5 files).
    private struct DirectoryWalk {
        let prefix: String
        var files: [InputFile] = []
        var diagnostics: [Diagnostic] = []
        /// Directories already read, so a symbolic link back up the tree
        /// cannot make the walk go round forever.
        var seen = Set<DirectoryEntries.Identity>()
        var markdownFiles = 0
        var otherFiles: [String: Int] = [:]

        init(prefix: String) { self.prefix = prefix }

        func contents(_ argument: String) -> ArgumentContents {
            ArgumentContents(argument: argument, isDirectory: true, markdownFiles: markdownFiles,
                             hasRegistry: files.contains { $0.role == .registry }, otherFiles: otherFiles)
        }

        mutating func visit(_ relativeDirectory: String) {
            guard let entries = enter(relativeDirectory) else { return }
            for entry in entries { take(entry, in: relativeDirectory) }
        }

        /// `visit("")`, the root's subdirectories walked side by side on
        /// `threads` threads (listing 10,000 files took a tenth of `path`'s
        /// time on one thread). The result is the sequential walk's: when
        /// links lead two walks to one directory, which of them lists it
        /// depends on the order, so the root is walked again in order.
        mutating func visitRoot(threads: Int) {
            guard threads > 1 else { return visit("") }
            let start = self
            guard let entries = enter("") else { return }
            let directories = entries.indices.filter { entries[$0].kind == .directory }
            guard directories.count > 1 else {
                for entry in entries { take(entry, in: "") }
                return
            }
            let rootSeen = seen
            let prefix = prefix
            var walks = [DirectoryWalk?](repeating: nil, count: directories.count)
            walks.withUnsafeMutableBufferPointer { walks in
                // Each subdirectory's walk is written at its own index.
                nonisolated(unsafe) let walks = walks
                Parallel.forEachChunk(count: directories.count, threads: threads, chunk: 1) { _, range in
                    for index in range {
                        var walk = DirectoryWalk(prefix: prefix)
                        walk.seen = rootSeen
                        walk.visit(entries[directories[index]].name + "/")
                        walks[index] = walk
                    }
                }
            }
            var union = rootSeen
            for walk in walks {
                for identity in walk!.seen.subtracting(rootSeen) where !union.insert(identity).inserted {
                    self = start
                    visit("")
                    return
                }
            }
            var next = 0
            for position in entries.indices {
                if next < directories.count, directories[next] == position {
                    append(walks[next]!)
                    next += 1
                } else {
                    take(entries[position], in: "")
                }
            }
            seen = union
        }

        /// The visible entries of a directory in walk order; `nil` when it
        /// was walked already or cannot be read (an error).
        private mutating func enter(_ relativeDirectory: String) -> [DirectoryEntries.Entry]? {
            let directory = prefix + relativeDirectory
            if let identity = DirectoryEntries.identity(of: directory), !seen.insert(identity).inserted { return nil }
            let entries: [DirectoryEntries.Entry]
            switch DirectoryEntries.read(directory) {
            case .success(let read): entries = read
            case .failure(let failure):
                diagnostics.append(Diagnostic(.error, path: directory, failure.message))
                return nil
            }
            let visible = entries.filter { !$0.name.hasPrefix(".") }
            let order = bytewiseOrder(visible.map { $0.kind == .directory ? $0.name + "/" : $0.name })
            return order.map { visible[$0] }
        }

        /// What another walk found, after what this one found.
        private mutating func append(_ other: DirectoryWalk) {
            files += other.files
            diagnostics += other.diagnostics
            markdownFiles += other.markdownFiles
            otherFiles.merge(other.otherFiles, uniquingKeysWith: +)
        }

        /// Takes one entry of `relativeDirectory`: a file to read, a
        /// directory to walk, or something to count or report.
        ///
        /// (Each path is built once, in place, and the `.md` found and cut
        /// in the name's bytes: `hasSuffix` and `dropLast` go by
        /// characters. 31 -> 27 million instructions on the 10k corpus;
        /// `String(unsafeUninitializedCapacity:)` for the paths took 40.)
        private mutating func take(_ entry: DirectoryEntries.Entry, in relativeDirectory: String) {
            let name = entry.name
            var path = prefix
            path.reserveCapacity(prefix.utf8.count + relativeDirectory.utf8.count + name.utf8.count)
            path += relativeDirectory
            path += name
            let isRegistry = relativeDirectory.isEmpty && name == InputFiles.registryName
            let isVocabulary = relativeDirectory.isEmpty && name == InputFiles.vocabularyName
            let isArticle = Self.isMarkdown(name)
            switch entry.kind {
            case .directory:
                visit(relativeDirectory + name + "/")
            case .regular where isRegistry || isVocabulary:
                files.append(InputFile(role: isRegistry ? .registry : .vocabulary, fileSystemPath: path, displayPath: path,
                                       defaultArticleID: "", isRegular: true))
            case .regular where isArticle:
                markdownFiles += 1
                var id = relativeDirectory
                id += name[..<name.utf8.index(name.utf8.endIndex, offsetBy: -3)]
                files.append(InputFile(role: .article, fileSystemPath: path, displayPath: path,
                                       defaultArticleID: id, isRegular: true))
            case .regular:
                otherFiles[Self.extensionOf(entry.name), default: 0] += 1
            case .other(let type) where isRegistry || isVocabulary || isArticle:
                diagnostics.append(Diagnostic(.error, path: path, "cannot read this file: it is \(type.description), not a regular file"))
            case .broken(let reason) where isRegistry || isVocabulary || isArticle:
                diagnostics.append(Diagnostic(.error, path: path, "cannot read this file: it is \(reason)"))
            case .other, .broken:
                // Not named like anything the corpus reads.
                break
            }
        }

        /// Whether `name` ends in `.md` (as `hasSuffix(".md")`, in bytes;
        /// `suffix(3).elementsEqual` cost 500 instructions a name).
        static func isMarkdown(_ name: String) -> Bool {
            let bytes = name.utf8
            guard bytes.count >= 3 else { return false }
            var last = bytes.endIndex
            for byte in ".md".utf8.reversed() {
                last = bytes.index(before: last)
                if bytes[last] != byte { return false }
            }
            return true
        }

        /// `.markdown` for `a.markdown`, the whole name's lack of one as
        /// `(no extension)`.
        static func extensionOf(_ name: String) -> String {
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "(no extension)" }
            return String(name[dot...])
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
    return a.withUTF8 { left in b.withUTF8 { right in bytewiseLess(left, right) } }
}

/// Byte order of two runs of bytes: `memcmp` of what they have in common,
/// then the shorter first.
private func bytewiseLess(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
    let common = min(left.count, right.count)
    if common > 0, let l = left.baseAddress, let r = right.baseAddress {
        let order = memcmp(l, r, common)
        if order != 0 { return order < 0 }
    }
    return left.count < right.count
}

/// The indices of `keys` in the byte order of their UTF-8 (`bytewiseLess`).
///
/// The keys' bytes are copied into one buffer and compared there: sorting
/// the strings themselves (with `bytewiseLess`, which retains both strings
/// for `withUTF8`) took 3 % of the CPU time of `check` on 100,000
/// articles, on the one thread that lists the files (perf).
func bytewiseOrder(_ keys: [String]) -> [Int] {
    var bytes: [UInt8] = []
    var spans: [(start: Int, count: Int)] = []
    spans.reserveCapacity(keys.count)
    for key in keys {
        let start = bytes.count
        bytes.append(contentsOf: key.utf8)
        spans.append((start, bytes.count - start))
    }
    var order = Array(keys.indices)
    bytes.withUnsafeBufferPointer { bytes in
        spans.withUnsafeBufferPointer { spans in
            func key(_ index: Int) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: bytes[spans[index].start..<spans[index].start + spans[index].count])
            }
            order.sort { bytewiseLess(key($0), key($1)) }
        }
    }
    return order
}
