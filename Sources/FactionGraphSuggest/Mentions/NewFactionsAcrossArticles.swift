import FactionGraph

/// Makes the new factions of several drafts agree, so that the drafted
/// folder passes `check` as one corpus.
///
/// Each article is drafted on its own, so two articles may propose one
/// group under two ids (`macina-liberation-front`, and an alias of
/// `amadou-koufa-of-the-macina-liberation-front`), or two groups under one
/// id (`faction-2` for two names in Arabic script). The format forbids
/// both: one id's declarations must agree on the name, and a name may
/// name one faction only.
///
/// Drafts are taken in order, and each new faction joins the group of the
/// first of its names an earlier draft declared, taking that group's id
/// and name. A name already taken by another group is left out of its
/// aliases; two new factions of one article stay two factions.
enum NewFactionsAcrossArticles {
    private struct Group {
        var id: FactionID
        var name: String
    }

    /// `drafts` with their new factions renamed to agree; `references`
    /// holds the registry's names and ids, which no new id may take.
    static func reconcile(_ drafts: [Draft], references: [String: FactionID]) -> [Draft] {
        var groups: [Group] = []
        var owner: [String: Int] = [:]
        var ids = Set<String>()
        var result = drafts
        for index in result.indices {
            var usedHere = Set<Int>()
            var renamed: [FactionID: FactionID] = [:]
            var kept: [NewFaction] = []
            for var faction in result[index].newFactions {
                let names = [faction.name] + faction.aliases
                let keys = names.map(Registry.key)
                let group: Int
                if let earlier = keys.lazy.compactMap({ owner[$0] }).first(where: { !usedHere.contains($0) }) {
                    group = earlier
                } else if let free = keys.firstIndex(where: { owner[$0] == nil }) {
                    let id = Self.unique(faction.id, taken: ids, references: references)
                    ids.insert(id)
                    groups.append(Group(id: id, name: names[free]))
                    group = groups.count - 1
                } else {
                    // Every name is another new faction's of this article
                    // (an earlier draft joined two of them): it is that one.
                    renamed[faction.id] = groups[owner[keys[0]]!].id
                    continue
                }
                usedHere.insert(group)
                var aliases: [String] = []
                for (name, key) in zip(names, keys) where owner[key] == nil || owner[key] == group {
                    owner[key] = group
                    if key != Registry.key(groups[group].name) { aliases.append(name) }
                }
                renamed[faction.id] = groups[group].id
                faction.id = groups[group].id
                faction.name = groups[group].name
                faction.aliases = aliases
                kept.append(faction)
            }
            result[index].newFactions = kept
            result[index].suggestions = Self.renaming(result[index].suggestions, renamed)
            result[index].rejected = Self.renaming(result[index].rejected, renamed)
        }
        return result
    }

    /// `id`, or when another group or a registry name has it, the next
    /// free `id-2`, `id-3`, ... (`faction-N` counts on from N).
    private static func unique(_ id: FactionID, taken: Set<String>, references: [String: FactionID]) -> FactionID {
        func free(_ candidate: String) -> Bool { !taken.contains(candidate) && references[candidate] == nil }
        if free(id) { return id }
        var base = id
        var number = 2
        if id.hasPrefix("faction-"), let n = Int(id.dropFirst("faction-".count)) {
            base = "faction"
            number = n + 1
        }
        while !free("\(base)-\(number)") { number += 1 }
        return "\(base)-\(number)"
    }

    /// The suggestions with their factions renamed; a relation that now
    /// joins a faction to itself, or repeats an earlier one (with the same
    /// confidence: a claim and its denial are two), is dropped.
    private static func renaming(_ suggestions: [Suggestion], _ renamed: [FactionID: FactionID]) -> [Suggestion] {
        var seen = Set<String>()
        return suggestions.compactMap { suggestion in
            var suggestion = suggestion
            suggestion.from = renamed[suggestion.from] ?? suggestion.from
            suggestion.to = renamed[suggestion.to] ?? suggestion.to
            suggestion.casualties = suggestion.casualties.map { (renamed[$0.faction] ?? $0.faction, $0.count) }
            let claim = "\(suggestion.key) \(suggestion.confidence?.rawValue ?? "reported")"
            guard suggestion.from != suggestion.to, seen.insert(claim).inserted else { return nil }
            return suggestion
        }
    }
}

extension Suggester {
    /// The drafts of one run made to agree on their new factions: one id
    /// and one name for a group named in several articles, and distinct
    /// ids for distinct groups (`NewFactionsAcrossArticles`).
    public func reconcilingNewFactions(_ drafts: [Draft]) -> [Draft] {
        NewFactionsAcrossArticles.reconcile(drafts, references: registry.references)
    }
}
