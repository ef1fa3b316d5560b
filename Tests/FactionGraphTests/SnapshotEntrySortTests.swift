import Testing
import FactionGraphTestSupport
@testable import FactionGraph

/// The snapshot sorts its begun relations packed into words where their
/// numbers fit, and as tuples where they do not: both orders are the same.
@Suite struct SnapshotEntrySortTests {
    @Test(arguments: [(10, 3, 50), (2_000 * 2_000, 12, 60_000), (1 << 40, 200, 1 << 20)])
    func packedAndTupleSortsAgree(keys: Int, groups: Int, numbers: Int) {
        var random = SeededGenerator(seed: UInt64(keys % 1_000 + groups))
        // Numbers unique, as relation numbers are; keys and groups repeat.
        let entries = (0..<min(numbers, 5_000)).map { number in
            SnapshotBuilder.Entry(key: Int.random(in: 0..<min(keys, 40), using: &random) * (keys / min(keys, 40)),
                                  group: Int.random(in: 0..<groups, using: &random), number: number)
        }.shuffled(using: &random)
        var packed = entries
        SnapshotBuilder.sortEntries(&packed, keys: keys, groups: groups, numbers: numbers)
        var tuples = entries
        // Bounds too large to pack: the tuple sort.
        SnapshotBuilder.sortEntries(&tuples, keys: Int.max / 2, groups: groups, numbers: numbers)
        #expect(packed == tuples)
        #expect(packed == entries.sorted { ($0.key, $0.group, $0.number) < ($1.key, $1.group, $1.number) })
    }
}
