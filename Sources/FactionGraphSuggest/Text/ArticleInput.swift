/// An article given to the suggester: raw text or Markdown, with or
/// without a front matter.
public struct ArticleInput: Sendable {
    /// The path shown in messages and used for `--write`.
    public var path: String
    /// The whole file.
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The file split at its front matter, when it has one.
    var parts: Parts { Parts(text) }

    /// A file's front matter (the YAML between the first `---` line and the
    /// next) and body.
    struct Parts: Sendable {
        /// The YAML, without its `---` lines; `nil` without front matter.
        var frontMatter: String?
        /// Everything after the closing `---` line (or the whole file).
        var body: String
        /// The file line of the body's first line.
        var bodyLine: Int
        /// The `---` lines around the front matter, as written.
        var fences = ("---", "---")

        init(_ text: String) {
            // Most drafts are raw text: no need to split them into lines.
            // A byte order mark is no text: a front matter put before the
            // text would leave it in the middle of the file.
            let start = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : Substring(text)
            guard start.hasPrefix("---") else {
                frontMatter = nil
                body = String(start)
                bodyLine = 1
                return
            }
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
            func isFence(_ line: Substring) -> Bool {
                var line = line
                while line.last == "\r" || line.last == " " || line.last == "\t" { line.removeLast() }
                return line == "---"
            }
            guard let first = lines.first, isFence(first),
                  let close = lines.indices.dropFirst().first(where: { isFence(lines[$0]) }) else {
                frontMatter = nil
                body = String(start)
                bodyLine = 1
                return
            }
            frontMatter = lines[1..<close].joined(separator: "\n")
            body = lines[(close + 1)...].joined(separator: "\n")
            bodyLine = close + 2
            fences = (String(lines[0]), String(lines[close]))
        }
    }
}
