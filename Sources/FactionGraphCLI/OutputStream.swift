#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser

/// Standard output or standard error, written unbuffered by our own code so
/// diagnostics and data never interleave out of order.
enum OutputStream {
    case standardOutput
    case standardError

    var descriptor: Int32 { self == .standardOutput ? STDOUT_FILENO : STDERR_FILENO }

    /// True when the stream is a terminal (colour and progress only then).
    var isTerminal: Bool { isatty(descriptor) == 1 }

    /// Writes diagnostics or progress; a failure is ignored (there is
    /// nowhere left to report it).
    func write(_ text: String) {
        write(Array(text.utf8))
    }

    func write(_ bytes: [UInt8]) {
        _ = OutputFile.writeAll(bytes, to: descriptor)
    }

    /// Writes a command's result: when it cannot be written (a full disk,
    /// `> /dev/full`, a closed descriptor), says so on standard error and
    /// exits with status 2, as a failed `-o` does.
    func writeResult(_ text: String) throws {
        try writeResult(Array(text.utf8))
    }

    func writeResult(_ bytes: [UInt8]) throws {
        if let failure = OutputFile.writeAll(bytes, to: descriptor) {
            let name = self == .standardOutput ? "standard output" : "standard error"
            DiagnosticPrinter(stream: .standardError).error("cannot write to \(name): \(failure)")
            throw ExitCode(2)
        }
    }
}
