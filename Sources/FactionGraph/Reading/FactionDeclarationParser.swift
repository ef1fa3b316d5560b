/// Reads a `factions` map (an article's, or the registry's top level).
enum FactionDeclarationParser {
    static let keys = ["name", "aliases", "kind", "founded", "dissolved", "renamed", "note"]

    /// The declarations of `node`, those with errors included (marked
    /// invalid): see `FactionDeclaration.isValid`.
    static func parse(_ node: YAMLNode, reader: inout NodeReader) -> [FactionDeclaration] {
        if node.isNull { return [] }
        guard let entries = reader.mapping(node, "'factions'") else { return [] }
        return entries.map { entry in
            var declaration = declaration(id: entry.key, entry.pair, reader: &reader)
            // Known by its id at least, whatever went wrong.
            if declaration.name.isEmpty { declaration.name = entry.key }
            return declaration
        }
    }

    private static func declaration(id: String, _ pair: YAMLNode.Pair, reader: inout NodeReader) -> FactionDeclaration {
        let idLocation = reader.location(pair.key)
        var valid = true
        if !Faction.isValidID(id) {
            reader.error(pair.key, "'\(id)' is not a valid faction id: use lowercase letters, digits and '-', starting with a letter or digit")
            valid = false
        }
        var declaration = FactionDeclaration(
            id: id, idLocation: idLocation, name: "", nameLocation: reader.location(of: pair),
            aliases: [], kind: .default, kindLocation: idLocation, kindIsExplicit: false)
        if let name = pair.value.string {
            // A bare string declares the name only.
            declaration.name = name.trimmingWhitespace
            if declaration.name.isEmpty { reader.error(pair.value, "faction '\(id)' has an empty name"); valid = false }
            declaration.isValid = valid
            return declaration
        }
        guard !pair.value.isNull, let entries = reader.mapping(pair.value, "faction '\(id)'") else {
            if pair.value.isNull {
                reader.error(pair.key, "faction '\(id)' needs a name: write '\(id): Name' or a map with 'name'")
            }
            declaration.isValid = false
            return declaration
        }
        var hasName = false
        for (key, entry) in entries {
            switch key {
            case "name":
                if let name = reader.string(entry, key) {
                    declaration.name = name.trimmingWhitespace
                    declaration.nameLocation = reader.location(entry.value)
                    hasName = true
                } else { valid = false }
            case "aliases":
                declaration.aliases = aliases(entry, reader: &reader)
            case "kind":
                if let kind = reader.choice(entry, key, FactionKind.self) {
                    declaration.kind = kind
                    declaration.kindLocation = reader.location(entry.value)
                    declaration.kindIsExplicit = true
                } else { valid = false }
            case "founded":
                declaration.founded = reader.date(entry, key)
                declaration.foundedLocation = reader.location(entry.value)
                if declaration.founded == nil { valid = false }
            case "dissolved":
                declaration.dissolved = reader.date(entry, key)
                declaration.dissolvedLocation = reader.location(entry.value)
                if declaration.dissolved == nil { valid = false }
            case "renamed":
                let (renames, ok) = self.renames(entry, id: id, reader: &reader)
                declaration.renames = renames
                if !ok { valid = false }
            case "note":
                if entry.value.isNull { break }
                declaration.note = reader.string(entry, key)
            default:
                reader.unknownKey(key, entry.key, in: "faction '\(id)'", allowed: keys)
                valid = false
            }
        }
        if !hasName, valid {
            reader.error(pair.value, "faction '\(id)' has no 'name'")
            valid = false
        }
        if let founded = declaration.founded {
            for rename in declaration.renames where rename.date < founded {
                reader.error(rename.location, "faction '\(id)' is renamed '\(rename.name)' on \(rename.date), before it was founded (\(founded))")
                valid = false
            }
        }
        if let founded = declaration.founded, let dissolved = declaration.dissolved,
           let location = declaration.dissolvedLocation, dissolved < founded {
            reader.error(location, "faction '\(id)' is dissolved (\(dissolved)) before it was founded (\(founded))")
            valid = false
        }
        declaration.isValid = valid
        return declaration
    }

    /// `renamed: [{date: DATE, name: NAME}, ...]`, sorted by date; two on
    /// one date are an error.
    private static func renames(_ pair: YAMLNode.Pair, id: String, reader: inout NodeReader)
        -> (renames: [Faction.Rename], valid: Bool) {
        if pair.value.isNull { return ([], true) }
        guard let items = pair.value.items else {
            reader.error(reader.location(of: pair),
                         "'renamed' must be a list like [{date: 2017-01-28, name: Hayat Tahrir al-Sham}], not \(pair.value.kindDescription)")
            return ([], false)
        }
        var renames: [Faction.Rename] = []
        var valid = true
        for item in items {
            guard let entries = item.pairs != nil ? reader.mapping(item, "a rename") : nil else {
                reader.error(item, "a rename must be a map {date: DATE, name: NAME}, not \(item.kindDescription)")
                valid = false
                continue
            }
            var date: PartialDate?
            var dateLocation = reader.location(item)
            var name: String?
            for (key, entry) in entries {
                switch key {
                case "date":
                    date = reader.date(entry, key)
                    dateLocation = reader.location(of: entry)
                case "name": name = reader.string(entry, key)?.trimmingWhitespace
                default: reader.unknownKey(key, entry.key, in: "a rename", allowed: ["date", "name"])
                }
            }
            guard let date, let name else {
                if !entries.contains(where: { $0.key == "date" }) { reader.error(item, "a rename needs a 'date'") }
                if !entries.contains(where: { $0.key == "name" }) { reader.error(item, "a rename needs a 'name'") }
                valid = false
                continue
            }
            if let other = renames.first(where: { $0.date.startDay == date.startDay }) {
                reader.error(dateLocation, "faction '\(id)' is renamed twice on \(date): '\(other.name)' and '\(name)'")
                valid = false
                continue
            }
            renames.append(Faction.Rename(date: date, name: name, location: dateLocation))
        }
        return (renames.sorted { $0.date < $1.date }, valid)
    }

    private static func aliases(_ pair: YAMLNode.Pair, reader: inout NodeReader) -> [(name: String, location: SourceLocation)] {
        if pair.value.isNull { return [] }
        guard let items = pair.value.items else {
            reader.error(reader.location(of: pair),
                         "'aliases' must be a list, for example [HTS, Tahrir al-Sham], not \(pair.value.kindDescription)")
            return []
        }
        var result: [(name: String, location: SourceLocation)] = []
        for item in items {
            guard let alias = item.string, !alias.trimmingWhitespace.isEmpty else {
                reader.error(item, "an alias must be a non-empty string, not \(item.kindDescription)")
                continue
            }
            result.append((alias.trimmingWhitespace, reader.location(item)))
        }
        return result
    }
}
