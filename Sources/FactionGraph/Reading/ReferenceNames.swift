/// The faction references written in the files one parsing thread reads,
/// each distinct text kept once and numbered: a relation keeps the numbers
/// of its two references (`ParsedRelation.fromName`, `toName`).
///
/// Why: a corpus names the same few thousand factions in every relation.
/// Kept as two strings per relation, 100,000 articles held a million
/// strings until the corpus was assembled, and the assembler, on one
/// thread, hashed each of them again (cold in memory by then) to find what
/// it names. Numbered here, on the parsing threads while the text is at
/// hand, the assembler resolves each distinct text of a table once and
/// every other reference by its number (`CorpusAssembler.ReferenceResolver`).
///
/// Used by one thread at a time: the thread parsing its files, then the
/// assembler.
final class ReferenceNames: @unchecked Sendable, CustomReflectable {
    /// The texts, by number.
    private(set) var texts: [String] = []
    private var numbers: [ByteKey: UInt32] = [:]

    init() {}

    /// The number of `text`, given on first sight.
    func number(_ text: String) -> UInt32 {
        let key = ByteKey(text)
        if let number = numbers[key] { return number }
        let number = UInt32(texts.count)
        texts.append(text)
        numbers[key] = number
        return number
    }

    /// The texts only: the table's order depends on its hashing (`dump`
    /// compares what two readers read).
    var customMirror: Mirror { Mirror(self, children: ["texts": texts]) }

    /// The reference numbered `number`, at `location`.
    func reference(_ number: UInt32, at location: SourceLocation) -> Reference {
        Reference(text: texts[Int(number)], location: location)
    }
}
