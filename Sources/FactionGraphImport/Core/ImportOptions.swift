import FactionGraph

/// How to import.
public struct ImportOptions: Sendable {
    /// The corpus directory to write: a new (or empty) directory, or an
    /// existing corpus to add to.
    public var output: String
    /// An existing `factions.yaml` whose factions imported names resolve to;
    /// only new factions are written.
    public var registry: String?
    /// Skip malformed rows (each a warning, counted) instead of failing.
    public var skipBadRows = false
    /// brat: the mapping from brat labels to relation types.
    public var mapping: String?
    /// brat: the date of documents without one.
    public var published: PartialDate?
    /// Read the result back with the corpus reader before putting it in
    /// place, and refuse it if it has errors.
    public var check = true
    /// Called as inputs are read, with the fraction of bytes read (0...1).
    public var progress: (@Sendable (Double) -> Void)?
    /// Called as the result is read back: (files parsed, files in all).
    public var checkProgress: (@Sendable (Int, Int) -> Void)?

    public init(output: String, registry: String? = nil, skipBadRows: Bool = false, mapping: String? = nil,
                published: PartialDate? = nil, check: Bool = true, progress: (@Sendable (Double) -> Void)? = nil) {
        self.output = output
        self.registry = registry
        self.skipBadRows = skipBadRows
        self.mapping = mapping
        self.published = published
        self.check = check
        self.progress = progress
    }
}
