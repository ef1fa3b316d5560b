import Foundation

/// Converts the Mapping Militants CSV files (`Tests/Fixtures/mapping-militants`)
/// into an annotated corpus: a registry of the groups, and one article per
/// relationship whose body is the relationship's description and whose
/// evidence is the whole description.
public enum MappingMilitants {
    public static var directory: URL {
        RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/mapping-militants")
    }

    /// The corpus as files: relative path -> text.
    public static func corpus() throws -> [String: String] {
        let keys = try table("Militant-Group-Key.csv")
        let relationships = try table("Militant-Group-Relationships-clean.csv")
        var ids: [String: String] = [:]
        var registry = ""
        for row in keys.dropFirst() where row.count >= 2 {
            let id = slug(row[1]) + "-" + row[0]
            ids[row[0]] = id
            registry += "\(id): \(quoted(repaired(row[1]).trimmingCharacters(in: .whitespaces)))\n"
        }
        var files = ["factions.yaml": registry]
        for row in relationships.dropFirst() where row.count >= 6 {
            guard let type = relationType[row[1]], let from = ids[row[2]], let to = ids[row[3]],
                  let date = date(row[4]) else { continue }
            var description = repaired(row[5]).trimmingCharacters(in: .whitespacesAndNewlines)
            if description.isEmpty {
                // A few rows have no description: state the row itself.
                description = "\(repaired(row[6]).trimmingCharacters(in: .whitespaces)) and \(repaired(row[7]).trimmingCharacters(in: .whitespaces)): \(row[1])"
            }
            let connector = directed.contains(type) ? "->" : "--"
            files["relationships/\(row[0]).md"] = """
                ---
                article:
                  title: \(quoted("Mapping Militants relationship \(row[0])"))
                  source: Stanford Mapping Militant Organizations
                  published: \(date)
                relations:
                  - \(type): \(from) \(connector) \(to)
                    evidence: \(quoted(description))
                ---
                \(description)

                """
        }
        return files
    }

    /// `all` ally, `aff` affiliate, `mer` merger (the first group into the
    /// second), `riv` rival, `spl` split (the first from the second).
    public static let relationType = ["all": "alliance", "aff": "allegiance", "mer": "merger",
                                      "riv": "rivalry", "spl": "split"]

    /// The types written `A -> B`.
    static let directed: Set<String> = ["allegiance", "merger", "split"]

    /// The number of relationships of each MMP type in the CSV.
    public static func typeCounts() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in try table("Militant-Group-Relationships-clean.csv").dropFirst() where row.count >= 6 {
            counts[row[1], default: 0] += 1
        }
        return counts
    }

    /// `2/18/10` (month/day/two-digit year), `2014-05-00` (day unknown) or
    /// `2005-00-00` (month unknown), as YYYY[-MM[-DD]].
    static func date(_ text: String) -> String? {
        let text = text.trimmingCharacters(in: .whitespaces)
        let slashed = text.split(separator: "/").compactMap { Int($0) }
        if slashed.count == 3 {
            let year = slashed[2] < 100 ? (slashed[2] > 30 ? 1900 : 2000) + slashed[2] : slashed[2]
            return String(format: "%04d-%02d-%02d", year, slashed[0], slashed[1])
        }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        if parts[1] == 0 { return String(format: "%04d", parts[0]) }
        if parts[2] == 0 { return String(format: "%04d-%02d", parts[0], parts[1]) }
        return String(format: "%04d-%02d-%02d", parts[0], parts[1], parts[2])
    }

    /// The text with Windows-1252 punctuation that was decoded as Latin-1
    /// (C1 control characters, which YAML rightly rejects) put back:
    /// U+0096 is an en dash, U+0092 a right quote, and so on.
    static func repaired(_ text: String) -> String {
        let windows1252: [UInt32: Character] = [
            0x80: "€", 0x85: "…", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x96: "–", 0x97: "—",
        ]
        return String(text.unicodeScalars.map { scalar -> Character in
            (0x80...0x9F).contains(scalar.value) ? windows1252[scalar.value] ?? " " : Character(scalar)
        })
    }

    static func slug(_ name: String) -> String {
        let lowered = name.lowercased().unicodeScalars.map { scalar -> Character in
            (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)) ? Character(scalar) : "-"
        }
        return String(lowered).split(separator: "-").joined(separator: "-")
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// A CSV file as rows of fields (RFC 4180: quoted fields may hold commas,
    /// line breaks and doubled quotes).
    static func table(_ name: String) throws -> [[String]] {
        var text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else {
                            quoted = false
                            if next == "," { row.append(field); field = "" }
                            else if next == "\n" || next == "\r\n" { row.append(field); rows.append(row); row = []; field = "" }
                            else { field.append(next) }
                        }
                    } else { quoted = false }
                } else { field.append(character) }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(field); field = ""
            } else if character == "\n" || character == "\r\n" {
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
