import FactionGraph
import Foundation

/// Measures the suggester against hand annotations: each annotated article
/// of a corpus is stripped to its text (title and date kept), drafted with
/// the rest of the corpus as the registry, and its suggestions compared
/// with what the analyst wrote.
///
/// Relations are compared at three levels: the pair of factions; the type
/// and the pair; the type, the pair and the direction (the level that
/// counts). Factions are compared apart: those the draft relates or
/// declares against those the annotation does. A new faction counts as the
/// analyst's when one of its names is one of theirs.
public struct Evaluation: Sendable {
    /// True positives, false positives and false negatives.
    public struct Counts: Sendable, Hashable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        public var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }
        public var recall: Double {
            truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }

        mutating func add<T: Hashable>(suggested: Set<T>, gold: Set<T>) {
            truePositives += suggested.intersection(gold).count
            falsePositives += suggested.subtracting(gold).count
            falseNegatives += gold.subtracting(suggested).count
        }
    }

    /// One article's comparison.
    public struct ArticleResult: Sendable {
        public var path: String
        /// Relations the analyst wrote that the draft lacks, with the
        /// analyst's first quote.
        public var missed: [(key: RelationKey, quote: String)]
        /// Relations the draft proposes that the analyst did not write,
        /// with the draft's quote.
        public var extra: [(key: RelationKey, quote: String)]
        public var found: [RelationKey]
        /// Factions the analyst has and the draft lacks, and the reverse.
        public var missedFactions: [FactionID]
        public var extraFactions: [FactionID]
        /// Errors `check` reports in the written draft (none expected).
        public var checkErrors: [String]
    }

    public var corpus: String
    public var articles: [ArticleResult] = []
    public var pair = Counts()
    public var typeAndPair = Counts()
    public var typePairAndDirection = Counts()
    public var factions = Counts()
    /// Among relations found (type, pair and direction), how many have the
    /// analyst's confidence, and the analyst's date.
    public var sameConfidence = 0
    public var sameDate = 0
    /// Quotes the drafts hold, and drafts that `check` accepts.
    public var quotes = 0
    public var draftsPassingCheck = 0

    /// Evaluates every annotated article of the corpus at `directory`.
    public static func run(directory: String, scorer: any SuggestionScorer = RuleScorer(), threshold: Double = Suggester.defaultThreshold) throws -> Evaluation {
        let files = try CorpusFiles.texts(in: directory)
        let gold = CorpusReader.read(files: files)
        var evaluation = Evaluation(corpus: directory)
        var goldKeys: [String: FactionID] = [:]
        for (id, faction) in gold.corpus.factions {
            for name in faction.allNames + faction.aliases + [id] { goldKeys[Registry.key(name)] = id }
        }
        for (index, article) in gold.corpus.articles.enumerated() {
            guard let file = files.first(where: { $0.path == article.path }) else { continue }
            let others = files.filter { $0.path != article.path }
            let registry = Registry(corpus: CorpusReader.read(files: others).corpus)
            let parts = ArticleInput.Parts(file.text)
            let stripped = "---\narticle:\n  title: \(YAMLText.scalar(article.title))\n  published: \(article.published)\n---\n" + parts.body
            let suggester = Suggester(registry: registry, scorer: scorer, options: .init(threshold: threshold))
            let draft = suggester.draft(ArticleInput(path: article.path, text: stripped))

            // The draft's new factions under the analyst's ids.
            var rename: [FactionID: FactionID] = [:]
            for faction in draft.newFactions {
                if let id = ([faction.name] + faction.aliases).lazy.compactMap({ goldKeys[Registry.key($0)] }).first { rename[faction.id] = id }
            }
            func mapped(_ key: RelationKey) -> RelationKey {
                RelationKey(type: key.type, rename[key.from] ?? key.from, rename[key.to] ?? key.to, directed: key.directed)
            }
            let suggestions = draft.suggestions.map { (key: mapped($0.key), suggestion: $0) }
            let relations = gold.corpus.relations.filter { $0.articleIndex == index }
            let goldSet = Set(relations.map { RelationKey(type: $0.type.name, $0.from, $0.to, directed: $0.type.isDirected) })
            let suggestedSet = Set(suggestions.map(\.key))
            evaluation.typePairAndDirection.add(suggested: suggestedSet, gold: goldSet)
            evaluation.typeAndPair.add(suggested: Set(suggestedSet.map { [$0.type] + $0.pair }), gold: Set(goldSet.map { [$0.type] + $0.pair }))
            evaluation.pair.add(suggested: Set(suggestedSet.map(\.pair)), gold: Set(goldSet.map(\.pair)))

            let declared = ExistingAnnotation(yaml: parts.frontMatter ?? "", registry: registry).factions.map(\.id)
            let goldFactions = Set(goldSet.flatMap(\.pair) + declared)
            let draftFactions = Set(suggestedSet.flatMap(\.pair) + draft.newFactions.map { rename[$0.id] ?? $0.id })
            evaluation.factions.add(suggested: draftFactions, gold: goldFactions)

            for (key, suggestion) in suggestions where goldSet.contains(key) {
                let matches = relations.filter { RelationKey(type: $0.type.name, $0.from, $0.to, directed: $0.type.isDirected) == key }
                if matches.contains(where: { $0.confidence == (suggestion.confidence ?? .reported) }) { evaluation.sameConfidence += 1 }
                if matches.contains(where: { $0.date == (suggestion.date ?? article.published) }) { evaluation.sameDate += 1 }
            }

            // The draft, written and checked with the rest of the corpus.
            var checkErrors: [String] = []
            switch DraftWriter().article(draft) {
            case .success(let text):
                let checked = CorpusReader.read(files: others + [(path: article.path, text: text)])
                checkErrors = checked.diagnostics.filter { $0.severity == .error && $0.path == article.path }.map(\.description)
            case .failure(let error):
                checkErrors = [error.description]
            }
            evaluation.quotes += draft.suggestions.reduce(0) { $0 + $1.quotes.count }
            if checkErrors.isEmpty { evaluation.draftsPassingCheck += 1 }

            evaluation.articles.append(ArticleResult(
                path: article.path,
                missed: relations.filter { !suggestedSet.contains(RelationKey(type: $0.type.name, $0.from, $0.to, directed: $0.type.isDirected)) }
                    .map { (RelationKey(type: $0.type.name, $0.from, $0.to, directed: $0.type.isDirected), $0.evidence.first?.quote ?? "") },
                extra: suggestions.filter { !goldSet.contains($0.key) }.map { ($0.key, $0.suggestion.quotes[0].text) },
                found: suggestions.map(\.key).filter(goldSet.contains),
                missedFactions: goldFactions.subtracting(draftFactions).sorted(),
                extraFactions: draftFactions.subtracting(goldFactions).sorted(),
                checkErrors: checkErrors))
        }
        return evaluation
    }
}

/// A corpus directory's files as texts: every `*.md` below it, and
/// `factions.yaml` and `vocabulary.yaml` at its root, in path order.
enum CorpusFiles {
    static func texts(in directory: String) throws -> [(path: String, text: String)] {
        let root = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        guard let enumerator = FileManager.default.enumerator(atPath: root) else {
            throw DraftError(path: directory, message: "cannot read this directory")
        }
        var paths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            if name.hasPrefix(".") { enumerator.skipDescendants(); continue }
            if relative.hasSuffix(".md") || relative == "factions.yaml" || relative == "vocabulary.yaml" { paths.append(relative) }
        }
        return try paths.sorted().map { relative in
            let path = root + "/" + relative
            guard let data = FileManager.default.contents(atPath: path) else {
                throw DraftError(path: path, message: "cannot read this file")
            }
            return (path: path, text: String(decoding: data, as: UTF8.self))
        }
    }
}
