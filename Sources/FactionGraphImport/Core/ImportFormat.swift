/// The formats `factiongraph import` reads.
public enum ImportFormat: String, Sendable, CaseIterable, Hashable {
    /// Stanford's Mapping Militants Project: the group key and the
    /// relationships CSV files.
    case mmp
    /// An ACLED event export (CSV).
    case acled
    /// The UCDP Georeferenced Event Dataset (CSV).
    case ucdp
    /// brat standoff annotations (`.txt` and `.ann`), with a mapping file.
    case brat

    /// The dataset's name, for titles and sources.
    public var datasetName: String {
        switch self {
        case .mmp: return "Mapping Militants Project"
        case .acled: return "ACLED"
        case .ucdp: return "UCDP GED"
        case .brat: return "brat annotations"
        }
    }
}
