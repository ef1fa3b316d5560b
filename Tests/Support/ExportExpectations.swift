import Foundation

/// What a consumer of an export must see, derived from the snapshot JSON
/// (not from the exporter's code), and what it did see, in one shape:
/// factions by id and relations by `type/from/to`, each a map of attribute
/// name to value.
public enum ExportExpectations {
    public typealias Attributes = [String: JSONValue]

    /// A type's class and polarity, which the snapshot JSON does not carry.
    public typealias TypeProperties = [String: (relationClass: String, polarity: String)]

    /// The factions of a snapshot JSON as exports carry them: `name`,
    /// `kind`, `aliases` (joined by `;`), `founded`, `dissolved`, `note`
    /// when set, and `names` (the declared name, then `DATE: NAME`).
    public static func factions(_ snapshot: SnapshotDocument) -> [String: Attributes] {
        var result: [String: Attributes] = [:]
        for faction in snapshot.factions {
            var attributes: Attributes = ["name": .string(faction.name), "kind": .string(faction.kind)]
            if !faction.aliases.isEmpty { attributes["aliases"] = .string(faction.aliases.joined(separator: ";")) }
            attributes["founded"] = faction.founded.map(JSONValue.string)
            attributes["dissolved"] = faction.dissolved.map(JSONValue.string)
            attributes["note"] = faction.note.map(JSONValue.string)
            let names = faction.names.map { ($0.date.map { "\($0): " } ?? "") + $0.name }
            attributes["names"] = .string(names.joined(separator: ";"))
            result[faction.id] = attributes
        }
        return result
    }

    /// The relations of a snapshot JSON as exports carry them, by
    /// `type/from/to`.
    public static func relations(_ snapshot: SnapshotDocument, types: TypeProperties) -> [String: Attributes] {
        var result: [String: Attributes] = [:]
        for relation in snapshot.relations {
            let type = relation.type
            var attributes: Attributes = [
                "type": .string(type), "directed": .bool(relation.directed),
                "class": .string(types[type]?.relationClass ?? "?"), "polarity": .string(types[type]?.polarity ?? "?"),
                "date": .string(relation.date), "last_reported": .string(relation.lastReported),
                "confidence": .string(relation.confidence),
                "contested": .bool(relation.contested), "evidence_count": .int(relation.evidence.count),
            ]
            attributes["until"] = relation.until.map(JSONValue.string)
            if let casualties = relation.casualties, !casualties.isEmpty {
                attributes["casualties"] = .string(casualties.sorted { $0.key < $1.key }
                    .map { "\($0.key):\($0.value)" }.joined(separator: ";"))
            }
            if let fatalities = relation.fatalities {
                attributes["fatalities"] = .int(fatalities.best)
                attributes["fatalities_low"] = fatalities.low.map(JSONValue.int)
                attributes["fatalities_high"] = fatalities.high.map(JSONValue.int)
            }
            if let places = relation.where, !places.isEmpty {
                attributes["where"] = .string(places.joined(separator: ";"))
            }
            result["\(type)/\(relation.from)/\(relation.to)"] = attributes
        }
        return result
    }

    /// The nodes a reader saw, by id, without the `names`' listed keys.
    public static func nodes(_ read: JSONValue, dropping dropped: Set<String> = []) -> [String: Attributes] {
        var result: [String: Attributes] = [:]
        for node in read["nodes"]?.array ?? [] {
            result[node["id"]!.string!] = node["attrs"]!.object.filter { !dropped.contains($0.key) }
        }
        return result
    }

    /// The edges a reader saw, by `type/source/target` (several per key
    /// for the periods of an export over time).
    public static func edges(_ read: JSONValue, dropping dropped: Set<String> = []) -> [String: [Attributes]] {
        var result: [String: [Attributes]] = [:]
        for edge in read["edges"]?.array ?? [] {
            let attributes = edge["attrs"]!.object
            let key = "\(attributes["type"]?.string ?? "?")/\(edge["source"]!.string!)/\(edge["target"]!.string!)"
            result[key, default: []].append(attributes.filter { !dropped.contains($0.key) })
        }
        return result
    }

    /// True when `spells` (`[[start, end], ...]`, `null` for an open end)
    /// hold on `day` (`YYYY-MM-DD`).
    public static func holds(_ spells: JSONValue?, on day: String) -> Bool {
        (spells?.array ?? []).contains { spell in
            let bounds = spell.array
            return contains(start: bounds.first?.string, end: bounds.dropFirst().first?.string, day: day)
        }
    }

    /// True when `day` lies from `start` through `end` (`nil`: open).
    public static func contains(start: String?, end: String?, day: String) -> Bool {
        (start.map { $0 <= day } ?? true) && (end.map { day <= $0 } ?? true)
    }

    /// The attributes as of `day`: a dynamic value (`[[value, start, end],
    /// ...]`) becomes the value whose period holds `day`, or is left out.
    public static func asOf(_ day: String, _ attributes: Attributes, dynamic: Set<String>) -> Attributes {
        var result: Attributes = [:]
        for (key, value) in attributes {
            guard dynamic.contains(key) else { result[key] = value; continue }
            let current = value.array.first { entry in
                let parts = entry.array
                return parts.count == 3 && contains(start: parts[1].string, end: parts[2].string, day: day)
            }
            if let current { result[key] = current.array[0] }
        }
        return result
    }

    /// `value` as a CSV cell holds it: text, `true`/`false`, decimal.
    public static func text(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        default: return value.description
        }
    }

    /// The rows of a CSV file read by `export_reader.py`, each a map from
    /// property name (the header without its Neo4j type; `:START_ID` and
    /// the like as they are) to cell; empty cells left out.
    public static func rows(_ file: JSONValue?) -> [[String: String]] {
        let header = (file?["header"]?.array ?? []).map { column in
            let name = column.string!
            return name.hasPrefix(":") ? name : String(name.split(separator: ":").first ?? "")
        }
        return (file?["rows"]?.array ?? []).map { row in
            var cells: [String: String] = [:]
            for (name, cell) in zip(header, row.array) where !(cell.string ?? "").isEmpty {
                cells[name] = cell.string
            }
            return cells
        }
    }
}
