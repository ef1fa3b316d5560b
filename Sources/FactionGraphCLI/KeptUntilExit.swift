/// Values a command keeps until its process exits, never freed.
///
/// A command's process ends soon after it has written its output, and
/// the system takes its memory back at once; freeing half a million
/// relations one by one (each with its details, quotes and locations)
/// cost 2-3 % of `check`'s CPU time on 100,000 articles, and about 5 % of
/// `path`'s on 10,000 (perf). Leaked on purpose, through `Unmanaged`,
/// rather than held in a global.
enum KeptUntilExit {
    private final class Box<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// Keeps `value` (and all it holds) alive until the process exits.
    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Box(value))
    }
}
