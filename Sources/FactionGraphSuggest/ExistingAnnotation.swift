import FactionGraph
import Foundation

/// What a human already wrote in an article's front matter: the article's
/// metadata, its own factions and its relations, read leniently (a draft
/// may be half done) so that suggestions never repeat them.
struct ExistingAnnotation: Sendable {
    var title: String?
    var published: PartialDate?
    var author: String?
    /// True when the front matter has an `article` map.
    var hasArticle = false
    /// The factions the article declares: id, names and kind.
    var factions: [(id: FactionID, names: [String], kind: FactionKind)] = []
    /// Its relations, references resolved to ids where they could be.
    var relations: Set<RelationKey> = []
    /// The front matter is YAML that libyaml reads.
    var isValidYAML = true

    init(yaml: String, registry: Registry) {
        guard case .success(let parsed) = YAMLParser.parse(yaml) else {
            isValidYAML = false
            return
        }
        guard let root = parsed, let pairs = root.pairs else { return }
        var relationItems: [YAMLNode] = []
        for pair in pairs {
            switch pair.key.string {
            case "article":
                hasArticle = true
                for entry in pair.value.pairs ?? [] {
                    let value = entry.value.string?.trimmingCharacters(in: .whitespaces)
                    switch entry.key.string {
                    case "title": title = value
                    case "published": published = value.flatMap { PartialDate(parsing: $0) }
                    case "author": author = value
                    default: break
                    }
                }
            case "factions":
                for entry in pair.value.pairs ?? [] {
                    guard let id = entry.key.string else { continue }
                    var names = [id]
                    var kind = FactionKind.default
                    if let name = entry.value.string { names.append(name) }
                    for field in entry.value.pairs ?? [] {
                        switch field.key.string {
                        case "name": field.value.string.map { names.append($0) }
                        case "aliases": names += (field.value.items ?? []).compactMap(\.string)
                        case "renamed": names += (field.value.items ?? []).compactMap { $0.pairs?.first { $0.key.string == "name" }?.value.string }
                        case "kind": kind = field.value.string.flatMap(FactionKind.init(rawValue:)) ?? .default
                        default: break
                        }
                    }
                    factions.append((id, names, kind))
                }
            case "relations":
                relationItems = pair.value.items ?? []
            default:
                break
            }
        }
        var references: [String: FactionID] = registry.references
        for faction in factions { for name in faction.names { references[Registry.key(name)] = faction.id } }
        for item in relationItems {
            for entry in item.pairs ?? [] {
                guard let name = entry.key.string, let type = registry.vocabulary.type(named: name),
                      let value = entry.value.string else { continue }
                let connector = type.isDirected ? "->" : "--"
                let sides = value.components(separatedBy: connector)
                guard sides.count == 2, let a = references[Registry.key(sides[0])], let b = references[Registry.key(sides[1])] else { continue }
                relations.insert(RelationKey(type: name, a, b, directed: type.isDirected))
            }
        }
    }
}
