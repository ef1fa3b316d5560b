/// The bounds the reader puts on its input, so that no file, however
/// hostile, can crash the tool, hang it, or make it use memory or time out
/// of proportion to its size. Each is an error at its place when exceeded;
/// docs/limits.md lists them for users.
///
/// The limits are generous: an annotated article is a few kilobytes, a
/// large registry a few hundred.
public enum InputLimits {
    /// The largest file read, article or registry: 8 MiB. Checked before
    /// reading, so a huge file costs nothing.
    public static let fileBytes = 8 * 1024 * 1024

    /// The largest front matter: 4 MiB.
    public static let frontMatterBytes = 4 * 1024 * 1024

    /// The longest line of a file: 1 MiB.
    public static let lineBytes = 1024 * 1024

    /// The deepest nesting of YAML collections (a list in a map in a
    /// list ...): 1,000. A front matter needs about six.
    public static let nestingDepth = 1_000

    /// The deepest nesting of collections in brackets (`[[[...]]]`): 100.
    /// libyaml's work per token grows with this depth (40,000 brackets
    /// took 3.8 s), so it is bounded lower than nesting in general.
    public static let bracketDepth = 100

    /// The most YAML nodes a file may expand to, aliases expanded.
    public static let expandedNodes = 1_000_000

    /// The most bytes of scalar text a file may expand to, aliases
    /// expanded: 16 MiB (twice the largest file, so a file without aliases
    /// never reaches it).
    public static let expandedBytes = 16 * 1024 * 1024

    /// The largest number of casualties one report may give for one
    /// faction. Totals over many reports are bounded by it times the
    /// number of reports, far from overflowing.
    public static let casualties = 1_000_000_000

    /// The years a date may have: four digits, 0001 to 9999.
    public static let years = 1...9999

    /// Identical messages kept per file before the rest are counted
    /// instead ("and 1,283 more like this").
    public static let identicalDiagnostics = 3
}

extension Int {
    /// The number with thousands separated by commas: `1,000,000`.
    package var grouped: String {
        let digits = String(magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return self < 0 ? "-" + result : result
    }
}
