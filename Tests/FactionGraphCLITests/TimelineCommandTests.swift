import Foundation
import Testing
import FactionGraph
import FactionGraphTestSupport

/// `factiongraph timeline`: the page's frames and the factions' positions,
/// for the samples (expectations computed from the corpus, which grows) and
/// for small corpora.
@Suite struct TimelineCommandTests {
    /// The samples' page (`--every` as given), and the frames the library
    /// computes for the same corpus.
    static func samplesPage(_ extra: [String] = []) throws -> (page: String, expected: [TimelineFrame]) {
        let directory = try RepositoryPaths.temporaryDirectory()
        let output = directory.appendingPathComponent("timeline.html").path
        let result = try CLI.run(["timeline", RepositoryPaths.samples, "-o", output] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["timeline.html"])
        let page = try String(contentsOfFile: output, encoding: .utf8)
        let corpus = CorpusReader.read([RepositoryPaths.samples]).corpus
        let step = extra.count == 2 ? TimelineStep(rawValue: extra[1])! : .change
        return (page, TimelineFrames.frames(of: corpus, every: step))
    }

    @Test func thePageIsSelfContained() throws {
        let (page, _) = try Self.samplesPage()
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<meta charset=\"utf-8\">"))
        for tag in ["<link", "<img", "<iframe", "<object", "<embed", "<script src", "@import", "url(", "fetch(", "XMLHttpRequest"] {
            #expect(!page.contains(tag), "\(tag)")
        }
        // The only addresses are XML namespaces and links to articles (which
        // a reader may follow, but which nothing loads).
        var rest = page[...]
        while let found = rest.range(of: "://") {
            let before = rest[..<found.lowerBound].suffix(40)
            #expect(before.hasSuffix("xmlns=\"http") || before.hasSuffix("xmlns:xlink=\"http")
                    || before.hasSuffix("xlink:href=\"http") || before.hasSuffix("xlink:href=\"https"), "\(before)")
            rest = rest[found.upperBound...]
        }
        #expect(page.components(separatedBy: "<script").count - 1 == 1)
    }

    @Test(arguments: ["change", "month", "quarter", "year"])
    func oneFramePerDateTheCorpusChangedOn(every: String) throws {
        let (page, expected) = try Self.samplesPage(["--every", every])
        let frames = TimelinePageReader(page).frames
        #expect(frames.count >= 2)
        #expect(frames.map(\.date) == expected.map(\.date.description))
        #expect(frames.map(\.label) == expected.map(\.label))
        #expect(frames.map(\.visible) == expected.map(TimelineDiagram.visibleFactions))
        #expect(page.contains("<body data-frames=\"\(expected.count)\">"))
        // The first frame is the first date at which any relation holds.
        let corpus = CorpusReader.read([RepositoryPaths.samples]).corpus
        let first = try #require(expected.first)
        #expect(SnapshotBuilder.snapshot(of: corpus, asOf: first.date).edges.count > 0)
        if every == "change" {
            let earliest = corpus.relations.filter { $0.confidence != .denied }.map(\.date.endDay).min()!
            #expect(first.date.endDay == earliest)
        }
    }

    @Test(arguments: ["change", "year"])
    func everyFrameIsAnSVGWithEveryFactionInOnePlace(every: String) throws {
        let (page, _) = try Self.samplesPage(["--every", every])
        try Self.checkFactionsStayPut(page)
    }

    /// Two contested stances becoming combat: the label
    /// `alliance, truce -> combat` reaches past the canvas estimated for
    /// one-letter names, so the frames are drawn again on a wider canvas.
    @Test func aLabelReachingPastTheEstimatedCanvasStillGivesOneBox() throws {
        let corpus = try CLI.corpus([
            "factions.yaml": "a: A\nb: B\n",
            "1.md": "---\narticle: {title: One, published: 2018-01}\nrelations:\n  - alliance: a -- b\n    evidence: q\n  - truce: a -- b\n    evidence: q\n---\nq\n",
            "2.md": "---\narticle: {title: Two, published: 2019-01}\nrelations:\n  - combat: a -- b\n    evidence: q\n---\nq\n",
        ])
        let result = try CLI.run(["timeline", "."], in: corpus.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains("alliance, truce &#45;&gt; combat"))
        #expect(TimelinePageReader(result.stdoutText).frames.map(\.date) == ["2018-01", "2019-01"])
        try Self.checkFactionsStayPut(result.stdoutText)
    }

    /// Every frame's SVG is well-formed, draws the factions the page expects,
    /// in the same box, each faction at the same centre in every frame.
    static func checkFactionsStayPut(_ page: String) throws {
        let frames = TimelinePageReader(page).frames
        var drawings: [FrameDrawing] = []
        for frame in frames {
            #expect(SVGDocument(Array(frame.svg.utf8)) != nil, "frame \(frame.label) is not well-formed")
            let drawing = try #require(FrameDrawing(svg: frame.svg), "frame \(frame.label)")
            #expect(drawing.centres.keys.sorted() == frame.visible, "frame \(frame.label)")
            drawings.append(drawing)
        }
        // The same box in every frame, so the same coordinates mean the same place on screen.
        #expect(Set(drawings.map(\.viewBox)).count == 1)
        #expect(Set(drawings.map(\.transform)).count == 1)
        var first: [String: (x: Double, y: Double, frame: String)] = [:]
        for (frame, drawing) in zip(frames, drawings) {
            for (id, centre) in drawing.centres {
                guard let seen = first[id] else { first[id] = (centre.x, centre.y, frame.label); continue }
                #expect(abs(seen.x - centre.x) <= 0.02 && abs(seen.y - centre.y) <= 0.02,
                        "\(id) at \(centre) in \(frame.label), at (\(seen.x), \(seen.y)) in \(seen.frame)")
            }
        }
        // Every faction of every frame was checked in some frame.
        let union = Set(frames.flatMap(\.visible))
        #expect(Set(first.keys) == union)
    }

    @Test func withoutOutputThePageGoesToStandardOutput() throws {
        let corpus = try CLI.corpus(["factions.yaml": CLI.registry, "a.md": CLI.goodArticle])
        let result = try CLI.run(["timeline", "."], in: corpus.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.hasPrefix("<!DOCTYPE html>"))
        let frames = TimelinePageReader(result.stdoutText).frames
        #expect(frames.map(\.date) == ["2018-11-19"])
        #expect(frames.map(\.visible) == [["hts", "hurras"]])
        #expect(result.stdoutText.contains("<title>Faction relations over time: .</title>"))
    }

    @Test func aCorpusWithErrorsWritesNothing() throws {
        let corpus = try CLI.corpus(["factions.yaml": CLI.registry, "a.md": CLI.badArticle, "old.html": "old"])
        for arguments in [["-o", "out.html"], ["-o", "old.html"], []] {
            let result = try CLI.run(["timeline", "."] + arguments, in: corpus.path)
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("nothing written"))
        }
        #expect(!FileManager.default.fileExists(atPath: corpus.appendingPathComponent("out.html").path))
        #expect(try String(contentsOf: corpus.appendingPathComponent("old.html"), encoding: .utf8) == "old")
    }

    @Test func aCorpusWithoutRelationsHasNoTimeline() throws {
        let corpus = try CLI.corpus(["factions.yaml": CLI.registry,
                                     "a.md": "---\narticle: {title: Quiet, published: 2018}\n---\nNothing happened.\n"])
        let result = try CLI.run(["timeline", ".", "-o", "out.html"], in: corpus.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("no relation holds at any date"))
        #expect(!FileManager.default.fileExists(atPath: corpus.appendingPathComponent("out.html").path))
    }

    @Test func usageErrors() throws {
        for arguments in [["--every", "week"], ["-o", "timeline.svg"], ["--layout", "circles"]] {
            let result = try CLI.run(["timeline", RepositoryPaths.samples] + arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func theSameInputGivesTheSamePage() throws {
        let first = try CLI.run(["timeline", RepositoryPaths.samples, "--every", "year"])
        let second = try CLI.run(["timeline", RepositoryPaths.samples, "--every", "year"])
        #expect(first.status == 0 && first.stdout == second.stdout)
    }
}
