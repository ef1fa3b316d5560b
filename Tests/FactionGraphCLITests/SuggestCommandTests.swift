#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
import FactionGraphTestSupport

/// `factiongraph suggest`, run as a user runs it.
@Suite struct SuggestCommandTests {
    static let raw = """
        Tahrir al-Sham fought Hurras al-Din near Harem on Sunday. Hurras al-Din reportedly joined forces with Tahrir al-Sham later.

        """

    @Test func printsTheArticleWithItsDraftFrontMatter() throws {
        let corpus = try CLI.corpus(["factions.yaml": CLI.registry, "drafts/2018-11-19-harem.txt": Self.raw])
        let result = try CLI.run(["suggest", "drafts/2018-11-19-harem.txt", "--corpus", "factions.yaml"], in: corpus.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText == """
            ---
            article:
              title: Harem  # suggested: the text's first line, or the file's name
              published: 2018-11-19  # suggested: from the file name
            # suggested: known factions named in the text: hts 2, hurras 2
            relations:
              - combat: hts -- hurras  # suggested: cue "fought", sentence 1, score 0.90
                evidence: Tahrir al-Sham fought Hurras al-Din near Harem on Sunday
                date: 2018-11-18
              - alliance: hurras -- hts  # suggested: cue "joined forces with", sentence 2, score 0.92
                evidence: Hurras al-Din reportedly joined forces with Tahrir al-Sham later
                confidence: alleged
            ---

            """ + Self.raw)
    }

    @Test func writeAddsTheFrontMatterAtomicallyAndCheckPasses() throws {
        let corpus = try CLI.corpus(["factions.yaml": CLI.registry, "a.md": CLI.goodArticle, "2018-11-19-new.md": Self.raw])
        let result = try CLI.run(["suggest", "2018-11-19-new.md", "a.md", "--corpus", ".", "--write"], in: corpus.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText == "")
        #expect(result.stderr == """
            2018-11-19-new.md: 2 relations and 0 new factions suggested
            a.md: 0 relations and 0 new factions suggested

            """)
        // The human's article is as it was: its one relation was there already.
        #expect(try String(contentsOf: corpus.appendingPathComponent("a.md"), encoding: .utf8) == CLI.goodArticle)
        let check = try CLI.run(["check", "."], in: corpus.path)
        #expect(check.stdoutText.hasSuffix("2 articles, 2 factions, 3 relations: 0 errors, 1 warning\n"), "\(check.stdoutText)")
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
        #expect(!files.contains { $0.hasSuffix(".tmp") })
    }

    /// A folder drafted at once passes `check`: a group two articles name
    /// differently gets one id, and two groups no id of each other's.
    @Test func aFolderDraftedTogetherPassesCheck() throws {
        let corpus = try CLI.corpus([
            "factions.yaml": CLI.registry,
            "2015-03-28-idlib.md": "Jaysh al-Fatah, the Army of Conquest, took Idlib from the government.\n",
            "2015-04-02-harem.md": "The Army of Conquest fought Hurras al-Din near Harem. أعلنت جبهة تحرير سوريا ذلك.\n",
            "2015-04-03-hama.md": "أعلنت جبهة ثوار سوريا ذلك. Its men clashed with Tahrir al-Sham.\n",
        ])
        let result = try CLI.run(["suggest", ".", "--corpus", "factions.yaml", "--write"], in: corpus.path)
        #expect(result.status == 0, "\(result.stderr)")
        let harem = try String(contentsOf: corpus.appendingPathComponent("2015-04-02-harem.md"), encoding: .utf8)
        #expect(harem.contains("""
            factions:
              jaysh-al-fatah:  # suggested: new faction (a capitalised name on a group word); seen "Army of Conquest" 1x
                name: Jaysh al-Fatah
                aliases: [Army of Conquest]
              faction-2:  # suggested: new faction (a name on an Arabic group word); seen "جبهة تحرير سوريا" 1x
                name: جبهة تحرير سوريا
            relations:
              - combat: jaysh-al-fatah -- hurras  # suggested: cue "fought", sentence 1, score
            """), "\(harem)")
        let hama = try String(contentsOf: corpus.appendingPathComponent("2015-04-03-hama.md"), encoding: .utf8)
        #expect(hama.contains("  faction-1:  # suggested: new faction (a name on an Arabic group word); seen \"جبهة ثوار سوريا\" 1x\n"), "\(hama)")
        let check = try CLI.run(["check", "."], in: corpus.path)
        #expect(check.status == 0, "\(check.stdoutText)\(check.stderr)")
        #expect(check.stdoutText.hasSuffix("3 articles, 5 factions, 2 relations: 0 errors, 0 warnings\n"), "\(check.stdoutText)")
    }

    /// A raw file saved by Windows tools (a byte order mark, CRLF lines)
    /// gets its front matter first, the mark dropped, its lines as they were.
    @Test func aByteOrderMarkIsDroppedNotLeftInTheMiddle() throws {
        let raw = "\u{FEFF}Tahrir al-Sham fought Hurras al-Din near Harem on Sunday.\r\nIt ended.\r\n"
        let corpus = try CLI.corpus(["factions.yaml": CLI.registry, "2018-11-19-harem.md": raw])
        let result = try CLI.run(["suggest", "2018-11-19-harem.md", "--corpus", ".", "--write"], in: corpus.path)
        #expect(result.status == 0, "\(result.stderr)")
        let written = try Data(contentsOf: corpus.appendingPathComponent("2018-11-19-harem.md"))
        let text = String(decoding: written, as: UTF8.self)
        #expect(text.hasPrefix("---\narticle:\n"))
        #expect(!text.contains("\u{FEFF}"))
        #expect(text.hasSuffix("---\nTahrir al-Sham fought Hurras al-Din near Harem on Sunday.\r\nIt ended.\r\n"))
        let check = try CLI.run(["check", "."], in: corpus.path)
        #expect(check.stdoutText.hasSuffix("1 article, 2 factions, 1 relation: 0 errors, 0 warnings\n"), "\(check.stdoutText)")
    }

    @Test func jsonGivesCueSentenceAndScore() throws {
        let corpus = try CLI.corpus(["factions.yaml": CLI.registry, "a.txt": Self.raw])
        let result = try CLI.run(["suggest", "a.txt", "--corpus", "factions.yaml", "--published", "2018-11-19", "--format", "json"],
                                 in: corpus.path)
        #expect(result.status == 0)
        let document = try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any]
        let article = (document?["articles"] as? [[String: Any]])?.first
        let suggestion = (article?["suggestions"] as? [[String: Any]])?.first
        #expect(suggestion?["type"] as? String == "combat")
        #expect(suggestion?["score"] as? Double == 0.9)
        let evidence = (suggestion?["evidence"] as? [[String: Any]])?.first
        #expect(evidence?["cueText"] as? String == "fought")
        #expect(evidence?["sentence"] as? Int == 1)
        #expect(evidence?["cue"] as? String != nil)
        #expect(suggestion?["features"] as? [String: Any] != nil)
    }

    @Test func withoutADateNothingIsWritten() throws {
        let corpus = try CLI.corpus(["factions.yaml": CLI.registry, "a.txt": Self.raw])
        let result = try CLI.run(["suggest", "a.txt", "--corpus", "factions.yaml", "--write"], in: corpus.path)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("a.txt: error: no publication date"))
        #expect(try String(contentsOf: corpus.appendingPathComponent("a.txt"), encoding: .utf8) == Self.raw)
    }

    @Test func aCorpusWithErrorsStopsIt() throws {
        let corpus = try CLI.corpus(["factions.yaml": CLI.registry, "bad.md": CLI.badArticle, "a.txt": Self.raw])
        let result = try CLI.run(["suggest", "a.txt", "--corpus", ".", "--published", "2018"], in: corpus.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("./bad.md:4:13: error: unknown faction 'Huras al-Din'"))
    }

    @Test func evaluateReportsPrecisionAndRecall() throws {
        let result = try CLI.run(["suggest", "--evaluate", "samples"], in: RepositoryPaths.root.path)
        #expect(result.status == 0)
        let summary = result.stdoutText.split(separator: "\n", omittingEmptySubsequences: false).prefix(11).joined(separator: "\n")
        #expect(summary == """
            Suggestions against the hand annotations of samples (13 articles)

            level                           precision  recall   found  extra  missed
            relations: type+pair+direction  0.86       0.83     25     4      5
            relations: type+pair            0.89       0.83     25     3      5
            relations: pair                 0.88       0.88     23     3      3
            factions                        0.94       0.86     32     2      5

            of the 25 relations found, 23 have the analyst's confidence and 17 the analyst's date
            32 quotes, all cut from the text; 13 of 13 drafts pass check

            """)
    }

    /// A named pipe among the articles is refused, as `check` refuses it,
    /// instead of waiting for a writer.
    @Test func aNamedPipeIsAnErrorNotAWait() throws {
        let corpus = try CLI.corpus(["factions.yaml": CLI.registry])
        #expect(mkfifo(corpus.appendingPathComponent("2018-11-19-pipe.txt").path, 0o600) == 0)
        let result = try CLI.run(["suggest", "2018-11-19-pipe.txt", "--corpus", "factions.yaml"], in: corpus.path)
        #expect(result.status == 1)
        #expect(result.stderr == "2018-11-19-pipe.txt: error: cannot read this file: it is a named pipe (FIFO), not a regular file\n")
    }

    /// A file that is not UTF-8 is reported and passed over; the others of
    /// the folder are still drafted and written, and the status says so.
    @Test func anUnreadableFileDoesNotStopTheFolder() throws {
        let corpus = try CLI.corpus(["factions.yaml": CLI.registry, "drafts/2018-11-19-harem.md": Self.raw])
        try Data([0x48, 0x54, 0x53, 0x20, 0xE9, 0x74, 0xE9, 0x0A]).write(to: corpus.appendingPathComponent("drafts/2018-11-18-latin1.md"))
        let result = try CLI.run(["suggest", "drafts", "--corpus", "factions.yaml", "--write"], in: corpus.path)
        #expect(result.status == 1)
        #expect(result.stderr == """
            drafts/2018-11-18-latin1.md: error: not UTF-8 text
            drafts/2018-11-19-harem.md: 2 relations and 0 new factions suggested

            """)
        let written = try String(contentsOf: corpus.appendingPathComponent("drafts/2018-11-19-harem.md"), encoding: .utf8)
        #expect(written.hasPrefix("---\narticle:\n"))
    }
}
