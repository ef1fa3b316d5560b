import Foundation
import FactionGraph

/// Imports the UCDP Georeferenced Event Dataset (GED) as CSV (columns by
/// name, in any order; others ignored).
///
/// State-based (`type_of_violence` 1) and non-state (2) events become
/// `combat` between `side_a` and `side_b`, with `best`, `low` and `high` as
/// the event's fatalities; one-sided violence (3: an actor against
/// civilians) is skipped. An event is dated by the smallest period that
/// holds `date_start` to `date_end` (the day when they agree; the year it
/// began when they lie in two years). The body is
/// `source_headline`, followed by the sources (`source_article`); the
/// deaths per side go to the note, never to `casualties`.
enum UCDPImporter {
    static let requiredColumns = ["id", "date_start", "date_end", "side_a", "side_b", "type_of_violence",
                                  "best", "low", "high"]

    static func run(_ paths: [String], context: inout ImportContext) {
        EventDataset.run(paths, format: .ucdp, required: requiredColumns, idColumn: "id", timestampColumn: nil,
                         context: &context) { record, columns, id, at, context in
            convert(record, columns, id: id, at: at, context: &context)
        }
    }

    static func convert(_ record: CSVRowReader.Record, _ columns: CSVColumns, id: String, at: InputLocation,
                        context: inout ImportContext) -> RowConversion {
        let violence = columns.value("type_of_violence", record)
        let kindOfViolence: String
        switch violence {
        case "1": kindOfViolence = "State-based violence"
        case "2": kindOfViolence = "Non-state violence"
        case "3": return .skipped("one-sided violence")
        default: return .bad("type_of_violence '\(violence)' is not 1, 2 or 3")
        }
        let startText = columns.value("date_start", record)
        let endText = columns.value("date_end", record)
        guard let start = DayDate.parse(startText) else { return .bad("date_start '\(startText)' is not a date") }
        guard let end = DayDate.parse(endText.isEmpty ? startText : endText) else { return .bad("date_end '\(endText)' is not a date") }
        guard start <= end else { return .bad("date_end \(endText) is before date_start \(startText)") }
        var estimates: [Int] = []
        for column in ["best", "low", "high"] {
            let text = columns.value(column, record)
            guard let value = Int(text), (0...Fatalities.maximum).contains(value) else {
                return .bad("\(column) '\(text)' is not a whole number from 0 to \(Fatalities.maximum)")
            }
            estimates.append(value)
        }
        let (best, low, high) = (estimates[0], estimates[1], estimates[2])
        let nameA = context.repaired(columns.value("side_a", record), column: "side_a", at: at)
        let nameB = context.repaired(columns.value("side_b", record), column: "side_b", at: at)
        guard !nameA.isEmpty, !nameB.isEmpty else { return .bad("side_a or side_b is empty") }
        let sideA = context.faction(nameA, kind: kind(nameA), evidence: .name)
        let sideB = context.faction(nameB, kind: kind(nameB), evidence: .name)
        guard sideA != sideB else { return .skipped("same actor on both sides") }

        var notes: [String] = []
        let published: PartialDate
        if let period = DayDate.period(from: start, to: end) {
            published = period
        } else {
            published = PartialDate(year: start.year)!
            notes.append("UCDP dates this event from \(start.partialDate) to \(end.partialDate), across years; dated by the year it began.")
        }
        let place = columns.value("where_description", record)
        let headline = BodyText.normalized(context.repaired(columns.raw("source_headline", record), column: "source_headline", at: at))
        let sources = BodyText.normalized(context.repaired(columns.raw("source_article", record), column: "source_article", at: at))
        var lead = headline
        if lead.isEmpty {
            lead = "UCDP records \(kindOfViolence.lowercased()) between \(nameA) and \(nameB)"
                + (place.isEmpty ? "" : " at \(place)") + ", dated \(published), with \(best) deaths (best estimate)."
            notes.append("The event has no source headline; the body states the record.")
        }
        var relation = context.relation("combat", sideA, sideB, evidence: [Sentences.leadQuote(of: lead)])
        relation.place = place.isEmpty ? nil : place
        if low <= best, best <= high {
            relation.fatalities = Fatalities(best: best, low: low, high: high)
        } else {
            relation.fatalities = Fatalities(best: best)
            context.warn(at, "the estimates are out of order (low \(low), best \(best), high \(high)); only best is kept")
            notes.append("UCDP's estimates: low \(low), best \(best), high \(high).")
        }
        notes.append(detail(record, columns, id: id))
        relation.note = notes.joined(separator: " ")
        let body = sources.isEmpty ? lead : lead + "\n\nSources: " + sources
        let sourceName = columns.value("source_original", record)
        let article = DraftArticle(
            id: "ucdp-\(id)", path: "\(String(published.year))/ucdp-\(FileName.safe(id)).md",
            title: "\(kindOfViolence): \(nameA) vs \(nameB)" + (place.isEmpty ? "" : " at \(place)"),
            published: published, source: sourceName.isEmpty ? "UCDP GED" : "UCDP GED (\(sourceName))",
            relations: [relation], body: body)
        return .article(article, parties: [sideA, sideB])
    }

    /// The event's UCDP ids and its deaths per side, for the note.
    private static func detail(_ record: CSVRowReader.Record, _ columns: CSVColumns, id: String) -> String {
        var parts = ["UCDP GED event \(id)"]
        let conflict = columns.value("conflict_name", record)
        let dyad = columns.value("dyad_name", record)
        if !conflict.isEmpty { parts.append("conflict '\(conflict)'") }
        if !dyad.isEmpty { parts.append("dyad '\(dyad)'") }
        var text = parts.joined(separator: ", ")
        let deaths = [("side A", "deaths_a"), ("side B", "deaths_b"), ("civilians", "deaths_civilians"),
                      ("unknown", "deaths_unknown")].compactMap { label, column -> String? in
            let value = columns.value(column, record)
            return value.isEmpty ? nil : "\(label) \(value)"
        }
        if !deaths.isEmpty { text += "; deaths (best estimate): " + deaths.joined(separator: ", ") }
        return text + "."
    }

    /// `Government of Syria` is a state; other sides armed groups.
    static func kind(_ name: String) -> FactionKind {
        name.lowercased().hasPrefix("government of") ? .state : .armedGroup
    }
}
