/// Joins the parsed files into one corpus: merges faction declarations,
/// checks that every name names one faction, resolves references, and adds
/// the checks that need the whole corpus.
enum CorpusAssembler {
    /// Takes the parsed files (`files` is emptied of relation drafts as
    /// they are resolved, so a large corpus does not hold both at once,
    /// and its articles are moved into the corpus).
    ///
    /// With `threads` above 1, independent phases run side by side (the
    /// factions and their names beside the articles, one check beside the
    /// others); the result is the same.
    static func assemble(_ files: inout [ParsedFile], vocabulary: Vocabulary = .builtIn, threads: Int = 1) -> ReadResult {
        var clock = PhaseClock()
        var diagnostics = files.flatMap(\.diagnostics)
        let ((factions, index, namingDiagnostics), (articles, order, articleCount, articleDiagnostics))
            = factionsBesideArticles(&files, threads: threads)
        diagnostics += namingDiagnostics + articleDiagnostics
        clock.lap("  factions, names and articles")
        let resolver = ReferenceResolver(index: index, factionIDs: factions.keys.sorted(),
                                         reportsUnknown: !files.contains(where: \.isIncompleteRegistry))
        let relations = resolveAll(&files, articles: articles.indexByFile, resolver: resolver, threads: threads,
                                   diagnostics: &diagnostics)
        clock.lap("  resolve")
        let corpus = Corpus(factions: factions, articles: articles.list, relations: relations.list, vocabulary: vocabulary,
                            index: RelationIndex(ids: resolver.factionIDs, factions: factions, relations: relations.list,
                                                 vocabulary: vocabulary, from: relations.from, to: relations.to))
        clock.lap("  corpus index")
        diagnostics += RelationChecks.warnings(corpus, threads: threads)
        diagnostics = sorted(diagnostics, fileOrder: order)
        clock.lap("  checks")
        return ReadResult(corpus: corpus, diagnostics: diagnostics, articleCount: articleCount)
    }

    /// The factions and their names, and beside them the articles, each
    /// with its diagnostics; the articles are moved out of `files`.
    ///
    /// The two sides share the files' storage: one only reads their
    /// declarations, the other only moves their articles out (a copy of an
    /// article retained each of its strings, and the two threads' atomic
    /// counts were about 1 % of `path`'s time).
    private static func factionsBesideArticles(_ files: inout [ParsedFile], threads: Int)
        -> (named: ([FactionID: Faction], NameIndex, [Diagnostic]),
            listed: ((list: [Article], indexByFile: [Int?]), [ByteKey: Int], Int, [Diagnostic])) {
        files.withUnsafeMutableBufferPointer { files in
            nonisolated(unsafe) let files = files
            return Parallel.both(threads: threads, {
                var diagnostics: [Diagnostic] = []
                let factions = mergeFactions(UnsafeBufferPointer(files), diagnostics: &diagnostics)
                let index = nameIndex(UnsafeBufferPointer(files), factions: factions, diagnostics: &diagnostics)
                return (factions, index, diagnostics)
            }, {
                var diagnostics: [Diagnostic] = []
                var articleCount = 0
                for index in files.indices where files[index].input.role == .article {
                    if case .some = files[index].article { articleCount += 1 }
                }
                let articles = uniqueArticles(movingOutOf: files, diagnostics: &diagnostics)
                // By index: iterating the files themselves copies each one (a
                // retain of each of its fields), here and in the loops below.
                let order = Dictionary(files.indices.map { (ByteKey(files[$0].input.displayPath), $0) },
                                       uniquingKeysWith: { a, _ in a })
                return (articles, order, articleCount, diagnostics)
            })
        }
    }

    /// Resolves every file's relation drafts, releasing each file's drafts
    /// once resolved so a large corpus does not hold drafts and relations
    /// at once.
    ///
    /// With `threads` above 1, the files are resolved in two halves side by
    /// side, each with a resolver of its own; the relations, their order
    /// and the diagnostics are the same.
    private static func resolveAll(_ files: inout [ParsedFile], articles: [Int?], resolver: ReferenceResolver, threads: Int,
                                   diagnostics: inout [Diagnostic]) -> (list: [Relation], from: [Int32], to: [Int32]) {
        // At most one relation per draft. The halves split the drafts, not
        // the files, evenly.
        // (By index, not with a key path or a closure over the files: each
        // copied every file, 40 million instructions on the 10k corpus.)
        let drafts = files.indices.map { files[$0].relations.count }
        let total = drafts.reduce(0, +)
        var middle = 0
        var firstDrafts = 0
        while middle < files.count, firstDrafts * 2 < total {
            firstDrafts += drafts[middle]
            middle += 1
        }
        let threads = total < 4_096 ? 1 : threads
        // The distinct texts of each parsing thread's table, resolved once
        // (few tables: one per parsing thread).
        var tables: [ReferenceNames] = []
        for fileIndex in files.indices where !tables.contains(where: { $0 === files[fileIndex].names }) {
            tables.append(files[fileIndex].names)
        }
        let resolver = resolver.resolvingTables(tables, threads: threads)
        let (list, first, second) = files.withUnsafeMutableBufferPointer { files in
            // Each half empties the drafts of its own files only.
            nonisolated(unsafe) let files = files
            return Parallel.halves(threads: threads, firstCapacity: firstDrafts, secondCapacity: total - firstDrafts, {
                resolve(files, 0..<middle, drafts: firstDrafts, articles: articles,
                        resolver: threads > 1 ? resolver.anew() : resolver, into: &$0)
            }, {
                resolve(files, middle..<files.count, drafts: total - firstDrafts, articles: articles,
                        resolver: threads > 1 ? resolver.anew() : resolver, into: &$0)
            })
        }
        diagnostics += first.diagnostics + second.diagnostics
        return (list, first.from + second.from, first.to + second.to)
    }

    /// Resolves the drafts of `files[range]` (`drafts` of them) into
    /// `relations`; returns the numbers of each relation's factions, and
    /// the errors. (With another thread resolving other files, `resolver`
    /// must be its own: see `ReferenceResolver.anew()`.)
    private static func resolve(_ files: UnsafeMutableBufferPointer<ParsedFile>, _ range: Range<Int>, drafts: Int,
                                articles: [Int?], resolver: consuming ReferenceResolver,
                                into relations: inout HalfWriter<Relation>)
        -> (from: [Int32], to: [Int32], diagnostics: [Diagnostic]) {
        var from: [Int32] = []
        var to: [Int32] = []
        var diagnostics: [Diagnostic] = []
        from.reserveCapacity(drafts)
        to.reserveCapacity(drafts)
        for fileIndex in range {
            var drafts = files[fileIndex].relations
            files[fileIndex].relations = []
            // The relations of an article whose `article` is unusable (or
            // whose id is taken) are resolved too, for their errors to show
            // in the same run; they are never kept.
            let articleIndex = articles[fileIndex]
            let names = resolver.table(files[fileIndex].names)
            // Each draft read in place through its address, and the
            // relation moved into the list: a copy of either retains and
            // releases each of its fields (a draft passed by value was
            // copied, through the buffer's subscript, through `pointee` or
            // by `for draft in drafts`: 14 million instructions on the 10k
            // corpus, callgrind).
            drafts.withUnsafeMutableBufferPointer { drafts in
                var numbers: (from: Int32, to: Int32) = (0, 0)
                for index in drafts.indices {
                    if let relation = resolve(drafts.baseAddress! + index, names: names,
                                              articleIndex: articleIndex ?? -1, resolver: &resolver,
                                              numbers: &numbers, diagnostics: &diagnostics),
                       articleIndex != nil {
                        relations.append(consume relation)
                        from.append(numbers.from)
                        to.append(numbers.to)
                    }
                }
            }
        }
        return (from, to, diagnostics)
    }

    /// Merges declarations of one id: registry first, then articles in path
    /// order. Names and kinds must agree; aliases are merged.
    private static func mergeFactions(_ files: UnsafeBufferPointer<ParsedFile>, diagnostics: inout [Diagnostic])
        -> [FactionID: Faction] {
        var factions: [FactionID: Faction] = [:]
        var firstDeclarations: [FactionID: FactionDeclaration] = [:]
        for fileIndex in files.indices {
            for declaration in files[fileIndex].factions {
                guard var faction = factions[declaration.id], let first = firstDeclarations[declaration.id] else {
                    firstDeclarations[declaration.id] = declaration
                    factions[declaration.id] = Faction(
                        id: declaration.id, name: declaration.name,
                        aliases: unique(declaration.aliases.map(\.name)), kind: declaration.kind,
                        founded: declaration.founded, dissolved: declaration.dissolved,
                        note: declaration.note, location: declaration.idLocation)
                    factions[declaration.id]?.renames = declaration.renames
                    continue
                }
                // A declaration with errors has reported them; comparing it
                // would only add more.
                if declaration.isValid && first.isValid, declaration.name != first.name {
                    diagnostics.append(.error(declaration.nameLocation,
                        "faction '\(declaration.id)' is named '\(declaration.name)' here but '\(first.name)' at \(first.nameLocation): declarations of one id must agree on the name"))
                }
                if declaration.isValid && first.isValid, declaration.kind != first.kind {
                    let implicit = { (d: FactionDeclaration) in d.kindIsExplicit ? "" : " (the default)" }
                    diagnostics.append(.error(declaration.kindLocation,
                        "faction '\(declaration.id)' is of kind '\(declaration.kind.rawValue)'\(implicit(declaration)) here but '\(first.kind.rawValue)'\(implicit(first)) at \(first.kindLocation): declarations of one id must agree on the kind"))
                }
                faction.aliases = unique(faction.aliases + declaration.aliases.map(\.name))
                mergeDate(\.founded, "founded", declaration.founded, declaration.foundedLocation,
                          into: &faction, diagnostics: &diagnostics)
                mergeDate(\.dissolved, "dissolved", declaration.dissolved, declaration.dissolvedLocation,
                          into: &faction, diagnostics: &diagnostics)
                if faction.note == nil { faction.note = declaration.note }
                mergeRenames(declaration.renames, into: &faction, diagnostics: &diagnostics)
                factions[declaration.id] = faction
            }
        }
        return factions
    }

    /// Keeps the first declaration's date; a different later one is a warning.
    private static func mergeDate(_ field: WritableKeyPath<Faction, PartialDate?>, _ name: String,
                                  _ date: PartialDate?, _ location: SourceLocation?,
                                  into faction: inout Faction, diagnostics: inout [Diagnostic]) {
        guard let date else { return }
        guard let existing = faction[keyPath: field] else {
            faction[keyPath: field] = date
            return
        }
        if existing != date, let location {
            diagnostics.append(.warning(location,
                "faction '\(faction.id)' is \(name) \(existing) in its first declaration; this \(date) is ignored"))
        }
    }

    /// Adds renames from another declaration; the same date with another
    /// name is an error.
    private static func mergeRenames(_ renames: [Faction.Rename], into faction: inout Faction,
                                     diagnostics: inout [Diagnostic]) {
        for rename in renames {
            if let existing = faction.renames.first(where: { $0.date.startDay == rename.date.startDay }) {
                if existing.name != rename.name || existing.date != rename.date {
                    diagnostics.append(.error(rename.location,
                        "faction '\(faction.id)' is renamed twice on \(rename.date): '\(existing.name)' at \(existing.location) and '\(rename.name)' here"))
                }
                continue
            }
            faction.renames.append(rename)
        }
        faction.renames.sort { $0.date < $1.date }
    }

    /// Every id, name and alias of every faction; a name that would name two
    /// factions is an error at each place it is declared.
    private static func nameIndex(_ files: UnsafeBufferPointer<ParsedFile>, factions: [FactionID: Faction],
                                  diagnostics: inout [Diagnostic]) -> NameIndex {
        var index = NameIndex()
        for fileIndex in files.indices {
            for declaration in files[fileIndex].factions where factions[declaration.id] != nil {
                index.add(declaration.id, for: declaration.id, at: declaration.idLocation)
                index.add(declaration.name, for: declaration.id, at: declaration.nameLocation)
                for rename in declaration.renames {
                    index.add(rename.name, for: declaration.id, at: rename.location)
                }
                for alias in declaration.aliases {
                    index.add(alias.name, for: declaration.id, at: alias.location)
                }
            }
        }
        for claims in index.conflicts {
            let owners = unique(claims.map(\.faction)).sorted()
            for claim in claims {
                let others = claims.filter { $0.faction != claim.faction }.map { "'\($0.faction)' at \($0.location)" }
                diagnostics.append(.error(claim.location,
                    "'\(claim.name)' would name two factions (\(owners.joined(separator: ", "))): it also names \(unique(others).joined(separator: ", "))"))
            }
        }
        return index
    }

    /// The articles, each with a unique id, moved out of `files`.
    private static func uniqueArticles(movingOutOf files: UnsafeMutableBufferPointer<ParsedFile>,
                                       diagnostics: inout [Diagnostic]) -> (list: [Article], indexByFile: [Int?]) {
        var list: [Article] = []
        var indexByFile = [Int?](repeating: nil, count: files.count)
        var byID: [ByteKey: Int] = [:]
        // At most one article per file: reserved, neither array nor table
        // is copied to grow (100,000 articles).
        list.reserveCapacity(files.count)
        byID.reserveCapacity(files.count)
        for fileIndex in files.indices {
            guard let article = files[fileIndex].article.take() else { continue }
            // Looked up and claimed with one hash of the id (a look-up,
            // then a store, hashed it twice); a taken id is given back.
            let key = ByteKey(article.id)
            if let other = byID.updateValue(list.count, forKey: key) {
                byID[key] = other
                let location = files[fileIndex].articleIDLocation
                    ?? SourceLocation(path: files[fileIndex].input.displayPath, line: 1, column: 1)
                diagnostics.append(.error(location,
                    "article id '\(article.id)' is also the id of \(list[other].path): give one of them another 'id'"))
                continue
            }
            indexByFile[fileIndex] = list.count
            list.append(article)
        }
        return (list, indexByFile)
    }

    /// The relation `draft` points to with its references resolved to
    /// faction ids, their numbers in `numbers`; or `nil` (with errors) when
    /// it cannot be part of the corpus.
    private static func resolve(_ draft: UnsafeMutablePointer<ParsedRelation>, names: ReferenceResolver.Table, articleIndex: Int,
                                resolver: inout ReferenceResolver, numbers: inout (from: Int32, to: Int32),
                                diagnostics: inout [Diagnostic]) -> Relation? {
        let from = resolver.resolve(draft.pointee.fromName, in: names, at: draft.pointee.endpointsLocation, diagnostics: &diagnostics)
        let to = resolver.resolve(draft.pointee.toName, in: names, at: draft.pointee.endpointsLocation, diagnostics: &diagnostics)
        guard let from, let to else { return nil }
        if from.number == to.number {
            let texts = names.names.texts
            diagnostics.append(.error(draft.pointee.endpointsLocation,
                "a relation of a faction with itself: '\(texts[Int(draft.pointee.fromName)])' and '\(texts[Int(draft.pointee.toName)])' are both '\(from.id)'"))
            return nil
        }
        var casualties: [FactionID: Int] = [:]
        // At most one count for each of the two parties: room made once,
        // and a count given twice told by the parties' numbers, not by
        // hashing their ids. Only for a relation with casualties: making
        // room for none still made the dictionary's storage, looking up its
        // type's metadata (1,050 instructions a relation, 2.7 % of `path`'s
        // instructions, and a lock two threads contend for).
        if !draft.pointee.casualties.isEmpty {
            casualties.reserveCapacity(min(draft.pointee.casualties.count, 2))
        }
        var counted = (from: false, to: false)
        var valid = draft.pointee.isValid
        for entry in draft.pointee.casualties {
            guard let faction = resolver.resolve(entry.faction, diagnostics: &diagnostics) else { valid = false; continue }
            if faction.number != from.number && faction.number != to.number {
                diagnostics.append(.error(entry.faction.location,
                    "casualties of '\(entry.faction.text)', who is not a party to this combat (\(from.id) -- \(to.id))"))
                valid = false
            } else if faction.number == from.number ? counted.from : counted.to {
                diagnostics.append(.error(entry.faction.location,
                    "casualties of '\(faction.id)' are given twice"))
                valid = false
            } else {
                if faction.number == from.number { counted.from = true } else { counted.to = true }
                casualties[faction.id] = entry.count
            }
        }
        guard valid, let date = draft.pointee.date else { return nil }
        // The details moved into the relation, the draft left with a
        // shared placeholder: read long after parsing, a relation's details
        // are no longer in the cache, and taking them with a retain (then a
        // release as the drafts go) read each from memory.
        let details = withUnsafeMutablePointer(to: &draft.pointee.details) { field in
            let details = field.move()
            field.initialize(to: Relation.Details.placeholder)
            return details
        }
        // Undirected pairs in id order (numbers follow id order).
        let (first, second) = draft.pointee.type.isDirected || from.number < to.number ? (from, to) : (to, from)
        let relation = Relation(type: draft.pointee.type, from: first.id, to: second.id, date: date, until: draft.pointee.until,
                                confidence: draft.pointee.confidence, articleIndex: articleIndex,
                                details: casualties.isEmpty ? details : details.with(casualties: casualties))
        numbers = (first.number, second.number)
        return relation
    }

    private static func sorted(_ diagnostics: [Diagnostic], fileOrder: [ByteKey: Int]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let left = (fileOrder[ByteKey(a.element.path)] ?? -1, a.element.location?.line ?? 0, a.element.location?.column ?? 0, a.offset)
            let right = (fileOrder[ByteKey(b.element.path)] ?? -1, b.element.location?.line ?? 0, b.element.location?.column ?? 0, b.offset)
            return left < right
        }.map(\.element)
    }
}

/// The elements of `items` without repeats, in first-seen order.
func unique<T: Hashable>(_ items: [T]) -> [T] {
    // A faction's few aliases are compared with each other: a set for each
    // was a third of merging the 10k corpus's 2,000 declarations.
    guard items.count > 8 else {
        guard items.count > 1 else { return items }
        var kept: [T] = []
        kept.reserveCapacity(items.count)
        for item in items where !kept.contains(item) { kept.append(item) }
        return kept
    }
    var seen = Set<T>()
    return items.filter { seen.insert($0).inserted }
}
