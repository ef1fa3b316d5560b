import ArgumentParser
import FactionGraph
import FactionGraphRender

/// `factiongraph path CORPUS FROM TO`: how two groups are connected.
struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Find the chains of relations between two factions, each link with its evidence.",
        discussion: """
            By default every shortest path, relations walked in either direction. A path \
            is a sequence of relations: two paths through the same factions over different \
            relations are two paths. Each path has a sign, the product of its hops' \
            polarities, from the vocabulary (allegiance, alliance, truce, merger +; combat, \
            rivalry -; split ?). \
            Exit status: 0 a path was found, 1 none, 2 trouble (errors in the corpus, an \
            unknown faction, an unwritable output).
            """
    )

    @Argument(help: ArgumentHelp("The corpus directory (or an article or registry file).", valueName: "corpus"))
    var corpus: String

    @Argument(help: ArgumentHelp("Where paths start: a faction id, name or alias.", valueName: "from"))
    var from: String

    @Argument(help: ArgumentHelp("Where paths end: a faction id, name or alias.", valueName: "to"))
    var to: String

    @OptionGroup var snapshotOptions: SnapshotOptions

    @OptionGroup var threading: ThreadOptions

    @Option(help: RelationTypeList.help, transform: RelationTypeList.parse)
    var types: RelationTypeList?

    @Flag(help: "Simple paths up to --max-hops (the first --limit of them), shortest first, not only the shortest.")
    var all = false

    @Option(help: ArgumentHelp("With --all: the longest path to list (default: 4).", valueName: "n"))
    var maxHops: Int?

    @Option(help: ArgumentHelp("With --all: list at most this many paths, the first in order (default: \(Self.defaultLimit)); a note on standard error says when more were found.",
                               valueName: "n"))
    var limit: Int?

    /// `--max-hops`, or its default.
    private var hopLimit: Int { maxHops ?? 4 }

    /// Paths multiply with every parallel relation (from the busiest faction
    /// of the 10,000-article benchmark corpus: 6,861 paths within 3 hops,
    /// too many to hold within 4), so `--all` lists the 100 shortest unless
    /// told otherwise.
    static let defaultLimit = 100

    @Flag(help: "Follow directed types (allegiance, split, merger, ...) only along their arrows.")
    var directed = false

    @OptionGroup var output: GraphOutputOptions

    static let formats: [OutputFormat] = [.text, .json, .dot, .svg, .png, .pdf]

    func validate() throws {
        if let maxHops, maxHops < 1 { throw ValidationError("--max-hops must be 1 or more.") }
        if maxHops != nil && !all { throw ValidationError("--max-hops goes with --all.") }
        if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more.") }
        if limit != nil && !all { throw ValidationError("--limit goes with --all.") }
        _ = try output.resolvedFormat(supported: Self.formats, fallback: .text)
    }

    func run() throws {
        let format = try output.resolvedFormat(supported: Self.formats, fallback: .text)
        let corpus = try CorpusOptions.readValid([corpus], threads: threading, exitStatus: 2)
        var clock = PhaseClock()
        let snapshot = snapshotOptions.snapshot(of: corpus, threading: threading)
        clock.lap("snapshot")
        let lookup = FactionLookup(corpus)
        var source = try lookup.require(from, exitStatus: 2)
        var target = try lookup.require(to, exitStatus: 2)
        source.name = source.name(asOf: snapshot.asOf)
        target.name = target.name(asOf: snapshot.asOf)
        let graph = SnapshotGraph(snapshot, options: .init(types: try types?.types(in: corpus.vocabulary), directed: directed))
        KeptUntilExit.keep((snapshot, graph))
        let listing = all
            ? PathSearch.simplePaths(in: graph, from: source.id, to: target.id, maxHops: hopLimit,
                                     limit: limit ?? Self.defaultLimit)
            : nil
        let paths = listing?.paths ?? PathSearch.shortestPaths(in: graph, from: source.id, to: target.id)
        clock.lap("paths")
        // Names as of the snapshot's date (a faction may have been renamed).
        let names = Dictionary(uniqueKeysWithValues: corpus.factions.values.map { ($0.id, $0.name(asOf: snapshot.asOf)) })

        let bytes: [UInt8]
        switch format {
        case .text:
            bytes = Array(PathText.document(paths, from: source, to: target, asOf: snapshot.asOf, names: names,
                                            articles: snapshot.articles, kind: all ? "simple" : "shortest",
                                            found: listing.flatMap { $0.isCut ? Self.found($0) : nil }).utf8)
        case .json:
            bytes = Array(PathJSON.document(paths, from: source.id, to: target.id, asOf: snapshot.asOf,
                                            articles: snapshot.articles).utf8)
        default:
            let title = "\(paths.count) path\(paths.count == 1 ? "" : "s") from \(source.name) to \(target.name), as of \(snapshot.asOf)"
            let engine = output.layout ?? .suggested(nodeCount: snapshot.factions.count)
            let diagram = try output.diagram(engine: engine, nodeCount: snapshot.factions.count) { labels in
                Array(HighlightDiagram.dot(snapshot, highlighting: Set(paths.flatMap { $0.hops.map(\.edge.key) }),
                                           factions: Set(paths.flatMap(\.factions) + [source.id, target.id]),
                                           title: title, layout: engine.rawValue, labels: labels).utf8)
            }
            bytes = try output.bytes(dot: diagram.dot, format: format, engine: diagram.engine)
        }
        try output.write(bytes, format: format)
        clock.lap("output")
        if let listing, listing.isCut {
            DiagnosticPrinter(stream: .standardError).note(
                "listed \(listing.paths.count) of \(Self.found(listing)) simple paths of at most \(hopLimit) hops; raise --limit to list more")
        }
        if paths.isEmpty { throw ExitCode(1) }
    }

    /// How many paths were found: `123`, or `at least 123` when counting
    /// stopped early.
    static func found(_ listing: PathListing) -> String {
        listing.isCountComplete ? "\(listing.found)" : "at least \(listing.found)"
    }
}

/// `--types allegiance,combat`: names checked against the corpus's
/// vocabulary once it is read.
struct RelationTypeList {
    var names: [String]

    static func parse(_ text: String) throws -> RelationTypeList {
        let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !names.isEmpty else { throw ValidationError("--types needs at least one relation type.") }
        return RelationTypeList(names: names)
    }

    /// The types named, from `vocabulary`; an unknown name is a usage error
    /// listing the known types, closest first.
    func types(in vocabulary: Vocabulary) throws -> Set<RelationType> {
        try Set(names.map { name in
            guard let type = vocabulary.type(named: name) else {
                throw ValidationError("Unknown relation type '\(name)' in --types; the corpus's types, closest first: \(vocabulary.namesClosest(to: name).joined(separator: ", ")).")
            }
            return type
        })
    }

    /// `--types`' help.
    static let help = ArgumentHelp(
        "Only these relation types, comma-separated: the built-in allegiance, alliance, truce, combat, split, rivalry, merger, or the corpus's own.",
        valueName: "types")
}
