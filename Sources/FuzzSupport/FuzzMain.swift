#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CFuzzDriver

/// The `main` of a fuzz target: libFuzzer's driver in a fuzzing build, a
/// replay of files otherwise.
public enum FuzzMain {
    /// Runs `body` on inputs. Built with `-DFACTIONGRAPH_FUZZING` and
    /// libFuzzer linked in (`make fuzz`), libFuzzer generates them (its
    /// options and corpus directories are the arguments). Built plainly, it
    /// runs once on each file named as an argument, so that a crash's input
    /// replays without the fuzzer.
    public static func run(_ body: @escaping (UnsafeBufferPointer<UInt8>) -> Void) -> Never {
        target = body
        #if FACTIONGRAPH_FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            FuzzMain.target?(UnsafeBufferPointer(start: data, count: size))
            return 0
        })
        #else
        FuzzReplay.run(body)
        #endif
    }

    /// The entry point, for libFuzzer's callback (a C function pointer,
    /// which cannot capture it).
    nonisolated(unsafe) private static var target: ((UnsafeBufferPointer<UInt8>) -> Void)?
}
