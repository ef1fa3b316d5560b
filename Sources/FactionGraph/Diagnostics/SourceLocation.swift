/// A place in an input file: the path as the user gave it, and a 1-based
/// line and column (columns count Unicode scalars, as libyaml does).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file's path, as shown to the user (the corpus argument joined
    /// with the path below it).
    public var path: String
    /// 1-based line number.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }
    /// 1-based column number, in Unicode scalars.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }
    /// Stored in 32 bits (24 bytes a location instead of 32): a corpus
    /// keeps three or four locations per relation (the relation, its date,
    /// each quote), half a million relations for 100,000 articles. Input
    /// files are at most `InputLimits.fileBytes` (8 MiB), far below 2^31
    /// lines or columns.
    private var storedLine: Int32
    private var storedColumn: Int32

    public init(path: String, line: Int, column: Int) {
        self.path = path
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    /// `path:line:column`, the form editors and compilers use, the path
    /// escaped (see `DisplayText`).
    public var description: String { "\(DisplayText.path(path)):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}
