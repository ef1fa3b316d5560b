/// The explorer's data as the page embeds it: one compact JSON document,
/// safe inside `<script type="application/json">` (see `JSONText`).
///
/// Factions, edges, reports and articles are referred to by their number
/// (their place in their array). The format is described in
/// docs/timeline.md, "The data".
public enum ExplorerJSON {
    /// The format's name and version, the document's first field.
    public static let format = "factiongraph-explorer/1"

    public static func document(_ data: ExplorerData, layout: ExplorerLayout) -> String {
        let factionNumbers = Dictionary(uniqueKeysWithValues: data.factions.enumerated().map { ($1.faction.id, $0) })
        let typeNumbers = Dictionary(uniqueKeysWithValues: data.types.enumerated().map { ($1.name, $0) })
        func faction(_ id: FactionID) -> String { String(factionNumbers[id] ?? -1) }
        let kinds = Set(data.factions.map(\.faction.kind)).sorted { $0.rawValue < $1.rawValue }
        return JSONText.object([
            ("format", JSONText.string(format)),
            ("every", JSONText.string(data.every.rawValue)),
            ("layout", JSONText.string(layout.engine)),
            ("types", JSONText.array(data.types.map(type))),
            ("kinds", "{" + kinds.map { JSONText.string($0.rawValue) + ":" + kind($0) }.joined(separator: ",") + "}"),
            ("articles", JSONText.array(data.articles.map(article))),
            ("reports", JSONText.array(data.reports.map(report))),
            ("factions", JSONText.array(data.factions.map { entry(for: $0, at: layout.positions[$0.faction.id]) })),
            ("edges", JSONText.array(data.edges.map { edge in
                JSONText.object([
                    ("type", String(typeNumbers[edge.type.name]!)),
                    ("from", faction(edge.from)),
                    ("to", faction(edge.to)),
                    ("states", JSONText.array(edge.states.map(state))),
                ])
            })),
            ("steps", JSONText.array(data.steps.map { step(for: $0, faction: faction) })),
        ]) + "\n"
    }

    static func type(_ type: RelationType) -> String {
        let look = type.look
        return JSONText.object([
            ("name", JSONText.string(type.name)),
            ("directed", String(type.isDirected)),
            ("class", JSONText.string(type.relationClass.rawValue)),
            ("polarity", JSONText.string(type.polarity.rawValue)),
            ("color", JSONText.string(look.color)),
            ("style", JSONText.string(look.style)),
            ("penwidth", JSONText.number(Double(look.penwidth) ?? 1)),
            ("arrowhead", JSONText.string(type.isDirected ? look.arrowhead : "none")),
            ("legend", JSONText.string(look.legend)),
        ])
    }

    static func kind(_ kind: FactionKind) -> String {
        let look = DiagramStyle.look(kind)
        return JSONText.object([
            ("shape", JSONText.string(look.shape)), ("fill", JSONText.string(look.fill)),
            ("border", JSONText.string(look.border)), ("label", JSONText.string(look.label)),
        ])
    }

    static func article(_ article: Article) -> String {
        JSONText.object([
            ("id", JSONText.string(article.id)),
            ("title", JSONText.string(article.title)),
            ("published", JSONText.string(article.published.description)),
            ("path", JSONText.string(article.path)),
            // Only http(s) addresses become links; SafeURL writes `&` for
            // XML, and this is JSON.
            ("url", article.url.flatMap(SafeURL.httpURL).map { JSONText.string($0.replacingOccurrences(of: "&amp;", with: "&")) }),
            ("source", article.source.map(JSONText.string)),
        ])
    }

    static func report(_ report: ExplorerData.Report) -> String {
        let relation = report.relation
        return JSONText.object([
            ("article", String(report.article)),
            ("date", JSONText.string(relation.date.description)),
            ("until", relation.until.map { JSONText.string($0.description) }),
            ("confidence", JSONText.string(relation.confidence.rawValue)),
            ("quotes", JSONText.array(relation.evidence.map { JSONText.array([JSONText.string($0.quote), String($0.line)]) })),
            ("where", relation.place.map(JSONText.string)),
            ("casualties", relation.casualties.isEmpty ? nil : casualties(relation.casualties)),
            ("fatalities", relation.fatalities.map(fatalities)),
            ("note", relation.note.map(JSONText.string)),
        ])
    }

    static func entry(for entry: ExplorerData.FactionEntry, at point: NodeBox?) -> String {
        let faction = entry.faction
        let names = faction.renames.isEmpty ? nil : JSONText.array(
            [JSONText.array(["null", JSONText.string(faction.declaredName)])]
                + faction.renames.map { JSONText.array([JSONText.string($0.date.description), JSONText.string($0.name)]) })
        let history = entry.history.map { line in
            JSONText.array([JSONText.string(line.date.description), JSONText.string(line.mark), JSONText.string(line.text),
                            JSONText.array(line.reports)])
        }
        return JSONText.object([
            ("id", JSONText.string(faction.id)),
            ("name", JSONText.string(entry.firstName)),
            ("kind", JSONText.string(faction.kind.rawValue)),
            ("names", names),
            ("aliases", faction.aliases.isEmpty ? nil : JSONText.array(faction.aliases.map(JSONText.string))),
            ("founded", faction.founded.map { JSONText.string($0.description) }),
            ("dissolved", faction.dissolved.map { JSONText.string($0.description) }),
            ("note", faction.note.map(JSONText.string)),
            ("x", JSONText.number(point?.x ?? 0)),
            ("y", JSONText.number(point?.y ?? 0)),
            ("w", JSONText.number(point?.width ?? 54)),
            ("h", JSONText.number(point?.height ?? 36)),
            ("history", JSONText.object([
                ("header", JSONText.string(entry.historyHeader)), ("lines", JSONText.array(history)),
            ])),
        ])
    }

    static func state(_ state: ExplorerData.EdgeState) -> String {
        JSONText.object([
            ("reports", JSONText.array(state.reports)),
            ("contested", state.contested ? "true" : nil),
            ("confidence", JSONText.string(state.confidence.rawValue)),
            ("since", JSONText.string(state.since.description)),
            ("lastReported", JSONText.string(state.lastReported.description)),
            ("until", state.until.map { JSONText.string($0.description) }),
            ("casualties", state.casualties.isEmpty ? nil : casualties(state.casualties)),
            ("fatalities", state.fatalities.map(fatalities)),
            ("where", state.places.isEmpty ? nil : JSONText.array(state.places.map(JSONText.string))),
        ])
    }

    static func step(for step: ExplorerData.Step, faction: (FactionID) -> String) -> String {
        func list(_ items: [String]) -> String? { items.isEmpty ? nil : JSONText.array(items) }
        return JSONText.object([
            ("date", JSONText.string(step.date.description)),
            ("label", JSONText.string(step.label)),
            ("day", String(step.date.endDay)),
            ("added", list(step.added.map { JSONText.array([$0.edge, $0.state]) })),
            ("removed", list(step.removed.map { JSONText.array([String($0.edge), $0.reason.map(JSONText.string) ?? "null"]) })),
            ("changed", list(step.changed.map { JSONText.array([$0.from, $0.to, $0.state]) })),
            ("updated", list(step.updated.map { JSONText.array([$0.edge, $0.state]) })),
            ("factionsAdded", list(step.factionsAdded.map(faction))),
            ("factionsRemoved", list(step.factionsRemoved.map(faction))),
            ("renamed", list(step.renamed.map(faction))),
            ("names", list(step.names.map { JSONText.array([faction($0.faction), JSONText.string($0.name)]) })),
        ])
    }

    static func casualties(_ casualties: [FactionID: Int]) -> String {
        "{" + casualties.sorted { $0.key < $1.key }.map { JSONText.string($0.key) + ":" + String($0.value) }.joined(separator: ",") + "}"
    }

    static func fatalities(_ fatalities: Fatalities) -> String {
        JSONText.object([("best", String(fatalities.best)), ("low", fatalities.low.map(String.init)),
                         ("high", fatalities.high.map(String.init))])
    }
}
