import Foundation
import FactionGraph

/// What an annotator's note (`#1	AnnotatorNotes E1	...`) says about a
/// relation: `date: 2019-03`, `until: 2020`, `where: Idlib`, or a bare date;
/// anything else is kept as the relation's note. Parts are separated by
/// `;` or line breaks.
struct BratNote {
    var date: PartialDate?
    var until: PartialDate?
    var place: String?
    var text: [String] = []
    /// Parts that looked like dates but are none.
    var invalid: [String] = []

    init(_ notes: [String]) {
        for note in notes {
            for part in note.split(whereSeparator: { $0 == ";" || $0 == "\n" }) {
                let part = part.trimmed
                guard !part.isEmpty else { continue }
                let lowered = part.lowercased()
                if let value = Self.value(of: "date", in: part, lowered) {
                    if let date = PartialDate(parsing: value) { self.date = date } else { invalid.append(part) }
                } else if let value = Self.value(of: "until", in: part, lowered) {
                    if let date = PartialDate(parsing: value) { until = date } else { invalid.append(part) }
                } else if let value = Self.value(of: "where", in: part, lowered) {
                    place = value
                } else if let date = PartialDate(parsing: part) {
                    self.date = date
                } else {
                    text.append(part)
                }
            }
        }
    }

    private static func value(of key: String, in part: String, _ lowered: String) -> String? {
        guard lowered.hasPrefix(key + ":") else { return nil }
        return part.dropFirst(key.count + 1).trimmed
    }
}
