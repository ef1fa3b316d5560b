/// CSV files of a snapshot or of the corpus over time, written into one
/// directory:
///
/// - `factions.csv` and `relations.csv` in the header form of Neo4j's
///   `neo4j-admin database import` (`id:ID`, `:LABEL`, `:START_ID`,
///   `:END_ID`, `:TYPE`, typed properties such as `evidence_count:int`,
///   lists as `string[]` joined by `;`), which spreadsheets and pandas read
///   as well;
/// - `reports.csv`, flat: one row per evidence quote of each report, with
///   its relation, article and line.
///
/// A relation's `:TYPE` is its type's name in upper case with `-` as `_`
/// (`COMBAT`, `RIVAL_OF`), as Neo4j names relationship types. An undirected
/// relation is one record from `from` to `to` (ids in order) with
/// `directed` false. Cells are written as `CSVTable` says (RFC 4180,
/// neutralised against spreadsheet formulas).
public enum CSVExport {
    /// A file: its name in the directory and its text.
    public typealias File = (name: String, text: String)

    /// The files of `snapshot`: its factions, its edges and the evidence of
    /// its edges (in the order of the snapshot JSON).
    public static func snapshot(_ snapshot: Snapshot) -> [File] {
        var factions = CSVTable(header: ["id:ID", ":LABEL"] + header(ExportSchema.faction))
        for faction in snapshot.factions {
            factions.append([faction.id, "Faction"] + cells(ExportSchema.faction, faction))
        }
        var relations = CSVTable(header: [":START_ID", ":END_ID", ":TYPE"] + header(ExportSchema.relation))
        for edge in snapshot.edges {
            relations.append([edge.from, edge.to, neo4jType(edge.type)] + cells(ExportSchema.relation, edge))
        }
        let byID = Dictionary(uniqueKeysWithValues: snapshot.factions.map { ($0.id, $0) })
        let reports = reportTable(snapshot.edges.lazy.flatMap(\.reports), factions: byID, articles: snapshot.articles)
        return [("factions.csv", factions.text), ("relations.csv", relations.text), ("reports.csv", reports.text)]
    }

    /// The files of the corpus over time: factions with their first and
    /// last day and spells, one relation row per state of an edge (a period
    /// in which it holds unchanged, `start`/`end`), and every report of the
    /// corpus (`denied` ones too, so marked) in reading order.
    public static func dynamic(_ graph: DynamicGraph, corpus: Corpus) -> [File] {
        let periodHeader = ["start:date", "end:date"]
        var factions = CSVTable(header: ["id:ID", ":LABEL"] + header(ExportSchema.faction) + periodHeader
                                + ["spells:string[]"])
        for track in graph.factions {
            let spells = track.spells
            factions.append([track.faction.id, "Faction"] + cells(ExportSchema.faction, track.faction)
                            + [spells.first?.startDate.description, spells.last?.endDate?.description,
                               ExportValue.nonEmpty(spells.map(\.description))?.text])
        }
        var relations = CSVTable(header: [":START_ID", ":END_ID", ":TYPE"] + header(ExportSchema.relation) + periodHeader)
        for track in graph.edges {
            for state in track.states {
                relations.append([track.from, track.to, neo4jType(track.type)] + cells(ExportSchema.relation, state.edge)
                                 + [state.period.startDate.description, state.period.endDate?.description])
            }
        }
        let reports = reportTable(corpus.relations, factions: corpus.factions, articles: corpus.articles)
        return [("factions.csv", factions.text), ("relations.csv", relations.text), ("reports.csv", reports.text)]
    }

    /// The columns of `reports.csv`.
    public static let reportHeader = ["type", "from", "to", "from_name", "to_name", "date", "until", "confidence",
                                      "where", "casualties", "fatalities", "fatalities_low", "fatalities_high", "quote",
                                      "article", "title", "published", "path", "line", "url", "source"]

    /// One row per quote; faction names as of the report's date.
    private static func reportTable(_ reports: some Sequence<Relation>, factions: [FactionID: Faction],
                                    articles: [Article]) -> CSVTable {
        var table = CSVTable(header: reportHeader)
        for report in reports {
            let article = articles[report.articleIndex]
            let names = [report.from, report.to].map { factions[$0]?.name(asOf: report.date) }
            for quote in report.evidence {
                table.append([report.type.name, report.from, report.to, names[0], names[1], report.date.description,
                              report.until?.description, report.confidence.rawValue, report.place,
                              ExportSchema.casualties(report.casualties), report.fatalities.map { String($0.best) },
                              report.fatalities?.low.map(String.init), report.fatalities?.high.map(String.init),
                              quote.quote, article.id, article.title,
                              article.published.description, article.path, String(quote.line), article.url,
                              article.source])
            }
        }
        return table
    }

    /// `COMBAT`, `RIVAL_OF`: Neo4j's convention for relationship types.
    public static func neo4jType(_ type: RelationType) -> String {
        type.name.uppercased().replacingOccurrences(of: "-", with: "_")
    }

    private static func header<Subject>(_ attributes: [ExportAttribute<Subject>]) -> [String] {
        attributes.map { $0.name + $0.type.neo4j }
    }

    private static func cells<Subject>(_ attributes: [ExportAttribute<Subject>], _ subject: Subject) -> [String?] {
        attributes.map { $0.value(subject)?.text }
    }
}
