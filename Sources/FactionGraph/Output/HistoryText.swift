/// A faction's history as text, one line per change, the evidence below.
public enum HistoryText {
    public static func document(_ history: FactionHistory) -> String {
        var out = header(history.faction) + "\n"
        if history.steps.isEmpty { return out + "No relations.\n" }
        for step in history.steps {
            for entry in entries(step, of: history.faction) {
                out += line(entry.date, entry.mark, entry.text)
                if let (edge, articles) = entry.evidence { out += quotes(edge, articles: articles) }
            }
        }
        return out
    }

    /// `History of NAME (id)`, with the names it had when it was renamed.
    public static func header(_ faction: Faction) -> String {
        var out = "History of \(faction.name) (\(faction.id))"
        if !faction.renames.isEmpty {
            out += ", named " + ([faction.declaredName] + faction.renames.map { "\($0.name) from \($0.date)" }).joined(separator: ", ")
        }
        return out
    }

    /// One line of a history: its date, `+`, `-` or `~`, the change in
    /// words, and the edge whose quotes follow it (with the articles they
    /// cite).
    public struct Entry: Sendable {
        public var date: PartialDate
        public var mark: String
        public var text: String
        public var evidence: (edge: SnapshotEdge, articles: [Article])?
    }

    /// The lines of one step of `faction`'s history, in the order the
    /// document prints them: renames, then ended, changed and begun
    /// relations.
    public static func entries(_ step: FactionHistory.Step, of faction: Faction) -> [Entry] {
        let diff = step.diff
        let names = diff.new.names.merging(diff.old.names) { new, _ in new }
        var entries: [Entry] = []
        for (before, after) in diff.renamedFactions {
            entries.append(Entry(date: step.date, mark: "~", text: "renamed: \(before.name) -> \(after.name)"))
        }
        for edge in diff.removed {
            var text = phrase(edge, for: faction.id, names: names)
            // How old the news of it was when it ended.
            let lastReport = edge.lastReported != edge.date ? "last reported \(edge.lastReported)" : nil
            let notes = [diff.reason(removing: edge), lastReport].compactMap { $0 }
            if !notes.isEmpty { text += " (\(notes.joined(separator: "; ")))" }
            entries.append(Entry(date: step.date, mark: "-", text: text, evidence: (edge, diff.old.articles)))
        }
        for (from, to) in diff.changed {
            let other = to.from == faction.id ? to.to : to.from
            entries.append(Entry(date: step.date, mark: "~",
                                 text: "with \(names[other] ?? other): \(from.type.name) -> \(to.type.name)" + dated(to, step),
                                 evidence: (to, diff.new.articles)))
        }
        for edge in diff.added {
            entries.append(Entry(date: step.date, mark: "+", text: phrase(edge, for: faction.id, names: names) + dated(edge, step),
                                 evidence: (edge, diff.new.articles)))
        }
        return entries
    }

    /// The relation as seen from the faction, in its type's wording:
    /// `allegiance to al-Qaeda`, `split of Hurras al-Din from it`,
    /// `combat with Islamic State`.
    public static func phrase(_ edge: SnapshotEdge, for id: FactionID, names: [FactionID: String]) -> String {
        let other = edge.from == id ? edge.to : edge.from
        let marks = edge.contested ? " [contested]" : edge.confidence == .alleged ? " [alleged]" : ""
        let wording = edge.type.wording
        let template = !edge.isDirected || edge.from == id ? wording.outgoing : wording.incoming
        return RelationType.Wording.fill(template, names[other] ?? other) + marks
    }

    /// ` (dated 2016-07)` when a relation's own date is not the step's
    /// (a month-precision date is first seen on a day of that month).
    static func dated(_ edge: SnapshotEdge, _ step: FactionHistory.Step) -> String {
        edge.date == step.date ? "" : " (dated \(edge.date))"
    }

    static func line(_ date: PartialDate, _ mark: String, _ text: String) -> String {
        "\(date.description.padding(toLength: 10, withPad: " ", startingAt: 0))  \(mark) \(text)\n"
    }

    static func quotes(_ edge: SnapshotEdge, articles: [Article]) -> String {
        RelationText.quotes(edge, articles: articles).map { "                " + $0 + "\n" }.joined()
    }
}

/// A faction's history as JSON: `{faction, events: [{date, change, relation
/// | from, to | name}]}`.
public enum HistoryJSON {
    struct Event: Encodable {
        var date: String
        /// `began`, `ended`, `changed` or `renamed`.
        var change: String
        var relation: SnapshotJSON.RelationObject?
        var from: SnapshotJSON.RelationObject?
        var to: SnapshotJSON.RelationObject?
        var reason: String?
        var name: String?
        var formerName: String?
    }

    struct Document: Encodable {
        var faction: SnapshotJSON.FactionObject
        var events: [Event]
    }

    public static func document(_ history: FactionHistory) -> String {
        var events: [Event] = []
        for step in history.steps {
            let diff = step.diff
            for (before, after) in diff.renamedFactions {
                events.append(Event(date: step.date.description, change: "renamed", name: after.name, formerName: before.name))
            }
            for edge in diff.removed {
                events.append(Event(date: step.date.description, change: "ended",
                                    relation: .init(edge, articles: diff.old.articles), reason: diff.reason(removing: edge)))
            }
            for (from, to) in diff.changed {
                events.append(Event(date: to.date.description, change: "changed",
                                    from: .init(from, articles: diff.old.articles), to: .init(to, articles: diff.new.articles)))
            }
            for edge in diff.added {
                events.append(Event(date: edge.date.description, change: "began", relation: .init(edge, articles: diff.new.articles)))
            }
        }
        return SnapshotJSON.encode(Document(faction: .init(history.faction), events: events))
    }
}
