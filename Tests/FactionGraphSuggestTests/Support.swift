import FactionGraph
@testable import FactionGraphSuggest

/// A small registry and helpers shared by the suggester's tests.
enum Support {
    static let registry = """
        hts:
          name: Hayat Tahrir al-Sham
          aliases: [Tahrir al-Sham, HTS, هيئة تحرير الشام]
          kind: coalition
        hurras-al-din:
          name: Hurras al-Din
          aliases: [حراس الدين]
        al-qaeda:
          name: al-Qaeda
          aliases: [القاعدة]
        isis:
          name: Islamic State
          aliases: [ISIS, Islamic State of Iraq and Syria]
        zenki:
          name: Nour al-Din al-Zenki Movement
          aliases: [Zenki]
        syrian-government:
          name: Assad government
          aliases: [Syrian regime]
          kind: state

        """

    /// The files of a corpus with `registry` and, when given, a vocabulary.
    static func files(registry: String = Support.registry, vocabulary: String? = nil) -> [(path: String, text: String)] {
        [("factions.yaml", registry)] + (vocabulary.map { [("vocabulary.yaml", $0)] } ?? [])
    }

    static func suggester(registry: String = Support.registry, vocabulary: String? = nil,
                          threshold: Double = Suggester.defaultThreshold) -> Suggester {
        let corpus = CorpusReader.read(files: files(registry: registry, vocabulary: vocabulary)).corpus
        return Suggester(registry: Registry(corpus: corpus), options: .init(threshold: threshold, published: PartialDate(parsing: "2018-11-19")))
    }

    /// The draft of a raw text published on 2018-11-19.
    static func draft(_ body: String, registry: String = Support.registry, vocabulary: String? = nil) -> Draft {
        suggester(registry: registry, vocabulary: vocabulary).draft(ArticleInput(path: "article.txt", text: body))
    }

    /// Each suggestion as `type: A -> B` (`--` for undirected types).
    static func relations(_ body: String, registry: String = Support.registry, vocabulary: String? = nil) -> [String] {
        draft(body, registry: registry, vocabulary: vocabulary).suggestions.map {
            "\($0.type.name): \($0.from) \($0.type.connector) \($0.to)"
        }
    }

    /// The article text for a body.
    static func text(_ body: String) -> ArticleText { ArticleText(body) }

    /// The diagnostics `check` gives a drafted article with the registry.
    static func checkErrors(_ article: String, registry: String = Support.registry) -> [String] {
        CorpusReader.read(files: files(registry: registry) + [("a.md", article)]).diagnostics
            .filter { $0.severity == .error }.map(\.description)
    }
}
