#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FactionGraph

/// The file `-o` writes: a new file, or an existing regular file to
/// replace. `-o` never replaces anything else: `-o ./null` where `null` is
/// a device node once replaced the device with a regular file.
///
/// A symbolic link to a regular file is followed: the file it points to is
/// replaced, and the link stays.
struct OutputTarget {
    struct Refusal: Error {
        var reason: String
    }

    /// The path to rename the finished file to (a link resolved).
    let path: String
    let directory: String
    let name: String
    /// The permissions of the file being replaced, kept for the new one.
    let existingMode: mode_t?

    init(_ requested: String) throws(Refusal) {
        var path = requested
        var status = stat()
        if lstat(path, &status) == 0, FileType(mode: status.st_mode) == .symbolicLink {
            guard let resolved = realpath(path, nil) else {
                let reason = errno == ENOENT ? "it is a dangling symbolic link" : systemError(errno)
                throw Refusal(reason: reason)
            }
            path = String(cString: resolved)
            free(resolved)
        }
        if lstat(path, &status) == 0 {
            let type = FileType(mode: status.st_mode)
            guard type == .regular else {
                throw Refusal(reason: "it is \(type.description), not a regular file; -o writes only new or regular files")
            }
            existingMode = status.st_mode & 0o7777
        } else if errno == ENOENT {
            existingMode = nil
        } else {
            throw Refusal(reason: systemError(errno))
        }
        if path.hasSuffix("/") { throw Refusal(reason: "it names a directory") }
        self.path = path
        if let slash = path.lastIndex(of: "/") {
            directory = slash == path.startIndex ? "/" : String(path[..<slash])
            name = String(path[path.index(after: slash)...])
        } else {
            directory = "."
            name = path
        }
    }

    /// `.NAME.factiongraph-PID.tmp` beside the target.
    func temporaryPath(pid: pid_t) -> String {
        (directory == "/" ? "/" : directory + "/") + Self.temporaryName(name, pid: pid)
    }

    static func temporaryName(_ name: String, pid: pid_t) -> String {
        ".\(name).factiongraph-\(pid).tmp"
    }
}

/// Temporary files of earlier runs killed outright (SIGKILL, a power cut):
/// recognisable by their name, removed when their process is gone.
enum StaleTemporaryFiles {
    /// Removes `.NAME.factiongraph-PID.tmp` files beside `target` whose
    /// process no longer runs (or is this one: it has not written yet).
    static func remove(for target: OutputTarget) {
        guard let directory = opendir(target.directory) else { return }
        defer { closedir(directory) }
        let prefix = ".\(target.name).factiongraph-"
        while let entry = readdir(directory) {
            let name = entry.name
            guard name.hasPrefix(prefix), name.hasSuffix(".tmp"),
                  let pid = pid_t(name.dropFirst(prefix.count).dropLast(4)), pid > 0 else { continue }
            if pid == getpid() || (kill(pid, 0) != 0 && errno == ESRCH) {
                unlink((target.directory == "/" ? "/" : target.directory + "/") + name)
            }
        }
    }
}
