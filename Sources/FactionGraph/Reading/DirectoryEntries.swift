#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A directory's entries, read with `opendir`/`readdir`.
enum DirectoryEntries {
    struct Entry {
        var name: String
        var kind: Kind
    }

    /// What an entry is, symbolic links followed.
    enum Kind: Equatable {
        case directory
        case regular
        /// A FIFO, socket or device: never read (reading could block).
        case other(FileType)
        /// A link that leads nowhere (dangling, or a loop): why, in words.
        case broken(String)
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

    /// The entries of `path` (without `.` and `..`), or the system's reason
    /// it cannot be read. Symbolic links are followed, as `stat` does.
    static func read(_ path: String) -> Result<[Entry], FileBytes.Failure> {
        guard let directory = opendir(path) else {
            return .failure(FileBytes.Failure(message: "cannot read this directory: \(systemError(errno))"))
        }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while let pointer = readdir(directory) {
            let name = pointer.name
            if name == "." || name == ".." { continue }
            let type = pointer.pointee.d_type
            let kind: Kind
            switch type {
            case UInt8(DT_DIR): kind = .directory
            case UInt8(DT_REG): kind = .regular
            case UInt8(DT_FIFO): kind = .other(.fifo)
            case UInt8(DT_SOCK): kind = .other(.socket)
            case UInt8(DT_CHR): kind = .other(.characterDevice)
            case UInt8(DT_BLK): kind = .other(.blockDevice)
            default:
                // A link, or a file system that does not say: ask it.
                kind = Self.kind(of: path + "/" + name)
            }
            entries.append(Entry(name: name, kind: kind))
        }
        return .success(entries)
    }

    /// What `path` is, following links.
    static func kind(of path: String) -> Kind {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let number = errno
            if number == ELOOP { return .broken("a symbolic link loop (\(systemError(number)))") }
            var link = stat()
            if number == ENOENT, lstat(path, &link) == 0, FileType(mode: link.st_mode) == .symbolicLink {
                return .broken("a dangling symbolic link (its target does not exist)")
            }
            return .broken(number == ENOENT ? "no such file or directory" : systemError(number))
        }
        switch FileType(mode: status.st_mode) {
        case .directory: return .directory
        case .regular: return .regular
        case let other: return .other(other)
        }
    }
}

extension UnsafeMutablePointer<dirent> {
    /// The name of the directory entry `readdir` returned.
    ///
    /// Read in place: `pointee.d_name` would copy the whole 256-byte field,
    /// but an entry is only as long as its name, so the copy could read
    /// past the end of the directory's buffer (a crash, seen once the walk
    /// ran on several threads).
    package var name: String {
        let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        return String(cString: (UnsafeRawPointer(self) + offset).assumingMemoryBound(to: CChar.self))
    }
}
