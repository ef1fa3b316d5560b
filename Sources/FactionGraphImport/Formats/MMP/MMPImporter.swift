import FactionGraph

/// Imports the Mapping Militants Project's two CSV files: the group key
/// (`group_id, name`) and the relationships (`unique_id, type, group1_id,
/// group2_id, date, description, group1_name, group2_name`).
///
/// Every group of the key becomes a faction of the registry (with its
/// `group_id` in a note), and every relationship an article under its year
/// whose body is the description. A row that repeats an earlier row (same
/// type, groups, date and description: the dataset has such copies under
/// new ids) is merged into that row's article as a second report, so each
/// row still counts once per type. Rows are read whole before articles are
/// written (the dataset has hundreds of rows): mergers are oriented by the
/// rest of the data first.
enum MMPImporter {
    static let keyColumns = ["group_id", "name"]
    static let relationshipColumns = ["unique_id", "type", "group1_id", "group2_id", "date", "description"]

    static func run(_ paths: [String], context: inout ImportContext) throws(ImportError) {
        var keys: [CSVInput] = []
        var relationships: [CSVInput] = []
        for path in paths {
            do {
                let input = try CSVInput.open(path)
                if input.columns.missing(relationshipColumns).isEmpty {
                    relationships.append(input)
                } else if input.columns.missing(keyColumns).isEmpty {
                    keys.append(input)
                } else {
                    try input.require(relationshipColumns, format: .mmp)
                }
            } catch {
                context.error(error)
            }
        }
        if relationships.isEmpty, context.errorCount == 0 {
            throw ImportError(path: paths.first ?? ".", "no relationships file (a CSV file with the columns \(relationshipColumns.joined(separator: ", ")))")
        }
        var groups = GroupKey()
        for key in keys {
            try readKey(key, into: &groups, context: &context)
        }
        var rows: [Row] = []
        for input in relationships {
            try readRelationships(input, groups: &groups, rows: &rows, context: &context)
        }
        orientMergers(&rows, context: &context)
        for (article, parties) in articles(rows, context: &context) {
            try context.write(article, parties: parties)
        }
    }

    /// Group ids of the key, to factions (ids written twice, such as -99
    /// for groups not yet on a map, name no faction by id).
    struct GroupKey {
        var factions: [String: Int] = [:]
        var ambiguous: Set<String> = []
        var count = 0
    }

    private static func readKey(_ input: CSVInput, into groups: inout GroupKey,
                                context: inout ImportContext) throws(ImportError) {
        let columns = input.columns
        var rows = 0
        while let record = try input.next(&context, countsRows: false) {
            rows += 1
            let at = InputLocation(path: input.path, line: record.line)
            let id = columns.value("group_id", record)
            let name = context.repaired(columns.value("name", record), column: "name", at: at)
                .trimmed
            guard !name.isEmpty else {
                context.badRow(at, "group \(id) has no name", countsRow: false)
                continue
            }
            let faction = context.faction(name, note: "Mapping Militants group_id \(id)")
            context.factions.declare(faction)
            groups.count += 1
            if groups.factions[id] != nil || groups.ambiguous.contains(id) {
                groups.ambiguous.insert(id)
                groups.factions[id] = nil
            } else {
                groups.factions[id] = faction
            }
        }
        // Key rows are groups, not relationships: counted apart.
        context.summary.otherInputs.append("read \(rows) groups from the key \(input.path)")
    }

    /// A relationship row as read, before articles are made.
    struct Row {
        var id: String
        var location: InputLocation
        var type: MMPType
        var date: PartialDate
        var from: Int
        var to: Int
        /// The description, repaired; empty when the row has none.
        var description: String
    }

    private static func readRelationships(_ input: CSVInput, groups: inout GroupKey, rows: inout [Row],
                                          context: inout ImportContext) throws(ImportError) {
        let columns = input.columns
        while let record = try input.next(&context) {
            let at = InputLocation(path: input.path, line: record.line)
            let rowID = columns.value("unique_id", record)
            let code = columns.value("type", record).lowercased()
            guard !rowID.isEmpty else { context.badRow(at, "no unique_id"); continue }
            guard let type = MMPType.all[code] else {
                context.badRow(at, "unknown relationship type '\(code)' (the codebook's types are all, aff, mer, riv, spl)")
                continue
            }
            let date: PartialDate
            switch MMPDate.parse(columns.value("date", record)) {
            case .failure(let failure):
                context.badRow(at, failure.message)
                continue
            case .success(let parsed):
                date = parsed.date
                if let warning = parsed.warning { context.warn(at, warning) }
            }
            guard let group1 = group(1, record, columns, groups, at: at, context: &context),
                  let group2 = group(2, record, columns, groups, at: at, context: &context) else { continue }
            guard group1 != group2 else {
                context.warn(at, "skipped: both groups are \(context.factions.entries[group1].name)")
                context.skip("same group on both sides")
                continue
            }
            let (from, to) = type.fromGroup2 ? (group2, group1) : (group1, group2)
            let description = BodyText.normalized(
                context.repaired(columns.raw("description", record), column: "description", at: at, webEscapes: true))
            rows.append(Row(id: rowID, location: at, type: type, date: date, from: from, to: to, description: description))
        }
    }

    /// Articles from rows, in row order: a row that repeats an earlier one
    /// (same type, groups, date and description) becomes a second report in
    /// the first one's article.
    private static func articles(_ rows: [Row], context: inout ImportContext) -> [(DraftArticle, [Int])] {
        var articles: [(DraftArticle, [Int])] = []
        var firstRow: [String: Int] = [:]
        for row in rows {
            let fromName = context.factions.entries[row.from].name
            let toName = context.factions.entries[row.to].name
            var body = row.description
            var note: String?
            if body.isEmpty {
                body = row.type.statement(from: fromName, to: toName, date: row.date.description)
                note = "The dataset has no description for relationship \(row.id); the body states the record."
            }
            var relation = context.relation(row.type.type, row.from, row.to, evidence: [Sentences.leadQuote(of: body)])
            relation.note = note
            let pair = relation.connector == "->" ? "\(row.from)>\(row.to)" : "\(min(row.from, row.to))-\(max(row.from, row.to))"
            let key = [row.type.code, pair, row.date.description, body].joined(separator: "\u{1F}")
            if let first = firstRow[key] {
                let firstID = articles[first].0.id
                relation.note = "Relationship \(row.id) of the dataset repeats this one (\(firstID))."
                articles[first].0.relations.append(relation)
                articles[first].1 += [row.from, row.to]
                context.summary.merged += 1
                context.warn(row.location, "relationship \(row.id) repeats \(firstID) (same type, groups, date and description): merged into its article as a second report")
                continue
            }
            firstRow[key] = articles.count
            let article = DraftArticle(
                id: "mmp-\(row.id)", path: "\(String(row.date.year))/mmp-\(FileName.safe(row.id)).md",
                title: row.type.title(from: fromName, to: toName), published: row.date,
                source: "Mapping Militants Project, Stanford University", relations: [relation], body: body)
            articles.append((article, [row.from, row.to]))
            context.summary.imported += 1
        }
        return articles
    }

    /// Turns mergers whose direction the rest of the data contradicts.
    ///
    /// A merger ends the merged group's ties and stances as of its date. When
    /// the group a row says merged has relationships after that date (other
    /// than its own mergers into groups) and the other group has none,
    /// the row is read the other way round, with a warning: the group that
    /// goes on is not the one absorbed (`The Islamic State, Small Groups in
    /// Iraq, mer: AQI forms the Mujahidin Shura Council... several smaller
    /// Iraqi jihadist groups join the council`).
    private static func orientMergers(_ rows: inout [Row], context: inout ImportContext) {
        let mergers = rows.indices.filter { rows[$0].type.code == "mer" }
        guard !mergers.isEmpty else { return }
        var byFaction: [Int: [Int]] = [:]
        for index in rows.indices {
            byFaction[rows[index].from, default: []].append(index)
            byFaction[rows[index].to, default: []].append(index)
        }
        // A relationship after the merger's period that shows the group
        // going on: not one of its own mergers into another group.
        func laterRow(of faction: Int, after merger: Row) -> Row? {
            (byFaction[faction] ?? []).map { rows[$0] }.first { other in
                !(other.type.code == "mer" && other.from == faction) && other.date.startDay > merger.date.endDay
            }
        }
        var flips: [Int] = []
        for index in mergers {
            let merger = rows[index]
            if let later = laterRow(of: merger.from, after: merger), laterRow(of: merger.to, after: merger) == nil {
                flips.append(index)
                let merged = context.factions.entries[merger.to].name
                let into = context.factions.entries[merger.from].name
                context.warn(merger.location, "merger read as \(merged) into \(into), the reverse of the row: \(into) has relationships after \(merger.date) (such as relationship \(later.id)), \(merged) none")
            }
        }
        for index in flips { (rows[index].from, rows[index].to) = (rows[index].to, rows[index].from) }
    }

    /// The faction of group 1 or 2 of a row: by the key's id, else by the
    /// row's own name for the group (with a warning).
    private static func group(_ number: Int, _ record: CSVRowReader.Record, _ columns: CSVColumns, _ groups: GroupKey,
                              at: InputLocation, context: inout ImportContext) -> Int? {
        let id = columns.value("group\(number)_id", record)
        if let faction = groups.factions[id] { return faction }
        let name = context.repaired(columns.value("group\(number)_name", record), column: "group\(number)_name", at: at)
            .trimmed
        guard !name.isEmpty else {
            let why = groups.ambiguous.contains(id) ? "names several groups in the key" : "is not in the key"
            context.badRow(at, "group\(number)_id \(id) \(why), and the row has no group\(number)_name")
            return nil
        }
        if groups.count > 0 {
            let why = groups.ambiguous.contains(id) ? "names several groups in the key" : "is not in the key"
            context.warn(at, "group\(number)_id \(id) \(why): the group is found by this row's name, '\(name)'")
        }
        return context.faction(name)
    }
}
