/// Warnings that need the whole corpus: relations outside their factions'
/// lifetimes, and contested stances.
enum RelationChecks {
    static func warnings(_ relations: [Relation], factions: [FactionID: Faction]) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        // Only factions with a known lifetime need a look (few of them).
        let lifetimes = factions.filter { $0.value.founded != nil || $0.value.dissolved != nil }
        if !lifetimes.isEmpty {
            for relation in relations {
                check(relation, relation.from, lifetimes, &warnings)
                check(relation, relation.to, lifetimes, &warnings)
            }
        }
        return warnings + contested(relations)
    }

    private static func check(_ relation: Relation, _ id: FactionID, _ lifetimes: [FactionID: Faction],
                              _ warnings: inout [Diagnostic]) {
        guard let faction = lifetimes[id] else { return }
        if let founded = faction.founded, relation.date < founded {
            warnings.append(.warning(relation.dateLocation,
                "this \(relation.type.rawValue) is dated \(relation.date), before '\(id)' was founded (\(founded))"))
        }
        if let dissolved = faction.dissolved, relation.date.startDay > dissolved.endDay {
            warnings.append(.warning(relation.dateLocation,
                "this \(relation.type.rawValue) is dated \(relation.date), after '\(id)' was dissolved (\(dissolved)); no snapshot shows it"))
        }
    }

    /// Two different stances for one pair on one date: reported once per
    /// conflicting report, at the later-read one.
    static func contested(_ relations: [Relation]) -> [Diagnostic] {
        struct Key: Hashable { let pair: FactionPair; let start: Int }
        var firstByKey: [Key: Int] = [:]
        var warned = Set<Key>()
        var warnings: [Diagnostic] = []
        for (index, relation) in relations.enumerated() where relation.type.isStance && relation.confidence != .denied {
            let key = Key(pair: relation.pair, start: relation.date.startDay)
            guard let firstIndex = firstByKey[key] else {
                firstByKey[key] = index
                continue
            }
            let first = relations[firstIndex]
            if first.type != relation.type, warned.insert(key).inserted {
                warnings.append(.warning(relation.location,
                    "contested: \(relation.from) and \(relation.to) are reported in \(relation.type.rawValue) here and in \(first.type.rawValue) at \(first.location), both from \(relation.date); snapshots show both, flagged"))
            }
        }
        return warnings
    }
}
