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
    private var lastCPU = PhaseClock.cpuNanoseconds()

    package init() {}

    /// Prints how long the phase since the last lap (or since `init`)
    /// took, in wall time and in CPU time (user and system, all threads):
    /// where CPU time exceeds wall time, the phase ran on several threads;
    /// where it exceeds the one-thread run's, threads cost more than they
    /// saved.
    package mutating func lap(_ phase: String) {
        guard enabled else { return }
        let now = DispatchTime.now()
        let cpu = Self.cpuNanoseconds()
        let milliseconds = Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e6
        let cpuMilliseconds = Double(cpu - lastCPU) / 1e6
        FileHandle.standardError.write(Data(
            "\(phase): \(Int(milliseconds.rounded())) ms, CPU \(Int(cpuMilliseconds.rounded())) ms\n".utf8))
        last = now
        lastCPU = cpu
    }

    /// The process's CPU time so far, all threads, in nanoseconds.
    private static func cpuNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
