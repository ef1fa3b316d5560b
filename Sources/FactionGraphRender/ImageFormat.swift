/// Output formats Graphviz renders in-process.
///
/// The raw value is Graphviz's own format name, as in `dot -Tsvg`.
/// SVG comes from Graphviz's core renderer; PNG and PDF from its cairo plugin.
public enum ImageFormat: String, CaseIterable, Sendable {
    /// Scalable Vector Graphics (UTF-8 XML text).
    case svg
    /// Portable Network Graphics, 96 dpi by default.
    case png
    /// Portable Document Format, one page. Its creation date is fixed so
    /// that the same input gives the same bytes.
    case pdf
}
