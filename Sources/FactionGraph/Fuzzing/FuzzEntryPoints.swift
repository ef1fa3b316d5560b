/// What the fuzz targets (`Sources/fuzz-front-matter`, `Sources/fuzz-registry`,
/// `make fuzz`) run on each input: the reader on bytes as a file, and, when
/// the corpus is valid, what the commands build from it, so that an input
/// that passes `check` and then traps in `render`, `history` or `timeline`
/// is found too.
///
/// `package`, not public: for this package's fuzzers and tests only.
package enum FuzzEntryPoints {
    /// Reads `bytes` as the article `a.md` of a corpus with a small fixed
    /// registry; traps when `FrontMatterScanner` reads its front matter
    /// otherwise than libyaml.
    package static func article(_ bytes: UnsafeBufferPointer<UInt8>) {
        // `disagreement` itself skips text that is not UTF-8, as the reader does.
        if case let .frontMatter(yaml, _, _) = SourceText.split(bytes),
           let disagreement = ScannerCheck.disagreement(UnsafeBufferPointer(rebasing: bytes[yaml])) {
            fatalError("the front matter scanner and libyaml differ: \(disagreement)")
        }
        var files = [fixedRegistry, parsed(bytes, role: .article, path: "a.md")]
        exercise(&files)
    }

    /// Reads `bytes` as `factions.yaml`, with a fixed article whose
    /// relations name factions a registry typically declares; traps when
    /// `FrontMatterScanner` reads it otherwise than libyaml.
    package static func registry(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let disagreement = ScannerCheck.disagreement(bytes, implicitStart: true) {
            fatalError("the scanner and libyaml differ on the registry: \(disagreement)")
        }
        var files = [parsed(bytes, role: .registry, path: "factions.yaml"), fixedArticle]
        exercise(&files)
    }

    /// Reads `bytes` as `vocabulary.yaml`, then the fixed registry and an
    /// article using its types (`support`, `withdrawal`) with it.
    package static func vocabulary(_ bytes: UnsafeBufferPointer<UInt8>) {
        var vocabularyFile = ParsedFile(input: InputFile(role: .vocabulary, fileSystemPath: "vocabulary.yaml",
                                                         displayPath: "vocabulary.yaml", defaultArticleID: ""))
        FileParser.parse(bytes, vocabulary: .builtIn, into: &vocabularyFile)
        var diagnostics = vocabularyFile.diagnostics
        let vocabulary = VocabularyBuilder.build(vocabularyFile.types, diagnostics: &diagnostics)
        var files = [parsed(Array(registryText.utf8), role: .registry, path: "factions.yaml", vocabulary: vocabulary),
                     parsed(Array(typedArticleText.utf8), role: .article, path: "a.md", vocabulary: vocabulary)]
        exercise(&files, vocabulary: vocabulary)
    }

    /// The fixed files, parsed once.
    private static let fixedRegistry = parsed(Array(registryText.utf8), role: .registry, path: "factions.yaml")
    private static let fixedArticle = parsed(Array(articleText.utf8), role: .article, path: "a.md")

    private static func parsed(_ bytes: [UInt8], role: InputFile.Role, path: String,
                               vocabulary: Vocabulary = .builtIn) -> ParsedFile {
        bytes.withUnsafeBufferPointer { parsed($0, role: role, path: path, vocabulary: vocabulary) }
    }

    private static func parsed(_ bytes: UnsafeBufferPointer<UInt8>, role: InputFile.Role, path: String,
                               vocabulary: Vocabulary = .builtIn) -> ParsedFile {
        var file = ParsedFile(input: InputFile(role: role, fileSystemPath: path, displayPath: path,
                                               defaultArticleID: String(path.prefix { $0 != "." })))
        FileParser.parse(bytes, vocabulary: vocabulary, into: &file)
        return file
    }

    /// Assembles the corpus and, when it is valid, builds snapshots, their
    /// DOT and JSON, diffs, histories, balance and timeline frames.
    private static func exercise(_ files: inout [ParsedFile], vocabulary: Vocabulary = .builtIn) {
        var result = CorpusAssembler.assemble(&files, vocabulary: vocabulary)
        result.capRepeats()
        for diagnostic in result.diagnostics { _ = diagnostic.description }
        guard !result.hasErrors else { return }
        let corpus = result.corpus
        let latest = SnapshotBuilder.snapshot(of: corpus)
        _ = SnapshotDiagram.dot(latest)
        _ = SnapshotJSON.document(latest)
        _ = StructuralBalance.analyse(latest)
        let earliest = SnapshotBuilder.snapshot(of: corpus, asOf: PartialDate.earliestDay)
        _ = SnapshotDiffer.diff(earliest, latest)
        // A few histories and one timeline: each is a snapshot per change
        // date, the costliest part of a run, and the same code each time.
        for id in corpus.factions.keys.sorted().prefix(3) {
            if let history = FactionHistory.of(id, in: corpus) {
                _ = HistoryText.document(history)
            }
        }
        if TimelineFrames.periodCount(of: corpus, every: .year) <= TimelineFrames.periodLimit {
            _ = TimelineFrames.frames(of: corpus, every: .year)
        }
    }

    /// The registry articles are read against: names with renames,
    /// aliases in two scripts, lifetimes.
    static let registryText = """
        hts:
          name: Jabhat al-Nusra
          renamed:
            - {date: 2016-07-28, name: Jabhat Fatah al-Sham}
            - {date: 2017-01-28, name: Hayat Tahrir al-Sham}
          aliases: [Tahrir al-Sham, HTS, هيئة تحرير الشام]
          kind: coalition
          founded: 2012-01
        isis:
          name: Islamic State
          aliases: [ISIS, Daesh]
        hurras:
          name: Hurras al-Din
          founded: 2018-02
          dissolved: 2025-01-28
        al-qaeda: al-Qaeda

        """

    /// The article registries are read with.
    static let articleText = """
        ---
        article: {title: T, published: 2018-11-19}
        relations:
          - combat: hts -- Hurras al-Din
            evidence: fought
            casualties: {hts: 3}
          - allegiance: hurras -> al-qaeda
            evidence: pledged
            until: 2020
          - split: isis -> al-qaeda
            date: 2014-02
            evidence: fought
        ---
        They fought, and pledged.

        """

    /// The article vocabularies are read with: the types of the seed
    /// vocabulary (`support`, ended by `withdrawal`; `talks`) and built-in
    /// ones, with the attributes types may accept.
    static let typedArticleText = """
        ---
        article: {title: T, published: 2018-11-19}
        relations:
          - support: hts -> isis
            evidence: backed
            date: 2016
          - withdrawal: hts -> isis
            evidence: backed
          - talks: hts -- hurras
            evidence: fought
            casualties: {hts: 2}
            fatalities: {best: 4, low: 3, high: 6}
          - merger: hurras -> al-qaeda
            date: 2019
            evidence: fought
          - rivalry: isis -- al-qaeda
            evidence: fought
        ---
        They fought, and backed each other.

        """
}
