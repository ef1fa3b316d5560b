import Foundation

/// The programs that consume the tool's exports, as independent judges:
/// `xmllint` with the official GEXF 1.3 schema, and NetworkX, igraph and
/// Python's csv module through `Tests/Fixtures/export_reader.py`.
///
/// What is missing is installed once per test run, as `make deps` installs
/// Graphviz: `libxml2-utils` from Debian (with `sudo` when not root), the
/// `igraph` Python package with pip.
public enum GraphConsumers {
    /// The GEXF 1.3 schema copied into the repository.
    public static var gexfSchema: String {
        RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/gexf-1.3/gexf.xsd").path
    }

    /// What `xmllint --noout --schema gexf.xsd` says about `paths`: empty
    /// when every file validates.
    public static func gexfComplaints(_ paths: [String]) throws -> String {
        try xmllintReady.get()
        let result = try Subprocess.run("/usr/bin/env", ["xmllint", "--noout", "--schema", gexfSchema] + paths)
        return result.status == 0 ? "" : result.stderr + "(exit status \(result.status))"
    }

    /// What each reader (`gexf-networkx`, `graphml-networkx`,
    /// `graphml-igraph`, `csv`) reads from its path, in order; one Python
    /// process reads them all.
    public static func read(_ requests: [(reader: String, path: String)]) throws -> [JSONValue] {
        if requests.contains(where: { $0.reader.hasSuffix("igraph") }) { try igraphReady.get() }
        let script = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/export_reader.py").path
        let result = try Subprocess.run("/usr/bin/env", ["python3", script] + requests.flatMap { [$0.reader, $0.path] })
        guard result.status == 0 else { throw Failure(description: "export_reader.py failed: \(result.stderr)") }
        return try JSONDecoder().decode([JSONValue].self, from: Data(result.stdout))
    }

    /// What `xmllint` says about one file.
    public static func gexfComplaints(_ path: String) throws -> String {
        try gexfComplaints([path])
    }

    /// What `reader` reads from `path`.
    public static func read(_ reader: String, _ path: String) throws -> JSONValue {
        try read([(reader, path)])[0]
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    private static let xmllintReady: Result<Void, Failure> = {
        if (try? Subprocess.run("/usr/bin/env", ["xmllint", "--version"]).status) == 0 { return .success(()) }
        let sudo = getuid() == 0 ? "" : "sudo "
        let command = "\(sudo)apt-get install -y libxml2-utils || { \(sudo)apt-get update && \(sudo)apt-get install -y libxml2-utils; }"
        return install(command, what: "xmllint")
    }()

    private static let igraphReady: Result<Void, Failure> = {
        if (try? Subprocess.run("/usr/bin/env", ["python3", "-c", "import igraph"]).status) == 0 { return .success(()) }
        return install("python3 -m pip install --quiet igraph", what: "igraph")
    }()

    private static func install(_ command: String, what: String) -> Result<Void, Failure> {
        let result = try? Subprocess.run("/bin/sh", ["-c", command])
        guard let result, result.status == 0 else {
            return .failure(Failure(description: "\(what) is missing and could not be installed: \(result?.stderr ?? "")"))
        }
        return .success(())
    }
}
