/// Events seen in an event dataset (ACLED, UCDP), for the same event found
/// again: datasets are living, an export can hold an event twice (files
/// concatenated, or downloaded at two times), and the newest version
/// (by its timestamp, the later row on a tie) is the one kept. Every other
/// version is counted as merged.
struct EventVersions {
    enum Outcome: Sendable {
        case imported(articleID: String)
        case skipped(reason: String)
    }

    private struct Seen {
        var timestamp: Int
        var location: InputLocation
        var outcome: Outcome
    }

    private var seen: [String: Seen] = [:]

    /// Whether a row of event `id` is to be read: true for a first version,
    /// and for a newer version (whose predecessor's outcome is undone);
    /// false for an older version.
    mutating func admit(_ id: String, timestamp: Int, at location: InputLocation,
                        context: inout ImportContext) -> Bool {
        guard let previous = seen[id] else { return true }
        context.summary.merged += 1
        guard timestamp >= previous.timestamp else {
            context.warn(location, "event \(id) appears again (also at line \(previous.location.line)); this version is older (timestamp \(timestamp)) and is left out")
            return false
        }
        context.warn(location, "event \(id) appears again (also at line \(previous.location.line)); this version, timestamp \(timestamp), replaces the earlier one")
        switch previous.outcome {
        case .imported(let articleID):
            context.remove(articleID)
            context.summary.imported -= 1
        case .skipped(let reason):
            context.summary.skipped.add(reason, -1)
        }
        seen[id] = nil
        return true
    }

    /// Records what became of the version read.
    mutating func record(_ id: String, timestamp: Int, at location: InputLocation, outcome: Outcome) {
        seen[id] = Seen(timestamp: timestamp, location: location, outcome: outcome)
    }
}

/// What a format makes of one row.
enum RowConversion {
    /// An article, and the factions its relations name (two per relation).
    case article(DraftArticle, parties: [Int])
    /// Left out for a reason counted in the summary.
    case skipped(String)
    /// Malformed: an error (or with --skip-bad-rows, a skipped row).
    case bad(String)
}

extension ImportContext {
    /// Applies a row's conversion for an event dataset: writes, skips or
    /// reports it, and records the event's version.
    mutating func apply(_ conversion: RowConversion, event id: String, timestamp: Int, at location: InputLocation,
                        versions: inout EventVersions) throws(ImportError) {
        switch conversion {
        case let .article(article, parties):
            try write(article, parties: parties)
            summary.imported += 1
            versions.record(id, timestamp: timestamp, at: location, outcome: .imported(articleID: article.id))
        case .skipped(let reason):
            skip(reason)
            versions.record(id, timestamp: timestamp, at: location, outcome: .skipped(reason: reason))
        case .bad(let message):
            badRow(location, message)
        }
    }
}

/// The reading loop of an event dataset: each file's header checked, each
/// row's event id and timestamp read, its versions sorted out, and the row
/// converted by the format.
enum EventDataset {
    static func run(_ paths: [String], format: ImportFormat, required: [String], idColumn: String,
                    timestampColumn: String?, context: inout ImportContext,
                    convert: (CSVRowReader.Record, CSVColumns, String, InputLocation, inout ImportContext) -> RowConversion) {
        var versions = EventVersions()
        for path in paths {
            do {
                let input = try CSVInput.open(path)
                try input.require(required, format: format)
                while let record = try input.next(&context) {
                    let at = InputLocation(path: input.path, line: record.line)
                    let id = input.columns.value(idColumn, record)
                    guard !id.isEmpty else {
                        context.badRow(at, "no \(idColumn)")
                        continue
                    }
                    // Without a timestamp, a later row of the same event wins.
                    let timestamp = timestampColumn.flatMap { Int(input.columns.value($0, record)) } ?? 0
                    guard versions.admit(id, timestamp: timestamp, at: at, context: &context) else { continue }
                    let conversion = convert(record, input.columns, id, at, &context)
                    try context.apply(conversion, event: id, timestamp: timestamp, at: at, versions: &versions)
                }
            } catch {
                context.error(error)
            }
        }
    }
}
