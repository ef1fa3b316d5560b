import FactionGraph

/// Small in-memory corpora for tests.
enum TestCorpus {
    /// A registry used by most cases: three factions with aliases in two scripts.
    static let registry = """
        hts:
          name: Hayat Tahrir al-Sham
          aliases: [Tahrir al-Sham, HTS, هيئة تحرير الشام]
          kind: coalition
        hurras:
          name: Hurras al-Din
          aliases: [Guardians of Religion]
          founded: 2018-02
        isis:
          name: Islamic State
          aliases: [ISIS, Daesh]
        """

    /// An article with front matter lines `frontMatter` (without the
    /// `---` lines) and `body`.
    static func article(_ frontMatter: String, body: String = defaultBody) -> String {
        "---\n" + frontMatter + "\n---\n" + body
    }

    static let defaultBody = """
        Tahrir al-Sham fought Hurras al-Din near Harem.
        Later the two signed a truce. ISIS joined forces with Hurras al-Din.
        Hurras al-Din broke away from Tahrir al-Sham.

        """

    /// Reads `files` (path, text) after the default registry.
    static func read(_ files: [(String, String)], registry: String? = TestCorpus.registry) -> ReadResult {
        var all = files.map { (path: $0.0, text: $0.1) }
        if let registry { all.insert((path: "factions.yaml", text: registry), at: 0) }
        return CorpusReader.read(files: all)
    }

    /// The diagnostics of `files` as printed.
    static func diagnostics(_ files: [(String, String)], registry: String? = TestCorpus.registry) -> [String] {
        read(files, registry: registry).diagnostics.map(\.description)
    }

    /// One article `a.md` with the given relations block, and its diagnostics.
    static func diagnostics(relations: String, body: String = defaultBody) -> [String] {
        diagnostics([("a.md", article("""
            article:
              title: T
              published: 2018-11-19
            relations:
            \(relations)
            """, body: body))])
    }
}
