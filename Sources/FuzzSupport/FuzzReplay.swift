#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fuzz target built without libFuzzer: runs its entry point once on
/// each file named on the command line, so that a crash's input replays in
/// a plain build (and in a debugger).
public enum FuzzReplay {
    public static func run(_ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Never {
        for path in CommandLine.arguments.dropFirst() {
            guard let file = fopen(path, "rb") else {
                print("cannot read \(path)")
                exit(2)
            }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = fread(&buffer, 1, buffer.count, file)
                if count <= 0 { break }
                bytes += buffer[..<count]
            }
            fclose(file)
            bytes.withUnsafeBufferPointer { body($0) }
            print("ran \(path)")
        }
        exit(0)
    }
}
