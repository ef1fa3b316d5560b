/// Graphviz layout engines.
///
/// The raw value is Graphviz's own engine name, as in `dot -Kneato`.
/// Every engine but `fdp` gives the same bytes for the same input: layouts
/// are seeded before they run (see `Graphviz.render(dot:format:layout:)`).
public enum LayoutEngine: String, CaseIterable, Sendable {
    /// Hierarchical layers, edges pointing one way: Graphviz's default.
    case dot
    /// Spring model (stress majorisation).
    case neato
    /// Force-directed placement, with clusters.
    ///
    /// Not reproducible within one process, whatever the seed or `start`:
    /// with clusters, repeated layouts of the same graph alternate between
    /// placements up to about 65 points apart (seen from plain C too);
    /// without clusters they differ only in about the ninth decimal.
    case fdp
    /// Multiscale force-directed placement, for large graphs.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout around a root node.
    case twopi
}
