extension SnapshotDiff {
    /// Why an edge of the old snapshot is not in the new one, when the new
    /// snapshot is later and the reason is in the data: its `until`, a
    /// faction's `dissolved`, a merger that absorbed one of its factions,
    /// or (for a tie such as allegiance) a relation that ends it (a split).
    public func reason(removing edge: SnapshotEdge) -> String? {
        guard old.asOf < new.asOf else { return nil }
        if let until = edge.until, until.hasEnded(before: new.asOf) { return "ended \(until)" }
        for id in [edge.from, edge.to] {
            if let faction = endings.factions[id], let dissolved = faction.dissolved, dissolved.hasEnded(before: new.asOf) {
                return "\(faction.name) dissolved \(dissolved)"
            }
        }
        if edge.type.relationClass != .lineage {
            for id in [edge.from, edge.to] {
                if let merger = endings.mergers[id] {
                    let names = new.names
                    return "\(names[id] ?? id) merged into \(names[merger.to] ?? merger.to) \(merger.date)"
                }
            }
        }
        if edge.type.relationClass == .tie {
            for ender in edge.type.endedBy {
                let ordered = edge.isDirected && endings.directedTypes.contains(ender)
                let key = Endings.Key(type: ender, pair: ordered ? [edge.from, edge.to] : [edge.pair.first, edge.pair.second],
                                      ordered: ordered)
                if let date = endings.enders[key] { return "ended by the \(ender) of \(date)" }
            }
        }
        return nil
    }
}
