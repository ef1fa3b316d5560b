/// The growable buffer behind `DOTWriter`: an append is a capacity check
/// and a copy of memory.
///
/// Why not `[UInt8]`: `append(contentsOf:)` cost about a hundred
/// instructions a call whatever the length, and copied byte by byte; a
/// large diagram makes tens of appends per relation (callgrind, writing the
/// 2,000-article benchmark snapshot: a third of all instructions).
final class ByteStorage {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// A copy of the bytes written, for a writer copied and then written to.
    func copy() -> ByteStorage {
        let copy = ByteStorage(capacity: count)
        copy.append(base, count: count)
        return copy
    }

    @inline(__always)
    func append(_ source: UnsafePointer<UInt8>, count length: Int) {
        if length > capacity - count { grow(to: count + length) }
        UnsafeMutableRawPointer(base + count).copyMemory(from: source, byteCount: length)
        count += length
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    /// Room for `total` bytes in all (pages never written are never
    /// touched).
    func reserve(_ total: Int) {
        if total > capacity { grow(to: total, exactly: true) }
    }

    func removeAll() { count = 0 }

    /// The bytes as an array: one copy of memory.
    var array: [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            if count > 0 { UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: base, byteCount: count) }
            initialized = count
        }
    }

    private func grow(to needed: Int, exactly: Bool = false) {
        let newCapacity = exactly ? needed : max(needed, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        UnsafeMutableRawPointer(newBase).copyMemory(from: base, byteCount: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
