/// Where one half of `Parallel.halves` puts its elements: its own region of
/// the array being made.
struct HalfWriter<Element> {
    private let start: UnsafeMutablePointer<Element>
    private let capacity: Int
    /// The elements written so far.
    private(set) var count = 0

    fileprivate init(start: UnsafeMutablePointer<Element>, capacity: Int) {
        self.start = start
        self.capacity = capacity
    }

    /// Adds `element` after the others.
    mutating func append(_ element: consuming Element) {
        precondition(count < capacity, "a half wrote more elements than it said it could")
        (start + count).initialize(to: element)
        count += 1
    }

    /// Exchanges two of the elements written.
    mutating func swapAt(_ i: Int, _ j: Int) {
        precondition(i >= 0 && i < count && j >= 0 && j < count)
        if i != j { swap(&start[i], &start[j]) }
    }
}

extension Parallel {
    /// One array made in two halves, side by side when `threads` allows:
    /// `first` appends the first elements (at most `firstCapacity`),
    /// `second` the rest (at most `secondCapacity`); each also returns a
    /// result of its own.
    ///
    /// Each half writes into its own region of the array, and the second's
    /// elements are then moved down after the first's. Joining two arrays
    /// made apart would copy half the elements, retaining and then
    /// releasing every reference each holds: 5 ms of a snapshot of the
    /// 10k corpus, more than a tenth of it.
    static func halves<Element, A, B>(threads: Int, firstCapacity: Int, secondCapacity: Int,
                                      _ first: (inout HalfWriter<Element>) -> A,
                                      _ second: (inout HalfWriter<Element>) -> B) -> (elements: [Element], first: A, second: B) {
        var results: (A, B)?
        // One element more than asked for: a buffer with room for none may
        // have no address to write from.
        let elements = [Element](unsafeUninitializedCapacity: firstCapacity + secondCapacity + 1) { buffer, initialized in
            let base = buffer.baseAddress!
            var low = HalfWriter(start: base, capacity: firstCapacity)
            var high = HalfWriter(start: base + firstCapacity, capacity: secondCapacity)
            results = withUnsafeMutablePointer(to: &low) { low in
                withUnsafeMutablePointer(to: &high) { high in
                    // Each closure writes its own writer, into its own region.
                    nonisolated(unsafe) let low = low
                    nonisolated(unsafe) let high = high
                    return both(threads: threads, { first(&low.pointee) }, { second(&high.pointee) })
                }
            }
            (base + low.count).moveInitialize(from: base + firstCapacity, count: high.count)
            initialized = low.count + high.count
        }
        return (elements, results!.0, results!.1)
    }
}
