import ArgumentParser
import FactionGraph
import FactionGraphRender

/// `-o`, `--format` and `--layout`, shared by the commands that draw.
struct GraphOutputOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp("Write to this file (its extension picks the format); '-' or none: standard output.",
                               valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Output format: text, dot, svg, png, pdf or json, as the command supports (default: from -o's extension).",
                               valueName: "format"))
    var format: OutputFormat?

    @Option(help: ArgumentHelp("Graphviz layout engine: dot, neato, fdp, sfdp, circo or twopi (default: dot up to 80 factions, sfdp beyond).",
                               valueName: "engine"))
    var layout: LayoutEngine?

    /// The format to write: `--format`, else `-o`'s extension, else
    /// `fallback`; one of `supported`.
    func resolvedFormat(supported: [OutputFormat], fallback: OutputFormat) throws -> OutputFormat {
        let names = supported.map { ".\($0.rawValue == "text" ? "txt" : $0.rawValue)" }.joined(separator: ", ")
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
    func bytes(dot: String, format: OutputFormat, engine: LayoutEngine) throws -> [UInt8] {
        guard let image = format.image else { return Array(dot.utf8) }
        let printer = DiagnosticPrinter(stream: .standardError)
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
