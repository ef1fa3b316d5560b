import FactionGraph

/// The state of one import, handed to each format: the factions, the
/// articles written so far, the counts of the summary and the diagnostics.
/// Formats report through it and never write files themselves.
struct ImportContext {
    let options: ImportOptions
    var vocabulary: Vocabulary
    var factions: FactionTable
    var summary = ImportSummary()
    private(set) var diagnostics: [ImportDiagnostic] = []
    private var staging: StagingDirectory
    /// What each written article holds, by article id, so that a later
    /// version of the same event can replace it.
    private var written: [String: WrittenArticle] = [:]

    /// Bytes of the inputs, and of those already read, for progress.
    var totalBytes = 0
    private var finishedBytes = 0
    private var progressCalls = 0

    private struct WrittenArticle {
        var path: String
        var types: [String]
        var factions: [Int]
    }

    init(options: ImportOptions, vocabulary: Vocabulary, factions: FactionTable, staging: StagingDirectory) {
        self.options = options
        self.vocabulary = vocabulary
        self.factions = factions
        self.staging = staging
    }

    var errorCount: Int { diagnostics.count(where: { $0.severity == .error }) }

    /// Reports progress: `bytes` read of the current input.
    mutating func progress(_ bytes: Int) {
        progressCalls += 1
        guard let report = options.progress, progressCalls % 256 == 0, totalBytes > 0 else { return }
        report(min(1, Double(finishedBytes + bytes) / Double(totalBytes)))
    }

    /// The current input is done: it had `bytes` bytes.
    mutating func finishedFile(_ bytes: Int) {
        finishedBytes += bytes
        options.progress?(totalBytes > 0 ? min(1, Double(finishedBytes) / Double(totalBytes)) : 1)
    }

    mutating func warn(_ location: InputLocation, _ message: String) {
        diagnostics.append(ImportDiagnostic(.warning, at: location, message))
    }

    mutating func error(_ error: ImportError) {
        diagnostics.append(error.diagnostic)
    }

    mutating func report(_ diagnostics: [ImportDiagnostic]) {
        self.diagnostics += diagnostics
    }

    /// A row that cannot be read: an error, or with `--skip-bad-rows` a
    /// warning and a row skipped as malformed.
    mutating func badRow(_ location: InputLocation, _ message: String, countsRow: Bool = true) {
        if options.skipBadRows {
            warn(location, "skipped: \(message)")
            if countsRow { summary.skipped.add("malformed") }
        } else {
            diagnostics.append(ImportDiagnostic(.error, at: location, message))
        }
    }

    /// A row left out for `reason` (counted; no warning: the reasons are
    /// the format's documented rules).
    mutating func skip(_ reason: String) {
        summary.skipped.add(reason)
    }

    /// The faction `name` names, created when new.
    mutating func faction(_ name: String, kind: FactionKind = .default,
                          evidence: FactionTable.KindEvidence = .assumed, note: String? = nil) -> Int {
        factions.resolve(name, kind: kind, evidence: evidence, note: note)
    }

    /// A relation of type `type` between two factions (by their numbers in
    /// the table), with its connector from the vocabulary.
    func relation(_ type: String, _ from: Int, _ to: Int, evidence: [String]) -> DraftRelation {
        let connector = vocabulary.type(named: type)?.connector ?? "--"
        return DraftRelation(type: type, connector: connector, from: factions.id(from), to: factions.id(to),
                             evidence: evidence)
    }

    /// Writes an article whose relations name the factions `parties`
    /// (numbers, two per relation in order), replacing the article of the
    /// same id if one was written.
    mutating func write(_ article: DraftArticle, parties: [Int]) throws(ImportError) {
        if let previous = written[article.id] {
            for type in previous.types { summary.relations.add(type, -1) }
            for party in previous.factions { factions.use(party, -1) }
            summary.articles -= 1
        }
        try staging.write(ArticleText.render(article), to: article.path)
        for relation in article.relations { summary.relations.add(relation.type) }
        for party in parties { factions.use(party) }
        summary.articles += 1
        written[article.id] = WrittenArticle(path: article.path, types: article.relations.map(\.type), factions: parties)
    }

    /// Removes an article written before (an older version of an event).
    mutating func remove(_ id: String) {
        guard let previous = written.removeValue(forKey: id) else { return }
        for type in previous.types { summary.relations.add(type, -1) }
        for party in previous.factions { factions.use(party, -1) }
        summary.articles -= 1
        staging.removeFile(previous.path)
    }

    /// True when an article of this id was written.
    func hasWritten(_ id: String) -> Bool { written[id] != nil }

    /// Writes another file of the corpus (the registry, the vocabulary).
    mutating func writeFile(_ text: String, to path: String) throws(ImportError) {
        try staging.write(text, to: path)
    }
}

extension ImportContext {
    /// `value` with Windows-1252 damage repaired (and, with `webEscapes`,
    /// a web page's backslash escapes and HTML character references),
    /// each repair a warning at the row naming the column.
    mutating func repaired(_ value: String, column: String, at location: InputLocation,
                           webEscapes: Bool = false) -> String {
        var report = TextRepair.Report()
        var text = TextRepair.windows1252(value, report: &report)
        if webEscapes { text = TextRepair.webEscapes(text, report: &report) }
        if !report.isEmpty {
            warn(location, "repaired '\(column)': \(report.descriptions.joined(separator: "; "))")
        }
        return text
    }
}
