import FactionGraph

/// Guesses an article's title, date and author when it has no front
/// matter: the title is the text's first line when it looks like one (short,
/// no full stop, a blank line after it), the date comes from the file name
/// (`2018-11-19-...`) or a date at the top of the text, the author from a
/// `By NAME` line.
enum MetadataGuesser {
    static func title(body: String, path: String) -> String? {
        let lines = firstLines(of: body, count: 12)
        if let index = lines.firstIndex(where: { !isBlank($0) }) {
            var line = WhiteSpace.fold(lines[index])
            while line.hasPrefix("#") { line.removeFirst() }
            line = WhiteSpace.fold(line)
            let followedByBlank = index + 1 >= lines.count || isBlank(lines[index + 1])
            if !line.isEmpty, line.count <= 160, !line.hasSuffix("."), followedByBlank { return line }
        }
        var name = path.split(separator: "/").last.map(String.init) ?? path
        if let dot = name.lastIndex(of: ".") { name = String(name[..<dot]) }
        let words = name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " }).map(String.init)
            .drop { $0.allSatisfy(\.isNumber) }
        guard !words.isEmpty, words.contains(where: { $0.contains(where: \.isLetter) }) else { return nil }
        let title = words.joined(separator: " ")
        return title.prefix(1).uppercased() + title.dropFirst()
    }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY` at the start of the file's name.
    static func date(fromPath path: String) -> PartialDate? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        for length in [10, 7, 4] where name.count >= length {
            let prefix = String(name.prefix(length))
            let rest = name.dropFirst(length)
            if let date = PartialDate(parsing: prefix), rest.isEmpty || "-_ .".contains(rest.first!) { return date }
        }
        return nil
    }

    /// A full date (`19 November 2018`, `November 19, 2018`, `2018-11-19`)
    /// in the first lines of the text.
    static func date(inTopOf text: ArticleText) -> PartialDate? {
        let finder = DateFinder(text: text, published: nil)
        let limit = text.sentences.prefix(3).last?.tokens.upperBound ?? 0
        return finder.dates(in: 0..<limit).first { $0.date.day != nil }?.date
    }

    /// `By Waleed Abu al-Khair in Cairo`: the author.
    static func author(body: String) -> String? {
        for line in firstLines(of: body, count: 12).filter({ !isBlank($0) }).prefix(6) {
            guard line.utf8.prefix(8).contains(UInt8(ascii: "y")) else { continue }
            let words = WhiteSpace.fold(String(line)).split(separator: " ").map(String.init)
            guard words.first == "By" || words.first == "by", words.count >= 3, words.count <= 10 else { continue }
            var name = Array(words.dropFirst())
            if let cut = name.firstIndex(where: { ["in", "and", "for", "|", "-", "–"].contains($0) }) { name = Array(name[..<cut]) }
            let joined = name.joined(separator: " ").trimmingTrailingPunctuation
            if !joined.isEmpty, joined.first?.isUppercase == true { return joined }
        }
        return nil
    }
}

extension MetadataGuesser {
    /// True for a line of white space only.
    static func isBlank(_ line: String) -> Bool {
        line.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    /// The first `count` lines of `text`, without splitting the rest.
    static func firstLines(of text: String, count: Int) -> [String] {
        var lines: [String] = []
        var utf8 = text.utf8[...]
        while lines.count < count, !utf8.isEmpty {
            let newline = utf8.firstIndex(of: 0x0A) ?? utf8.endIndex
            lines.append(String(decoding: utf8[..<newline], as: UTF8.self))
            utf8 = newline == utf8.endIndex ? utf8[utf8.endIndex...] : utf8[utf8.index(after: newline)...]
        }
        return lines
    }
}

private extension String {
    var trimmingTrailingPunctuation: String {
        var text = self
        while let last = text.last, ",.;:".contains(last) { text.removeLast() }
        return text
    }
}
