/// Mapping Militants relationship types and how each is written.
///
/// The codebook's types are `all` (alliance), `aff` (affiliation), `mer`
/// (merger), `riv` (rivalry) and `spl` (split); each row names group1 and
/// group2. Directions follow the reading of most rows (checked against
/// their descriptions): an `aff` row's group1 is affiliated under group2,
/// a `mer` row's group1 merged into group2, and an `spl` row's group2
/// broke away from group1 (`Red Brigades, Prima Linea: Dissident members
/// of the Red Brigades helped found Prima Linea`). About one `spl` or `mer`
/// row in five says the opposite in its description (a known problem of
/// the data); the import keeps the rule, and the description is in the
/// article for whoever corrects it.
struct MMPType {
    let code: String
    /// The vocabulary type.
    let type: String
    /// True when the relation runs from group2 to group1.
    let fromGroup2: Bool

    static let all: [String: MMPType] = [
        "all": MMPType(code: "all", type: "alliance", fromGroup2: false),
        "aff": MMPType(code: "aff", type: "allegiance", fromGroup2: false),
        "mer": MMPType(code: "mer", type: "merger", fromGroup2: false),
        "riv": MMPType(code: "riv", type: "rivalry", fromGroup2: false),
        "spl": MMPType(code: "spl", type: "split", fromGroup2: true),
    ]

    /// The article's title: `Split: Prima Linea from Red Brigades`.
    func title(from: String, to: String) -> String {
        switch type {
        case "alliance": return "Alliance: \(from) and \(to)"
        case "rivalry": return "Rivalry: \(from) and \(to)"
        case "allegiance": return "Affiliation: \(from) with \(to)"
        case "merger": return "Merger: \(from) into \(to)"
        default: return "Split: \(from) from \(to)"
        }
    }

    /// The record in words, for rows without a description.
    func statement(from: String, to: String, date: String) -> String {
        switch type {
        case "alliance": return "The Mapping Militants Project records an alliance between \(from) and \(to), dated \(date)."
        case "rivalry": return "The Mapping Militants Project records a rivalry between \(from) and \(to), dated \(date)."
        case "allegiance": return "The Mapping Militants Project records \(from) as an affiliate of \(to), dated \(date)."
        case "merger": return "The Mapping Militants Project records a merger of \(from) into \(to), dated \(date)."
        default: return "The Mapping Militants Project records a split of \(from) from \(to), dated \(date)."
        }
    }
}
