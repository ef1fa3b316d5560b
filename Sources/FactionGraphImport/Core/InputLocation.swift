/// A place in an input file: the path as given on the command line and a
/// 1-based line (a CSV row's first line, an `.ann` line).
public struct InputLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var path: String
    public var line: Int

    public init(path: String, line: Int) {
        self.path = path
        self.line = line
    }

    /// `path:line`, the form editors jump to.
    public var description: String { "\(path):\(line)" }

    public static func < (lhs: InputLocation, rhs: InputLocation) -> Bool {
        (lhs.path, lhs.line) < (rhs.path, rhs.line)
    }
}
