import CHugePages
import Dispatch
import Foundation

/// Work split over a fixed number of threads, in chunks taken in turn from
/// a shared counter (a slow chunk does not hold up a whole share).
package enum Parallel {
    /// The number of threads for `requested` (`nil`: one per processor).
    package static func threads(_ requested: Int?) -> Int {
        max(1, requested ?? ProcessInfo.processInfo.activeProcessorCount)
    }

    /// `first()` and `second()`, on two threads when `threads` allows:
    /// for independent phases of work that is otherwise sequential.
    package static func both<A, B>(threads: Int, _ first: () -> A, _ second: () -> B) -> (A, B) {
        guard threads > 1 else { return (first(), second()) }
        let results = UnsafeMutablePointer<(A?, B?)>.allocate(capacity: 1)
        results.initialize(to: (nil, nil))
        defer {
            results.deinitialize(count: 1)
            results.deallocate()
        }
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                // Each closure writes its own half; neither outlives this call.
                nonisolated(unsafe) let first = first
                nonisolated(unsafe) let second = second
                nonisolated(unsafe) let results = results
                DispatchQueue.concurrentPerform(iterations: 2) { index in
                    if index == 0 { results.pointee.0 = first() } else { results.pointee.1 = second() }
                }
            }
        }
        return (results.pointee.0!, results.pointee.1!)
    }

    /// Calls `body` once for every chunk of `0..<count`, on `threads`
    /// threads, with the number of the thread (`0..<threads`: what one
    /// thread alone uses); `finished` gets the number of items done so far
    /// after each chunk. Writes to disjoint indices from `body` are safe.
    static func forEachChunk(count: Int, threads: Int, chunk: Int = 16,
                             finished: ((Int) -> Void)? = nil,
                             _ body: (_ worker: Int, Range<Int>) -> Void) {
        guard count > 0 else { return }
        let chunks = (count + chunk - 1) / chunk
        let counter = ChunkCounter()
        withoutActuallyEscaping(body) { body in
            // Workers only call `body` on disjoint ranges; the closures do
            // not outlive this call.
            nonisolated(unsafe) let body = body
            nonisolated(unsafe) let finished = finished
            let work: @Sendable (Int) -> Void = { worker in
                fg_arena_in_huge_pages()
                while let index = counter.next(below: chunks) {
                    let range = (index * chunk)..<min(count, (index + 1) * chunk)
                    body(worker, range)
                    let done = counter.finish(range.count)
                    finished?(done)
                }
            }
            if threads == 1 || chunks == 1 {
                work(0)
            } else {
                DispatchQueue.concurrentPerform(iterations: threads) { worker in work(worker) }
            }
        }
    }
}

/// The next chunk to take and the items done, shared by the workers.
final class ChunkCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var taken = 0
    private var done = 0

    func next(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard taken < limit else { return nil }
        taken += 1
        return taken - 1
    }

    func finish(_ count: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        done += count
        return done
    }
}
