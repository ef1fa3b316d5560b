import Foundation

/// What a finished process left: its exit status and its output.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: [UInt8]
    public var stderr: String

    public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
}

/// Runs programs for tests (the `factiongraph` binary as users run it, and
/// Graphviz's `dot` as an independent judge). The library never does.
public enum Subprocess {
    /// Runs `executable` with `arguments`, feeding `stdin`; waits for it.
    ///
    /// Output goes through temporary files (no pipe can fill up and block),
    /// and the wait uses a termination handler: `waitUntilExit` adds about
    /// 50 ms per call here.
    ///
    /// With `timeout`, a process still running after that many seconds is
    /// killed (its status then says so): a test of a hang fails, not hangs.
    public static func run(_ executable: String, _ arguments: [String], stdin: [UInt8] = [],
                           directory: String? = nil, environment: [String: String]? = nil,
                           timeout: Double? = nil) throws -> ProcessResult {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("fg-subprocess-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = scratch.appendingPathComponent("in")
        let output = scratch.appendingPathComponent("out")
        let errors = scratch.appendingPathComponent("err")
        try Data(stdin).write(to: input)
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if let environment { process.environment = environment }
        process.standardInput = try FileHandle(forReadingFrom: input)
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        if let timeout, done.wait(timeout: .now() + timeout) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            done.wait()
        } else if timeout == nil {
            done.wait()
        }
        return ProcessResult(status: process.terminationStatus,
                             stdout: [UInt8](try Data(contentsOf: output)),
                             stderr: String(decoding: try Data(contentsOf: errors), as: UTF8.self))
    }
}
