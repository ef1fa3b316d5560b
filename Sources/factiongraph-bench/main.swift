// In-process benchmarks: the stages a command line cannot isolate (a query
// on an already-built snapshot, writing DOT, Graphviz in-process against
// the `dot` program). Prints one `name<TAB>value<TAB>unit` line per figure.
//
// A small hand-written timer (median of repeated runs with ContinuousClock)
// rather than a benchmark framework: these figures feed scripts/bench.py,
// which compares them with whole-command timings and the Python baseline
// in one table; ordo-one/benchmark would need its own package and a
// malloc interposer for the same medians.
//
//   factiongraph-bench CORPUS [--at DATE] [--from ID --to ID] [--graphviz DIR [--frames N] [--frames-corpus SMALL]]
//   factiongraph-bench CORPUS --yaml                 front matter parsing only
//   factiongraph-bench CORPUS --profile-snapshot N   N snapshots, for a profiler
//   factiongraph-bench CORPUS --profile-dot N        N DOT writes, for a profiler
//   factiongraph-bench CORPUS --profile-json N       N JSON writes, for a profiler

import Foundation
import FactionGraph
import FactionGraphRender

/// CPU time (user + sys) of the whole process so far, in seconds.
func processCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// The CPU time of the last call to `median`: the median over its runs.
nonisolated(unsafe) var lastMedianCPU = 0.0

/// The median wall time of `runs` runs of `body`; the median CPU time of
/// the same runs is left in `lastMedianCPU` (a busy machine shows in the
/// wall time, hardly in the CPU time).
func median(_ runs: Int, _ body: () -> Void) -> Double {
    var seconds: [Double] = []
    var cpu: [Double] = []
    for _ in 0..<runs {
        let start = ContinuousClock.now
        let startCPU = processCPUSeconds()
        body()
        cpu.append(processCPUSeconds() - startCPU)
        let elapsed = ContinuousClock.now - start
        seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
    lastMedianCPU = cpu.sorted()[cpu.count / 2]
    return seconds.sorted()[seconds.count / 2]
}

func report(_ name: String, _ value: Double, _ unit: String) {
    print("\(name)\t\(String(format: "%.4f", value))\t\(unit)")
}

func option(_ name: String) -> String? {
    guard let index = CommandLine.arguments.firstIndex(of: name), index + 1 < CommandLine.arguments.count else { return nil }
    return CommandLine.arguments[index + 1]
}

/// Runs `dot` with `arguments` on `input`, waiting with a termination
/// handler (`waitUntilExit` adds about 50 ms a call here).
func runDot(_ arguments: [String], input: URL) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
    process.arguments = arguments + [input.path, "-o", "/dev/null"]
    let done = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in done.signal() }
    try? process.run()
    done.wait()
}

let arguments = CommandLine.arguments
guard arguments.count > 1 else {
    FileHandle.standardError.write(Data("usage: factiongraph-bench CORPUS [--at DATE] [--from ID --to ID] [--graphviz DIR [--frames N] [--frames-corpus SMALL]]\n".utf8))
    exit(2)
}
let corpusPath = arguments[1]

// libyaml's event stream into our node tree, on one thread: the figure to
// set beside Yams' `compose` (0.66 s with the basic resolver for the front
// matter of 10,000 generated articles, measured on this machine kind).
if CommandLine.arguments.contains("--yaml") {
    var frontMatters: [[UInt8]] = []
    let walker = FileManager.default.enumerator(atPath: corpusPath)
    while let relative = walker?.nextObject() as? String {
        guard relative.hasSuffix(".md"), let data = FileManager.default.contents(atPath: corpusPath + "/" + relative) else { continue }
        let bytes = [UInt8](data)
        // The front matter: up to the second line that is `---`.
        var lines = 0
        var end = bytes.count
        for index in bytes.indices where bytes[index] == 0x0A {
            lines += 1
            if index + 4 <= bytes.count, bytes[index + 1] == 0x2D, bytes[index + 2] == 0x2D, bytes[index + 3] == 0x2D, lines > 1 {
                end = index + 1
                break
            }
        }
        frontMatters.append(Array(bytes[..<end]))
    }
    let megabytes = Double(frontMatters.reduce(0) { $0 + $1.count }) / 1e6
    report("yaml.front_matters", Double(frontMatters.count), "files")
    report("yaml.megabytes", megabytes, "MB")
    let seconds = median(3) {
        for bytes in frontMatters { _ = bytes.withUnsafeBytes { YAMLParser.parse($0) } }
    }
    report("yaml.seconds", seconds, "s")
    report("yaml.megabytes_per_second", megabytes / seconds, "MB/s")
    exit(0)
}

// Reading, once, for the stages that work on a built snapshot.
var result: ReadResult!
report("read.seconds", median(1) { result = CorpusReader.read([corpusPath]) }, "s")
let corpus = result.corpus
let date = option("--at").flatMap(PartialDate.init(parsing:))
var snapshot: Snapshot!
if let repeats = option("--profile-snapshot").flatMap(Int.init) {
    // For a profiler: only snapshots, many times.
    for _ in 0..<repeats { _ = SnapshotBuilder.snapshot(of: corpus, asOf: date) }
    exit(0)
}
report("snapshot.seconds", median(3) { snapshot = SnapshotBuilder.snapshot(of: corpus, asOf: date) }, "s")
report("snapshot.edges", Double(snapshot.edges.count), "edges")
report("snapshot.factions", Double(snapshot.factions.count), "factions")

// A path query on the built snapshot: the adjacency, then every shortest path.
if let from = option("--from"), let to = option("--to") {
    var found = 0
    report("path.query.seconds", median(11) {
        let graph = SnapshotGraph(snapshot)
        found = PathSearch.shortestPaths(in: graph, from: from, to: to).count
    }, "s")
    report("path.query.cpu_seconds", lastMedianCPU, "s")
    report("path.query.paths", Double(found), "paths")
}

// A diff between the snapshot and one five years earlier.
let earlier = PartialDate(year: snapshot.asOf.year - 5)!
let old = SnapshotBuilder.snapshot(of: corpus, asOf: earlier)
var changes = 0
report("diff.seconds", median(11) {
    let diff = SnapshotDiffer.diff(old, snapshot)
    changes = diff.added.count + diff.removed.count + diff.changed.count
}, "s")
report("diff.cpu_seconds", lastMedianCPU, "s")
report("diff.changes", Double(changes), "changes")

// Writing DOT and JSON of the latest snapshot (the largest one: every
// relation still standing), wall and CPU time.
let latest = SnapshotBuilder.snapshot(of: corpus, asOf: nil)
report("writers.edges", Double(latest.edges.count), "edges")
if let repeats = option("--profile-dot").flatMap(Int.init) {
    // For a profiler: only DOT writing, many times.
    for _ in 0..<repeats { _ = SnapshotDiagram.dotBytes(latest) }
    exit(0)
}
if let repeats = option("--profile-json").flatMap(Int.init) {
    for _ in 0..<repeats { _ = SnapshotJSON.documentBytes(latest) }
    exit(0)
}
// The bytes `render --format dot` writes (no String in between).
var dot: [UInt8] = []
let dotSeconds = median(5) { dot = SnapshotDiagram.dotBytes(latest) }
let dotCPU = lastMedianCPU
report("dot.seconds", dotSeconds, "s")
report("dot.cpu_seconds", dotCPU, "s")
report("dot.megabytes", Double(dot.count) / 1e6, "MB")
report("dot.megabytes_per_second", Double(dot.count) / 1e6 / dotSeconds, "MB/s")
report("dot.megabytes_per_cpu_second", Double(dot.count) / 1e6 / dotCPU, "MB/s")
// The bytes `render --format json` writes (no String in between).
var json: [UInt8] = []
let jsonSeconds = median(5) { json = SnapshotJSON.documentBytes(latest) }
let jsonCPU = lastMedianCPU
report("json.seconds", jsonSeconds, "s")
report("json.cpu_seconds", jsonCPU, "s")
report("json.megabytes", Double(json.count) / 1e6, "MB")
report("json.megabytes_per_second", Double(json.count) / 1e6 / jsonSeconds, "MB/s")
report("json.megabytes_per_cpu_second", Double(json.count) / 1e6 / jsonCPU, "MB/s")

// Graphviz in-process against the `dot` program on the same DOT: one large
// diagram (the snapshot, sfdp), and many small ones (the snapshots of the
// first dates of a small corpus's timeline, neato).
if let directory = option("--graphviz") {
    let folder = URL(fileURLWithPath: directory)
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let large = SnapshotDiagram.dot(snapshot, options: DiagramOptions(layout: "sfdp"))
    let largeFile = folder.appendingPathComponent("large.dot")
    try large.write(to: largeFile, atomically: true, encoding: .utf8)
    report("graphviz.large.factions", Double(snapshot.factions.count), "factions")
    report("graphviz.large.inprocess.seconds", median(3) {
        _ = try? Graphviz.render(dot: large, format: .svg, layout: .sfdp)
    }, "s")
    report("graphviz.large.subprocess.seconds", median(3) { runDot(["-Ksfdp", "-Tsvg"], input: largeFile) }, "s")

    // Small diagrams: the snapshots of the first dates of another, small
    // corpus's timeline, when given (many small renders, where starting a
    // process each time costs most).
    let count = option("--frames").flatMap(Int.init) ?? 24
    let framesCorpus = option("--frames-corpus").map { CorpusReader.read([$0]).corpus } ?? corpus
    let frames = Array(TimelineFrames.frames(of: framesCorpus, every: .month).prefix(count))
    let texts = frames.map { SnapshotDiagram.dot($0.snapshot, options: DiagramOptions(legend: false, layout: "neato")) }
    var files: [URL] = []
    for (index, text) in texts.enumerated() {
        let file = folder.appendingPathComponent("frame-\(index).dot")
        try text.write(to: file, atomically: true, encoding: .utf8)
        files.append(file)
    }
    report("graphviz.frames.count", Double(texts.count), "frames")
    report("graphviz.frames.inprocess.seconds", median(3) {
        for text in texts { _ = try? Graphviz.render(dot: text, format: .svg, layout: .neato) }
    }, "s")
    report("graphviz.frames.subprocess.seconds", median(3) {
        for file in files { runDot(["-Kneato", "-Tsvg"], input: file) }
    }, "s")
}
