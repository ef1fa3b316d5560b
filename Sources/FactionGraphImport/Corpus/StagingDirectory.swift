#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Where an import writes before anything is put in place: a hidden
/// directory beside the output (a new corpus) or inside it (an existing
/// corpus; the reader skips hidden directories). Removed unless the import
/// succeeds.
struct StagingDirectory {
    let path: String
    private var made: Set<String> = []

    init(path: String) throws(ImportError) {
        self.path = path
        try? FileManager.default.removeItem(atPath: path)
        guard mkdir(path, 0o755) == 0 else {
            throw ImportError(path: path, "cannot create a directory here: \(String(cString: strerror(errno)))")
        }
        made.insert(path)
    }

    /// Writes `text` to `relativePath` below the staging directory,
    /// creating its directories; replaces a file written before.
    mutating func write(_ text: String, to relativePath: String) throws(ImportError) {
        let full = path + "/" + relativePath
        if let slash = full.lastIndex(of: "/") {
            let directory = String(full[..<slash])
            if !made.contains(directory) {
                do {
                    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                } catch {
                    throw ImportError(path: directory, "cannot create this directory: \(error.localizedDescription)")
                }
                made.insert(directory)
            }
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        } catch {
            throw ImportError(path: full, "cannot write: \(error.localizedDescription)")
        }
    }

    func removeFile(_ relativePath: String) {
        unlink(path + "/" + relativePath)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Every file below the staging directory, relative to it, sorted.
    func files() -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: path) else { return [] }
        var files: [String] = []
        while let next = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path + "/" + next, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(next)
            }
        }
        return files.sorted()
    }
}
