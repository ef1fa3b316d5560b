/// The sources of a diagram, printed with it: each relation's number (the
/// marker on its edge), the relation, and each of its quotes with its
/// article's title and date, and its address or `file:line`.
///
/// Drawn as the graph's caption, an HTML-like table below the drawing
/// (every layout engine places the graph's label outside the drawing, and
/// sfdp ignores the clusters a separate box would need). Long quotes and
/// titles wrap; the table is never cut.
enum SourcesTable {
    /// Characters per line of a quote or title before it wraps.
    static let wrapWidth = 72

    /// Sets the graph's label to the title and the sources table, at the
    /// bottom.
    static func caption(title: String, snapshot: Snapshot, names: [FactionID: String], into attributes: inout DOTAttributes) {
        let links = ArticleLinks(snapshot.articles)
        var rows = ["<TR><TD COLSPAN=\"5\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"16\">\(html(title))</FONT></TD></TR>",
                    "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><B>#</B></TD><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><B>relation</B></TD>"
                        + "<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><B>quote</B></TD><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><B>article</B></TD>"
                        + "<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><B>source</B></TD></TR>"]
        for (index, edge) in snapshot.edges.enumerated() {
            let quotes = edge.reports.flatMap { report in report.evidence.map { (report, $0) } }
            let relation = "\(edge.type.name): \(names[edge.from] ?? edge.from) \(edge.type.connector) \(names[edge.to] ?? edge.to)"
            for (number, (report, quote)) in quotes.enumerated() {
                let article = snapshot.articles[report.articleIndex]
                let place = links.url(of: report.articleIndex) ?? "\(article.path):\(quote.line)"
                var cells = ""
                if number == 0 {
                    let span = quotes.count > 1 ? " ROWSPAN=\"\(quotes.count)\"" : ""
                    cells += "<TD\(span) ALIGN=\"LEFT\" BALIGN=\"LEFT\" VALIGN=\"TOP\">[\(index + 1)]</TD>"
                    cells += "<TD\(span) ALIGN=\"LEFT\" BALIGN=\"LEFT\" VALIGN=\"TOP\">\(wrapped(relation, width: 40))</TD>"
                }
                cells += "<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">“\(wrapped(quote.quote, width: wrapWidth))”</TD>"
                cells += "<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">\(wrapped(article.title, width: 40))<BR ALIGN=\"LEFT\"/>\(html(article.published.description))</TD>"
                cells += "<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">\(wrapped(place, width: 48, breakAnywhere: true))</TD>"
                rows.append("<TR>\(cells)</TR>")
            }
        }
        let table = "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\" COLOR=\"#cbd5e0\">"
            + rows.joined() + "</TABLE>"
        attributes["label"] = nil
        attributes.setRaw("label", "<<FONT POINT-SIZE=\"9\">" + table + "</FONT>>")
        attributes["labelloc"] = "b"
        attributes["labeljust"] = "l"
    }

    /// `text` escaped for an HTML-like label, with line breaks (left
    /// aligned) every `width` characters at spaces, or, for addresses and
    /// paths, after a `/` (anywhere in a part longer than a line).
    static func wrapped(_ text: String, width: Int, breakAnywhere: Bool = false) -> String {
        var lines: [String] = []
        var line = ""
        let words = breakAnywhere ? pathParts(text, width: width) : text.split(separator: " ").map(String.init)
        for word in words {
            let joiner = breakAnywhere || line.isEmpty ? "" : " "
            if !line.isEmpty, line.count + joiner.count + word.count > width {
                lines.append(line)
                line = word
            } else {
                line += joiner + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map(html).joined(separator: "<BR ALIGN=\"LEFT\"/>")
    }

    /// A path or address in parts ending in `/`, parts longer than `width`
    /// cut into pieces of `width` characters.
    static func pathParts(_ text: String, width: Int) -> [String] {
        var parts: [String] = []
        var part = ""
        for character in text {
            part.append(character)
            if character == "/" || part.count == width {
                parts.append(part)
                part = ""
            }
        }
        if !part.isEmpty { parts.append(part) }
        return parts
    }

    /// Text for an HTML-like label: markup characters escaped, and control
    /// characters (which XML forbids) dropped.
    static func html(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
