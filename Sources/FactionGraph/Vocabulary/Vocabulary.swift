/// The relation types a corpus can use: the built-in ones, and those its
/// `vocabulary.yaml` adds, in order (built-in first).
public struct Vocabulary: Sendable {
    /// Every type, in order: `types[i].order == i`.
    public let types: [RelationType]
    private let numbers: [String: Int]
    /// False when a `vocabulary.yaml` could not be read to its end: a type
    /// it lacks may be one the file goes on to declare, so relations of
    /// unknown types are not reported (the syntax error is).
    public let isComplete: Bool

    /// The vocabulary of a corpus without `vocabulary.yaml`.
    public static let builtIn = Vocabulary(types: RelationType.builtInTypes)

    /// `types` must be numbered in order (`types[i].order == i`).
    init(types: [RelationType], isComplete: Bool = true) {
        self.types = types
        self.isComplete = isComplete
        numbers = Dictionary(types.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        let isASCII = types.allSatisfy { $0.name.utf8.allSatisfy { $0 < 0x80 } }
        asciiNames = isASCII && types.count <= 32 ? types.map { Array($0.name.utf8) } : nil
    }

    /// The type written `name`, if the vocabulary has it.
    public func type(named name: String) -> RelationType? {
        numbers[name].map { types[$0] }
    }

    /// Every type's name as bytes, when they are few and all ASCII; `nil`
    /// otherwise. (A name with other characters could equal another
    /// spelling of it: strings compare canonically, bytes do not.)
    private let asciiNames: [[UInt8]]?

    /// The type written as `bytes` (UTF-8), as `type(named:)` finds it:
    /// the reader asks for every relation's type, and comparing bytes
    /// with a few names costs less than making a string and hashing it.
    func type(named bytes: UnsafeBufferPointer<UInt8>) -> RelationType? {
        guard let asciiNames, !bytes.contains(where: { $0 >= 0x80 }) else {
            return type(named: String(decoding: bytes, as: UTF8.self))
        }
        // With `memcmp`: `elementsEqual` cost about 200 instructions a
        // relation.
        for (number, name) in asciiNames.enumerated() where name.withUnsafeBufferPointer({ $0.equals(bytes) }) {
            return types[number]
        }
        return nil
    }

    /// Every type's name, in order.
    public var names: [String] { types.map(\.name) }

    /// Every type's name, the closest to `word` first (edit distance, then
    /// vocabulary order): for "unknown type" messages.
    public func namesClosest(to word: String) -> [String] {
        let wanted = Array(word.lowercased())
        return types.map { ($0.name, NameIndex.editDistance(wanted, Array($0.name)), $0.order) }
            .sorted { ($0.1, $0.2) < ($1.1, $1.2) }
            .map(\.0)
    }

    /// The types that accept `attribute`, in order.
    public func types(accepting attribute: RelationAttribute) -> [RelationType] {
        types.filter { $0.accepts.contains(attribute) }
    }

    /// This vocabulary with any of `others` it lacks appended (for corpora
    /// built in code from relations of another vocabulary).
    func including(_ others: some Sequence<RelationType>) -> Vocabulary {
        var types = self.types
        var known = Set(types.map(\.name))
        for type in others {
            // Most types are this vocabulary's own objects: no hashing.
            if type.order < self.types.count, self.types[type.order].definition === type.definition { continue }
            if known.insert(type.name).inserted { types.append(type.renumbered(types.count)) }
        }
        return types.count == self.types.count ? self : Vocabulary(types: types, isComplete: isComplete)
    }
}
