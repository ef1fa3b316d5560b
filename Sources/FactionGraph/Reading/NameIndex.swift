import Foundation

/// Resolves faction references: an id, a name or an alias, matched
/// case-insensitively with runs of white space folded.
struct NameIndex {
    /// Folds a reference for matching: lowercase, white space runs as one
    /// space, no leading or trailing space.
    static func key(_ reference: String) -> String {
        // Most names are ASCII: fold those byte by byte, which is many
        // times faster than Unicode lower-casing and splitting.
        if reference.utf8.contains(where: { $0 >= 0x80 }) { return unicodeKey(reference) }
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

    private static func unicodeKey(_ reference: String) -> String {
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
            .filter { claims in Set(claims.map(\.faction)).count > 1 }
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
