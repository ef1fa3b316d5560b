import Foundation
import FactionGraph

/// Reads the relations of one brat document.
struct DocumentReader {
    let document: BratImporter.Document
    let mapping: BratMapping
    let annotations: BratAnnotations
    let scalars: [Unicode.Scalar]

    /// A relation and the factions it names (numbers in the faction table).
    struct Item {
        var relation: DraftRelation
        var from: Int
        var to: Int
        /// The `.ann` line of the relation or event: items are in this order.
        var line: Int
    }

    private var factionOf: [String: Int] = [:]

    init(document: BratImporter.Document, mapping: BratMapping, annotations: BratAnnotations, scalars: [Unicode.Scalar]) {
        self.document = document
        self.mapping = mapping
        self.annotations = annotations
        self.scalars = scalars
    }

    private func at(_ line: Int) -> InputLocation { InputLocation(path: document.annotations, line: line) }

    /// Every text-bound annotation's text must be what its offsets select in
    /// the `.txt`: otherwise the quotes would be wrong.
    func checkSpans(context: inout ImportContext) throws(ImportError) {
        for bound in annotations.textBounds.values.sorted(by: { $0.line < $1.line }) {
            guard let last = bound.spans.last, last.upperBound <= scalars.count else {
                context.badRow(at(bound.line), "\(bound.id) ends past the end of the text (\(scalars.count) characters)", countsRow: false)
                continue
            }
            let selected = bound.spans.map { Sentences.string(scalars[$0]) }.joined(separator: " ")
            if selected != bound.text, fold(selected) != fold(bound.text) {
                context.badRow(at(bound.line), "\(bound.id) says '\(bound.text)' but its offsets select '\(selected)' in the .txt", countsRow: false)
            }
        }
    }

    private func fold(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The document's relations, each mapped relation and event with every
    /// pair of its sides.
    mutating func relations(context: inout ImportContext) -> [Item] {
        assignFactions(context: &context)
        var items: [Item] = []
        for relation in annotations.relations {
            guard let rule = mapping.relations[relation.type] else {
                context.summary.relationsLeftOut.add("brat relation type \(relation.type) not in the mapping")
                continue
            }
            let from = rule.from.flatMap { role in relation.arguments.first { $0.role == role } } ?? relation.arguments.first
            let to = rule.to.flatMap { role in relation.arguments.first { $0.role == role } } ?? relation.arguments.last
            guard let from, let to, let a = side(from.id, context: &context), let b = side(to.id, context: &context) else { continue }
            let spans = [from.id, to.id].compactMap { annotations.textBounds[$0]?.spans.first }
            add(rule.type, a, b, spans: spans, target: relation.id, extra: [], line: relation.line, into: &items, context: &context)
        }
        for event in annotations.events {
            guard let rule = mapping.events[event.type], let fromRole = rule.from, let toRole = rule.to else {
                context.summary.relationsLeftOut.add("brat event type \(event.type) not in the mapping")
                continue
            }
            guard let trigger = annotations.textBounds[event.trigger]?.spans.first else {
                context.badRow(at(event.line), "event \(event.id)'s trigger \(event.trigger) is not a text-bound annotation", countsRow: false)
                continue
            }
            let froms = event.arguments.filter { Self.role($0.role, is: fromRole) }.compactMap { side($0.id, context: &context) }
            let tos = event.arguments.filter { Self.role($0.role, is: toRole) }.compactMap { side($0.id, context: &context) }
            var pairs: [(Int, Int)] = []
            if fromRole == toRole {
                for i in froms.indices { for j in froms.indices where j > i { pairs.append((froms[i], froms[j])) } }
            } else {
                for a in froms { for b in tos { pairs.append((a, b)) } }
            }
            if pairs.isEmpty { context.summary.relationsLeftOut.add("brat event without both sides") }
            for (a, b) in pairs {
                add(rule.type, a, b, spans: [trigger], target: event.id, extra: [event.trigger], line: event.line,
                    into: &items, context: &context)
            }
        }
        return items.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }

    /// `Target2` is the second `Target`.
    private static func role(_ role: String, is wanted: String) -> Bool {
        role == wanted || (role.hasPrefix(wanted) && role.dropFirst(wanted.count).allSatisfy(\.isASCIIDigit))
    }

    private mutating func add(_ type: String, _ a: Int, _ b: Int, spans: [Range<Int>], target: String, extra: [String],
                              line: Int, into items: inout [Item], context: inout ImportContext) {
        guard a != b else {
            context.summary.relationsLeftOut.add("a faction with itself")
            return
        }
        var quotes: [String] = []
        for span in spans {
            let range = Sentences.sentence(holding: span, in: scalars)
            let quote = BodyText.normalized(Sentences.string(scalars[range]))
            if !quote.isEmpty, !quotes.contains(quote) { quotes.append(quote) }
        }
        guard !quotes.isEmpty else {
            context.summary.relationsLeftOut.add("no text to quote")
            return
        }
        var relation = context.relation(type, a, b, evidence: quotes)
        let targets = Set([target] + extra)
        let (confidence, unmapped) = mapping.confidence(annotations.attributes.filter { targets.contains($0.target) })
        relation.confidence = confidence
        for attribute in unmapped {
            context.warn(at(attribute.line), "attribute \(attribute.name)\(attribute.value.map { " \($0)" } ?? "") is not in the mapping's attributes; ignored")
        }
        let notes = annotations.notes.filter { targets.contains($0.target) }
        let note = BratNote(notes.map(\.text))
        for part in note.invalid {
            context.warn(at(notes.first?.line ?? line), "'\(part)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD); kept as a note")
        }
        relation.date = note.date
        relation.until = note.until
        relation.place = note.place
        let text = note.text + note.invalid
        relation.note = text.isEmpty ? nil : text.joined(separator: "; ")
        if let until = relation.until, let date = relation.date, until < date {
            context.warn(at(line), "until \(until) is before date \(date); until left out")
            relation.until = nil
        }
        items.append(Item(relation: relation, from: a, to: b, line: line))
    }

    /// The faction an argument names, or `nil` (counted) when it names none.
    private func side(_ id: String, context: inout ImportContext) -> Int? {
        if let faction = factionOf[id] { return faction }
        if annotations.textBounds[id] == nil {
            context.summary.relationsLeftOut.add(id.hasPrefix("E") ? "argument is an event" : "argument is no text-bound annotation")
        } else {
            context.summary.relationsLeftOut.add("argument is no faction entity (\(annotations.textBounds[id]!.type))")
        }
        return nil
    }

    /// Factions of the entity mentions that arguments use: one per `Equiv`
    /// group (its first mention the name, the others aliases) or name.
    private mutating func assignFactions(context: inout ImportContext) {
        let triggers = Set(annotations.events.map(\.trigger))
        let arguments = Set(annotations.relations.flatMap { $0.arguments.map(\.id) } + annotations.events.flatMap { $0.arguments.map(\.id) })
        func isFaction(_ bound: BratAnnotations.TextBound) -> Bool {
            !triggers.contains(bound.id) && (mapping.entities.isEmpty ? arguments.contains(bound.id) : mapping.entities[bound.type] != nil)
        }
        var groupOf: [String: [String]] = [:]
        for group in annotations.equivalences {
            for id in group { groupOf[id] = group }
        }
        for bound in annotations.textBounds.values.sorted(by: { ($0.spans[0].lowerBound, $0.line) < ($1.spans[0].lowerBound, $1.line) })
        where isFaction(bound) && factionOf[bound.id] == nil {
            let group = (groupOf[bound.id] ?? [bound.id]).compactMap { annotations.textBounds[$0] }.filter(isFaction)
            let kind = mapping.entities[bound.type] ?? .default
            let name = bound.text.trimmed
            let faction = context.faction(name, kind: kind, evidence: mapping.entities.isEmpty ? .assumed : .source)
            for member in group {
                factionOf[member.id] = faction
                let alias = member.text.trimmed
                if Matching.referenceKey(alias) != Matching.referenceKey(name), !context.factions.addAlias(alias, to: faction) {
                    context.warn(at(member.line), "'\(alias)' is marked equivalent to '\(name)' but names another faction; left as it is")
                    factionOf[member.id] = context.faction(alias, kind: kind)
                }
            }
            factionOf[bound.id] = faction
        }
    }
}
