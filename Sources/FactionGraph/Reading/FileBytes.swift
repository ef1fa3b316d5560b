#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file with `open`/`fstat`/`read` into one buffer: cheaper
/// than `FileManager.contents(atPath:)`, which matters at 10^5 files.
package enum FileBytes {
    /// Why a file could not be read, in words.
    package struct Failure: Error, Equatable {
        package var message: String
    }

    /// The file's bytes: at most `limit` + 1 of them, so a file too large
    /// (or growing, or endless) is noticed without reading it all.
    ///
    /// Opened with `O_NONBLOCK`, so that a named pipe without a writer
    /// cannot block the open, then refused unless it is a regular file:
    /// reading a pipe or a device could wait forever.
    package static func read(_ path: String, limit: Int = InputLimits.fileBytes) -> Result<[UInt8], Failure> {
        withBytes(of: path, knownRegular: false, buffer: Buffer(capacity: 4096), limit: limit) { Array($0) }
    }

    /// Where one thread reads its files, one after another (see
    /// `withBytes(of:knownRegular:buffer:limit:_:)`): grown for a large
    /// file, and kept.
    package final class Buffer {
        fileprivate var start: UnsafeMutableRawPointer
        fileprivate private(set) var capacity: Int

        /// Room for an ordinary article (a few kilobytes) many times over.
        package init(capacity: Int = 64 * 1024) {
            self.capacity = capacity
            start = .allocate(byteCount: capacity, alignment: 16)
        }

        deinit { start.deallocate() }

        /// Room for `capacity` bytes, keeping the first `count`.
        fileprivate func grow(to capacity: Int, keeping count: Int) {
            let larger = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
            larger.copyMemory(from: start, byteCount: count)
            start.deallocate()
            start = larger
            self.capacity = capacity
        }
    }

    /// Calls `body` with the bytes of the file at `path`, read into
    /// `buffer` (valid during the call only); the failures of
    /// `read(_:limit:)`.
    ///
    /// With `knownRegular` (the directory listing showed a regular file),
    /// the file is read without `fstat` first: for the files of a corpus,
    /// that `fstat` (for the type, already known, and the size) and an
    /// array of each file's bytes cost about 0.4 microseconds and 1,500
    /// instructions a file, a tenth of the file's reading. `fstat` is
    /// still called for a file larger than the buffer, to size it or refuse
    /// it; a file replaced since the listing by something else is read as
    /// it is (opened without blocking, and no more than `limit` bytes).
    package static func withBytes<T>(of path: String, knownRegular: Bool, buffer: Buffer,
                                     limit: Int = InputLimits.fileBytes,
                                     _ body: (UnsafeBufferPointer<UInt8>) -> T) -> Result<T, Failure> {
        read(path, knownRegular: knownRegular, into: buffer, limit: limit).map { count in
            body(UnsafeBufferPointer(start: buffer.start.assumingMemoryBound(to: UInt8.self), count: count))
        }
    }

    /// Reads the file at `path` into `buffer` (see
    /// `withBytes(of:knownRegular:buffer:limit:_:)`); how many bytes it holds.
    /// Not generic, so that it is compiled once, and the generic caller
    /// left small.
    private static func read(_ path: String, knownRegular: Bool, into buffer: Buffer, limit: Int) -> Result<Int, Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { return .failure(Failure(message: "cannot read this file: \(systemError(errno))")) }
        defer { close(descriptor) }
        if !knownRegular {
            var status = stat()
            guard fstat(descriptor, &status) == 0 else {
                return .failure(Failure(message: "cannot read this file: \(systemError(errno))"))
            }
            let type = FileType(mode: status.st_mode)
            guard type == .regular else {
                return .failure(Failure(message: "cannot read this file: it is \(type.description), not a regular file"))
            }
            if Int(status.st_size) > limit { return .failure(tooLarge(Int(status.st_size), limit: limit)) }
            // The size `fstat` gives, plus room to notice a file that grew.
            let size = max(Int(status.st_size), 0) + 1
            if size > buffer.capacity { buffer.grow(to: size, keeping: 0) }
        }
        var count = 0
        while true {
            if count == buffer.capacity {
                // A large file: sized, or refused, by its status.
                var status = stat()
                guard fstat(descriptor, &status) == 0 else {
                    return .failure(Failure(message: "cannot read this file: \(systemError(errno))"))
                }
                if Int(status.st_size) > limit || count > limit { return .failure(tooLarge(max(Int(status.st_size), count), limit: limit)) }
                buffer.grow(to: min(max(Int(status.st_size) + 1, buffer.capacity * 2), limit + 1), keeping: count)
            }
            let wanted = buffer.capacity - count
            var got = 0
            repeat {
                got = systemRead(descriptor, buffer.start + count, wanted)
            } while got < 0 && errno == EINTR
            if got < 0 { return .failure(Failure(message: "cannot read this file: \(systemError(errno))")) }
            count += got
            // Fewer bytes than asked for: the file's end (as `read` takes it).
            if got < wanted { break }
        }
        if count > limit { return .failure(tooLarge(count, limit: limit)) }
        return .success(count)
    }

    /// The error for a file of `size` bytes (or more) over `limit`.
    static func tooLarge(_ size: Int, limit: Int) -> Failure {
        Failure(message: "this file is \(size.grouped) bytes; an article or a registry may have at most \(limit.grouped) (\(limit >> 20) MiB)")
    }

    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.read(descriptor, buffer, count)
        #else
        return Darwin.read(descriptor, buffer, count)
        #endif
    }
}
