import Foundation
import Testing
import FactionGraphTestSupport
@testable import FactionGraph

/// Reading in parallel gives the same corpus, diagnostics and output
/// whatever the number of threads.
@Suite struct ParallelReadingTests {
    @Test func theResultDoesNotDependOnTheThreads() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        var files = RandomCorpus.make(factions: 120, relations: 900, seed: 7)
        // Some errors and warnings too, so their order is checked.
        files.append((path: "z/bad.md", text: "---\narticle: {title: B, published: 2019}\nrelations:\n  - combat: g1 -- nobody\n    evidence: q\n---\nq\n"))
        files.append((path: "m/readme.md", text: "notes\n"))
        // And one of each diagnostic the assembly's parallel phases make:
        // a faction declared twice otherwise, an alias naming two
        // factions, an article id taken twice, a contested stance, a
        // relation after a merger.
        func article(_ title: String, _ extra: String, _ relations: String) -> String {
            "---\narticle: {title: \(title), published: 2022\(extra)}\n\(relations)---\nq\n"
        }
        files.append((path: "y/f1.md", text: article("F1", "", "factions:\n  g1: {name: Other Name}\n")))
        files.append((path: "y/f2.md", text: article("F2", "", "factions:\n  x1: {name: X One, aliases: [Group 2]}\n")))
        files.append((path: "y/d1.md", text: article("D1", ", id: same", "")))
        files.append((path: "y/d2.md", text: article("D2", ", id: same", "")))
        files.append((path: "y/c.md", text: article("C", "", """
            relations:
              - alliance: g3 -- g4
                date: 2015
                evidence: q
              - combat: g3 -- g4
                date: 2015
                evidence: q
              - merger: g110 -> g111
                date: 2020
                evidence: q
              - alliance: g110 -- g112
                date: 2021
                evidence: q

            """)))
        for file in files {
            let url = directory.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.text.write(to: url, atomically: true, encoding: .utf8)
        }
        func read(threads: Int) -> (String, [String]) {
            let result = CorpusReader.read([directory.path], options: .init(threads: threads))
            let json = SnapshotJSON.document(SnapshotBuilder.snapshot(of: result.corpus))
            return (json, result.diagnostics.map(\.description))
        }
        let one = read(threads: 1)
        #expect(one.1.count == 8)
        for phrase in ["unknown faction", "no front matter", "must agree on the name", "would name two factions",
                       "is also the id of", "contested:", "merged into"] {
            #expect(one.1.contains { $0.contains(phrase) }, "\(phrase)")
        }
        for threads in [2, 3, 8] {
            let other = read(threads: threads)
            #expect(other.0 == one.0)
            #expect(other.1 == one.1)
        }
    }

    /// Large enough (5,000 relations) that resolving references and making
    /// a snapshot's edges split their work in two halves: the same
    /// relations, snapshots and errors, in the same order, as one thread.
    @Test func theHalvesGiveWhatOneThreadGives() throws {
        let directory = try RepositoryPaths.temporaryDirectory()
        var files = RandomCorpus.make(factions: 150, relations: 5_000, seed: 11)
        // An error early (in the first half) and one late (in the second).
        files.append((path: "a0-bad.md", text: "---\narticle: {title: B, published: 2019}\nrelations:\n  - combat: g1 -- nobody\n    evidence: q\n---\nq\n"))
        files.append((path: "z-bad.md", text: "---\narticle: {title: C, published: 2019}\nrelations:\n  - truce: g2 -- Group 2\n    evidence: q\n---\nq\n"))
        for file in files {
            try file.text.write(to: directory.appendingPathComponent(file.path), atomically: true, encoding: .utf8)
        }
        let one = CorpusReader.read([directory.path], options: .init(threads: 1))
        let two = CorpusReader.read([directory.path], options: .init(threads: 2))
        #expect(one.diagnostics.map(\.description).filter { $0.contains("error:") }.count == 2)
        #expect(two.diagnostics.map(\.description) == one.diagnostics.map(\.description))
        #expect(two.corpus.relations.count == 5_000)
        #expect(two.corpus.relations == one.corpus.relations)
        for date in [nil, "2012", "2016-11", "2019-12-31"].map({ $0.flatMap(PartialDate.init(parsing:)) }) {
            let alone = SnapshotBuilder.snapshot(of: one.corpus, asOf: date, threads: 1)
            let halves = SnapshotBuilder.snapshot(of: two.corpus, asOf: date, threads: 2)
            #expect(halves.edges.count > 100)
            #expect(halves.edges == alone.edges)
            #expect(SnapshotJSON.document(halves) == SnapshotJSON.document(alone))
        }
    }

    @Test func halvesAreJoinedInOrder() {
        // Strings long enough to be allocated: moved, not copied, they
        // must neither be lost nor released twice.
        func item(_ index: Int) -> String { "an item long enough to live on the heap, number \(index)" }
        for threads in [1, 2] {
            let (elements, first, second) = Parallel.halves(threads: threads, firstCapacity: 5, secondCapacity: 6, { (writer: inout HalfWriter<String>) in
                for index in 0..<3 { writer.append(item(index)) }
                writer.swapAt(0, 2)
                return writer.count
            }, { writer in
                for index in 3..<9 { writer.append(item(index)) }
                return "second"
            })
            #expect(elements == [2, 1, 0, 3, 4, 5, 6, 7, 8].map(item))
            #expect(first == 3)
            #expect(second == "second")
            let empty = Parallel.halves(threads: threads, firstCapacity: 0, secondCapacity: 0,
                                        { (_: inout HalfWriter<String>) in 0 }, { _ in 0 })
            #expect(empty.elements.isEmpty)
        }
    }

    @Test func progressIsReportedUpToTheTotal() throws {
        final class Seen: @unchecked Sendable {
            let lock = NSLock()
            var last = (0, 0)
            var calls = 0
        }
        let seen = Seen()
        _ = CorpusReader.read([RepositoryPaths.samples], options: .init(threads: 2, progress: { done, total in
            seen.lock.lock()
            seen.last = (max(seen.last.0, done), total)
            seen.calls += 1
            seen.lock.unlock()
        }))
        #expect(seen.calls >= 1)
        #expect(seen.last.0 == seen.last.1)
        #expect(seen.last.1 == 14)   // 13 articles and the registry
    }
}

/// Files are read in the byte order of their paths, however the directories
/// nest (`a-b.md` comes before `a/b.md`, since `-` sorts before `/`).
@Test func filesAreReadInPathOrder() throws {
    let directory = try RepositoryPaths.temporaryDirectory()
    for path in ["b.md", "a/b.md", "a-b.md", "a/a/z.md", "a0.md", "A.md", "é.md", "a/é/x.md"] {
        let url = directory.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "---\narticle: {title: \(path), published: 2018}\n---\n".write(to: url, atomically: true, encoding: .utf8)
    }
    let result = CorpusReader.read([directory.path])
    #expect(result.corpus.articles.map(\.id) == ["A", "a-b", "a/a/z", "a/b", "a/é/x", "a0", "b", "é"])
}
