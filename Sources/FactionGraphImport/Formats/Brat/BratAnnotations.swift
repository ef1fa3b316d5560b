import Foundation

/// The annotations of one brat `.ann` file (standoff format).
///
/// ```
/// T1	Organization 0 20	Hayat Tahrir al-Sham
/// T3	Attack 34 42	attacked
/// E1	Attack:T3 Attacker:T1 Target:T2
/// R1	Ally Arg1:T1 Arg2:T4
/// A1	Speculation R1
/// A2	Certainty E1 Low
/// #1	AnnotatorNotes E1	date: 2019-03-04
/// *	Equiv T1 T5
/// ```
struct BratAnnotations {
    /// A text-bound annotation: an entity mention or an event trigger.
    struct TextBound {
        var id: String
        var type: String
        /// Offsets in Unicode scalars (brat counts Python characters), one
        /// range per fragment.
        var spans: [Range<Int>]
        var text: String
        var line: Int
    }

    struct Relation {
        var id: String
        var type: String
        /// Roles and the ids they point to, in written order.
        var arguments: [(role: String, id: String)]
        var line: Int
    }

    struct Event {
        var id: String
        var type: String
        var trigger: String
        var arguments: [(role: String, id: String)]
        var line: Int
    }

    /// An attribute (`A`, or the older `M`): a name, the annotation it is
    /// on, and a value (`nil` for a binary attribute).
    struct Attribute {
        var name: String
        var target: String
        var value: String?
        var line: Int
    }

    struct Note {
        var target: String
        var text: String
        var line: Int
    }

    var textBounds: [String: TextBound] = [:]
    var relations: [Relation] = []
    var events: [Event] = []
    var attributes: [Attribute] = []
    var notes: [Note] = []
    /// Groups of text-bound ids that name the same thing (`*	Equiv`).
    var equivalences: [[String]] = []
    /// Normalisations (`N`) and other lines read but not used.
    var unused = 0

    /// Parses `text`; each malformed line is reported with its line number.
    static func parse(_ text: String, malformed: (Int, String) -> Void) -> BratAnnotations {
        var result = BratAnnotations()
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.trimmed.isEmpty { continue }
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2, let kind = fields[0].first else {
                malformed(number, "not a brat annotation line (ID, a tab, the annotation)")
                continue
            }
            let body = fields[1].split(separator: " ").map(String.init)
            switch kind {
            case "T":
                guard fields.count == 3, let type = body.first, let spans = spans(body.dropFirst().joined(separator: " ")) else {
                    malformed(number, "a text-bound annotation is 'T1<tab>Type START END<tab>text'")
                    continue
                }
                result.textBounds[fields[0]] = TextBound(id: fields[0], type: type, spans: spans, text: fields[2], line: number)
            case "R":
                let arguments = self.arguments(body.dropFirst())
                guard let type = body.first, arguments.count == 2, arguments.count == body.count - 1 else {
                    malformed(number, "a relation is 'R1<tab>Type Arg1:T1 Arg2:T2'")
                    continue
                }
                result.relations.append(Relation(id: fields[0], type: type, arguments: arguments, line: number))
            case "E":
                let all = self.arguments(body[...])
                guard let first = all.first, all.count == body.count else {
                    malformed(number, "an event is 'E1<tab>Type:T1 Role:T2 ...'")
                    continue
                }
                result.events.append(Event(id: fields[0], type: first.role, trigger: first.id,
                                           arguments: Array(all.dropFirst()), line: number))
            case "A", "M":
                guard body.count == 2 || body.count == 3 else {
                    malformed(number, "an attribute is 'A1<tab>Name ID' or 'A1<tab>Name ID Value'")
                    continue
                }
                result.attributes.append(Attribute(name: body[0], target: body[1], value: body.count == 3 ? body[2] : nil, line: number))
            case "#":
                guard fields.count == 3, body.count >= 2 else {
                    malformed(number, "a note is '#1<tab>AnnotatorNotes ID<tab>text'")
                    continue
                }
                result.notes.append(Note(target: body[1], text: fields[2], line: number))
            case "*":
                guard body.first == "Equiv", body.count >= 3 else {
                    result.unused += 1
                    continue
                }
                result.equivalences.append(Array(body.dropFirst()))
            default:
                result.unused += 1
            }
        }
        return result
    }

    /// `0 5;10 15` as ranges.
    private static func spans(_ text: String) -> [Range<Int>]? {
        var result: [Range<Int>] = []
        for fragment in text.split(separator: ";") {
            let bounds = fragment.split(separator: " ").compactMap { Int($0) }
            guard bounds.count == 2, bounds[0] >= 0, bounds[0] <= bounds[1] else { return nil }
            result.append(bounds[0]..<bounds[1])
        }
        return result.isEmpty ? nil : result
    }

    /// `Role:ID` pairs.
    private static func arguments(_ words: ArraySlice<String>) -> [(role: String, id: String)] {
        words.compactMap { word in
            guard let colon = word.lastIndex(of: ":") else { return nil }
            let role = String(word[..<colon])
            let id = String(word[word.index(after: colon)...])
            return role.isEmpty || id.isEmpty ? nil : (role, id)
        }
    }
}
