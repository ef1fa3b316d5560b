import Foundation
import FactionGraph

/// Which brat labels are which relation types: a YAML file given with
/// `--mapping` (format in docs/import.md).
///
/// ```yaml
/// entities:                      # entity types that name factions, and their kind
///   Organization: armed-group
///   Government: state
/// relations:                     # relation (R) types: Arg1 -> Arg2, or roles named
///   Ally: alliance
///   Member_of: allegiance
///   Parent_of: {type: allegiance, from: Arg2, to: Arg1}
/// events:                        # event (E) types: the roles of the two sides
///   Attack: {type: combat, from: Attacker, to: Target}
///   Ceasefire: {type: truce, from: Party, to: Party}
/// attributes:                    # attributes (A) to confidence
///   Speculation: alleged
///   Negation: denied
///   Certainty: {High: confirmed, Low: alleged}
/// published: 2019-03-04          # documents without a date
/// source: Our annotation project # the articles' source
/// vocabulary: vocabulary.yaml    # types the corpus adds (a vocabulary.yaml file)
/// ```
struct BratMapping {
    /// A brat relation or event type, as a relation type between two roles.
    struct Rule {
        var type: String
        /// The roles of the two sides; `nil` for a relation's first and
        /// second argument.
        var from: String?
        var to: String?
    }

    /// Entity types that name factions, with their kind; empty: every
    /// argument names a faction.
    var entities: [String: FactionKind] = [:]
    var relations: [String: Rule] = [:]
    var events: [String: Rule] = [:]
    /// Attribute name -> confidence (binary), or name -> value -> confidence.
    var binaryAttributes: [String: Confidence] = [:]
    var valuedAttributes: [String: [String: Confidence]] = [:]
    var published: PartialDate?
    var source: String?
    /// A vocabulary file, relative paths resolved against the mapping's
    /// directory.
    var vocabulary: String?

    static func read(_ path: String) throws(ImportError) -> BratMapping {
        guard let data = FileManager.default.contents(atPath: path) else { throw ImportError(path: path, "cannot read the mapping file") }
        let text = String(decoding: data, as: UTF8.self)
        let root: YAMLNode?
        switch YAMLParser.parse(text) {
        case .failure(let failure): throw ImportError(at: InputLocation(path: path, line: failure.line), "malformed YAML: \(failure.message)")
        case .success(let node): root = node
        }
        func fail(_ node: YAMLNode, _ message: String) -> ImportError {
            ImportError(at: InputLocation(path: path, line: node.line), message)
        }
        guard let pairs = root?.pairs else { throw ImportError(at: InputLocation(path: path, line: 1), "the mapping must be a map with entities, relations, events, attributes") }
        var mapping = BratMapping()
        for pair in pairs {
            guard let key = pair.key.string else { throw fail(pair.key, "a key must be a name") }
            switch key {
            case "entities":
                for entry in try map(pair.value, key, fail) {
                    guard let text = entry.value.string, let kind = FactionKind(rawValue: text) else {
                        throw fail(entry.value, "entity type '\(entry.name)' needs a kind: \(FactionKind.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    mapping.entities[entry.name] = kind
                }
            case "relations", "events":
                for entry in try map(pair.value, key, fail) {
                    let rule = try self.rule(entry.value, label: entry.name, fail)
                    if key == "relations" { mapping.relations[entry.name] = rule } else {
                        guard rule.from != nil, rule.to != nil else {
                            throw fail(entry.value, "event type '\(entry.name)' needs the roles of its sides: {type: combat, from: Attacker, to: Target}")
                        }
                        mapping.events[entry.name] = rule
                    }
                }
            case "attributes":
                for entry in try map(pair.value, key, fail) {
                    if let text = entry.value.string {
                        guard let confidence = Confidence(rawValue: text) else { throw fail(entry.value, "'\(text)' is not a confidence (\(Confidence.allCases.map(\.rawValue).joined(separator: ", ")))") }
                        mapping.binaryAttributes[entry.name] = confidence
                    } else {
                        var values: [String: Confidence] = [:]
                        for value in try map(entry.value, entry.name, fail) {
                            guard let text = value.value.string, let confidence = Confidence(rawValue: text) else {
                                throw fail(value.value, "a value of attribute '\(entry.name)' maps to a confidence (\(Confidence.allCases.map(\.rawValue).joined(separator: ", ")))")
                            }
                            values[value.name] = confidence
                        }
                        mapping.valuedAttributes[entry.name] = values
                    }
                }
            case "published":
                guard let text = pair.value.string, let date = PartialDate(parsing: text.trimmed) else {
                    throw fail(pair.value, "'published' must be a date: YYYY, YYYY-MM or YYYY-MM-DD")
                }
                mapping.published = date
            case "source":
                mapping.source = pair.value.string
            case "vocabulary":
                guard let text = pair.value.string else { throw fail(pair.value, "'vocabulary' names a vocabulary.yaml file") }
                let directory = (path as NSString).deletingLastPathComponent
                mapping.vocabulary = text.hasPrefix("/") || directory.isEmpty ? text : directory + "/" + text
            default:
                throw fail(pair.key, "unknown key '\(key)': a mapping has entities, relations, events, attributes, published, source, vocabulary")
            }
        }
        guard !mapping.relations.isEmpty || !mapping.events.isEmpty else {
            throw ImportError(at: InputLocation(path: path, line: 1), "the mapping maps no relation or event type")
        }
        return mapping
    }

    private static func map(_ node: YAMLNode, _ key: String,
                            _ fail: (YAMLNode, String) -> ImportError) throws(ImportError) -> [(name: String, value: YAMLNode)] {
        guard let pairs = node.pairs else { throw fail(node, "'\(key)' must be a map") }
        var result: [(name: String, value: YAMLNode)] = []
        for pair in pairs {
            guard let name = pair.key.string else { throw fail(pair.key, "a label must be a name") }
            result.append((name, pair.value))
        }
        return result
    }

    private static func rule(_ node: YAMLNode, label: String,
                             _ fail: (YAMLNode, String) -> ImportError) throws(ImportError) -> Rule {
        if let type = node.string { return Rule(type: type) }
        var rule = Rule(type: "")
        for entry in try map(node, label, fail) {
            guard let text = entry.value.string else { throw fail(entry.value, "'\(entry.name)' must be a name") }
            switch entry.name {
            case "type": rule.type = text
            case "from": rule.from = text
            case "to": rule.to = text
            default: throw fail(entry.value, "unknown key '\(entry.name)' for '\(label)': a rule has type, from, to")
            }
        }
        guard !rule.type.isEmpty else { throw fail(node, "'\(label)' needs a type") }
        return rule
    }

    /// The confidence the attributes of an annotation give, and the
    /// attributes the mapping lacks.
    func confidence(_ attributes: [BratAnnotations.Attribute]) -> (Confidence?, [BratAnnotations.Attribute]) {
        var result: Confidence?
        var unmapped: [BratAnnotations.Attribute] = []
        for attribute in attributes {
            var found: Confidence?
            if let value = attribute.value { found = valuedAttributes[attribute.name]?[value] }
            if found == nil { found = binaryAttributes[attribute.name] }
            guard let found else {
                unmapped.append(attribute)
                continue
            }
            // `denied` wins, then the weakest claim.
            if result == nil || found == .denied || (result != .denied && found < result!) { result = found }
        }
        return (result, unmapped)
    }
}
