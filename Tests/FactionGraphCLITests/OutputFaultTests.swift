import Foundation
import Testing
import FactionGraphTestSupport

/// `-o` and standard output under faults: what is not a regular file is
/// never replaced, a write that fails is an error (exit 2) that leaves the
/// old file, and no interruption leaves a temporary file behind.
@Suite struct OutputFaultTests {
    static func files(in directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    @Test func aDeviceIsNeverReplaced() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        // Through a link, always possible; a device node of our own when
        // the system lets us make one.
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("null-link").path,
                                                   withDestinationPath: "/dev/null")
        var names = ["null-link"]
        var devNull = stat()
        if stat("/dev/null", &devNull) == 0,
           mknod(directory.appendingPathComponent("null").path, S_IFCHR | 0o666, devNull.st_rdev) == 0 {
            names.append("null")
        }
        for name in names {
            let result = try CLI.run(["render", RepositoryPaths.samples, "--format", "dot", "-o", "./\(name)"], in: directory.path)
            #expect(result.status == 2)
            #expect(result.stderr.hasSuffix("factiongraph: error: cannot write ./\(name): it is a character device, not a regular file; -o writes only new or regular files\n"))
        }
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
        if names.count == 2 {
            #expect(lstat(directory.appendingPathComponent("null").path, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
        }
        #expect(try Self.files(in: directory) == names.sorted())
    }

    @Test func aPipeADirectoryOrASocketIsNeverReplaced() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        #expect(mkfifo(directory.appendingPathComponent("pipe").path, 0o644) == 0)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("folder"), withIntermediateDirectories: false)
        let socketPath = directory.appendingPathComponent("socket").path
        let socket = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in socketPath.utf8.enumerated() { raw[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0)
        for (name, what) in [("pipe", "a named pipe (FIFO)"), ("folder", "a directory"), ("socket", "a socket")] {
            let result = try CLI.run(["render", RepositoryPaths.samples, "-o", name, "--format", "dot"], in: directory.path)
            #expect(result.status == 2, "\(name)")
            #expect(result.stderr.hasSuffix("factiongraph: error: cannot write \(name): it is \(what), not a regular file; -o writes only new or regular files\n"))
        }
        #expect(try Self.files(in: directory) == ["folder", "pipe", "socket"])
    }

    @Test func aLinkToARegularFileReplacesTheFileAndKeepsTheLink() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        try "old".write(to: directory.appendingPathComponent("real.dot"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("latest.dot").path,
                                                   withDestinationPath: "real.dot")
        #expect(try CLI.run(["render", RepositoryPaths.samples, "-o", "latest.dot"], in: directory.path).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: directory.appendingPathComponent("latest.dot").path) == "real.dot")
        #expect(try String(contentsOf: directory.appendingPathComponent("real.dot"), encoding: .utf8).hasPrefix("digraph"))
        #expect(try Self.files(in: directory) == ["latest.dot", "real.dot"])
    }

    /// Runs `factiongraph ARGUMENTS` under `sh -c` with `setup` before it
    /// (a file size limit, a redirection).
    static func shell(_ setup: String, _ arguments: [String], redirect: String = "", in directory: URL) throws -> ProcessResult {
        let quoted = ([RepositoryPaths.executable] + arguments).map { "'\($0)'" }.joined(separator: " ")
        return try Subprocess.run("/bin/sh", ["-c", "\(setup) exec \(quoted) \(redirect)"], directory: directory.path, timeout: 30)
    }

    @Test func aFullStandardOutputIsAnError() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        for arguments in [["render", RepositoryPaths.samples], ["check", RepositoryPaths.samples],
                          ["history", RepositoryPaths.samples, "hts"], ["balance", RepositoryPaths.samples]] {
            let result = try Self.shell("", arguments, redirect: "> /dev/full", in: directory)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.hasSuffix("factiongraph: error: cannot write to standard output: No space left on device\n"), "\(arguments)")
        }
    }

    /// A file size limit stands in for a full disk: the write fails part
    /// way (EFBIG, with SIGXFSZ ignored). The old file stays whole, and no
    /// empty or partial file or temporary file is left.
    @Test func aFailedWriteLeavesTheOldFile() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        try "old".write(to: directory.appendingPathComponent("graph.svg"), atomically: true, encoding: .utf8)
        let result = try Self.shell("ulimit -f 4;", ["render", RepositoryPaths.samples, "-o", "graph.svg"], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.hasSuffix("factiongraph: error: cannot write graph.svg: File too large\n"))
        #expect(try String(contentsOf: directory.appendingPathComponent("graph.svg"), encoding: .utf8) == "old")
        #expect(try Self.files(in: directory) == ["graph.svg"])
        let new = try Self.shell("ulimit -f 4;", ["render", RepositoryPaths.samples, "-o", "new.svg"], in: directory)
        #expect(new.status == 2)
        #expect(try Self.files(in: directory) == ["graph.svg"])
        let piped = try Self.shell("ulimit -f 4;", ["render", RepositoryPaths.samples, "--format", "svg"], redirect: "> out.svg", in: directory)
        #expect(piped.status == 2)
        #expect(piped.stderr.hasSuffix("factiongraph: error: cannot write to standard output: File too large\n"))
    }

    /// Starts a render that stops itself once its temporary file is
    /// written (a test hook), and returns it with its temporary file's name.
    static func stoppedRender(in directory: URL, output: String) throws -> (Process, DispatchSemaphore) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: RepositoryPaths.executable)
        process.arguments = ["render", RepositoryPaths.samples, "-o", output]
        process.currentDirectoryURL = directory
        process.environment = ["FACTIONGRAPH_TEST_STOP_BEFORE_RENAME": "1"]
        process.standardError = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        // Wait until it has stopped itself (state T in /proc).
        for _ in 0..<3_000 {
            let stat = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8)) ?? ""
            if let state = stat.split(separator: ")").last?.split(separator: " ").first, state == "T" { break }
            usleep(10_000)
        }
        return (process, done)
    }

    @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
    func aSignalDuringTheFinalWriteLeavesNoTemporaryFile(signal: Int32) throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        try "old".write(to: directory.appendingPathComponent("graph.dot"), atomically: true, encoding: .utf8)
        let (process, done) = try Self.stoppedRender(in: directory, output: "graph.dot")
        #expect(try Self.files(in: directory) == [".graph.dot.factiongraph-\(process.processIdentifier).tmp", "graph.dot"])
        kill(process.processIdentifier, signal)
        kill(process.processIdentifier, SIGCONT)
        done.wait()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signal)
        #expect(try Self.files(in: directory) == ["graph.dot"])
        #expect(try String(contentsOf: directory.appendingPathComponent("graph.dot"), encoding: .utf8) == "old")
    }

    /// After SIGKILL the temporary file stays, named after its process; the
    /// next write to that name removes it, and leaves a live one's alone.
    @Test func aKilledRunsTemporaryFileIsRemovedByTheNext() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let (process, done) = try Self.stoppedRender(in: directory, output: "graph.dot")
        kill(process.processIdentifier, SIGKILL)
        done.wait()
        let stale = ".graph.dot.factiongraph-\(process.processIdentifier).tmp"
        let live = ".graph.dot.factiongraph-\(getpid()).tmp"
        try "live".write(to: directory.appendingPathComponent(live), atomically: false, encoding: .utf8)
        #expect(try Self.files(in: directory) == [stale, live].sorted())
        #expect(try CLI.run(["render", RepositoryPaths.samples, "-o", "graph.dot"], in: directory.path).status == 0)
        #expect(try Self.files(in: directory) == [live, "graph.dot"].sorted())
    }

    /// Signals at random moments of twenty renders: every run leaves the
    /// old file or a complete new one, and never a temporary file.
    @Test func aSignalAtAnyMomentLeavesNoTemporaryFile() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let complete = try CLI.run(["render", RepositoryPaths.samples, "--format", "svg"]).stdout
        // The moments are drawn from the first half of the quickest of three
        // whole renders on this machine, so that the signals land inside
        // the runs however fast or slow the machine is.
        var quickest = UInt64.max
        for _ in 0..<3 {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try CLI.run(["render", RepositoryPaths.samples, "-o", "graph.svg"], in: directory.path)
            quickest = min(quickest, DispatchTime.now().uptimeNanoseconds - start)
        }
        try FileManager.default.removeItem(at: directory.appendingPathComponent("graph.svg"))
        let latest = UInt32(min(quickest / 2_000, 2_000_000))
        var random = SystemRandomNumberGenerator()
        var interrupted = 0
        for run in 0..<20 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: RepositoryPaths.executable)
            process.arguments = ["render", RepositoryPaths.samples, "-o", "graph.svg"]
            process.currentDirectoryURL = directory
            process.standardError = FileHandle.nullDevice
            let done = DispatchSemaphore(value: 0)
            process.terminationHandler = { _ in done.signal() }
            try process.run()
            usleep(UInt32.random(in: 0...latest, using: &random))
            kill(process.processIdentifier, run % 2 == 0 ? SIGTERM : SIGINT)
            done.wait()
            if process.terminationReason == .uncaughtSignal { interrupted += 1 }
            let names = try Self.files(in: directory)
            #expect(names == [] || names == ["graph.svg"], "\(names)")
            if names == ["graph.svg"] {
                #expect([UInt8](try Data(contentsOf: directory.appendingPathComponent("graph.svg"))) == complete)
            }
        }
        // Most runs take longer than the longest delay: the signals did
        // interrupt them, so the check above was not vacuous.
        #expect(interrupted >= 5)
    }

    @Test func eightConcurrentRendersToOnePathLeaveOneCompleteFile() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let complete = try CLI.run(["render", RepositoryPaths.samples, "--format", "svg"]).stdout
        let statuses = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 8)
        defer { statuses.deallocate() }
        nonisolated(unsafe) let shared = statuses
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            shared[index] = (try? CLI.run(["render", RepositoryPaths.samples, "-o", "graph.svg"], in: directory.path).status) ?? -1
        }
        #expect(Array(statuses) == Array(repeating: 0, count: 8))
        #expect(try Self.files(in: directory) == ["graph.svg"])
        #expect([UInt8](try Data(contentsOf: directory.appendingPathComponent("graph.svg"))) == complete)
    }
}
