import Foundation

/// The "closest known" names for unknown references, in bounded time.
///
/// A `NameIndex` value holds one, so that the names it compares against are
/// prepared once (as characters, by length) and each reference text is
/// looked up once. Guarded by a lock: a `FactionLookup` is `Sendable`.
final class NameSuggester: @unchecked Sendable {
    /// Comparison steps (cells of the edit-distance table) per index:
    /// beyond them, references get no suggestions. About a second.
    static let budget = 100_000_000

    private let budget: Int

    init(budget: Int = NameSuggester.budget) {
        self.budget = budget
    }

    private struct Candidate {
        let key: [Character]
        let text: String
    }

    private let lock = NSLock()
    /// Every name, shortest first.
    private var candidates: [Candidate]?
    private var cache: [ByteKey: [String]] = [:]
    private var work = 0

    /// True once names have been prepared or looked up.
    var isPrepared: Bool {
        lock.lock()
        defer { lock.unlock() }
        return candidates != nil
    }

    func suggestions(for key: String, limit: Int, claims: [ByteKey: [NameIndex.Claim]]) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[ByteKey(key)] { return cached }
        let candidates = self.candidates ?? Self.prepare(claims)
        self.candidates = candidates
        let found = closest(Array(key), in: candidates, limit: limit)
        cache[ByteKey(key)] = found
        return found
    }

    private static func prepare(_ claims: [ByteKey: [NameIndex.Claim]]) -> [Candidate] {
        claims.compactMap { key, keyClaims -> Candidate? in
            guard let claim = keyClaims.first else { return nil }
            let text = claim.name == claim.faction ? claim.faction : "\(claim.name) (\(claim.faction))"
            return Candidate(key: Array(key.text), text: text)
        }.sorted { ($0.key.count, $0.text) < ($1.key.count, $1.text) }
    }

    /// The `limit` texts with the smallest (distance, text), distinct.
    /// Candidates are visited by how much their length differs from the
    /// wanted one's, which bounds their distance from below: once that
    /// exceeds the `limit`-th best distance, no other can enter.
    private func closest(_ wanted: [Character], in candidates: [Candidate], limit: Int) -> [String] {
        var best: [(distance: Int, text: String)] = []
        var right = candidates.partitioningIndex { $0.key.count >= wanted.count }
        var left = right - 1
        while left >= 0 || right < candidates.count {
            let leftGap = left >= 0 ? wanted.count - candidates[left].key.count : Int.max
            let rightGap = right < candidates.count ? candidates[right].key.count - wanted.count : Int.max
            let index: Int
            if leftGap <= rightGap { index = left; left -= 1 } else { index = right; right += 1 }
            let threshold = best.count < limit ? Int.max : best[best.count - 1].distance
            if min(leftGap, rightGap) > threshold { break }
            if work > budget { return [] }
            let candidate = candidates[index]
            guard let distance = Self.editDistance(wanted, candidate.key, atMost: threshold, work: &work) else { continue }
            if best.contains(where: { $0.text == candidate.text }) { continue }
            if best.count == limit {
                guard (distance, candidate.text) < (best[limit - 1].distance, best[limit - 1].text) else { continue }
                best.removeLast()
            }
            let at = best.firstIndex { (distance, candidate.text) < ($0.distance, $0.text) } ?? best.count
            best.insert((distance, candidate.text), at: at)
        }
        return best.map(\.text)
    }

    /// Levenshtein distance over characters, or `nil` when it exceeds
    /// `limit` (found as soon as a whole row of the table does).
    static func editDistance(_ a: [Character], _ b: [Character], atMost limit: Int, work: inout Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                rowMinimum = min(rowMinimum, current[j])
            }
            work += b.count
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}

extension Array {
    /// The first index whose element satisfies `predicate`, for a
    /// predicate false then true along the array (binary search).
    func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if predicate(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
