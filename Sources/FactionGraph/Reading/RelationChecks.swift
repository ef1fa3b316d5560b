/// Warnings that need the whole corpus: relations outside their factions'
/// lifetimes, and contested stances.
enum RelationChecks {
    static func warnings(_ corpus: Corpus) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        // Only factions with a known lifetime need a look (few of them),
        // found by number rather than by name.
        let index = corpus.index
        let lifetimes = index.ids.map { id -> Faction? in
            guard let faction = corpus.factions[id], faction.founded != nil || faction.dissolved != nil else { return nil }
            return faction
        }
        if lifetimes.contains(where: { $0 != nil }) {
            for number in corpus.relations.indices {
                if let faction = lifetimes[Int(index.from[number])] { check(corpus.relations[number], faction, &warnings) }
                if let faction = lifetimes[Int(index.to[number])] { check(corpus.relations[number], faction, &warnings) }
            }
        }
        return warnings + contested(corpus)
    }

    private static func check(_ relation: Relation, _ faction: Faction, _ warnings: inout [Diagnostic]) {
        let id = faction.id
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
    static func contested(_ corpus: Corpus) -> [Diagnostic] {
        // Keyed by numbers: (pair, first day of the date).
        struct Key: Hashable { let from: Int32; let to: Int32; let start: Int }
        let index = corpus.index
        let relations = corpus.relations
        var firstByKey: [Key: Int] = [:]
        var warned = Set<Key>()
        var warnings: [Diagnostic] = []
        for number in relations.indices where index.type[number].isStance && relations[number].confidence != .denied {
            let key = Key(from: index.from[number], to: index.to[number], start: index.startDay[number])
            guard let firstIndex = firstByKey[key] else {
                firstByKey[key] = number
                continue
            }
            let first = relations[firstIndex]
            let relation = relations[number]
            if first.type != relation.type, warned.insert(key).inserted {
                warnings.append(.warning(relation.location,
                    "contested: \(relation.from) and \(relation.to) are reported in \(relation.type.rawValue) here and in \(first.type.rawValue) at \(first.location), both from \(relation.date); snapshots show both, flagged"))
            }
        }
        return warnings
    }
}
