/// A CSV input opened for a format: its reader and its header's columns.
struct CSVInput {
    let reader: CSVRowReader
    let columns: CSVColumns
    /// The header's line (1, unless blank lines come first).
    let headerLine: Int

    var path: String { reader.path }

    /// Opens `path` and reads its header row.
    static func open(_ path: String) throws(ImportError) -> CSVInput {
        let reader = try CSVRowReader(path: path)
        guard let header = try reader.next() else {
            throw ImportError(at: InputLocation(path: path, line: 1), "empty file: a CSV file starts with a header row")
        }
        return CSVInput(reader: reader, columns: CSVColumns(header: header.fields), headerLine: header.line)
    }

    /// Fails unless the header has every column of `required`.
    func require(_ required: [String], format: ImportFormat) throws(ImportError) {
        let missing = columns.missing(required)
        guard !missing.isEmpty else { return }
        var message = "not \(format.datasetName) data: the header lacks \(missing.map { "'\($0)'" }.joined(separator: ", "))"
        if let other = CSVFormatGuess.guess(columns), other != format {
            message += "; it looks like \(other.datasetName) data: use 'factiongraph import \(other.rawValue)'"
        }
        throw ImportError(at: InputLocation(path: path, line: headerLine), message)
    }

    /// The next row with as many fields as the header; a row with another
    /// number is reported as bad (and skipped).
    /// Rows count in the summary's `read` unless `countsRows` is false (a
    /// key of groups, say).
    func next(_ context: inout ImportContext, countsRows: Bool = true) throws(ImportError) -> CSVRowReader.Record? {
        while let record = try reader.next() {
            if !reader.warnings.isEmpty {
                context.report(reader.warnings)
                reader.warnings = []
            }
            context.progress(reader.bytesRead)
            if countsRows { context.summary.read += 1 }
            guard record.fields.count == columns.header.count else {
                context.badRow(InputLocation(path: path, line: record.line),
                               "this row has \(record.fields.count) field\(record.fields.count == 1 ? "" : "s"), the header \(columns.header.count): a comma or a quote too many or too few?",
                               countsRow: countsRows)
                continue
            }
            return record
        }
        context.finishedFile(reader.bytesRead)
        return nil
    }
}

/// Which format a header belongs to, for a hint when the wrong one is used.
enum CSVFormatGuess {
    static func guess(_ columns: CSVColumns) -> ImportFormat? {
        if columns.has("event_id_cnty") && columns.has("actor1") { return .acled }
        if columns.has("side_a") && columns.has("type_of_violence") { return .ucdp }
        if columns.has("group1_id") || (columns.has("group_id") && columns.has("name")) { return .mmp }
        return nil
    }
}
