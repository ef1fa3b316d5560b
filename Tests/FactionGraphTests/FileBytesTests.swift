import Foundation
import Testing
@testable import FactionGraph

/// Reading a listed file into a thread's buffer, without `fstat` first,
/// gives what `read(_:limit:)` gives (which asks `fstat` for the type and
/// the size first): the same bytes, or the same error.
@Suite struct FileBytesTests {
    /// What each way of reading `path` gives, as text to compare.
    static func bothReads(_ path: String, buffer: FileBytes.Buffer) -> (array: String, buffer: String) {
        func described(_ result: Result<[UInt8], FileBytes.Failure>) -> String {
            switch result {
            case .success(let bytes): "\(bytes.count) bytes, \(bytes.reduce(0) { $0 &* 31 &+ Int($1) })"
            case .failure(let failure): failure.message
            }
        }
        return (described(FileBytes.read(path)),
                described(FileBytes.withBytes(of: path, knownRegular: true, buffer: buffer) { Array($0) }))
    }

    /// Sizes around the buffer's (64 KiB, which a larger file grows) and
    /// the limit (8 MiB), one buffer for all of them in turn, the small
    /// ones after the large (a grown buffer holds stale bytes past a
    /// small file's end), and a missing file.
    @Test func aBufferReadsAsAnArrayDoes() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("filebytes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let sizes = [0, 1, 3_200, 65_535, 65_536, 65_537, 200_000, 131_072, InputLimits.fileBytes, InputLimits.fileBytes + 1,
                     InputLimits.fileBytes + 100_000, 70_000, 10]
        var paths: [String] = []
        for (number, size) in sizes.enumerated() {
            let path = directory.appendingPathComponent("\(number).md").path
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ number) }
            #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            paths.append(path)
        }
        paths.append(directory.appendingPathComponent("missing.md").path)
        let buffer = FileBytes.Buffer()
        for path in paths {
            let (array, buffered) = Self.bothReads(path, buffer: buffer)
            #expect(buffered == array, "\(path)")
        }
        #expect(Self.bothReads(paths[9], buffer: buffer).buffer.hasPrefix("this file is 8,388,609 bytes"))
        // Never listed as a regular file, but not read as one either.
        let asDirectory = FileBytes.withBytes(of: directory.path, knownRegular: true, buffer: buffer) { $0.count }
        #expect(throws: FileBytes.Failure.self) { try asDirectory.get() }
    }

    /// A file that became a named pipe after the listing is read as it
    /// is, without waiting for a writer.
    @Test func aPipeInPlaceOfAListedFileDoesNotBlock() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("filebytes-\(UUID().uuidString).md").path
        #expect(mkfifo(path, 0o644) == 0)
        defer { unlink(path) }
        let read = FileBytes.withBytes(of: path, knownRegular: true, buffer: FileBytes.Buffer()) { $0.count }
        #expect((try? read.get()) == 0)
    }
}
