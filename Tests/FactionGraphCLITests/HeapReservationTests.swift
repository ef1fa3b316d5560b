import Foundation
import Testing
import FactionGraphTestSupport

/// At start-up the heap reserves 1 GiB of address space for huge pages
/// (`Sources/CHugePages`). Where the system refuses it (a limit on the
/// data segment or on the address space), the heap works as it did
/// without: the commands give the same output and exit status.
@Suite struct HeapReservationTests {
    @Test(arguments: ["ulimit -d 262144", "ulimit -v 1048576"])
    func theCommandsWorkWhenTheReservationIsRefused(_ limit: String) throws {
        let corpus = try ThreadsOptionTests.corpus()
        // `check` reports on the whole corpus; `render` needs it valid.
        for command in [["check", "."], ["render", ".", "--format", "json", "-o", "-"]] {
            if command[0] == "render" {
                try FileManager.default.removeItem(at: corpus.appendingPathComponent("articles/2/bad.md"))
            }
            let usual = try CLI.run(command, in: corpus.path)
            // `exec` keeps the limit for the binary alone.
            let limited = try Subprocess.run("/bin/sh", ["-c", "\(limit) && exec \"$0\" \"$@\"", RepositoryPaths.executable]
                                                 + command, directory: corpus.path, timeout: 30)
            #expect(limited.status == usual.status, "\(limit): \(limited.stderr)")
            #expect(limited.stdoutText == usual.stdoutText)
            #expect(limited.stderr == usual.stderr)
            #expect(!usual.stdout.isEmpty)
        }
    }
}
