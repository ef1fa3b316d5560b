/// The text of the factions an import declares, as `factions.yaml` holds
/// them: one map per faction in id order, every string double-quoted.
enum RegistryText {
    static func render(_ entries: [FactionTable.Entry], heading: String) -> String {
        var text = heading.split(separator: "\n", omittingEmptySubsequences: false).map { "# \($0)\n" }.joined()
        for entry in entries {
            text += "\(key(entry.id)):\n"
            text += "  name: \(YAMLText.quoted(entry.name))\n"
            text += "  kind: \(entry.kind.rawValue)\n"
            if !entry.aliases.isEmpty {
                text += "  aliases: [\(entry.aliases.map(YAMLText.quoted).joined(separator: ", "))]\n"
            }
            if let note = entry.note { text += "  note: \(YAMLText.quoted(note))\n" }
        }
        return text
    }

    /// An id as a map key: plain, unless YAML would read it as null.
    private static func key(_ id: String) -> String {
        ["null", "Null", "NULL", "~"].contains(id) ? YAMLText.quoted(id) : id
    }
}
