/// libyaml's commonest messages in our words, with a hint, at the place
/// the mistake is rather than where libyaml noticed it (often the next
/// line): a tab, a key without its colon, a value with `: ` in it or
/// starting with a quote, a quote or bracket never closed, a line
/// misaligned.
///
/// Anything else keeps libyaml's own words: `problem (context)`.
struct YAMLErrorHints {
    /// libyaml's report: its words and its 1-based positions (columns in
    /// characters).
    struct Report {
        var problem: String
        var context: String?
        var problemLine: Int
        var problemColumn: Int
        var contextLine: Int
        var contextColumn: Int
    }

    let lines: [Substring]

    init(input: UnsafeBufferPointer<UInt8>) {
        lines = String(decoding: input, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The message and place for `report`.
    func explain(_ report: Report) -> YAMLSyntaxError {
        let problem = report.problem
        let context = report.context ?? ""
        if problem.contains("tab character") || (problem == "found character that cannot start any token"
                                                  && character(report.problemLine, report.problemColumn) == "\t") {
            return error("a tab character: YAML indents with spaces only; replace the tab with spaces",
                         report.problemLine, report.problemColumn)
        }
        if problem == "found character that cannot start any token",
           let character = character(report.problemLine, report.problemColumn) {
            return valueNeedsQuotes(line: report.problemLine, column: report.problemColumn,
                                    why: "a value cannot start with '\(character)'")
        }
        if problem == "mapping values are not allowed in this context" {
            return colonInValue(line: report.problemLine, column: report.problemColumn)
        }
        if problem == "could not find expected ':'" {
            return missingColon(line: report.contextLine)
        }
        if context == "while scanning a quoted scalar", problem.hasPrefix("found unexpected") {
            let quote = character(report.contextLine, report.contextColumn) ?? "\""
            return error("this quoted value is never closed: end it with \(quote)", report.contextLine, report.contextColumn)
        }
        if context == "while parsing a flow sequence" || context == "while parsing a flow mapping",
           problem.hasPrefix("did not find expected ','"), report.problemLine > report.contextLine {
            let (open, close) = context.hasSuffix("sequence") ? ("[", "]") : ("{", "}")
            return error("this '\(open)' is never closed: end it with '\(close)'", report.contextLine, report.contextColumn)
        }
        if problem == "did not find expected key" && context == "while parsing a block mapping" {
            if let quoted = quotedStart(line: report.problemLine, column: report.problemColumn) { return quoted }
            let indent = text(report.problemLine).prefix { $0 == " " }.count
            return error("this line's indentation (\(indent) space\(indent == 1 ? "" : "s")) matches no map above it: indent the keys of one map alike",
                         report.problemLine, report.problemColumn)
        }
        if problem == "did not find expected '-' indicator" {
            return error("this line is not aligned with the list above it (line \(report.contextLine), column \(report.contextColumn)): indent the keys of one item alike, and start a new item with '- '",
                         report.problemLine, report.problemColumn)
        }
        var message = problem
        if let context = report.context { message += " (\(context))" }
        return error(message, report.problemLine, report.problemColumn)
    }

    private func error(_ message: String, _ line: Int, _ column: Int) -> YAMLSyntaxError {
        YAMLSyntaxError(message: message, line: line, column: column)
    }

    /// The text of 1-based `line`, without a carriage return.
    private func text(_ line: Int) -> String {
        guard line >= 1, line <= lines.count else { return "" }
        let text = lines[line - 1]
        return String(text.hasSuffix("\r") ? text.dropLast() : text)
    }

    /// The character at a 1-based line and column (columns count scalars).
    private func character(_ line: Int, _ column: Int) -> Character? {
        let scalars = text(line).unicodeScalars
        guard column >= 1, column <= scalars.count else { return nil }
        return Character(scalars[scalars.index(scalars.startIndex, offsetBy: column - 1)])
    }

    /// A line as `key: value` (the first `: ` outside quotes, or a `:` at
    /// the end), with the 1-based column where the value starts.
    private func keyAndValue(_ line: Int) -> (indent: String, key: String, value: String, valueColumn: Int)? {
        let text = text(line)
        var scalars = Array(text.unicodeScalars)
        var indent = ""
        var start = 0
        while start < scalars.count, scalars[start] == " " || scalars[start] == "-" && start + 1 < scalars.count && scalars[start + 1] == " " {
            indent.unicodeScalars.append(scalars[start])
            start += 1
        }
        scalars = Array(scalars[start...])
        guard let colon = scalars.indices.first(where: { index in
            scalars[index] == ":" && (index + 1 == scalars.count || scalars[index + 1] == " ")
        }), colon > 0, scalars[0] != "\"" && scalars[0] != "'" else { return nil }
        var key = String(String.UnicodeScalarView(scalars[..<colon]))
        key = key.trimmingWhitespace
        var valueStart = colon + 1
        while valueStart < scalars.count, scalars[valueStart] == " " { valueStart += 1 }
        let value = String(String.UnicodeScalarView(scalars[valueStart...])).trimmingWhitespace
        return (indent, key, value, start + valueStart + 1)
    }

    /// `"value"` with what YAML needs escaped, or `'value'` when the value
    /// holds double quotes but no single ones.
    private func quoted(_ value: String) -> String {
        if value.contains("\"") && !value.contains("'") { return "'\(value)'" }
        return "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// `title: The "Sahel exception": …`: YAML reads the second `: ` as a
    /// key; a key without a colon on the line before shows up the same way.
    private func colonInValue(line: Int, column: Int) -> YAMLSyntaxError {
        if let (indent, key, value, valueColumn) = keyAndValue(line), valueColumn <= column {
            return error("the value of '\(key)' contains ': ', which YAML reads as the start of another key; quote the value: \(indent.trimmingWhitespace.isEmpty ? "" : "- ")\(key): \(quoted(value))",
                         line, valueColumn)
        }
        var previous = line - 1
        while previous >= 1, text(previous).trimmingWhitespace.isEmpty || text(previous).trimmingWhitespace.hasPrefix("#") {
            previous -= 1
        }
        if previous >= 1, keyAndValue(previous) == nil, !text(previous).trimmingWhitespace.hasSuffix(":") {
            return missingColon(line: previous)
        }
        return error("a value continued on this line contains ': ', which YAML reads as the start of another key; quote the value, or give this line a key of its own",
                     line, column)
    }

    /// A line whose key has no `:` after it.
    private func missingColon(line: Int) -> YAMLSyntaxError {
        let text = text(line)
        let indentCount = text.prefix { $0 == " " || $0 == "-" }.count
        let content = String(text.dropFirst(indentCount)).trimmingWhitespace
        let words = content.split(separator: " ", maxSplits: 1)
        let suggestion = words.count == 2 ? "\(words[0]): \(words[1])" : "\(content):"
        return error("this line has no ':' after its key; did you mean '\(suggestion)'?", line, indentCount + 1)
    }

    /// `title: "Sahel exception" in Mali`: a value that starts with a
    /// quote ends at the closing quote, and the rest is an error.
    private func quotedStart(line: Int, column: Int) -> YAMLSyntaxError? {
        guard let (indent, key, value, valueColumn) = keyAndValue(line), valueColumn < column,
              let first = value.first, first == "\"" || first == "'" else { return nil }
        return error("the value of '\(key)' starts with a quote, so it ends at the closing quote; quote the whole value: \(indent.trimmingWhitespace.isEmpty ? "" : "- ")\(key): \(quoted(value))",
                     line, valueColumn)
    }

    /// `title: @home`: characters YAML reserves cannot start a plain value.
    private func valueNeedsQuotes(line: Int, column: Int, why: String) -> YAMLSyntaxError {
        if let (indent, key, value, valueColumn) = keyAndValue(line), valueColumn == column {
            return error("\(why); quote the value: \(indent.trimmingWhitespace.isEmpty ? "" : "- ")\(key): \(quoted(value))",
                         line, column)
        }
        return error("\(why); quote the value", line, column)
    }
}
