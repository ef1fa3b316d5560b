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
    /// Not reproducible, whatever the seed or `start`: libgraphviz 2.42's
    /// fdp places the same graph differently from one run to the next, in
    /// separate processes too (a 25-faction diagram: five runs, five
    /// pictures, positions hundreds of points apart; the `fdp` program and
    /// a plain C caller do the same), and within one process repeated
    /// layouts drift. Neither `start`, `pack=false`, joining the
    /// components, nor fixing `time`/`getpid` or turning off address
    /// randomisation made it repeat. See `isReproducible`.
    case fdp
    /// Multiscale force-directed placement, for large graphs.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout around a root node.
    case twopi

    /// False for `fdp` (see there): the same input may not give the same
    /// picture twice, so commands warn when it is asked for.
    public var isReproducible: Bool { self != .fdp }
}
