/// A faction's history as text, one line per change, the evidence below.
public enum HistoryText {
    public static func document(_ history: FactionHistory) -> String {
        let faction = history.faction
        var out = "History of \(faction.name) (\(faction.id))"
        if !faction.renames.isEmpty {
            out += ", named " + ([faction.declaredName] + faction.renames.map { "\($0.name) from \($0.date)" }).joined(separator: ", ")
        }
        out += "\n"
        if history.steps.isEmpty { return out + "No relations.\n" }
        for step in history.steps {
            let diff = step.diff
            let names = diff.new.names.merging(diff.old.names) { new, _ in new }
            for (before, after) in diff.renamedFactions {
                out += line(step.date, "~", "renamed: \(before.name) -> \(after.name)")
            }
            for edge in diff.removed {
                var text = phrase(edge, for: faction.id, names: names)
                // How old the news of it was when it ended.
                let lastReport = edge.lastReported != edge.date ? "last reported \(edge.lastReported)" : nil
                let notes = [diff.reason(removing: edge), lastReport].compactMap { $0 }
                if !notes.isEmpty { text += " (\(notes.joined(separator: "; ")))" }
                out += line(step.date, "-", text)
                out += quotes(edge, articles: diff.old.articles)
            }
            for (from, to) in diff.changed {
                let other = to.from == faction.id ? to.to : to.from
                out += line(step.date, "~", "with \(names[other] ?? other): \(from.type.name) -> \(to.type.name)" + dated(to, step))
                out += quotes(to, articles: diff.new.articles)
            }
            for edge in diff.added {
                out += line(step.date, "+", phrase(edge, for: faction.id, names: names) + dated(edge, step))
                out += quotes(edge, articles: diff.new.articles)
            }
        }
        return out
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
