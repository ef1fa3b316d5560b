/// Warnings that need the whole corpus: relations outside their factions'
/// lifetimes, relations of a faction after it merged into another, and
/// contested stances.
enum RelationChecks {
    /// Every warning about `corpus`'s relations; with `threads` above 1,
    /// the contested stances are found beside the rest.
    static func warnings(_ corpus: Corpus, threads: Int = 1) -> [Diagnostic] {
        let (others, contested) = Parallel.both(threads: threads, { lifetimes(corpus) + afterMergers(corpus) },
                                                { self.contested(corpus) })
        return others + contested
    }

    /// Relations dated outside a faction's lifetime.
    private static func lifetimes(_ corpus: Corpus) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        // Only factions with a known lifetime need a look (few of them),
        // found by number rather than by name; their dates only, and each
        // relation read in place: copying the factions and relations
        // (a retain of each of their fields) was half of this check.
        let index = corpus.index
        let lifetimes = index.ids.map { id -> Lifetime? in
            guard let faction = corpus.factions[id], faction.founded != nil || faction.dissolved != nil else { return nil }
            return Lifetime(founded: faction.founded, dissolved: faction.dissolved)
        }
        if lifetimes.contains(where: { $0 != nil }) {
            for number in corpus.relations.indices {
                for end in [index.from[number], index.to[number]] {
                    if let lifetime = lifetimes[Int(end)] {
                        check(corpus.relations, number, index.ids[Int(end)], lifetime, &warnings)
                    }
                }
            }
        }
        return warnings
    }

    private struct Lifetime {
        var founded: PartialDate?
        var dissolved: PartialDate?
    }

    /// Whether `relations[number]` is dated outside the lifetime of `id`.
    private static func check(_ relations: [Relation], _ number: Int, _ id: FactionID, _ lifetime: Lifetime,
                              _ warnings: inout [Diagnostic]) {
        let date = relations[number].date
        if let founded = lifetime.founded, date < founded {
            warnings.append(.warning(relations[number].dateLocation,
                "this \(relations[number].type.name) is dated \(date), before '\(id)' was founded (\(founded))"))
        }
        if let dissolved = lifetime.dissolved, date.startDay > dissolved.endDay {
            warnings.append(.warning(relations[number].dateLocation,
                "this \(relations[number].type.name) is dated \(date), after '\(id)' was dissolved (\(dissolved)); no snapshot shows it"))
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
        // Grown as it fills, the table was rehashed a dozen times (5 % of
        // the assembly of 100,000 articles, perf).
        firstByKey.reserveCapacity(relations.count)
        var warned = Set<Key>()
        var warnings: [Diagnostic] = []
        let isStance = index.types.map { $0.relationClass == .stance }
        for number in relations.indices where isStance[Int(index.type[number])] && relations[number].confidence != .denied {
            let key = Key(from: index.from[number], to: index.to[number], start: index.startDay[number])
            guard let firstIndex = firstByKey[key] else {
                firstByKey[key] = number
                continue
            }
            let first = relations[firstIndex]
            let relation = relations[number]
            if first.type != relation.type, warned.insert(key).inserted {
                warnings.append(.warning(relation.location,
                    "contested: \(relation.from) and \(relation.to) are reported in \(relation.type.name) here and in \(first.type.name) at \(first.location), both from \(relation.date); snapshots show both, flagged"))
            }
        }
        return warnings
    }

    /// A relation of a faction dated on or after the faction merged into
    /// another (by the earliest such merger, not denied): snapshots show
    /// none of its ties and stances from then on.
    static func afterMergers(_ corpus: Corpus) -> [Diagnostic] {
        let index = corpus.index
        let absorbs = index.types.map(\.absorbsSource)
        guard absorbs.contains(true) else { return [] }
        let relations = corpus.relations
        // The earliest merger of each faction, by number.
        var merger = [Int?](repeating: nil, count: index.ids.count)
        for number in relations.indices where absorbs[Int(index.type[number])] && relations[number].confidence != .denied {
            let from = Int(index.from[number])
            if merger[from].map({ index.startDay[number] < index.startDay[$0] }) ?? true { merger[from] = number }
        }
        var warnings: [Diagnostic] = []
        for number in relations.indices where relations[number].confidence != .denied {
            for side in [Int(index.from[number]), Int(index.to[number])] {
                guard let merged = merger[side], merged != number, index.startDay[number] >= index.startDay[merged] else { continue }
                let relation = relations[number]
                let event = relations[merged]
                let shown = relation.type.relationClass == .lineage
                    ? "it is kept as lineage" : "no snapshot shows it"
                warnings.append(.warning(relation.dateLocation,
                    "this \(relation.type.name) is dated \(relation.date), on or after the day '\(event.from)' merged into '\(event.to)' (\(event.date), at \(event.location)); \(shown)"))
                break
            }
        }
        return warnings
    }
}
