import Dispatch
import Foundation

/// Phase timings on standard error when `FACTIONGRAPH_TIMINGS` is set: for
/// finding where a large corpus spends its time.
package struct PhaseClock {
    /// Looked up once: building the environment dictionary on every read
    /// cost 4% of a fuzzer's run.
    private static let enabled = ProcessInfo.processInfo.environment["FACTIONGRAPH_TIMINGS"] != nil
    private var enabled: Bool { Self.enabled }
    private var last = DispatchTime.now()

    package init() {}

    package mutating func lap(_ phase: String) {
        guard enabled else { return }
        let now = DispatchTime.now()
        let milliseconds = Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e6
        FileHandle.standardError.write(Data("\(phase): \(Int(milliseconds.rounded())) ms\n".utf8))
        last = now
    }
}
