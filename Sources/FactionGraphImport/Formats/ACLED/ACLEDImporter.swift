import Foundation
import FactionGraph

/// Imports ACLED event exports (CSV, recognised by their column names, in
/// any order; other columns are ignored).
///
/// `Battles` between two actors become `combat`, `Strategic developments`
/// of sub-type `Agreement` become `truce` (alleged: an agreement is not
/// always a ceasefire), each with the event's associated actors in
/// `alliance` (alleged) with the actor they are listed with. Every other
/// event type is skipped, counted by type. One article per event, under its
/// year; its body is `notes`, which is also the evidence.
enum ACLEDImporter {
    static let requiredColumns = ["event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
                                  "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                                  "location", "notes", "fatalities"]

    static func run(_ paths: [String], context: inout ImportContext) {
        EventDataset.run(paths, format: .acled, required: requiredColumns, idColumn: "event_id_cnty", timestampColumn: "timestamp",
                         context: &context) { record, columns, id, at, context in
            convert(record, columns, id: id, at: at, context: &context)
        }
    }

    /// The relation type an event gives, or why it gives none.
    private static func relationType(eventType: String, subEventType: String) -> Result<(String, Confidence?), MessageError> {
        switch eventType.lowercased() {
        case "battles", "battle":
            return .success(("combat", nil))
        case "strategic developments", "strategic development":
            if subEventType.lowercased() == "agreement" { return .success(("truce", .alleged)) }
            return .failure(MessageError("strategic developments: \(subEventType.isEmpty ? "no sub-type" : subEventType)"))
        default:
            return .failure(MessageError("event type \(eventType.isEmpty ? "missing" : eventType)"))
        }
    }

    static func convert(_ record: CSVRowReader.Record, _ columns: CSVColumns, id: String, at: InputLocation,
                        context: inout ImportContext) -> RowConversion {
        let eventType = columns.value("event_type", record)
        let subEventType = columns.value("sub_event_type", record)
        let dateText = columns.value("event_date", record)
        guard let day = DayDate.parse(dateText) else {
            return .bad("event_date '\(dateText)' is not a date (2019-05-04, or 4 May 2019)")
        }
        let precisionText = columns.value("time_precision", record)
        guard let precision = Int(precisionText), (1...3).contains(precision) else {
            return .bad("time_precision '\(precisionText)' is not 1, 2 or 3")
        }
        let fatalitiesText = columns.value("fatalities", record)
        let fatalities = Int(fatalitiesText)
        guard fatalitiesText.isEmpty || (0...Fatalities.maximum).contains(fatalities ?? -1) else {
            return .bad("fatalities '\(fatalitiesText)' is not a whole number from 0 to \(Fatalities.maximum)")
        }
        let type: String
        let confidence: Confidence?
        switch relationType(eventType: eventType, subEventType: subEventType) {
        case .failure(let why): return .skipped(why.message)
        case .success(let found): (type, confidence) = found
        }
        let name1 = context.repaired(columns.value("actor1", record), column: "actor1", at: at)
        let name2 = context.repaired(columns.value("actor2", record), column: "actor2", at: at)
        guard !name1.isEmpty else { return .bad("no actor1") }
        guard !name2.isEmpty else { return .skipped("one-sided events") }
        let role1 = ACLEDActor.role(name: name1, inter: columns.value("inter1", record))
        let role2 = ACLEDActor.role(name: name2, inter: columns.value("inter2", record))
        for role in [role1, role2] {
            if let reason = ACLEDActor.skipReason(role) { return .skipped(reason) }
        }
        let side1 = faction(name1, role1, context: &context)
        let side2 = faction(name2, role2, context: &context)
        guard side1 != side2 else { return .skipped("same actor on both sides") }

        let published = ACLEDDate.period(day, precision: precision)
        let location = columns.value("location", record)
        var body = BodyText.normalized(context.repaired(columns.raw("notes", record), column: "notes", at: at))
        var notes: [String] = []
        if body.isEmpty {
            body = "ACLED records \(eventType.isEmpty ? "an event" : eventType) (\(subEventType)) between \(name1) and \(name2)"
                + (location.isEmpty ? "" : " in \(location)") + ", dated \(published)."
            notes.append("The event has no notes; the body states the record.")
        }
        if let dateNote = ACLEDDate.note(day, precision: precision, date: published) { notes.append(dateNote) }
        let quote = Sentences.leadQuote(of: body)
        var main = context.relation(type, side1, side2, evidence: [quote])
        main.place = place(location, columns.value("admin1", record), columns.value("country", record))
        main.confidence = confidence
        if type == "combat", let fatalities { main.fatalities = Fatalities(best: fatalities) }
        main.note = notes.isEmpty ? nil : notes.joined(separator: " ")
        var relations = [main]
        var parties = [side1, side2]
        for (column, partner, other) in [("assoc_actor_1", side1, side2), ("assoc_actor_2", side2, side1)] {
            for name in associated(columns.value(column, record), column: column, at: at, context: &context) {
                let role = ACLEDActor.role(name: name, inter: "")
                if let reason = ACLEDActor.skipReason(role) {
                    context.summary.relationsLeftOut.add("associated \(reason)")
                    continue
                }
                let ally = faction(name, role, context: &context)
                guard ally != partner, ally != other else {
                    context.summary.relationsLeftOut.add("associated actor is a main actor")
                    continue
                }
                guard !parties.indices.contains(where: { $0 % 2 == 0 && parties[$0] == ally && parties[$0 + 1] == partner }) else { continue }
                var alliance = context.relation("alliance", ally, partner, evidence: [quote])
                alliance.confidence = .alleged
                alliance.place = main.place
                alliance.note = "ACLED lists \(name) as associated with \(context.factions.entries[partner].name) in this event."
                relations.append(alliance)
                parties += [ally, partner]
            }
        }
        let title = type == "combat"
            ? "\(eventType): \(name1) vs \(name2)" + (location.isEmpty ? "" : " in \(location)")
            : "\(subEventType): \(name1) and \(name2)" + (location.isEmpty ? "" : " in \(location)")
        let sources = columns.value("source", record)
        let article = DraftArticle(
            id: "acled-\(id)", path: "\(String(published.year))/acled-\(FileName.safe(id)).md", title: title,
            published: published, source: sources.isEmpty ? "ACLED" : "ACLED (\(sources))", relations: relations,
            body: body)
        return .article(article, parties: parties)
    }

    private static func faction(_ name: String, _ role: ACLEDActor.Role, context: inout ImportContext) -> Int {
        guard case let .faction(kind, evidence) = role else { return context.faction(name) }
        return context.faction(name, kind: kind, evidence: evidence)
    }

    /// The names of an `assoc_actor` cell: `;`-separated, repaired.
    private static func associated(_ cell: String, column: String, at: InputLocation,
                                   context: inout ImportContext) -> [String] {
        guard !cell.isEmpty else { return [] }
        var names: [String] = []
        for part in context.repaired(cell, column: column, at: at).split(separator: ";") {
            let name = part.trimmed
            if !name.isEmpty, !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// `Kafr Nabl, Idlib, Syria`: the location, its first-level region and
    /// country, each once.
    static func place(_ parts: String...) -> String? {
        var seen: [String] = []
        for part in parts where !part.isEmpty && !seen.contains(part) { seen.append(part) }
        return seen.isEmpty ? nil : seen.joined(separator: ", ")
    }
}
