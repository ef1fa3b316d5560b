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

        /// A `ReferenceNames` with its place among the resolver's tables.
        struct Table {
            let names: ReferenceNames
            /// Where its texts start in `byNumber`.
            fileprivate let number: Int
            /// The faction number of each text, where it was resolved
            /// beforehand (`resolvedTables`).
            fileprivate let resolved: [Int32]
        }

        /// What references resolved to, in an object of its own: held in
        /// the resolver's own stored properties, the tables were copied
        /// whole on every store (a copy of the resolver, made for a call,
        /// still shared them): 25 s of 100,000 articles' assembly, not 2.
        ///
        /// Its tables' accesses are not checked for exclusivity: one thread
        /// uses a resolver, and the checks (two calls per reference) cost
        /// about as much as the array lookups they guarded.
        private final class Memo {
            /// What each reference text resolved to: one faction with its
            /// number, or the (zero or several) factions it names.
            @exclusivity(unchecked) var byText: [ByteKey: Resolution] = [:]
            /// Where each table's texts start in `byNumber`, and what each
            /// text of each table resolved to, by the text's number: a
            /// reference that was numbered while parsing is found here by
            /// an array index, without hashing its text.
            var tables: [ObjectIdentifier: Int] = [:]
            @exclusivity(unchecked) var byNumber: [Resolution?] = []
        }

        /// `names` as a table of this resolver.
        mutating func table(_ names: ReferenceNames) -> Table {
            let resolved = resolvedTables[ObjectIdentifier(names)] ?? []
            if let start = memo.tables[ObjectIdentifier(names)] { return Table(names: names, number: start, resolved: resolved) }
            let start = memo.byNumber.count
            memo.tables[ObjectIdentifier(names)] = start
            memo.byNumber.append(contentsOf: repeatElement(nil, count: names.texts.count))
            return Table(names: names, number: start, resolved: resolved)
        }

        /// The faction the reference numbered `number` in `table` names;
        /// `resolve(_:diagnostics:)` for the reference at `location`.
        mutating func resolve(_ number: UInt32, in table: Table, at location: SourceLocation,
                              diagnostics: inout [Diagnostic]) -> (id: FactionID, number: Int32)? {
            if Int(number) < table.resolved.count {
                let faction = table.resolved[Int(number)]
                if faction >= 0 { return (factionIDs[Int(faction)], faction) }
            }
            let slot = table.number + Int(number)
            let cached = memo.byNumber[slot]
            if case .one(let id, let faction)? = cached { return (id, faction) }
            let reference = table.names.reference(number, at: location)
            let resolution = self.resolution(of: reference.text)
            if cached == nil { memo.byNumber[slot] = resolution }
            return report(resolution, reference, diagnostics: &diagnostics)
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
            let found = index.factions(for: text)
            guard found.count == 1 else { return -1 }
            return numbers[ByteKey(found[0])] ?? -1
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
            let found = index.factions(for: text)
            if found.count == 1, let number = numbers[ByteKey(found[0])] {
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
