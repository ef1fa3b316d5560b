#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSignalCleanup
import FactionGraph

/// Writes an output file so that it is either complete or not there: the
/// bytes go to a temporary file beside the target, are flushed to disk, and
/// the file is then renamed into place. A failed run leaves the old file,
/// or none, never half of one (nor an empty one on a full disk: `fsync`
/// reports a disk that filled up before the rename, not after).
///
/// The temporary file is named `.NAME.factiongraph-PID.tmp`. SIGINT,
/// SIGTERM and SIGHUP remove it (`CSignalCleanup`); after a SIGKILL it
/// stays, recognisable, and the next write to that name removes it once its
/// process is gone (`StaleTemporaryFiles`).
enum OutputFile {
    struct WriteError: Error, CustomStringConvertible {
        var description: String
    }

    static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        func failure(_ reason: String) -> WriteError {
            WriteError(description: "cannot write \(path): \(reason)")
        }
        let target: OutputTarget
        do { target = try OutputTarget(path) } catch { throw failure(error.reason) }
        StaleTemporaryFiles.remove(for: target)
        let temporary = target.temporaryPath(pid: getpid())
        fg_cleanup_install()
        guard fg_cleanup_set(temporary) == 0 else { throw failure("the path is too long") }
        defer { fg_cleanup_clear() }
        var descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        if descriptor < 0 && errno == EEXIST {
            // Named with our process id: left by a dead process that had it.
            unlink(temporary)
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        }
        guard descriptor >= 0 else { throw failure(systemError(errno)) }
        if let mode = target.existingMode { fchmod(descriptor, mode) }
        var problem = writeAll(bytes, to: descriptor)
        TestHooks.stopBeforeRenameIfAsked()
        if problem == nil, fsync(descriptor) != 0 { problem = systemError(errno) }
        if close(descriptor) != 0, problem == nil { problem = systemError(errno) }
        if problem == nil, rename(temporary, target.path) != 0 { problem = systemError(errno) }
        if let problem {
            unlink(temporary)
            throw failure(problem)
        }
    }

    /// Writes all of `bytes`; the system's reason when it cannot.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        bytes.withUnsafeBytes { buffer -> String? in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return systemError(errno)
                }
                if written == 0 { return systemError(EIO) }
                offset += written
            }
            return nil
        }
    }
}

/// Hooks for tests of interruption, off unless their variable is set.
enum TestHooks {
    /// With `FACTIONGRAPH_TEST_STOP_BEFORE_RENAME=1`, the process stops
    /// itself (SIGSTOP) once the temporary file is written, so a test can
    /// signal it at that exact moment.
    static func stopBeforeRenameIfAsked() {
        if getenv("FACTIONGRAPH_TEST_STOP_BEFORE_RENAME") != nil { raise(SIGSTOP) }
    }
}
