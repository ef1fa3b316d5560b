/// Short names for the text on edges (`HTS 13 killed`): a name too long for
/// a label gives way to its shortest alias in the same script.
enum ShortNames {
    /// Names longer than this get an alias, when one is shorter.
    static let longName = 18

    /// Each faction's short name, by id. A short name that two factions
    /// would share is not used: both keep their names.
    static func of(_ factions: [Faction]) -> [FactionID: String] {
        var short: [FactionID: String] = [:]
        for faction in factions {
            short[faction.id] = shortName(faction)
        }
        var owners: [String: Int] = [:]
        for name in short.values { owners[name, default: 0] += 1 }
        for faction in factions where owners[short[faction.id]!, default: 0] > 1 {
            short[faction.id] = faction.name
        }
        return short
    }

    static func shortName(_ faction: Faction) -> String {
        let name = faction.name
        guard name.count > longName else { return name }
        let latin = name.unicodeScalars.first.map(\.isASCII) ?? true
        let candidates = faction.aliases.filter { alias in
            alias.count >= 2 && alias.count < name.count && (alias.unicodeScalars.first.map(\.isASCII) ?? true) == latin
        }
        return candidates.min { $0.count < $1.count } ?? name
    }
}
