import Foundation
import Testing
import FactionGraph
import FactionGraphTestSupport

/// `render --format gexf|graphml|csv` and `export`, run as users run them,
/// their files opened by the GEXF schema, NetworkX, igraph and Python's csv.
@Suite struct ExportCommandTests {
    typealias Expect = ExportExpectations

    static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static let builtInTypes: Expect.TypeProperties = Dictionary(
        uniqueKeysWithValues: Vocabulary.builtIn.types.map { ($0.name, ($0.relationClass.rawValue, $0.polarity.rawValue)) })

    @Test func renderWritesASnapshotByExtensionOrFormat() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        for name in ["a.gexf", "b.gexf", "a.graphml"] {
            let result = try CLI.run(["render", RepositoryPaths.samples, "--at", "2018-11-19", "-o", directory.appendingPathComponent(name).path])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let gexf = directory.appendingPathComponent("a.gexf").path
        #expect(try GraphConsumers.gexfComplaints(gexf) == "")
        // The same input gives the same bytes; standard output gets them too.
        #expect(try Self.bytes(gexf) == Self.bytes(directory.appendingPathComponent("b.gexf").path))
        let stdout = try CLI.run(["render", RepositoryPaths.samples, "--at", "2018-11-19", "--format", "gexf"])
        #expect(stdout.stdout == (try Self.bytes(gexf)))
        #expect(stdout.stdoutText.contains("<graph mode=\"static\" defaultedgetype=\"directed\" idtype=\"string\">"))

        let json = try SnapshotDocument(json: try CLI.run(["render", RepositoryPaths.samples, "--at", "2018-11-19", "--format", "json"]).stdout)
        let read = try GraphConsumers.read([("gexf-networkx", gexf), ("graphml-igraph", directory.appendingPathComponent("a.graphml").path)])
        #expect(Expect.nodes(read[0], dropping: ["label"]) == Expect.factions(json))
        #expect(Expect.edges(read[0], dropping: ["id", "label"]) == Expect.relations(json, types: Self.builtInTypes).mapValues { [$0] })
        #expect(Expect.nodes(read[1]) == Expect.factions(json))
        #expect(Expect.edges(read[1]) == Expect.relations(json, types: Self.builtInTypes).mapValues { [$0] })
    }

    @Test func exportWritesTheCorpusOverTime() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let gexf = directory.appendingPathComponent("over-time.gexf").path
        let graphML = directory.appendingPathComponent("over-time.graphml").path
        let csv = directory.appendingPathComponent("csv").path
        for arguments in [["-o", gexf], ["-o", graphML], ["--format", "csv", "-o", csv]] {
            let result = try CLI.run(["export", RepositoryPaths.samples] + arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        #expect(try GraphConsumers.gexfComplaints(gexf) == "")
        #expect(try Self.bytes(gexf) == CLI.run(["export", RepositoryPaths.samples, "--format", "gexf"]).stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: csv).sorted() == ["factions.csv", "relations.csv", "reports.csv"])

        // As of each date, the edges holding are those `render --at` gives.
        let reads = try GraphConsumers.read([("gexf-networkx", gexf), ("graphml-igraph", graphML), ("csv", csv)])
        for date in ["2013-04-10", "2016-12-31", "2018-11-19", "2025-01-29"] {
            let json = try SnapshotDocument(json: try CLI.run(["render", RepositoryPaths.samples, "--at", date, "--format", "json"]).stdout)
            let expected = Set(Expect.relations(json, types: Self.builtInTypes).keys)
            var fromGEXF = Set<String>()
            for edge in reads[0]["edges"]!.array where Expect.holds(edge["attrs"]?["spells"], on: date) {
                fromGEXF.insert("\(edge["attrs"]!["type"]!.string!)/\(edge["source"]!.string!)/\(edge["target"]!.string!)")
            }
            #expect(fromGEXF == expected, "GEXF as of \(date)")
            var fromIgraph = Set<String>()
            for edge in reads[1]["edges"]!.array {
                let attributes = edge["attrs"]!
                guard Expect.contains(start: attributes["start"]?.string, end: attributes["end"]?.string, day: date) else { continue }
                fromIgraph.insert("\(attributes["type"]!.string!)/\(edge["source"]!.string!)/\(edge["target"]!.string!)")
            }
            #expect(fromIgraph == expected, "GraphML with igraph as of \(date)")
            let rows = Expect.rows(reads[2]["relations.csv"]).filter { Expect.contains(start: $0["start"], end: $0["end"], day: date) }
            #expect(Set(rows.map { "\($0["type"]!)/\($0[":START_ID"]!)/\($0[":END_ID"]!)" }) == expected, "CSV as of \(date)")
        }
        // Every report, denied ones too, one row per quote.
        let reports = Expect.rows(reads[2]["reports.csv"])
        let corpus = CorpusReader.read([RepositoryPaths.samples]).corpus
        #expect(reports.count == corpus.relations.reduce(0) { $0 + $1.evidence.count })
        #expect(reports.contains { $0["quote"] == "locked in fierce combat with a rival group of hardline foreign fighters" && $0["line"] == "45" })
    }

    @Test func csvGoesIntoADirectoryReplacingItsFilesAtomically() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let target = directory.appendingPathComponent("new/nested/csv")
        #expect(try CLI.run(["render", RepositoryPaths.samples, "--format", "csv", "-o", target.path]).status == 0)
        try "old".write(to: target.appendingPathComponent("factions.csv"), atomically: true, encoding: .utf8)
        try "mine".write(to: target.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["render", RepositoryPaths.samples, "--format", "csv", "-o", target.path])
        #expect(result.status == 0, "\(result.stderr)")
        let factions = try String(contentsOf: target.appendingPathComponent("factions.csv"), encoding: .utf8)
        #expect(factions.hasPrefix("id:ID,:LABEL,name,kind,aliases:string[],founded,dissolved,note,names:string[]\r\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path).sorted()
                == ["factions.csv", "notes.txt", "relations.csv", "reports.csv"])
    }

    @Test func usageAndOutputErrors() throws {
        let noDirectory = try CLI.run(["render", RepositoryPaths.samples, "--format", "csv"])
        #expect(noDirectory.status == 64)
        #expect(noDirectory.stderr.contains("give -o DIRECTORY"))
        #expect(try CLI.run(["render", RepositoryPaths.samples, "-o", "out.csv"]).status == 64)
        let noFormat = try CLI.run(["export", RepositoryPaths.samples])
        #expect(noFormat.status == 64)
        #expect(noFormat.stderr.contains("Name the format"))
        #expect(try CLI.run(["export", RepositoryPaths.samples, "--format", "svg"]).status == 64)

        let directory = try RepositoryPaths.temporaryDirectory()
        let file = directory.appendingPathComponent("a-file")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        let intoFile = try CLI.run(["export", RepositoryPaths.samples, "--format", "csv", "-o", file.path])
        #expect(intoFile.status == 2)
        #expect(intoFile.stderr.contains("it is not a directory"))

        let corpus = try CLI.corpus(["factions.yaml": CLI.registry, "a.md": CLI.badArticle])
        let withErrors = try CLI.run(["export", ".", "--format", "csv", "-o", "out"], in: corpus.path)
        #expect(withErrors.status == 1)
        #expect(!FileManager.default.fileExists(atPath: corpus.appendingPathComponent("out").path))
    }

    /// Names, quotes and sources an article controls, as hostile as YAML
    /// allows: markup, `]]>`, quotes, control characters (YAML escapes),
    /// a non-character, characters beyond the BMP, Arabic, and spreadsheet
    /// formulas.
    static let hostileCorpus: [String: String] = [
        "factions.yaml": #"""
            evil:
              name: "Evil <b> & \"Co\" 'x' ]]> bell\x07 vt\x0B nul\0 end"
              aliases: ["=HYPERLINK(\"http://x.example\",\"click\")", "+1 loyal", "@SUM(1)", "-2 brigade"]
              note: "line one\nline two\r\nline three\twith tab \uFFFE nonchar"
            eagles:
              name: "🦅 Eagles of the Levant"
              aliases: [فرقة الغرباء]

            """#,
        "a.md": #"""
            ---
            article:
              title: "Hostile <title> & =cmd"
              published: 2020-01-02
              source: "=WEBSERVICE(\"http://x\")"
              url: "https://example.org/a?x=1&y=\"2\""
            relations:
              - combat: evil -- eagles
                where: "<Harem> & \"Idlib\""
                casualties: {evil: 3}
                fatalities: {best: 12, low: 10, high: 15}
                evidence:
                  - "=1+1 fighters"
                  - "said ]]> & <done>"
            ---
            Some =1+1 fighters said ]]> & <done> here.

            """#,
    ]

    static let evilName = "Evil <b> & \"Co\" 'x' ]]> bell\u{FFFD} vt\u{FFFD} nul\u{FFFD} end"

    @Test func hostileTextNeverBreaksAFile() throws {
        let corpus = try CLI.corpus(Self.hostileCorpus)
        #expect(try CLI.run(["check", corpus.path]).stdoutText.contains("0 errors, 0 warnings"))
        let out = try RepositoryPaths.temporaryDirectory()
        func path(_ name: String) -> String { out.appendingPathComponent(name).path }
        for arguments in [["render", corpus.path, "-o", path("s.gexf")], ["render", corpus.path, "-o", path("s.graphml")],
                          ["render", corpus.path, "--format", "csv", "-o", path("csv")],
                          ["export", corpus.path, "-o", path("d.gexf")], ["export", corpus.path, "-o", path("d.graphml")]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        #expect(try GraphConsumers.gexfComplaints([path("s.gexf"), path("d.gexf")]) == "")
        let reads = try GraphConsumers.read([("gexf-networkx", path("s.gexf")), ("gexf-networkx", path("d.gexf")),
                                            ("graphml-networkx", path("s.graphml")), ("graphml-igraph", path("d.graphml")),
                                            ("csv", path("csv"))])
        let note = "line one\nline two\r\nline three\twith tab \u{FFFD} nonchar"
        for read in reads.prefix(4) {
            let evil = Expect.nodes(read)["evil"]
            #expect(evil?["note"] == .string(note))
            #expect(evil?["aliases"] == .string("=HYPERLINK(\"http://x.example\",\"click\");+1 loyal;@SUM(1);-2 brigade"))
            #expect(Expect.nodes(read)["eagles"]?["aliases"] == .string("فرقة الغرباء"))
            let edge = Expect.edges(read)["combat/eagles/evil"]?.first
            let over = { (value: String) in read == reads[1] ? JSONValue.array([.array([.string(value), .string("2020-01-02"), .null])]) : .string(value) }
            #expect(edge?["where"] == over("<Harem> & \"Idlib\""))
            #expect(edge?["casualties"] == over("evil:3"))
            #expect(edge?["fatalities"] == (read == reads[1] ? .array([.array([.int(12), .string("2020-01-02"), .null])]) : .int(12)))
            #expect(edge?["fatalities_high"] != nil && edge?["fatalities_low"] != nil)
        }
        #expect(Expect.nodes(reads[0])["evil"]?["name"] == .string(Self.evilName))
        #expect(Expect.nodes(reads[0])["evil"]?["label"] == .string(Self.evilName))
        #expect(Expect.nodes(reads[1])["evil"]?["name"] == .array([.array([.string(Self.evilName), .null, .null])]))
        #expect(Expect.nodes(reads[2])["eagles"]?["name"] == .string("🦅 Eagles of the Levant"))
        #expect(Expect.nodes(reads[3])["evil"]?["name"] == .string(Self.evilName))

        // CSV: quoted per RFC 4180, formulas neutralised by a leading '.
        let factions = Expect.rows(reads[4]["factions.csv"])
        #expect(factions.first { $0["id"] == "evil" }?["aliases"] == "'=HYPERLINK(\"http://x.example\",\"click\");+1 loyal;@SUM(1);-2 brigade")
        #expect(factions.first { $0["id"] == "evil" }?["name"] == Self.evilName)
        #expect(factions.first { $0["id"] == "evil" }?["note"] == note)
        let reports = Expect.rows(reads[4]["reports.csv"])
        #expect(reports.map { $0["quote"] } == ["'=1+1 fighters", "said ]]> & <done>"])
        #expect(reports.first?["source"] == "'=WEBSERVICE(\"http://x\")")
        #expect(reports.first.map { [$0["fatalities"], $0["fatalities_low"], $0["fatalities_high"]] } == ["12", "10", "15"])
        #expect(reports.first?["title"] == "Hostile <title> & =cmd")
        #expect(reports.first?["from_name"] == "🦅 Eagles of the Levant")
        #expect(reports.first?["url"] == "https://example.org/a?x=1&y=\"2\"")
    }

    @Test func snapshotJSONFollowsItsSchema() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        let militants = try CLI.corpus(try MappingMilitants.corpus())
        let hostile = try CLI.corpus(Self.hostileCorpus)
        var files: [String] = []
        for (index, arguments) in [[RepositoryPaths.samples], [RepositoryPaths.samples, "--at", "2016"],
                                   [RepositoryPaths.samples, "--at", "2018-11-19"], [militants.path],
                                   [militants.path, "--at", "2005"], [hostile.path]].enumerated() {
            let file = directory.appendingPathComponent("\(index).json").path
            #expect(try CLI.run(["render"] + arguments + ["-o", file]).status == 0)
            files.append(file)
        }
        let schema = RepositoryPaths.root.appendingPathComponent("docs/snapshot.schema.json").path
        let script = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/validate_json_schema.py").path
        let valid = try Subprocess.run("/usr/bin/env", ["python3", script, schema] + files)
        #expect(valid.status == 0 && valid.stdoutText == "", "\(valid.stdoutText)\(valid.stderr)")

        // The schema is strict enough to catch a faction without its names.
        let text = try String(contentsOfFile: files[0], encoding: .utf8)
        let broken = directory.appendingPathComponent("broken.json")
        try text.replacingOccurrences(of: "\"names\"", with: "\"nameList\"").write(to: broken, atomically: true, encoding: .utf8)
        let invalid = try Subprocess.run("/usr/bin/env", ["python3", script, schema, broken.path])
        #expect(invalid.stdoutText.contains("'names' is a required property"))
    }
}
