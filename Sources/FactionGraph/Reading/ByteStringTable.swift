#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Distinct byte strings, numbered from 0 in the order they were first
/// added, found again by their bytes.
///
/// Why not a `Dictionary` of `String`s (or of `ByteKey`s): looking up a
/// reference's text needs no `String` here, and comparing keys retains and
/// releases none. With `[ByteKey: UInt32]`, numbering the references of
/// 10,000 articles spent 2.8 % of the CPU time of `check --threads 1` in
/// `swift_retain` inside the dictionary's search alone (perf), each
/// retain touching a key's storage cold in memory. Here every text lies
/// in one array of bytes, and the slots hold numbers.
///
/// The hash is seeded at random per table (as `Hasher` is per process),
/// so a corpus cannot be written to make every text collide.
struct ByteStringTable {
    /// Every text's bytes, one after another.
    private var storage: [UInt8] = []
    /// Where text `n` ends in `storage`; it starts where text `n - 1` ends.
    private var ends: [Int] = []
    /// Open addressing, linear probing: a text's number + 1; 0 is empty.
    private var slots = [UInt32](repeating: 0, count: 64)
    private let seed = UInt64.random(in: .min ... .max) | 1

    init() {}

    /// How many texts the table holds.
    var count: Int { ends.count }

    /// The number of `text`, or `nil` when it was never added.
    func number(of text: UnsafeBufferPointer<UInt8>) -> UInt32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash(text)) & mask
        return storage.withUnsafeBufferPointer { stored in
            slots.withUnsafeBufferPointer { slots in
                while slots[slot] != 0 {
                    let number = Int(slots[slot] - 1)
                    let start = start(of: number)
                    if ends[number] - start == text.count,
                       text.isEmpty || memcmp(stored.baseAddress! + start, text.baseAddress!, text.count) == 0 {
                        return UInt32(number)
                    }
                    slot = (slot + 1) & mask
                }
                return nil
            }
        }
    }

    /// Adds `text`, which the table must not hold yet; returns its number.
    @discardableResult
    mutating func add(_ text: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let number = UInt32(ends.count)
        storage.append(contentsOf: text)
        ends.append(storage.count)
        // At most half full, so that a search soon meets an empty slot.
        if ends.count * 2 > slots.count {
            slots = [UInt32](repeating: 0, count: slots.count * 2)
            storage.withUnsafeBufferPointer { stored in
                for old in 0..<ends.count {
                    place(UInt32(old), hash: hash(UnsafeBufferPointer(rebasing: stored[start(of: old)..<ends[old]])))
                }
            }
        } else {
            place(number, hash: hash(text))
        }
        return number
    }

    /// Removes the texts numbered `count` and above: those added last.
    ///
    /// Removing the newest texts, newest first, leaves every other text
    /// where a search finds it: a text's probe sequence only crosses slots
    /// that older texts took (also after growing, which places them in
    /// order of number).
    mutating func removeAll(from count: Int) {
        let mask = slots.count - 1
        while ends.count > count {
            let number = ends.count - 1
            let start = start(of: number)
            let text = storage.withUnsafeBufferPointer { hash(UnsafeBufferPointer(rebasing: $0[start..<ends[number]])) }
            var slot = Int(truncatingIfNeeded: text) & mask
            while slots[slot] != UInt32(number + 1) { slot = (slot + 1) & mask }
            slots[slot] = 0
            storage.removeSubrange(start...)
            ends.removeLast()
        }
    }

    /// Where text `number` starts in `storage`: where the one before ends.
    private func start(of number: Int) -> Int {
        number == 0 ? 0 : ends[number - 1]
    }

    private mutating func place(_ number: UInt32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = number + 1
    }

    /// Eight bytes at a time, each word mixed in by a multiplication (an
    /// odd factor: no two words give the same result), then the high bits
    /// folded down.
    private func hash(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = seed ^ UInt64(text.count)
        guard let base = text.baseAddress else { return hash }
        var index = 0
        while index + 8 <= text.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
            index += 8
        }
        if index < text.count {
            var word: UInt64 = 0
            for offset in 0..<(text.count - index) { word |= UInt64(base[index + offset]) << (8 * offset) }
            hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        }
        hash ^= hash >> 32
        hash = hash &* 0xD6E8_FEB8_6659_FD93
        return hash ^ (hash >> 32)
    }
}
