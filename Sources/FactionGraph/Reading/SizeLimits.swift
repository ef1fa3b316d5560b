#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks a file's bytes against the size limits (`InputLimits`) before
/// anything else reads them.
enum SizeLimits {
    /// The first limit `bytes` exceeds, with its place and message: the
    /// file's size (a file given in memory; files on disk are checked
    /// before reading), or a line's length.
    /// - Complexity: O(`bytes.count`), `memchr` from line to line, for a
    ///   file longer than a line may be; O(1) for any other.
    static func problem(in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int, message: String)? {
        if bytes.count > InputLimits.fileBytes {
            return (1, 1, FileBytes.tooLarge(bytes.count, limit: InputLimits.fileBytes).message)
        }
        // No line of a shorter file can be too long. Looking at every line
        // of every file took 1.7 % of the CPU time of `path` on the 10k
        // corpus (perf, `--threads 1`).
        guard bytes.count > InputLimits.lineBytes, let base = bytes.baseAddress else { return nil }
        var start = 0
        var line = 1
        while start < bytes.count {
            let end = memchr(base + start, 0x0A, bytes.count - start)
                .map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
            if end - start > InputLimits.lineBytes {
                return (line, 1, "this line is \((end - start).grouped) bytes long; a line may have at most \(InputLimits.lineBytes.grouped) (\(InputLimits.lineBytes >> 20) MiB)")
            }
            start = end + 1
            line += 1
        }
        return nil
    }

    /// The error for a front matter of `size` bytes, or `nil` within the
    /// limit.
    static func frontMatterProblem(size: Int) -> String? {
        guard size > InputLimits.frontMatterBytes else { return nil }
        return "the front matter opened here is \(size.grouped) bytes; it may have at most \(InputLimits.frontMatterBytes.grouped) (\(InputLimits.frontMatterBytes >> 20) MiB)"
    }
}
