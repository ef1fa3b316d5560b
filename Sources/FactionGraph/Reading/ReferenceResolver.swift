extension CorpusAssembler {
    /// Resolves references, remembering each text it has seen: a corpus
    /// names the same few factions thousands of times, and folding a name
    /// (Unicode lower-casing) costs far more than a dictionary lookup.
    struct ReferenceResolver {
        let index: NameIndex
        /// Faction ids in id order: a faction's number is its place here.
        let factionIDs: [FactionID]
        private let numbers: [ByteKey: Int32]
        /// What the references resolved to (see `Memo`).
        private let memo = Memo()
        /// False when a registry could not be read to its end: an unknown
        /// reference may name one of its unread factions.
        let reportsUnknown: Bool

        private enum Resolution {
            case one(FactionID, Int32)
            case other([FactionID])
        }

        /// What each text of the parsing threads' tables resolved to, worked
        /// out before the files are split between threads (see
        /// `resolvingTables`): a faction number, or -1 where a text names no
        /// faction or several (resolved again where it is used, for its
        /// errors).
        private var resolvedTables: [ObjectIdentifier: [Int32]] = [:]

        /// A `ReferenceNames` with what its texts resolved to.
        struct Table {
            let names: ReferenceNames
            /// The faction number of each text, where it was resolved
            /// beforehand (`resolvedTables`).
            fileprivate let resolved: [Int32]
        }

        /// What references resolved to, in an object of its own: held in
        /// the resolver's own stored properties, the tables were copied
        /// whole on every store (a copy of the resolver, made for a call,
        /// still shared them): 25 s of 100,000 articles' assembly, not 2.
        ///
        /// Its table's accesses are not checked for exclusivity: one thread
        /// uses a resolver, and the checks cost about as much as the
        /// lookups they guarded.
        private final class Memo {
            /// What each reference text resolved to: one faction with its
            /// number, or the (zero or several) factions it names. Texts
            /// numbered while parsing are resolved beforehand
            /// (`resolvedTables`); this holds the others (casualties) and
            /// those that name no faction or several.
            @exclusivity(unchecked) var byText: [ByteKey: Resolution] = [:]
        }

        /// `names` as a table of this resolver.
        func table(_ names: ReferenceNames) -> Table {
            Table(names: names, resolved: resolvedTables[ObjectIdentifier(names)] ?? [])
        }

        /// The faction the reference numbered `number` in `table` names;
        /// `resolve(_:diagnostics:)` for the reference at `location`.
        mutating func resolve(_ number: UInt32, in table: Table, at location: SourceLocation,
                              diagnostics: inout [Diagnostic]) -> (id: FactionID, number: Int32)? {
            if Int(number) < table.resolved.count {
                let faction = table.resolved[Int(number)]
                if faction >= 0 { return (factionIDs[Int(faction)], faction) }
            }
            return resolve(table.names.reference(number, at: location), diagnostics: &diagnostics)
        }

        /// A resolver like this one with nothing remembered, for another
        /// thread: the tables of what references resolved to are not
        /// shared, and neither are the faction ids it puts in relations.
        /// (Each id is a copy of its own: two threads retaining the same
        /// strings for every relation contend for their reference counts.)
        func anew() -> ReferenceResolver {
            let ids = factionIDs.map { String(decoding: Array($0.utf8), as: UTF8.self) }
            var resolver = ReferenceResolver(index: index, factionIDs: ids, numbers: numbers, reportsUnknown: reportsUnknown)
            resolver.resolvedTables = resolvedTables
            return resolver
        }

        /// This resolver with every text of `tables` resolved beforehand,
        /// the tables side by side on up to `threads` threads.
        ///
        /// Parsing numbers the references in one table per thread. Without
        /// this, each of the threads that resolve the files resolved every
        /// text of every table again in its own memo (8,300 texts, about 70
        /// million instructions on the 10k corpus, twice).
        func resolvingTables(_ tables: [ReferenceNames], threads: Int) -> ReferenceResolver {
            let results = UnsafeMutableBufferPointer<[Int32]>.allocate(capacity: tables.count)
            results.initialize(repeating: [])
            defer {
                _ = results.deinitialize()
                results.deallocate()
            }
            // Each table's result goes to its own slot.
            nonisolated(unsafe) let shared = results
            Parallel.forEachChunk(count: tables.count, threads: threads, chunk: 1) { _, range in
                for table in range { shared[table] = tables[table].texts.map(resolvedNumber(of:)) }
            }
            var resolver = self
            for (table, names) in tables.enumerated() { resolver.resolvedTables[ObjectIdentifier(names)] = results[table] }
            return resolver
        }

        /// The number of the one faction `text` names, or -1.
        private func resolvedNumber(of text: String) -> Int32 {
            lookUp(text).number ?? -1
        }

        /// The factions `text` names, and the number of the faction when it
        /// names exactly one.
        private func lookUp(_ text: String) -> (found: [FactionID], number: Int32?) {
            let found = index.factions(for: text)
            return (found, found.count == 1 ? numbers[ByteKey(found[0])] : nil)
        }

        private init(index: NameIndex, factionIDs: [FactionID], numbers: [ByteKey: Int32], reportsUnknown: Bool) {
            self.index = index
            self.factionIDs = factionIDs
            self.numbers = numbers
            self.reportsUnknown = reportsUnknown
        }

        init(index: NameIndex, factionIDs: [FactionID], reportsUnknown: Bool = true) {
            self.index = index
            self.factionIDs = factionIDs
            self.reportsUnknown = reportsUnknown
            numbers = Dictionary(uniqueKeysWithValues: factionIDs.enumerated().map { (ByteKey($1), Int32($0)) })
        }

        /// The faction `reference` names, with its number; `nil` (with an
        /// error) for an unknown or ambiguous reference.
        mutating func resolve(_ reference: Reference, diagnostics: inout [Diagnostic]) -> (id: FactionID, number: Int32)? {
            report(resolution(of: reference.text), reference, diagnostics: &diagnostics)
        }

        /// What `text` names, looked up once per text.
        private mutating func resolution(of text: String) -> Resolution {
            let key = ByteKey(text)
            if let cached = memo.byText[key] { return cached }
            let resolution: Resolution
            let (found, number) = lookUp(text)
            if let number {
                resolution = .one(factionIDs[Int(number)], number)
            } else {
                resolution = .other(found)
            }
            memo.byText[key] = resolution
            return resolution
        }

        /// The faction of `resolution`, or `nil` with an error at
        /// `reference` when it names none or several.
        private func report(_ resolution: Resolution, _ reference: Reference,
                            diagnostics: inout [Diagnostic]) -> (id: FactionID, number: Int32)? {
            let matches: [FactionID]
            switch resolution {
            case .one(let id, let number): return (id, number)
            case .other(let found): matches = found
            }
            if matches.isEmpty {
                guard reportsUnknown else { return nil }
                let suggestions = index.suggestions(for: reference.text)
                var message = "unknown faction '\(reference.text)'"
                if !suggestions.isEmpty {
                    message += "; closest known: " + suggestions.map { "'\($0)'" }.joined(separator: ", ")
                }
                diagnostics.append(.error(reference.location, message))
            } else {
                diagnostics.append(.error(reference.location,
                    "'\(reference.text)' is ambiguous: it names \(matches.sorted().joined(separator: " and "))"))
            }
            return nil
        }
    }
}
