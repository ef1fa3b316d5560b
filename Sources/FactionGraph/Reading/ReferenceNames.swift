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
    /// The same texts, found by their bytes (see `ByteStringTable` why).
    private var table = ByteStringTable()

    init() {}

    /// How many texts are numbered.
    var count: Int { texts.count }

    /// The number of `text`, given on first sight.
    func number(_ text: String) -> UInt32 {
        var bytes = text
        if let number = bytes.withUTF8({ table.number(of: $0) }) { return number }
        texts.append(text)
        return bytes.withUTF8 { table.add($0) }
    }

    /// The number of the text `bytes` (valid UTF-8), given on first sight.
    func number(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        if let number = table.number(of: bytes) { return number }
        texts.append(String(decoding: bytes, as: UTF8.self))
        return table.add(bytes)
    }

    /// Forgets the texts numbered `count` and above: those numbered by a
    /// reader that gave the file up (`ArticleEventReader`), so that the
    /// table holds what the tree reader alone would have numbered.
    func removeAll(from count: Int) {
        guard count < texts.count else { return }
        texts.removeSubrange(count...)
        table.removeAll(from: count)
    }

    /// The texts only: the table's order depends on its hashing (`dump`
    /// compares what two readers read).
    var customMirror: Mirror { Mirror(self, children: ["texts": texts]) }

    /// The reference numbered `number`, at `location`.
    func reference(_ number: UInt32, at location: SourceLocation) -> Reference {
        Reference(text: texts[Int(number)], location: location)
    }
}
