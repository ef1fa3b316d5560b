import Foundation

/// Graphviz's own `dot` program, as an independent judge of our DOT and of
/// the in-process renderer. Tests require it (`make test` installs it).
public enum DotProgram {
    public static let path = "/usr/bin/dot"

    public static var isInstalled: Bool {
        FileManager.default.isExecutableFile(atPath: path)
    }

    /// Runs `dot -K<engine> -T<format>` on `input` and returns its output.
    public static func render(_ input: String, engine: String, format: String) throws -> [UInt8] {
        try Subprocess.run(path, ["-K\(engine)", "-T\(format)"], stdin: Array(input.utf8)).stdout
    }

    /// What `dot` says about `input` when it lays it out and renders SVG:
    /// empty when it accepts the DOT without an error or a warning.
    public static func complaints(about input: String) throws -> String {
        let result = try Subprocess.run(path, ["-Tsvg", "-o", "/dev/null"], stdin: Array(input.utf8))
        var text = result.stderr
        if result.status != 0 { text += "(exit status \(result.status))" }
        return text
    }
}
