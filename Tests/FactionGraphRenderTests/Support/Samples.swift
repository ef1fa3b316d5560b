/// DOT inputs shared by the tests. Every graph is named: an unnamed one gets
/// a process-wide counter in its SVG title and is not reproducible.
enum Samples {
    /// A small named graph with a cluster, as the CLI's diagrams have.
    static let factions = """
        digraph Factions {
            node [shape=box];
            subgraph cluster_coalition { label="Coalition"; alpha; beta }
            alpha [label="Alpha Party"];
            beta [label="Beta Front"];
            gamma [label="Gamma Union"];
            alpha -> beta [label="allied"];
            beta -> gamma [label="rival"];
            gamma -> alpha;
        }
        """

    /// The node names of `factions`.
    static let factionNodes: Set<String> = ["alpha", "beta", "gamma"]

    /// A tiny chain, for cases where the picture does not matter.
    static let chain = "digraph Chain { a -> b; b -> c }"
}
