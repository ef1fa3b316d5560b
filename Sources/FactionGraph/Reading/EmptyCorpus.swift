/// A corpus without a single article is an error that says what was found
/// instead: a folder of `.markdown` or `.MD` files, or an empty one, used to
/// pass as "0 articles ... 0 errors".
enum EmptyCorpus {
    /// Extensions a Markdown article may have been given by mistake.
    static let markdownLike: Set<String> = [".markdown", ".mdown", ".mkd", ".mkdn", ".txt", ".text"]

    /// One error per argument, saying what it held.
    static func diagnostics(_ contents: [ArgumentContents]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for found in contents {
            if found.markdownFiles > 0 {
                let which = !found.isDirectory ? "it has no front matter"
                    : found.markdownFiles == 1 ? "its .md file has no front matter"
                    : "none of its \(found.markdownFiles.grouped) .md files has a front matter"
                diagnostics.append(Diagnostic(.error, path: found.argument,
                    "no articles: \(which) (a first line '---', YAML, and another '---' line)"))
                continue
            }
            guard found.isDirectory else { continue }
            let what = found.otherFiles.isEmpty && found.hasRegistry
                ? "found only \(InputFiles.registryName)" : whatWasFound(found.otherFiles)
            diagnostics.append(Diagnostic(.error, path: found.argument, "no *.md files; " + what))
        }
        if diagnostics.isEmpty, let first = contents.first {
            diagnostics.append(Diagnostic(.error, path: first.argument,
                "no articles: give a directory of *.md files, or the files themselves, with the registry"))
        }
        return diagnostics
    }

    /// `found 12 .markdown files — rename them to .md or pass them
    /// explicitly`, `found 3 other files (.pdf, .png)`, `the directory is
    /// empty`.
    private static func whatWasFound(_ files: [String: Int]) -> String {
        guard !files.isEmpty else { return "the directory is empty (hidden files are not read)" }
        let byCount = files.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        let articleLike = byCount.filter { markdownLike.contains($0.key) || ($0.key.lowercased() == ".md") }
        if !articleLike.isEmpty {
            let listed = articleLike.prefix(3).map { "\($0.value.grouped) \($0.key) file\($0.value == 1 ? "" : "s")" }
            let count = articleLike.reduce(0) { $0 + $1.value }
            return "found \(listed.joined(separator: " and ")) — rename \(count == 1 ? "it" : "them") to .md or pass \(count == 1 ? "it" : "them") explicitly"
        }
        let total = files.values.reduce(0, +)
        let kinds = byCount.prefix(5).map(\.key).joined(separator: ", ")
        return "found \(total.grouped) other file\(total == 1 ? "" : "s") (\(kinds)\(byCount.count > 5 ? ", ..." : "")); an article is a .md file with a front matter"
    }
}
