import Foundation
import FactionGraph

/// What an ACLED actor is, from its name and its `inter` code.
///
/// ACLED's inter codes (numbers, or their labels in newer exports): 1 state
/// forces, 2 rebel groups, 3 political militias, 4 identity militias, 5
/// rioters, 6 protesters, 7 civilians, 8 external/other forces. State forces
/// are factions of kind `state`, and so is an actor named as a state's
/// forces or government (`Military Forces of Russia (2000-)` is coded 8 where
/// it fights abroad); 2-4 are `armed-group`, 8 `other`. Civilians, rioters and
/// protesters (crowds, named only by country) and unidentified actors
/// (`Unidentified Armed Group (Syria)`: no faction to follow over time) are
/// not factions: their events are skipped, and counted.
enum ACLEDActor {
    enum Role: Equatable {
        case faction(FactionKind, FactionTable.KindEvidence)
        case civilians
        case crowd
        case unidentified
    }

    static func role(name: String, inter: String) -> Role {
        let lowered = name.lowercased()
        let code = interCode(inter)
        if lowered.hasPrefix("civilians") || code == 7 { return .civilians }
        if lowered.hasPrefix("protesters") || lowered.hasPrefix("rioters") || code == 5 || code == 6 { return .crowd }
        if lowered.hasPrefix("unidentified") { return .unidentified }
        if statePrefixes.contains(where: { lowered.hasPrefix($0) }) { return .faction(.state, .source) }
        switch code {
        case 1: return .faction(.state, .source)
        case 2, 3, 4: return .faction(.armedGroup, .source)
        case 8: return .faction(.other, .source)
        default: return .faction(.armedGroup, .assumed)
        }
    }

    private static let statePrefixes = ["military forces of", "police forces of", "government of", "state forces of"]

    /// The inter code of `text`: a number (`1`, `1.0`), or a label.
    static func interCode(_ text: String) -> Int? {
        let trimmed = text.trimmed
        if let number = Int(trimmed) { return number }
        // `Int(exactly:)`: a value such as `1e300` or `inf` is no code, and no trap.
        if let number = Double(trimmed), let exact = Int(exactly: number) { return exact }
        let lowered = trimmed.lowercased()
        for (prefix, code) in labels where lowered.hasPrefix(prefix) { return code }
        return nil
    }

    private static let labels: [(String, Int)] = [
        ("state forces", 1), ("rebel", 2), ("political militia", 3), ("identity militia", 4), ("rioters", 5),
        ("protesters", 6), ("civilians", 7), ("external", 8), ("other", 8),
    ]

    /// The reason counted when a main actor is not a faction.
    static func skipReason(_ role: Role) -> String? {
        switch role {
        case .civilians: return "civilians"
        case .crowd: return "rioters or protesters"
        case .unidentified: return "unidentified actors"
        case .faction: return nil
        }
    }
}
