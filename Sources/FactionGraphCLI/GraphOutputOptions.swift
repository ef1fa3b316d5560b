import ArgumentParser
import FactionGraph
import FactionGraphRender

/// `-o`, `--format` and `--layout`, shared by the commands that draw.
struct GraphOutputOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp("Write to this file (its extension picks the format); '-' or none: standard output.",
                               valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Output format: text, dot, svg, png, pdf, json, gexf, graphml or csv, as the command supports (default: from -o's extension).",
                               valueName: "format"))
    var format: OutputFormat?

    @Option(help: ArgumentHelp("Graphviz layout engine: dot, neato, fdp, sfdp, circo or twopi (default: dot up to 80 factions, sfdp beyond).",
                               valueName: "engine"))
    var layout: LayoutEngine?

    @Option(help: ArgumentHelp("Resolution of PNG images, in dots per inch (default: 144).", valueName: "n"))
    var dpi: Int = 144

    func validate() throws {
        guard (36...1200).contains(dpi) else { throw ValidationError("--dpi must be from 36 to 1200.") }
    }

    /// A diagram's DOT for `engine`, its labels laid out as `LabelLayout`
    /// says: left to dot, or, for the other engines, placed on their edges
    /// after a first layout of the factions (`make` writes the DOT for a
    /// label layout). Returns the engine to draw the result with.
    /// The DOT stays bytes until Graphviz needs a string: `--format dot`
    /// writes the writer's bytes without decoding them into a `String` and
    /// encoding them back (a seventh of the time of writing a large
    /// diagram).
    func diagram(engine: LayoutEngine, nodeCount: Int,
                 _ make: (LabelLayout) -> [UInt8]) throws -> (dot: [UInt8], engine: LayoutEngine) {
        Self.warnIfUnreproducible(engine)
        let free = make(.free)
        // No labels, or a graph too large for a picture: nothing to place.
        guard engine != .dot, nodeCount <= Render.largestPicture, Self.hasLabelNode(free) else { return (free, engine) }
        let positions: [String: NodePosition]
        do {
            positions = try Graphviz.layoutPositions(dot: String(decoding: make(.omitted), as: UTF8.self), layout: engine)
        } catch {
            DiagnosticPrinter(stream: .standardError).error("graphviz could not lay out the diagram: \(error.message)")
            throw ExitCode(2)
        }
        let boxes = positions.mapValues { NodeBox(x: $0.x, y: $0.y, width: $0.width, height: $0.height) }
        return (make(.pinned(boxes)), .neato)
    }

    /// Warns on standard error that `engine`'s pictures may differ between
    /// runs (fdp): every other output of the tool is the same bytes for the
    /// same input, so a user comparing or committing drawings must know.
    static func warnIfUnreproducible(_ engine: LayoutEngine) {
        guard !engine.isReproducible else { return }
        DiagnosticPrinter(stream: .standardError).warning(
            "\(engine.rawValue)'s layout is not reproducible: Graphviz's \(engine.rawValue) can place the factions differently on every run, even of the same input; --layout neato draws a spring layout that is the same every time")
    }

    /// True when `dot` has a label's node (`"_label_...`, see `LabelledEdge`).
    static func hasLabelNode(_ dot: [UInt8]) -> Bool {
        dot.firstRange(of: Array("\"_label_".utf8)) != nil
    }

    /// The format to write: `--format`, else `-o`'s extension, else
    /// `fallback`; one of `supported`.
    func resolvedFormat(supported: [OutputFormat], fallback: OutputFormat) throws -> OutputFormat {
        try Self.resolvedFormat(format, output: output, supported: supported, fallback: fallback)
    }

    /// The format `format` names, else `output`'s extension, else `fallback`.
    static func resolvedFormat(_ format: OutputFormat?, output: String?, supported: [OutputFormat],
                               fallback: OutputFormat) throws -> OutputFormat {
        let names = supported.compactMap(\.fileExtension).map { ".\($0)" }.joined(separator: ", ")
        var chosen = fallback
        if let format {
            chosen = format
        } else if let output, output != "-" {
            guard let format = OutputFormat(fileName: output) else {
                throw ValidationError("Cannot tell the format from '\(output)': name it \(names), or give --format.")
            }
            chosen = format
        }
        guard supported.contains(chosen) else {
            throw ValidationError("This command writes \(supported.map(\.rawValue).joined(separator: ", ")), not \(chosen.rawValue).")
        }
        return chosen
    }

    /// Writes `bytes` to `-o` (atomically) or to standard output.
    func write(_ bytes: [UInt8], format: OutputFormat) throws {
        try Self.write(bytes, to: output, format: format)
    }

    /// Writes `bytes` to `output` (atomically) or, for none or `-`, to
    /// standard output.
    static func write(_ bytes: [UInt8], to output: String?, format: OutputFormat) throws {
        if let output, output != "-" {
            do {
                try OutputFile.write(bytes, to: output)
            } catch {
                DiagnosticPrinter(stream: .standardError).error(error.description)
                throw ExitCode(2)
            }
            return
        }
        if !format.isText && OutputStream.standardOutput.isTerminal {
            DiagnosticPrinter(stream: .standardError).error("not writing \(format.rawValue.uppercased()) to a terminal; give -o FILE or redirect standard output")
            throw ExitCode(2)
        }
        try OutputStream.standardOutput.writeResult(bytes)
    }

    /// Renders DOT text as `format` (DOT itself, or an image through
    /// libgraphviz in this process), reporting Graphviz's words as ours.
    func bytes(dot: [UInt8], format: OutputFormat, engine: LayoutEngine) throws -> [UInt8] {
        guard let image = format.image else { return dot }
        let printer = DiagnosticPrinter(stream: .standardError)
        var dot = String(decoding: dot, as: UTF8.self)
        if format == .png, let open = dot.firstIndex(of: "\n") {
            // A second graph statement: Graphviz merges graph attributes.
            dot.insert(contentsOf: "  graph [dpi=\"\(dpi)\"];\n", at: dot.index(after: open))
        }
        do {
            let rendered = try Graphviz.render(dot: dot, format: image, layout: engine)
            for warning in rendered.warnings { printer.warning("graphviz: \(warning.text)") }
            return rendered.bytes
        } catch {
            printer.error("graphviz could not render the diagram: \(error.message)")
            throw ExitCode(2)
        }
    }
}
