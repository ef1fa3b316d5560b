import CGraphviz
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The one process-wide lock around libgraphviz, and the state it guards.
///
/// This is the module's only global mutable state, and deliberately so:
/// libgraphviz keeps global state of its own (the DOT scanner, the error
/// level and callback, the random generators layouts draw from) and is not
/// thread-safe even with one context per thread. Parallel renders crashed or
/// reported spurious syntax errors on valid DOT; serialising every call,
/// from parsing to freeing, made them reliable.
///
/// The guarded state is the reused Graphviz context and the messages its
/// error callback collects. The callback is a C function pointer that can
/// capture nothing, so the messages must live somewhere global; they live
/// here and are touched only while the lock is held (Graphviz calls back
/// only from inside a call made under the lock).
///
/// A `pthread_mutex_t` rather than `Synchronization.Mutex`, which needs
/// macOS 15 while the package supports macOS 13.
final class GraphvizLock: @unchecked Sendable {
    /// The lock every Graphviz call in the process goes through.
    static let shared = GraphvizLock()

    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    // Guarded by `mutex`.
    private var isHeld = false
    // Guarded by `mutex`. Created on first use and kept: a new context per
    // render leaks (about 3.7 KB each), one reused context does not.
    private var context: OpaquePointer?
    // Guarded by `mutex`. Filled by the error callback during calls.
    private var collector = MessageCollector()

    private init() {
        mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
        // Never destroyed: the lock lives as long as the process.
    }

    /// Runs `body` holding the lock, with the Graphviz session it guards.
    ///
    /// Not reentrant: `body` must not call back into `Graphviz`.
    func withSession<T, E: Error>(
        _ body: (GraphvizSession) throws(E) -> T
    ) throws(E) -> T {
        pthread_mutex_lock(mutex)
        isHeld = true
        defer {
            isHeld = false
            pthread_mutex_unlock(mutex)
        }
        return try body(GraphvizSession(lock: self))
    }

    /// The reused Graphviz context, created on first use.
    ///
    /// Must be called with the lock held (only `GraphvizSession` calls it).
    func contextWhileLocked() -> OpaquePointer? {
        assert(isHeld, "Graphviz context used outside the Graphviz lock")
        if let context { return context }
        installMessageCallback()
        context = gvContext()
        return context
    }

    /// Forgets the messages collected so far and returns them.
    ///
    /// Must be called with the lock held.
    func takeMessagesWhileLocked() -> [GraphvizMessage] {
        assert(isHeld, "Graphviz messages read outside the Graphviz lock")
        return collector.take()
    }

    /// Runs `body` with Graphviz's messages dropped instead of collected.
    ///
    /// Must be called with the lock held.
    func discardingMessagesWhileLocked(_ body: () -> Void) {
        assert(isHeld, "Graphviz messages muted outside the Graphviz lock")
        collector.isMuted = true
        defer { collector.isMuted = false }
        body()
    }

    /// Adds one piece of a message, from Graphviz's error callback.
    fileprivate func receiveWhileLocked(_ piece: String) {
        // Graphviz only calls back from inside a call made under the lock;
        // this catches anyone calling Graphviz without it (in debug builds).
        assert(isHeld, "Graphviz reported a message outside the Graphviz lock")
        collector.receive(piece)
    }

    /// Routes every Graphviz message to the collector instead of stderr.
    private func installMessageCallback() {
        // Report warnings and errors as they happen (the default level, set
        // in case anything changed it): at `AGMAX` Graphviz would instead
        // write them to a temporary file for `aglasterr`.
        _ = agseterr(AGWARN)
        _ = agseterrf { piece in
            if let piece {
                GraphvizLock.shared.receiveWhileLocked(String(cString: piece))
            }
            return 0
        }
    }
}
