import Foundation
import Testing
import FactionGraphTestSupport
@testable import FactionGraph

/// Exports opened by their real consumers (the official GEXF schema,
/// NetworkX, igraph, Python's csv module) and compared with the snapshot
/// JSON: the same factions and relations, with the same attribute values.
@Suite struct ExportConsumerTests {
    typealias Expect = ExportExpectations

    static func typeProperties(_ corpus: Corpus) -> Expect.TypeProperties {
        Dictionary(corpus.vocabulary.types.map { ($0.name, ($0.relationClass.rawValue, $0.polarity.rawValue)) },
                   uniquingKeysWith: { a, _ in a })
    }

    static func json(_ snapshot: Snapshot) throws -> SnapshotDocument {
        try SnapshotDocument(json: Array(SnapshotJSON.document(snapshot).utf8))
    }

    /// `text` in a new temporary file named `name`; its path.
    static func file(_ text: String, _ name: String) throws -> String {
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    static func corpus(_ name: String) throws -> Corpus {
        name == "samples" ? ExportCorpora.samples() : try ExportCorpora.mappingMilitants()
    }

    /// Dates whose snapshots are compared: a few of each corpus, and its latest.
    static let dates = ["samples": ["2016-12", "2018-11-19"], "mapping-militants": ["1990", "2012-06"]]

    @Test(arguments: ["samples", "mapping-militants"])
    func snapshotsRoundTripThroughGEXFAndGraphML(corpusName: String) throws {
        let corpus = try Self.corpus(corpusName)
        let types = Self.typeProperties(corpus)
        let snapshots = (Self.dates[corpusName]!.map { PartialDate(parsing: $0) } + [nil]).map {
            SnapshotBuilder.snapshot(of: corpus, asOf: $0)
        }
        var files: [(gexf: String, graphML: String)] = []
        for snapshot in snapshots {
            files.append((try Self.file(GEXFDocument.snapshot(snapshot), "snapshot.gexf"),
                          try Self.file(GraphMLDocument.snapshot(snapshot), "snapshot.graphml")))
        }
        #expect(try GraphConsumers.gexfComplaints(files.map(\.gexf)) == "")
        let reads = try GraphConsumers.read(files.flatMap {
            [("gexf-networkx", $0.gexf), ("graphml-networkx", $0.graphML), ("graphml-igraph", $0.graphML)]
        })
        for (index, snapshot) in snapshots.enumerated() {
            let json = try Self.json(snapshot)
            let factions = Expect.factions(json)
            let relations = Expect.relations(json, types: types).mapValues { [$0] }
            #expect(!relations.isEmpty)
            let place = "\(corpusName) as of \(snapshot.asOf)"

            let fromGEXF = reads[3 * index]
            #expect(Expect.nodes(fromGEXF, dropping: ["label"]) == factions, "GEXF, \(place)")
            #expect(Expect.edges(fromGEXF, dropping: ["id", "label"]) == relations, "GEXF, \(place)")
            for node in fromGEXF["nodes"]!.array {
                #expect(node["attrs"]?["label"] == node["attrs"]?["name"])
            }
            for edge in fromGEXF["edges"]!.array {
                let attributes = edge["attrs"]!
                #expect(attributes["id"]?.string == "\(attributes["type"]!.string!)/\(edge["source"]!.string!)/\(edge["target"]!.string!)")
            }
            for (offset, reader) in ["NetworkX", "igraph"].enumerated() {
                let read = reads[3 * index + 1 + offset]
                #expect(read["directed"] == .bool(true))
                #expect(read["graph"]?["as_of"] == .string(snapshot.asOf.description), "\(reader)")
                #expect(Expect.nodes(read) == factions, "GraphML with \(reader), \(place)")
                #expect(Expect.edges(read, dropping: ["id"]) == relations, "GraphML with \(reader), \(place)")
            }
        }
    }

    @Test func snapshotCSVFilesParseToTheSnapshot() throws {
        let corpus = ExportCorpora.samples()
        let snapshot = SnapshotBuilder.snapshot(of: corpus, asOf: PartialDate(parsing: "2018-11-19"))
        let json = try Self.json(snapshot)
        let directory = try RepositoryPaths.temporaryDirectory()
        for file in CSVExport.snapshot(snapshot) {
            try file.text.write(to: directory.appendingPathComponent(file.name), atomically: true, encoding: .utf8)
        }
        let read = try GraphConsumers.read("csv", directory.path)
        #expect(read["factions.csv"]?["header"]?.array.compactMap(\.string) == [
            "id:ID", ":LABEL", "name", "kind", "aliases:string[]", "founded", "dissolved", "note", "names:string[]",
        ])
        #expect(read["relations.csv"]?["header"]?.array.compactMap(\.string) == [
            ":START_ID", ":END_ID", ":TYPE", "type", "directed:boolean", "class", "polarity", "date", "until",
            "last_reported", "confidence", "contested:boolean", "casualties", "fatalities:int", "fatalities_low:int", "fatalities_high:int",
            "where:string[]", "evidence_count:int",
        ])
        let factions = Expect.factions(json).mapValues { $0.mapValues(Expect.text) }
        var fromCSV: [String: [String: String]] = [:]
        for row in Expect.rows(read["factions.csv"]) {
            #expect(row[":LABEL"] == "Faction")
            fromCSV[row["id"]!] = row.filter { $0.key != "id" && $0.key != ":LABEL" }
        }
        #expect(fromCSV == factions)

        let relations = Expect.relations(json, types: Self.typeProperties(corpus)).mapValues { $0.mapValues(Expect.text) }
        var relationsFromCSV: [String: [String: String]] = [:]
        for row in Expect.rows(read["relations.csv"]) {
            #expect(row[":TYPE"] == row["type"]!.uppercased())
            relationsFromCSV["\(row["type"]!)/\(row[":START_ID"]!)/\(row[":END_ID"]!)"] =
                row.filter { !$0.key.hasPrefix(":") }
        }
        #expect(relationsFromCSV == relations)

        // One report row per quote, in the order of the JSON's evidence.
        let quotes = json.relations.flatMap { relation in
            relation.evidence.map { [relation.type, relation.from, relation.to, $0.quote, $0.article, String($0.line), $0.path] }
        }
        let rows = Expect.rows(read["reports.csv"]).map { row in
            ["type", "from", "to", "quote", "article", "line", "path"].map { row[$0] ?? "" }
        }
        #expect(rows == quotes)
        #expect(quotes.count > 15)
    }

    /// The days compared for a dynamic export: every change day and the
    /// day before it, thinned to at most about `limit`.
    static func days(_ corpus: Corpus, limit: Int) -> [Int] {
        let changes = DynamicGraph.changeDays(of: corpus)
        let all = Set(changes + changes.map { $0 - 1 }).sorted()
        let step = max(1, all.count / limit)
        return stride(from: 0, to: all.count, by: step).map { all[$0] } + [all.last! + 1]
    }

    @Test(arguments: ["samples", "mapping-militants"])
    func dynamicExportsHoldTheSnapshotOfEachDay(corpusName: String) throws {
        let corpus = try Self.corpus(corpusName)
        let types = Self.typeProperties(corpus)
        let graph = DynamicGraph.of(corpus)
        let gexf = try Self.file(GEXFDocument.dynamic(graph), "dynamic.gexf")
        #expect(try GraphConsumers.gexfComplaints(gexf) == "")
        let directory = try RepositoryPaths.temporaryDirectory()
        for file in CSVExport.dynamic(graph, corpus: corpus) {
            try file.text.write(to: directory.appendingPathComponent(file.name), atomically: true, encoding: .utf8)
        }
        let reads = try GraphConsumers.read([
            ("gexf-networkx", gexf), ("graphml-networkx", try Self.file(GraphMLDocument.dynamic(graph), "dynamic.graphml")),
            ("csv", directory.path),
        ])
        let (fromGEXF, graphML, csvRelations) = (reads[0], reads[1], Expect.rows(reads[2]["relations.csv"]))
        let edgeState = Set(ExportSchema.relationState.map(\.name))

        var compared = 0
        for day in Self.days(corpus, limit: 40) {
            let date = PartialDate(dayNumber: day)
            let json = try Self.json(SnapshotBuilder.snapshot(of: corpus, asOf: date))
            let relations = Expect.relations(json, types: types)
            let factions = Expect.factions(json)
            let text = date.description

            // GEXF: the edges whose spells hold on the day, their values then.
            var edges: [String: ExportExpectations.Attributes] = [:]
            for edge in fromGEXF["edges"]!.array where Expect.holds(edge["attrs"]?["spells"], on: text) {
                let attributes = edge["attrs"]!.object.filter { !["id", "label", "spells"].contains($0.key) }
                edges["\(attributes["type"]!.string!)/\(edge["source"]!.string!)/\(edge["target"]!.string!)"] =
                    Expect.asOf(text, attributes, dynamic: edgeState)
            }
            #expect(edges == relations, "GEXF as of \(text)")
            var nodes: [String: ExportExpectations.Attributes] = [:]
            for node in fromGEXF["nodes"]!.array where Expect.holds(node["attrs"]?["spells"], on: text) {
                let attributes = node["attrs"]!.object.filter { $0.key != "label" && $0.key != "spells" }
                nodes[node["id"]!.string!] = Expect.asOf(text, attributes, dynamic: ["name"])
            }
            #expect(nodes == factions, "GEXF factions as of \(text)")

            // GraphML and CSV: the rows whose period holds the day.
            var periods: [String: ExportExpectations.Attributes] = [:]
            for edge in graphML["edges"]!.array {
                let attributes = edge["attrs"]!.object
                guard Expect.contains(start: attributes["start"]?.string, end: attributes["end"]?.string, day: text) else { continue }
                let key = "\(attributes["type"]!.string!)/\(edge["source"]!.string!)/\(edge["target"]!.string!)"
                #expect(periods[key] == nil, "one period per edge and day")
                periods[key] = attributes.filter { !["id", "start", "end"].contains($0.key) }
            }
            #expect(periods == relations, "GraphML as of \(text)")
            var rows: [String: [String: String]] = [:]
            for row in csvRelations where Expect.contains(start: row["start"], end: row["end"], day: text) {
                rows["\(row["type"]!)/\(row[":START_ID"]!)/\(row[":END_ID"]!)"] =
                    row.filter { !$0.key.hasPrefix(":") && $0.key != "start" && $0.key != "end" }
            }
            #expect(rows == relations.mapValues { $0.mapValues(Expect.text) }, "CSV as of \(text)")
            compared += relations.count
        }
        #expect(compared > 100)
    }
}
