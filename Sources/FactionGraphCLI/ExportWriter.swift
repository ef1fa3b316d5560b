import ArgumentParser
import FactionGraph

/// Writes the exports for graph tools (docs/exports.md): GEXF and GraphML
/// to a file or standard output, CSV into a directory.
enum ExportWriter {
    /// The formats that are exports.
    static let formats: [OutputFormat] = [.gexf, .graphml, .csv]

    /// CSV is a set of files: it needs `-o DIRECTORY`.
    static func validate(_ format: OutputFormat, output: String?) throws {
        if format == .csv, output == nil || output == "-" {
            throw ValidationError("CSV export writes factions.csv, relations.csv and reports.csv into a directory: give -o DIRECTORY.")
        }
    }

    /// Writes `snapshot` as a static graph or its CSV files.
    static func write(_ snapshot: Snapshot, format: OutputFormat, to output: String?) throws {
        switch format {
        case .gexf: try GraphOutputOptions.write(Array(GEXFDocument.snapshot(snapshot).utf8), to: output, format: format)
        case .graphml: try GraphOutputOptions.write(Array(GraphMLDocument.snapshot(snapshot).utf8), to: output, format: format)
        default: try writeDirectory(CSVExport.snapshot(snapshot), to: output)
        }
    }

    /// Writes the corpus over time as a dynamic graph or its CSV files.
    static func write(_ graph: DynamicGraph, corpus: Corpus, format: OutputFormat, to output: String?) throws {
        switch format {
        case .gexf: try GraphOutputOptions.write(Array(GEXFDocument.dynamic(graph).utf8), to: output, format: format)
        case .graphml: try GraphOutputOptions.write(Array(GraphMLDocument.dynamic(graph).utf8), to: output, format: format)
        default: try writeDirectory(CSVExport.dynamic(graph, corpus: corpus), to: output)
        }
    }

    private static func writeDirectory(_ files: [CSVExport.File], to output: String?) throws {
        guard let output else { throw ValidationError("CSV export needs -o DIRECTORY.") }
        do {
            try OutputDirectory.write(files.map { ($0.name, Array($0.text.utf8)) }, to: output)
        } catch {
            DiagnosticPrinter(stream: .standardError).error(error.description)
            throw ExitCode(2)
        }
    }
}
