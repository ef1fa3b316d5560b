/// The rendered bytes and any warnings Graphviz printed.
public struct RenderedImage: Sendable {
    /// The image file's content: UTF-8 XML for SVG, binary for PNG and PDF.
    public var bytes: [UInt8]
    /// Warnings Graphviz gave while parsing, laying out and rendering.
    /// Empty for a clean graph; a render with errors throws instead.
    ///
    /// Graphviz gives some warnings only once per process (an unknown shape
    /// or colour name, for two), so a repeated render may come back without
    /// them.
    public var warnings: [GraphvizMessage]

    /// Creates a rendered image (for tests and for callers that cache images).
    public init(bytes: [UInt8], warnings: [GraphvizMessage] = []) {
        self.bytes = bytes
        self.warnings = warnings
    }
}
