import ArgumentParser
import FactionGraphRender

/// What `render` (and the other graph commands) can write.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, dot, svg, png, pdf, json
    /// Exports for graph tools (docs/exports.md); CSV is a directory of files.
    case gexf, graphml, csv

    /// The format a file name asks for by its extension (`.gv` is DOT too).
    /// Never CSV: it is written to a directory, named by `--format csv`.
    init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        let ext = fileName[fileName.index(after: dot)...].lowercased()
        if ext == "gv" { self = .dot; return }
        if ext == "txt" { self = .text; return }
        guard ext != "csv" else { return nil }
        self.init(rawValue: ext)
    }

    /// The Graphviz image format, for the formats Graphviz renders.
    var image: ImageFormat? { ImageFormat(rawValue: rawValue) }

    /// True for formats that are text (safe on a terminal).
    var isText: Bool { [.text, .dot, .json, .svg, .gexf, .graphml].contains(self) }

    /// The file extension of the format (`.txt` for text; none for CSV).
    var fileExtension: String? {
        switch self {
        case .text: return "txt"
        case .csv: return nil
        default: return rawValue
        }
    }
}

extension LayoutEngine: ExpressibleByArgument {
    /// The engine used when none is asked for: `dot` draws the clearest
    /// hierarchy, but its layout time explodes past about a hundred nodes
    /// (measured: 0.1 s at 50, 15-29 s at 200), where `sfdp` stays fast
    /// (65 ms at 200, 0.5 s at 1,000).
    static func suggested(nodeCount: Int) -> LayoutEngine {
        nodeCount <= 80 ? .dot : .sfdp
    }
}
