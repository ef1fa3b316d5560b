#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A directory's entries, read with `opendir`/`readdir`.
enum DirectoryEntries {
    struct Entry {
        var name: String
        var isDirectory: Bool
    }

    /// What identifies a directory on disk, however it is reached.
    struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    static func identity(of path: String) -> Identity? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }

    /// The entries of `path` (without `.` and `..`), or `nil` when it cannot
    /// be read. Symbolic links are followed, as `stat` does.
    static func read(_ path: String) -> [Entry]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while let pointer = readdir(directory) {
            let name = withUnsafeBytes(of: pointer.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name == "." || name == ".." { continue }
            var isDirectory = pointer.pointee.d_type == UInt8(DT_DIR)
            let type = pointer.pointee.d_type
            if type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN) {
                // The entry type does not say: ask the file system.
                var status = stat()
                guard stat(path + "/" + name, &status) == 0 else { continue }
                isDirectory = (status.st_mode & S_IFMT) == S_IFDIR
                if !isDirectory && (status.st_mode & S_IFMT) != S_IFREG { continue }
            } else if type != UInt8(DT_REG) && !isDirectory {
                continue
            }
            entries.append(Entry(name: name, isDirectory: isDirectory))
        }
        return entries
    }
}
