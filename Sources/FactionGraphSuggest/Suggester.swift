import FactionGraph

/// Drafts an article's annotation from its text: factions from the
/// registry and from group words, relations from the vocabulary's cues,
/// each with the quote it came from.
///
/// ```swift
/// let suggester = Suggester(registry: Registry(corpus: corpus))
/// let draft = suggester.draft(ArticleInput(path: "seed.txt", text: text))
/// print(DraftWriter(vocabulary: corpus.vocabulary).article(draft))
/// ```
///
/// - Complexity: linear in the article's length (times the cues that
///   start with each word); a registry is built once per corpus.
public struct Suggester: Sendable {
    public struct Options: Sendable {
        /// Candidates scoring below this are left out (kept in `rejected`).
        public var threshold: Double
        /// The article's date when its file does not say it.
        public var published: PartialDate?

        public init(threshold: Double = Suggester.defaultThreshold, published: PartialDate? = nil) {
            self.threshold = threshold
            self.published = published
        }
    }

    /// The default threshold: 0.4, chosen on the development sets (the
    /// samples and held-out sets 1-4, whose annotations were read), where
    /// it found more of the analysts' relations than 0.5 at about the
    /// same precision.
    public static let defaultThreshold = 0.4

    public let registry: Registry
    public let scorer: any SuggestionScorer
    public let options: Options

    public init(registry: Registry, scorer: any SuggestionScorer = RuleScorer(), options: Options = Options()) {
        self.registry = registry
        self.scorer = scorer
        self.options = options
    }

    /// The draft annotation of one article.
    public func draft(_ input: ArticleInput) -> Draft {
        let parts = input.parts
        let existing = parts.frontMatter.map { ExistingAnnotation(yaml: $0, registry: registry) }
        let text = ArticleText(parts.body)
        let metadata = self.metadata(input, parts: parts, existing: existing, text: text)

        // Factions: the registry's and the article's own, new ones, leaders.
        var references = registry.references
        var kinds = registry.kinds
        var declared = PhraseTrie<FactionID>()
        for faction in existing?.factions ?? [] {
            kinds[faction.id] = faction.kind
            for name in faction.names {
                references[Registry.key(name)] = faction.id
                Registry.add(name, for: faction.id, to: &declared)
            }
        }
        var found = Self.withoutLongerNames(Mentions.find(registry.names, in: text.tokens, source: .name), in: text)
        var known = Mentions(found, tokenCount: text.tokens.count)
        if !registry.rulers.isEmpty {
            let covered = known
            found += registry.rulers.mentions(in: text.tokens, free: { !covered.covers($0) })
            known = Mentions(found, tokenCount: text.tokens.count)
        }
        do {
            let covered = known
            let compounds = Mentions.compounds(in: text.tokens, names: registry.oneWordNames, free: { !covered.covers($0) })
            if !compounds.isEmpty {
                found += compounds
                known = Mentions(found, tokenCount: text.tokens.count)
            }
        }
        if !declared.isEmpty {
            let covered = known
            found += Mentions.find(declared, in: text.tokens, source: .name, free: { !covered.covers($0) })
            known = Mentions(found, tokenCount: text.tokens.count)
        }
        var newFactions = NewFactionFinder(text: text, known: known, references: references).find()
        var newNames = PhraseTrie<FactionID>()
        for faction in newFactions {
            for name in [faction.name] + faction.aliases { Registry.add(name, for: faction.id, to: &newNames) }
        }
        let newMentions = Mentions.find(newNames, in: text.tokens, source: .newName, free: { !known.covers($0) })
        found += newMentions
        newFactions = Self.counting(newMentions, of: newFactions, in: text)
        let named = Mentions(found, tokenCount: text.tokens.count)
        let leaders = LeaderFinder(text: text, mentions: named).find()
        found += Mentions.find(leaders, in: text.tokens, source: .person, free: { !named.covers($0) })
        let mentions = Mentions(found, tokenCount: text.tokens.count)

        var recent = Set(newFactions.map(\.id))
        if let published = metadata.published {
            for (id, date) in registry.founded where date.startDay <= published.endDay && published.startDay - date.startDay <= 366 {
                recent.insert(id)
            }
        }
        let (kept, rejected) = relations(text: text, mentions: mentions, kinds: kinds, recent: recent, published: metadata.published,
                                         existing: existing?.relations ?? [])
        var counts: [FactionID: Int] = [:]
        for mention in mentions.all where mention.source == .name { counts[mention.faction, default: 0] += 1 }
        let mentioned = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { (faction: $0.key, count: $0.value) }
        // New factions that take part in no relation are still proposed:
        // the reviewer decides.
        return Draft(path: input.path, metadata: metadata, mentions: mentioned, newFactions: newFactions,
                     suggestions: kept, rejected: rejected, parts: parts, existing: existing)
    }

    /// Without the names that are the end of a longer one: `Syrian Army` in
    /// `the Free Syrian Army` (a name ending in a group word, after a
    /// capitalised word that does not start the sentence).
    private static func withoutLongerNames(_ mentions: [Mention], in text: ArticleText) -> [Mention] {
        mentions.filter { mention in
            let start = mention.tokens.lowerBound
            let last = text.tokens[mention.tokens.upperBound - 1]
            guard start > 0, last.isCapitalised, lowerGroupWords.contains(last.text) else { return true }
            let before = text.tokens[start - 1]
            let sentenceStart = text.sentences[text.sentenceOfToken[start]].tokens.lowerBound
            return !(before.isWord && before.isCapitalised && start - 1 > sentenceStart && !before.startsParagraph)
        }
    }

    private static let lowerGroupWords = Set(WordLists.groupWords.map { $0.lowercased() })

    /// New factions with how often each of their names occurs in the text.
    private static func counting(_ mentions: [Mention], of factions: [NewFaction], in text: ArticleText) -> [NewFaction] {
        var counts: [String: Int] = [:]
        for mention in mentions {
            let words = mention.tokens.filter { !text.tokens[$0].isQuote }.map { text.tokens[$0].text }
            counts[words.joined(separator: " "), default: 0] += 1
        }
        return factions.map { faction in
            var faction = faction
            faction.seen = ([faction.name] + faction.aliases).map { ($0, counts[Tokenizer.words($0).filter { $0 != "'" && $0 != "\"" }.joined(separator: " ")] ?? 0) }
            return faction
        }
    }

    // MARK: relations

    private func relations(text: ArticleText, mentions: Mentions, kinds: [FactionID: FactionKind], recent: Set<FactionID>,
                           published: PartialDate?, existing: Set<RelationKey>) -> (kept: [Suggestion], rejected: [Suggestion]) {
        var resolver = AnaphorResolver(text: text, mentions: mentions, kinds: kinds)
        resolver.recent = recent
        let matcher = CueMatcher(text: text, mentions: mentions, anaphora: resolver, index: registry.cues)
        let dateFinder = DateFinder(text: text, published: published)
        let casualtyFinder = CasualtyFinder(text: text, mentions: mentions)
        let cutter = QuoteCutter(text: text)
        var previous = CueMatcher.SentenceMatches()
        var candidates: [Suggestion] = []
        for sentence in text.sentences {
            let found = matcher.matches(in: sentence, previous: previous)
            previous = found
            let matches = found.matches
            guard !matches.isEmpty else { continue }
            let dates = dateFinder.dates(in: sentence.tokens)
            let factionCount = Set(mentions.within(sentence.tokens).map(\.faction)).count
            var inSentence: [Suggestion] = []
            for match in matches {
                let cue = registry.cues.cues[match.cue]
                let modality = Modality(text: text, mentions: mentions, sentence: sentence, literal: match.literal)
                for a in match.a {
                    for b in match.b where a.faction != b.faction {
                        let features = SuggestionFeatures(
                            cueWords: cue.wordCount, cueSlots: cue.pattern.slots.count, a: side(a), b: side(b),
                            factionsInSentence: factionCount, irrealis: modality.irrealis, negated: modality.negated,
                            hedged: modality.hedged, sentenceLength: sentence.tokens.count)
                        let score = scorer.score(features)
                        // A faction from a sentence before is not quoted.
                        var covering = match.literal
                        for bound in [a, b] where bound.via != .earlier { covering += Array(bound.tokens) }
                        var losses: [CasualtyFinder.Loss] = []
                        if cue.type.accepts.contains(.casualties), modality.confidence == nil {
                            losses = casualtyFinder.losses(of: [a.faction, b.faction], in: sentence, dates: dates)
                            for loss in losses { covering += Array(loss.tokens) }
                        }
                        guard let quote = cutter.quote(covering: covering, in: sentence) else { continue }
                        let quoteRange = quote.range.lowerBound..<(quote.range.upperBound + 1)
                        let cueText = cutter.text.quote((match.literal.first ?? 0)...(match.literal.last ?? 0))
                        inSentence.append(Suggestion(
                            type: cue.type, from: a.faction, to: b.faction,
                            quotes: [Suggestion.Quote(text: quote.text, sentence: sentence.number, cue: cue.pattern.text,
                                                      cueText: cueText, score: score, notes: notes(a, "A", text) + notes(b, "B", text))],
                            date: date(near: quoteRange, literal: match.literal, in: dates),
                            confidence: modality.confidence,
                            casualties: losses.map { ($0.faction, $0.count) }, score: score, features: features))
                    }
                }
            }
            candidates += oneStancePerPair(inSentence)
        }
        let merged = merge(candidates).filter { !existing.contains($0.key) }
        return (merged.filter { $0.score >= options.threshold }, merged.filter { $0.score < options.threshold })
    }

    private func side(_ bound: Bound) -> SuggestionFeatures.Side {
        SuggestionFeatures.Side(via: bound.via.rawValue, gap: bound.gap, gapClean: bound.gapClean, commas: bound.commas)
    }

    /// What a reviewer should know of how a faction was found.
    private func notes(_ bound: Bound, _ slot: String, _ text: ArticleText) -> [String] {
        switch bound.via {
        case .name, .newName: return []
        case .elided: return ["\(slot) is \(bound.faction), left out here and named in the sentence before"]
        case .context: return []
        case .earlier: return ["\(slot) is \(bound.faction), named in a sentence before"]
        case .sharedSubject:
            return ["\(slot) is \(bound.faction), the subject of the predicate before 'and'"]
        case .person, .anaphor, .pair:
            guard !bound.tokens.isEmpty else { return [] }
            let words = text.quote(bound.tokens.lowerBound...(bound.tokens.upperBound - 1))
            let how = bound.via == .person ? "its leader" : "read as"
            return ["\(slot) is \"\(words)\" (\(how) \(bound.faction))"]
        }
    }

    /// The date written nearest the quote: inside it, or a few words away.
    private func date(near quote: Range<Int>, literal: [Int], in dates: [WrittenDate]) -> PartialDate? {
        let anchor = literal.first ?? quote.lowerBound
        let near = dates.filter {
            $0.tokens.upperBound > quote.lowerBound - 4 && $0.tokens.lowerBound < quote.upperBound + 4
        }
        return near.min { abs($0.tokens.lowerBound - anchor) < abs($1.tokens.lowerBound - anchor) }?.date
    }

    /// A sentence gives a pair one stance at most: the best scored.
    private func oneStancePerPair(_ suggestions: [Suggestion]) -> [Suggestion] {
        var best: [[FactionID]: Int] = [:]
        var drop = Set<Int>()
        for (index, suggestion) in suggestions.enumerated() where suggestion.type.relationClass == .stance {
            let pair = [suggestion.from, suggestion.to].sorted()
            if let other = best[pair] {
                if suggestions[other].score >= suggestion.score { drop.insert(index); continue }
                drop.insert(other)
            }
            best[pair] = index
        }
        return suggestions.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
    }

    /// Candidates of one type, pair and direction become one suggestion
    /// with all their quotes, unless their dates or confidences differ.
    private func merge(_ candidates: [Suggestion]) -> [Suggestion] {
        var result: [Suggestion] = []
        for candidate in candidates {
            if let index = result.firstIndex(where: {
                $0.key == candidate.key && $0.confidence == candidate.confidence
                    && ($0.date == nil || candidate.date == nil || $0.date == candidate.date)
            }) {
                var merged = result[index]
                for quote in candidate.quotes where !merged.quotes.contains(where: { $0.text == quote.text }) {
                    merged.quotes.append(quote)
                }
                if merged.date == nil { merged.date = candidate.date }
                for loss in candidate.casualties where !merged.casualties.contains(where: { $0.faction == loss.faction }) {
                    merged.casualties.append(loss)
                }
                if candidate.score > merged.score {
                    merged.score = candidate.score
                    merged.features = candidate.features
                }
                result[index] = merged
            } else {
                result.append(candidate)
            }
        }
        return result
    }

    // MARK: metadata

    private func metadata(_ input: ArticleInput, parts: ArticleInput.Parts, existing: ExistingAnnotation?,
                          text: ArticleText) -> Draft.Metadata {
        var metadata = Draft.Metadata()
        if let title = existing?.title {
            metadata.title = title
        } else {
            metadata.title = MetadataGuesser.title(body: parts.body, path: input.path)
            metadata.titleSuggested = true
        }
        if let published = existing?.published {
            metadata.published = published
        } else if let published = options.published {
            metadata.published = published
            metadata.publishedSource = "--published"
        } else if let published = MetadataGuesser.date(fromPath: input.path) {
            metadata.published = published
            metadata.publishedSource = "the file name"
        } else if let published = MetadataGuesser.date(inTopOf: text) {
            metadata.published = published
            metadata.publishedSource = "the text"
        }
        if let author = existing?.author {
            metadata.author = author
        } else if existing?.hasArticle != true, let author = MetadataGuesser.author(body: parts.body) {
            metadata.author = author
            metadata.authorSuggested = true
        }
        return metadata
    }
}
