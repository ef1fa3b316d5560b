/// Paths as text: one line per path, then the evidence of each hop.
public enum PathText {
    /// `Firqat al-Ghuraba -allegiance-> Hurras al-Din -alliance- Islamic State  (+, 2 hops: friendly chain)`
    public static func line(_ path: FactionPath, names: [FactionID: String]) -> String {
        var text = names[path.factions[0]] ?? path.factions[0]
        for (index, hop) in path.hops.enumerated() {
            let type = hop.edge.type.name
            let connector = !hop.edge.isDirected ? "-\(type)-" : hop.forward ? "-\(type)->" : "<-\(type)-"
            let next = path.factions[index + 1]
            text += " \(connector) \(names[next] ?? next)"
        }
        let hops = path.length == 1 ? "1 hop" : "\(path.length) hops"
        return text + "  (\(path.sign.rawValue), \(hops): \(reading(path)))"
    }

    /// The path's sign in words.
    public static func reading(_ path: FactionPath) -> String {
        let hostile = path.hostileCount
        switch path.sign {
        case .unknown:
            let unsigned = path.hops.first { $0.edge.type.polarity == .unknown }?.edge.type.name ?? "split"
            return "through a \(unsigned), sign unknown"
        case .positive where hostile == 0:
            return path.length == 1 ? "friends" : "friendly chain"
        case .positive:
            return hostile == 2 ? "enemy of an enemy" : "an even number of hostile links"
        case .negative where hostile == 1:
            return path.length == 1 ? "enemies" : "friend of an enemy"
        case .negative:
            return hostile == 3 && path.length == 3 ? "enemy of an enemy of an enemy" : "an odd number of hostile links"
        }
    }

    /// The evidence of every hop, indented under the path.
    public static func evidence(_ path: FactionPath, names: [FactionID: String], articles: [Article]) -> [String] {
        var lines: [String] = []
        for hop in path.hops {
            lines.append("    " + RelationText.headline(hop.edge, names: names))
            lines += RelationText.quotes(hop.edge, articles: articles).map { "      " + $0 }
        }
        return lines
    }

    /// The whole text output for a path query. `found` says how many paths
    /// there are (`"250"`, `"at least 5000"`) when `paths` is only the first
    /// of them; the heading then reads `100 of 250 simple paths`.
    public static func document(_ paths: [FactionPath], from: Faction, to: Faction, asOf: PartialDate,
                                names: [FactionID: String], articles: [Article], kind: String,
                                found: String? = nil) -> String {
        let count = found.map { "\(paths.count) of \($0)" } ?? "\(paths.count)"
        var out = paths.isEmpty
            ? "No path from \(from.name) to \(to.name) as of \(asOf).\n"
            : "\(count) \(kind) path\(paths.count == 1 && found == nil ? "" : "s") from \(from.name) to \(to.name) as of \(asOf):\n"
        for path in paths {
            out += "\n" + line(path, names: names) + "\n"
            out += evidence(path, names: names, articles: articles).map { $0 + "\n" }.joined()
        }
        return out
    }
}

/// Relations as text, shared by paths, balance and diffs.
public enum RelationText {
    /// `combat: Hayat Tahrir al-Sham -- Hurras al-Din, since 2020-06-23 [contested]`
    public static func headline(_ edge: SnapshotEdge, names: [FactionID: String]) -> String {
        var text = "\(edge.type.name): \(names[edge.from] ?? edge.from) \(edge.type.connector) \(names[edge.to] ?? edge.to), since \(edge.date)"
        if let until = edge.until { text += " until \(until)" }
        var marks: [String] = []
        if edge.contested { marks.append("contested") }
        if edge.confidence != .reported { marks.append(edge.confidence.rawValue) }
        if !marks.isEmpty { text += " [" + marks.joined(separator: ", ") + "]" }
        return text
    }

    /// `“quote” — Title (2018-11-19), path:line`, one per quote.
    public static func quotes(_ edge: SnapshotEdge, articles: [Article]) -> [String] {
        edge.reports.flatMap { report in
            let article = articles[report.articleIndex]
            return report.evidence.map { "“\($0.quote)” — \(article.title) (\(article.published)), \(article.path):\($0.line)" }
        }
    }
}
