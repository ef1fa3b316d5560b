import Foundation
import Testing
import FactionGraph
import FactionGraphTestSupport

/// `factiongraph timeline` (and its alias `explore`): one self-contained
/// page with the data once, its steps those of the timeline's frames, every
/// faction laid out once. (The page in a browser: Tests/Browser.)
@Suite struct TimelineCommandTests {
    /// The data the page embeds, decoded.
    static func data(_ page: String) throws -> [String: Any] {
        let open = try #require(page.range(of: "<script type=\"application/json\" id=\"explorer-data\">"))
        let close = try #require(page[open.upperBound...].range(of: "</script>"))
        let json = Data(page[open.upperBound..<close.lowerBound].utf8)
        return try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    }

    /// The samples' page (with `extra` options) and its data.
    static func samplesPage(_ extra: [String] = []) throws -> (page: String, data: [String: Any]) {
        let directory = try RepositoryPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("timeline.html").path
        let result = try CLI.run(["timeline", RepositoryPaths.samples, "-o", output] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["timeline.html"])
        let page = try String(contentsOfFile: output, encoding: .utf8)
        return (page, try data(page))
    }

    @Test func thePageIsSelfContained() throws {
        let (page, data) = try Self.samplesPage()
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<meta charset=\"utf-8\">"))
        for tag in ["<link", "<img", "<iframe", "<object", "<embed", "<script src", "@import", "fetch(", "XMLHttpRequest"] {
            #expect(!page.contains(tag), "\(tag)")
        }
        #expect(page.components(separatedBy: "<script").count - 1 == 2)
        #expect(data["format"] as? String == "factiongraph-explorer/1")
        #expect(data["layout"] as? String == "dot")
    }

    @Test(arguments: TimelineStep.allCases)
    func oneStepPerFrameAndEveryFactionInItsPlace(every: TimelineStep) throws {
        let (_, data) = try Self.samplesPage(["--every", every.rawValue])
        let corpus = CorpusReader.read([RepositoryPaths.samples]).corpus
        let frames = TimelineFrames.frames(of: corpus, every: every)
        let steps = try #require(data["steps"] as? [[String: Any]])
        #expect(steps.map { $0["date"] as? String } == frames.map(\.date.description))
        #expect(steps.map { $0["label"] as? String } == frames.map(\.label))
        #expect(steps.map { $0["day"] as? Int } == frames.map(\.date.endDay))
        #expect(data["every"] as? String == every.rawValue)
        let factions = try #require(data["factions"] as? [[String: Any]])
        #expect(factions.map { $0["id"] as? String } == Set(frames.flatMap { $0.snapshot.factions.map(\.id) }).sorted())
        // Laid out: each faction somewhere of its own, with a size.
        var places = Set<String>()
        for faction in factions {
            let x = try #require(faction["x"] as? Double), y = try #require(faction["y"] as? Double)
            #expect((faction["w"] as? Double ?? 0) > 0 && (faction["h"] as? Double ?? 0) > 0)
            places.insert("\(x),\(y)")
        }
        #expect(places.count == factions.count)
    }

    @Test func theLayoutEngineCanBeChosen() throws {
        let (_, data) = try Self.samplesPage(["--layout", "neato"])
        #expect(data["layout"] as? String == "neato")
    }

    /// Mapping Militants: the page holds the data once, so a step per change
    /// costs little more than a step per year.
    @Test func thePageGrowsWithTheDataNotTheDates() throws {
        let corpus = try CLI.corpus(try MappingMilitants.corpus())
        let byChange = try CLI.run(["timeline", corpus.path])
        let byYear = try CLI.run(["timeline", corpus.path, "--every", "year"])
        #expect(byChange.status == 0 && byYear.status == 0)
        let steps = try #require(try Self.data(byChange.stdoutText)["steps"] as? [Any])
        #expect(steps.count > 150)
        #expect(byChange.stdout.count < 2_000_000)
        #expect(Double(byChange.stdout.count) < Double(byYear.stdout.count) * 1.25)
    }

    @Test func exploreIsAnotherNameForTimeline() throws {
        let first = try CLI.run(["timeline", RepositoryPaths.samples, "--every", "year"])
        let second = try CLI.run(["explore", RepositoryPaths.samples, "--every", "year"])
        #expect(first.status == 0 && first.stdout == second.stdout)
    }

    @Test func withoutOutputThePageGoesToStandardOutput() throws {
        let corpus = try CLI.corpus(["factions.yaml": CLI.registry, "a.md": CLI.goodArticle])
        let result = try CLI.run(["timeline", "."], in: corpus.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.hasPrefix("<!DOCTYPE html>"))
        let data = try Self.data(result.stdoutText)
        #expect((data["steps"] as? [[String: Any]])?.map { $0["date"] as? String } == ["2018-11-19"])
        #expect((data["factions"] as? [[String: Any]])?.map { $0["id"] as? String } == ["hts", "hurras"])
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
        let first = try CLI.run(["timeline", RepositoryPaths.samples])
        let second = try CLI.run(["timeline", RepositoryPaths.samples])
        #expect(first.status == 0 && first.stdout == second.stdout)
    }
}
