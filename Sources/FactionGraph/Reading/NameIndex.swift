import Foundation

/// Resolves faction references: an id, a name or an alias, matched
/// case-insensitively with runs of white space folded.
struct NameIndex {
    /// Folds a reference for matching: lowercase, white space runs as one
    /// space, no leading or trailing space.
    static func key(_ reference: String) -> String {
        // Most names are ASCII: fold those byte by byte, which is many
        // times faster than Unicode lower-casing and splitting.
        if reference.utf8.contains(where: { $0 >= 0x80 }) { return latinOrArabicKey(reference) ?? unicodeKey(reference) }
        // Written straight into the string's storage: no array between.
        return String(unsafeUninitializedCapacity: reference.utf8.count) { folded in
            var count = 0
            var pendingSpace = false
            for byte in reference.utf8 {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = count > 0
                    continue
                }
                if pendingSpace {
                    folded[count] = 0x20
                    count += 1
                    pendingSpace = false
                }
                folded[count] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                count += 1
            }
            return count
        }
    }

    /// The key of a reference made only of ASCII, Latin-1, Arabic letters
    /// (U+0620-U+064A) and white space, folded scalar by scalar; `nil` for
    /// any other text.
    ///
    /// For these scalars that is exactly what `unicodeKey` gives (a test
    /// compares the two): each lower-cases to one scalar (only U+00C0-U+00DE
    /// change, by 0x20), none combines with its neighbours, so every one is
    /// a character of its own, and the result is already NFC. But
    /// `unicodeKey` cost about 10,000 instructions a name (callgrind, `path`
    /// on the 10k corpus: 7 % of all instructions, for names like "Unión
    /// Patriótica de Tillabéri" or "تجمع الشهداء"); this costs a few per
    /// byte.
    static func latinOrArabicKey(_ reference: String) -> String? {
        reference.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var isFoldable = true
            // Never longer than the reference: every scalar keeps its
            // length, except white space, which becomes one space or none.
            let key = String(unsafeUninitializedCapacity: bytes.count) { folded in
                var count = 0
                var pendingSpace = false
                var index = 0
                func put(_ byte: UInt8) {
                    folded[count] = byte
                    count += 1
                }
                while index < bytes.count {
                    let lead = bytes[index]
                    var length = 1
                    var scalar = UInt32(lead)
                    if lead >= 0xE0 && lead < 0xF0 {
                        length = 3
                        scalar = (UInt32(lead & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F)
                    } else if lead >= 0xC0 && lead < 0xE0 {
                        length = 2
                        scalar = (UInt32(lead & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F)
                    } else if lead >= 0x80 {
                        isFoldable = false  // four bytes: beyond the planes handled here
                        return 0
                    }
                    if Self.isWhiteSpace(scalar) {
                        pendingSpace = count > 0
                        index += length
                        continue
                    }
                    guard scalar < 0x100 || (0x620...0x64A).contains(scalar) else {
                        isFoldable = false
                        return 0
                    }
                    if pendingSpace {
                        put(0x20)
                        pendingSpace = false
                    }
                    if scalar < 0x80 {
                        put(lead >= 0x41 && lead <= 0x5A ? lead + 0x20 : lead)
                    } else if scalar >= 0xC0 && scalar <= 0xDE && scalar != 0xD7 {
                        // À-Þ (not ×) lower-case to à-þ: the same lead byte,
                        // the second one 0x20 higher.
                        put(lead)
                        put(bytes[index + 1] + 0x20)
                    } else {
                        for offset in 0..<length { put(bytes[index + offset]) }
                    }
                    index += length
                }
                return count
            }
            return isFoldable ? key : nil
        } ?? nil
    }

    /// Unicode's White_Space property, which `Character.isWhitespace` reads
    /// for a character of one scalar.
    private static func isWhiteSpace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    static func unicodeKey(_ reference: String) -> String {
        let lower = reference.lowercased()
            .split(whereSeparator: { $0.isWhitespace })
            .joined(separator: " ")
        // NFC, so that keys compare by bytes (`ByteKey`) as Swift compares
        // strings: canonically equivalent spellings are one key. A text of
        // scalars below U+0300 (Latin, accents precomposed) or of Arabic
        // letters (U+0620-U+064A) is already NFC: they all pass Unicode's
        // NFC quick check and none combines or reorders. Foundation's
        // normalisation costs thousands of instructions a call.
        if lower.unicodeScalars.allSatisfy({ $0.value < 0x300 || (0x620...0x64A).contains($0.value) }) {
            return lower
        }
        return lower.precomposedStringWithCanonicalMapping
    }

    /// One place a name is declared for a faction.
    struct Claim {
        var faction: FactionID
        var name: String
        var location: SourceLocation
    }

    private var claims: [ByteKey: [Claim]] = [:]

    /// Records that `name` (an id, name or alias) names `faction`, declared
    /// at `location`.
    mutating func add(_ name: String, for faction: FactionID, at location: SourceLocation) {
        // What it prepared or cached is for the names as they were.
        if !isKnownUniquelyReferenced(&suggester) || suggester.isPrepared { suggester = NameSuggester() }
        claims[ByteKey(Self.key(name)), default: []].append(Claim(faction: faction, name: name, location: location))
    }

    /// The factions `reference` names (none, one, or several when the
    /// declarations conflict).
    func factions(for reference: String) -> [FactionID] {
        var seen: [FactionID] = []
        for claim in claims[ByteKey(Self.key(reference))] ?? [] where !seen.contains(claim.faction) {
            seen.append(claim.faction)
        }
        return seen
    }

    /// Every name that more than one faction claims, with all its claims.
    var conflicts: [[Claim]] {
        claims.values
            // Without a set per name: one allocation each was 13 of the
            // 45 million instructions of indexing the 10k corpus's names.
            .filter { claims in claims.contains { $0.faction != claims[0].faction } }
            .sorted { $0[0].location < $1[0].location }
    }

    /// Up to `limit` known names closest to `reference` (edit distance on
    /// the folded forms, ties by text), each shown as `name (id)`.
    ///
    /// Looked up once per reference text, and bounded in total: 20,000
    /// distinct unknown names against a registry of 5,000 took minutes.
    /// Names whose length differs too much are never compared; past a
    /// budget of comparison steps (`NameSuggester.budget`), unknown names
    /// get no suggestions.
    func suggestions(for reference: String, limit: Int = 3) -> [String] {
        suggester.suggestions(for: Self.key(reference), limit: limit, claims: claims)
    }

    /// Shared by copies until one of them adds a name (see `add`).
    private var suggester = NameSuggester()

    /// Levenshtein distance over characters.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var work = 0
        return NameSuggester.editDistance(a, b, atMost: Int.max, work: &work)!
    }
}

/// The closest of `candidates` to `word`, when it is close enough to be a
/// likely typo.
func closest(to word: String, in candidates: [String]) -> String? {
    let wanted = Array(word.lowercased())
    let scored = candidates.map { ($0, NameIndex.editDistance(wanted, Array($0))) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, wanted.count / 3) else { return nil }
    return best.0
}
