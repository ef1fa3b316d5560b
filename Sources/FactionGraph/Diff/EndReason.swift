extension SnapshotDiff {
    /// Why an edge of the old snapshot is not in the new one, when the new
    /// snapshot is later and the reason is in the data: its `until`, a
    /// faction's `dissolved`, or (for an allegiance) a split.
    public func reason(removing edge: SnapshotEdge) -> String? {
        guard old.asOf < new.asOf else { return nil }
        if let until = edge.until, until.hasEnded(before: new.asOf) { return "ended \(until)" }
        for id in [edge.from, edge.to] {
            if let faction = endings.factions[id], let dissolved = faction.dissolved, dissolved.hasEnded(before: new.asOf) {
                return "\(faction.name) dissolved \(dissolved)"
            }
        }
        if edge.type == .allegiance, let split = endings.splits[SnapshotDiff.FactionPairKey(from: edge.from, to: edge.to)] {
            return "ended by the split of \(split)"
        }
        return nil
    }
}
