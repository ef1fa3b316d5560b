/// Warnings that need the whole corpus: relations outside their factions'
/// lifetimes, and contested stances.
enum RelationChecks {
    static func warnings(_ relations: [Relation], factions: [FactionID: Faction]) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for relation in relations {
            for id in [relation.from, relation.to] {
                guard let faction = factions[id], faction.founded != nil || faction.dissolved != nil else { continue }
                if let founded = faction.founded, relation.date < founded {
                    warnings.append(.warning(relation.dateLocation,
                        "this \(relation.type.rawValue) is dated \(relation.date), before '\(id)' was founded (\(founded))"))
                }
                if let dissolved = faction.dissolved, relation.date.startDay > dissolved.endDay {
                    warnings.append(.warning(relation.dateLocation,
                        "this \(relation.type.rawValue) is dated \(relation.date), after '\(id)' was dissolved (\(dissolved)); no snapshot shows it"))
                }
            }
        }
        return warnings + contested(relations)
    }

    /// Two different stances for one pair on one date: reported once per
    /// conflicting report, at the later-read one.
    static func contested(_ relations: [Relation]) -> [Diagnostic] {
        struct Key: Hashable { let pair: FactionPair; let start: Int }
        var firstByKey: [Key: Relation] = [:]
        var warned = Set<Key>()
        var warnings: [Diagnostic] = []
        for relation in relations where relation.type.isStance && relation.confidence != .denied {
            let key = Key(pair: relation.pair, start: relation.date.startDay)
            guard let first = firstByKey[key] else {
                firstByKey[key] = relation
                continue
            }
            if first.type != relation.type, warned.insert(key).inserted {
                warnings.append(.warning(relation.location,
                    "contested: \(relation.from) and \(relation.to) are reported in \(relation.type.rawValue) here and in \(first.type.rawValue) at \(first.location), both from \(relation.date); snapshots show both, flagged"))
            }
        }
        return warnings
    }
}
