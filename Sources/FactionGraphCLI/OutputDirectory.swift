#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes several files into one directory (created, with its parents, when
/// missing). Each file is first written in full to a temporary file beside
/// its target (as `OutputFile` does); only when all are written are they
/// renamed into place, one after the other. A failed run leaves the old
/// files as they were.
enum OutputDirectory {
    static func write(_ files: [(name: String, bytes: [UInt8])], to directory: String) throws(OutputFile.WriteError) {
        try create(directory)
        var temporaries: [String] = []
        func removeTemporaries() { for path in temporaries { unlink(path) } }
        for file in files {
            let temporary = "\(directory)/.\(file.name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).part"
            do {
                try OutputFile.write(file.bytes, to: temporary)
            } catch {
                removeTemporaries()
                throw OutputFile.WriteError(description: error.description.replacingOccurrences(
                    of: temporary, with: "\(directory)/\(file.name)"))
            }
            temporaries.append(temporary)
        }
        for (index, file) in files.enumerated() where rename(temporaries[index], "\(directory)/\(file.name)") != 0 {
            let reason = String(cString: strerror(errno))
            removeTemporaries()
            throw OutputFile.WriteError(description: "cannot write \(directory)/\(file.name): \(reason)")
        }
    }

    /// Creates `directory` and its missing parents; an existing directory
    /// is fine, an existing file is not.
    private static func create(_ directory: String) throws(OutputFile.WriteError) {
        var info = stat()
        if stat(directory, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                throw OutputFile.WriteError(description: "cannot write into \(directory): it is not a directory")
            }
            return
        }
        let parent = directory.contains("/") ? String(directory[..<directory.lastIndex(of: "/")!]) : ""
        if !parent.isEmpty { try create(parent) }
        guard mkdir(directory, 0o777) == 0 || errno == EEXIST else {
            throw OutputFile.WriteError(description: "cannot create directory \(directory): \(String(cString: strerror(errno)))")
        }
    }
}
