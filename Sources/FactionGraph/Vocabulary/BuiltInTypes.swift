/// The types every corpus has: the format's five, unchanged in meaning and
/// look, and rivalry and merger.
extension RelationType {
    /// `A -> B`: A pledges allegiance to, or is affiliated under, B. A tie,
    /// ended by a later split A -> B.
    public static let allegiance = builtIn(
        "allegiance", directed: true, .tie, .positive, endedBy: ["split"],
        look: RelationLook(color: "#2b6cb0", style: "solid", penwidth: "1.6", arrowhead: "normal",
                           legend: "allegiance: A pledged to B"),
        wording: Wording(outgoing: "allegiance to {}", incoming: "allegiance of {}",
                         friendly: "linked by allegiance with", hostile: "", rank: 1),
        order: 0)

    /// `A -- B`: A and B cooperate or fight side by side.
    public static let alliance = builtIn(
        "alliance", directed: false, .stance, .positive,
        look: RelationLook(color: "#2f855a", style: "solid", penwidth: "2.6", arrowhead: "none", legend: "alliance"),
        wording: Wording(outgoing: "alliance with {}", incoming: "alliance with {}",
                         friendly: "allied with", hostile: "", rank: 0),
        order: 1)

    /// `A -- B`: A and B agree to stop fighting.
    public static let truce = builtIn(
        "truce", directed: false, .stance, .positive,
        look: RelationLook(color: "#b7791f", style: "dashed", penwidth: "2", arrowhead: "none", legend: "truce"),
        wording: Wording(outgoing: "truce with {}", incoming: "truce with {}",
                         friendly: "at truce with", hostile: "", rank: 2),
        order: 2)

    /// `A -- B`: A and B fight each other.
    public static let combat = builtIn(
        "combat", directed: false, .stance, .negative, accepts: [.casualties, .fatalities],
        look: RelationLook(color: "#c53030", style: "bold", penwidth: "2.6", arrowhead: "none",
                           legend: "combat (casualties at each end)"),
        wording: Wording(outgoing: "combat with {}", incoming: "combat with {}",
                         friendly: "", hostile: "fight each other", rank: 3),
        order: 3)

    /// `A -> B`: A broke away from B. Lineage; ends an allegiance A -> B.
    public static let split = builtIn(
        "split", directed: true, .lineage, .unknown,
        look: RelationLook(color: "#6b46c1", style: "dotted", penwidth: "1.8", arrowhead: "onormal",
                           legend: "split: A broke away from B"),
        wording: Wording(outgoing: "split from {}", incoming: "split of {} from it",
                         friendly: "", hostile: "", rank: 4),
        order: 4)

    /// `A -- B`: A and B are hostile without reported fighting (competing
    /// for recruits, territory or leadership). A stance, so a later combat
    /// replaces it, and it replaces an alliance.
    public static let rivalry = builtIn(
        "rivalry", directed: false, .stance, .negative,
        look: RelationLook(color: "#9b2c2c", style: "dotted", penwidth: "2.8", arrowhead: "none",
                           legend: "rivalry (hostile, no reported fighting)"),
        wording: Wording(outgoing: "rivalry with {}", incoming: "rivalry with {}",
                         friendly: "", hostile: "are rivals", rank: 5),
        order: 5)

    /// `A -> B`: A merged into, or was absorbed by, B. Lineage; as of its
    /// date A's own ties and stances end, as if A had dissolved.
    public static let merger = builtIn(
        "merger", directed: true, .lineage, .positive, absorbsSource: true,
        look: RelationLook(color: "#2c7a7b", style: "solid", penwidth: "2.2", arrowhead: "diamond",
                           legend: "merger: A merged into B"),
        wording: Wording(outgoing: "merger into {}", incoming: "merger of {} into it",
                         friendly: "merged with", hostile: "", rank: 6),
        order: 6)

    /// The built-in types in their fixed order.
    public static let builtInTypes: [RelationType] = [allegiance, alliance, truce, combat, split, rivalry, merger]

    private static func builtIn(_ name: String, directed: Bool, _ relationClass: RelationClass, _ polarity: Sign,
                                endedBy: [String] = [], accepts: Set<RelationAttribute> = [], absorbsSource: Bool = false,
                                look: RelationLook, wording: Wording, order: Int) -> RelationType {
        RelationType(Definition(name: name, isDirected: directed, relationClass: relationClass, polarity: polarity,
                                endedBy: endedBy, accepts: accepts, absorbsSource: absorbsSource, look: look,
                                wording: wording, order: order, isBuiltIn: true, note: nil))
    }

    /// This type with another look (a vocabulary restyling a built-in type).
    func restyled(_ look: RelationLook) -> RelationType { copy(look: look) }

    /// The same type at another place in a vocabulary.
    func renumbered(_ order: Int) -> RelationType {
        order == self.order ? self : copy(order: order)
    }

    /// This type with more cues after its own (a vocabulary's `cues:` for
    /// a built-in type).
    func addingCues(_ cues: [CuePattern]) -> RelationType {
        cues.isEmpty ? self : copy(cues: definition.addedCues + cues)
    }

    private func copy(look: RelationLook? = nil, order: Int? = nil, cues: [CuePattern]? = nil) -> RelationType {
        let d = definition
        return RelationType(Definition(name: d.name, isDirected: d.isDirected, relationClass: d.relationClass,
                                       polarity: d.polarity, endedBy: d.endedBy, accepts: d.accepts,
                                       absorbsSource: d.absorbsSource, look: look ?? d.look, wording: d.wording,
                                       order: order ?? d.order, isBuiltIn: d.isBuiltIn, note: d.note,
                                       cues: cues ?? d.addedCues))
    }
}
