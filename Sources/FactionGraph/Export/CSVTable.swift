/// A CSV file: a header and rows of cells, written per RFC 4180, made safe
/// to open in a spreadsheet.
///
/// - Records end with CRLF, as RFC 4180 says; a cell holding a comma, a
///   double quote, a carriage return or a line feed is enclosed in double
///   quotes, and a double quote inside it is doubled.
/// - **Formula injection.** A spreadsheet runs a cell that starts with `=`,
///   `+`, `-` or `@` as a formula (and some also after a leading tab,
///   carriage return or line feed, or with the full-width forms `＝ ＋ － ＠`);
///   an article could carry `=HYPERLINK(...)` in a name or a quote. Such a
///   cell, also when the character follows leading spaces, gets a `'` in
///   front: spreadsheets show the text, and other readers see one extra
///   leading `'` they can strip. A cell of the character alone (`-`, `+`:
///   a polarity) cannot be a formula and is left alone. Cells of numbers,
///   booleans and dates are the tool's own and never start so.
/// - Characters XML forbids are replaced as in every export
///   (`ExportText.cleaned`).
public struct CSVTable: Sendable, Equatable {
    public var header: [String]
    public private(set) var rows: [[String]] = []

    public init(header: [String]) {
        self.header = header
    }

    /// Appends a row of text cells; `nil` is an empty cell.
    public mutating func append(_ cells: [String?]) {
        precondition(cells.count == header.count, "a row has one cell per column")
        rows.append(cells.map { $0 ?? "" })
    }

    /// The file's text.
    public var text: String {
        var output = ""
        for row in [header] + rows {
            output += row.map(Self.cell).joined(separator: ",")
            output += "\r\n"
        }
        return output
    }

    /// One cell as written: neutralised against formulas, quoted when needed.
    public static func cell(_ value: String) -> String {
        var text = ExportText.cleaned(value)
        if startsLikeFormula(text) { text = "'" + text }
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// True when a spreadsheet could read `text` as a formula: a trigger
    /// character followed by something (a lone `-` or `+`, the polarity
    /// column's values, is no formula and stays as it is).
    static func startsLikeFormula(_ text: String) -> Bool {
        let scalars = text.unicodeScalars.drop { $0 == " " }
        guard let first = scalars.first, formulaStarts.contains(first) else { return false }
        return scalars.count > 1
    }

    /// `= + - @`, tab, carriage return, line feed, and the full-width
    /// `＝ ＋ － ＠` that some spreadsheets read as their ASCII forms.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\n",
                                                      "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]
}
