/// A diff as text, read like a unified diff: `+` added, `-` removed, `~`
/// changed, each line naming both factions and followed by the evidence
/// that makes the difference.
public enum DiffText {
    /// Colours for a terminal.
    public struct Palette: Sendable {
        public var added: String
        public var removed: String
        public var changed: String
        public var reset: String

        public static let none = Palette(added: "", removed: "", changed: "", reset: "")
        public static let terminal = Palette(added: "\u{1B}[32m", removed: "\u{1B}[31m", changed: "\u{1B}[33m", reset: "\u{1B}[0m")
    }

    public static func document(_ diff: SnapshotDiff, oldLabel: String, newLabel: String,
                                palette: Palette = .none) -> String {
        let oldNames = diff.old.names
        let newNames = diff.new.names
        var out = "--- \(oldLabel)\n+++ \(newLabel)\n"
        func line(_ mark: String, _ colour: String, _ text: String) {
            out += colour + mark + " " + text + palette.reset + "\n"
        }
        for faction in diff.removedFactions {
            line("-", palette.removed, "faction \(faction.name) (\(faction.id))")
        }
        for faction in diff.addedFactions {
            line("+", palette.added, "faction \(faction.name) (\(faction.id))")
        }
        for (before, after) in diff.renamedFactions {
            line("~", palette.changed, "faction \(after.id) renamed: \(before.name) -> \(after.name)")
        }
        for entry in entries(diff) {
            switch entry {
            case .removed(let edge):
                var text = RelationText.headline(edge, names: oldNames)
                if let reason = diff.reason(removing: edge) { text += " (\(reason))" }
                line("-", palette.removed, text)
                out += evidence(edge, articles: diff.old.articles, prefix: "")
            case .added(let edge):
                line("+", palette.added, RelationText.headline(edge, names: newNames))
                out += evidence(edge, articles: diff.new.articles, prefix: "")
            case .changed(let from, let to):
                let pair = "\(newNames[to.from] ?? to.from) -- \(newNames[to.to] ?? to.to)"
                line("~", palette.changed, "\(pair): \(from.type.name) -> \(to.type.name), since \(to.date)")
                out += evidence(from, articles: diff.old.articles, prefix: "was: ")
                out += evidence(to, articles: diff.new.articles, prefix: "now: ")
            }
        }
        return out
    }

    /// Relation changes in (pair, type) order, however they changed.
    enum Entry {
        case added(SnapshotEdge)
        case removed(SnapshotEdge)
        case changed(SnapshotEdge, SnapshotEdge)

        var sortKey: (FactionID, FactionID, RelationType, Int) {
            switch self {
            case .removed(let edge): return (edge.pair.first, edge.pair.second, edge.type, 0)
            case .added(let edge): return (edge.pair.first, edge.pair.second, edge.type, 1)
            case .changed(let from, _): return (from.pair.first, from.pair.second, from.type, 2)
            }
        }
    }

    static func entries(_ diff: SnapshotDiff) -> [Entry] {
        let all = diff.removed.map(Entry.removed) + diff.added.map(Entry.added)
            + diff.changed.map { Entry.changed($0.from, $0.to) }
        return all.sorted { a, b in
            let (x, y) = (a.sortKey, b.sortKey)
            return (x.0, x.1, x.2, x.3) < (y.0, y.1, y.2, y.3)
        }
    }

    static func evidence(_ edge: SnapshotEdge, articles: [Article], prefix: String) -> String {
        RelationText.quotes(edge, articles: articles).map { "      \(prefix)\($0)\n" }.joined()
    }
}
