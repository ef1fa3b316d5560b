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
        // Plain stdio, no fsync: Foundation's `Data.write` syncs every file,
        // which made writing 35,000 articles take a minute instead of seconds.
        // The staging directory is renamed into place only at the end.
        guard let file = fopen(full, "wb") else {
            throw ImportError(path: full, "cannot write: \(String(cString: strerror(errno)))")
        }
        var text = text
        let count = text.utf8.count
        let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, file) }
        let closed = fclose(file)
        guard written == count, closed == 0 else {
            throw ImportError(path: full, "cannot write: \(String(cString: strerror(errno)))")
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
