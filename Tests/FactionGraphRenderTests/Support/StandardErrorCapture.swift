#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs `body` with file descriptor 2 pointed at a temporary file, and
/// returns what was written to it.
///
/// fd 2 is process-wide and Swift Testing runs tests in parallel, so the
/// capture may also hold other tests' output: check for what must be absent
/// (Graphviz's words), not for emptiness. A marker written before `body`
/// proves the capture itself works.
func capturingStandardError<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> (result: T, captured: String) {
    var template = Array("/tmp/fg-stderr-XXXXXX".utf8CString)
    let file = template.withUnsafeMutableBufferPointer { buffer in
        buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    precondition(file >= 0, "mkstemp failed")
    let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let saved = dup(2)
    // Flush C's buffered streams (all of them: `stderr` itself is a C
    // global Swift 6 refuses) so nothing written before lands in the file.
    fflush(nil)
    dup2(file, 2)
    writeMarker()
    let result: Result<T, E>
    do throws(E) {
        result = .success(try body())
    } catch {
        result = .failure(error)
    }
    fflush(nil)
    dup2(saved, 2)
    close(saved)
    let captured = readAll(file)
    close(file)
    unlink(path)
    return (try result.get(), captured)
}

/// The marker `capturingStandardError` writes first.
let standardErrorMarker = "stderr-capture-marker\n"

private func writeMarker() {
    let bytes = Array(standardErrorMarker.utf8)
    _ = bytes.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count) }
}

private func readAll(_ file: Int32) -> String {
    lseek(file, 0, SEEK_SET)
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
        let count = buffer.withUnsafeMutableBufferPointer { read(file, $0.baseAddress, $0.count) }
        if count <= 0 { break }
        bytes += buffer[0..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
}
