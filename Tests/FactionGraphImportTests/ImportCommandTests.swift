import Foundation
import Testing
import FactionGraphTestSupport

/// `factiongraph import` as users run it, then `factiongraph check` on what
/// it wrote.
@Suite struct ImportCommandTests {
    private func factiongraph(_ arguments: [String]) throws -> ProcessResult {
        try Subprocess.run(RepositoryPaths.executable, arguments)
    }

    /// Every file below a directory with its bytes.
    private func tree(_ directory: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: directory)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: directory + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: directory + "/" + path)
            }
        }
        return files
    }

    @Test(arguments: [
        ["mmp", ImportTesting.fixture("mapping-militants")],
        ["mmp", ImportTesting.fixture("import/mmp")],
        ["acled", ImportTesting.fixture("import/acled/syria-2019.csv")],
        ["ucdp", ImportTesting.fixture("import/ucdp/ged-sample.csv")],
        ["brat", ImportTesting.fixture("import/brat/docs"), "--mapping", ImportTesting.fixture("import/brat/mapping.yaml")],
    ])
    func importedCorporaCheckWithoutErrorsAndRepeatByteForByte(_ arguments: [String]) throws {
        let first = try ImportTesting.newOutput()
        let second = try ImportTesting.newOutput()
        let imported = try factiongraph(["import"] + arguments + ["-o", first])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("\nwrote \(first)\n"))
        let check = try factiongraph(["check", first])
        #expect(check.status == 0)
        #expect(check.stdoutText.split(separator: "\n").last?.contains(": 0 errors") == true, "\(check.stdoutText.suffix(1500))")
        let again = try factiongraph(["import"] + arguments + ["-o", second])
        #expect(again.status == 0)
        let (a, b) = (try tree(first), try tree(second))
        #expect(!a.isEmpty)
        #expect(a == b)
    }

    @Test func aMalformedRowIsAnErrorAtItsLineAndNothingIsWritten() throws {
        var text = try String(contentsOfFile: ImportTesting.fixture("import/ucdp/ged-sample.csv"), encoding: .utf8)
        text = text.replacingOccurrences(of: "2017-02-08", with: "2017-02-31")
        let input = try ImportTesting.file("ged.csv", text)
        let output = try ImportTesting.newOutput()
        let failed = try factiongraph(["import", "ucdp", input, "-o", output])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("\(input):5: error: date_start '2017-02-31' is not a date\n"))
        #expect(failed.stderr.contains("factiongraph: error: 1 error; nothing was written (--skip-bad-rows imports the other rows)"))
        #expect(!FileManager.default.fileExists(atPath: output))

        let skipped = try factiongraph(["import", "ucdp", input, "-o", output, "--skip-bad-rows"])
        #expect(skipped.status == 0, "\(skipped.stderr)")
        #expect(skipped.stderr.contains("\(input):5: warning: skipped: date_start '2017-02-31' is not a date\n"))
        #expect(skipped.stderr.contains("read 5 rows: imported 3, merged 0, skipped 2 (malformed: 1, one-sided violence: 1)"))
        #expect(try factiongraph(["check", output]).status == 0)
    }

    @Test func anOutputThatIsAFileIsRefused() throws {
        let file = try ImportTesting.file("factions.yaml", "")
        let result = try factiongraph(["import", "ucdp", ImportTesting.fixture("import/ucdp/ged-sample.csv"), "-o", file])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file): error: the output must be a directory"))
    }

    @Test func usageErrors() throws {
        #expect(try factiongraph(["import", "csv", "x.csv", "-o", "out"]).status == 64)
        #expect(try factiongraph(["import", "brat", "docs", "-o", "out"]).status == 64)
        #expect(try factiongraph(["import", "acled", "-o", "out"]).status == 64)
    }

    /// Names resolve to the factions of an existing registry; only new
    /// factions are written, and the two corpora check together.
    @Test func aRegistryMapsNamesOntoExistingFactions() throws {
        let existing = try ImportTesting.newOutput()
        try FileManager.default.createDirectory(atPath: existing, withIntermediateDirectories: true)
        let registry = """
            hts:
              name: Hayat Tahrir al-Sham
              aliases: [HTS, Tahrir al-Sham]
            assad-forces:
              name: Syrian Arab Army
              aliases: [Military Forces of Syria]
              kind: state

            """
        try registry.write(toFile: existing + "/factions.yaml", atomically: true, encoding: .utf8)
        let output = try ImportTesting.newOutput()
        let result = try factiongraph(["import", "acled", ImportTesting.fixture("import/acled/syria-2019.csv"), "-o", output,
                                       "--registry", existing + "/factions.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("10 new factions, 2 matched in the registry"))
        let article = try String(contentsOfFile: output + "/2019/acled-SYR1001.md", encoding: .utf8)
        #expect(article.contains("  - combat: \"assad-forces -- hts\"\n"))
        let written = try String(contentsOfFile: output + "/factions.yaml", encoding: .utf8)
        #expect(!written.contains("hts:") && !written.contains("assad-forces:") && !written.contains("hayat-tahrir-al-sham"))
        let check = try factiongraph(["check", existing, output])
        #expect(check.status == 0, "\(check.stdoutText)")
    }

    /// Importing into an existing corpus adds articles and appends the new
    /// factions to its registry; importing the same data again changes
    /// nothing.
    @Test func importingIntoAnExistingCorpus() throws {
        let corpus = try ImportTesting.newOutput()
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        let registry = "# Our own registry.\nis:\n  name: Islamic State\n  aliases: [IS, ISIS]\n"
        try registry.write(toFile: corpus + "/factions.yaml", atomically: true, encoding: .utf8)
        let input = ImportTesting.fixture("import/ucdp/ged-sample.csv")
        let first = try factiongraph(["import", "ucdp", input, "-o", corpus])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("3 new factions, 1 matched in the registry"))
        let grown = try String(contentsOfFile: corpus + "/factions.yaml", encoding: .utf8)
        #expect(grown.hasPrefix(registry + "\n# Added by factiongraph import ucdp: 3 factions.\ngovernment-of-syria:\n"))
        #expect(try factiongraph(["check", corpus]).status == 0)
        let before = try tree(corpus)

        let again = try factiongraph(["import", "ucdp", input, "-o", corpus])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("0 new factions, 4 matched in the registry"))
        #expect(try tree(corpus) == before)
    }

    @Test func anArticleEditedByHandIsNeverOverwritten() throws {
        let corpus = try ImportTesting.newOutput()
        let input = ImportTesting.fixture("import/ucdp/ged-sample.csv")
        #expect(try factiongraph(["import", "ucdp", input, "-o", corpus]).status == 0)
        let article = corpus + "/2017/ucdp-244831.md"
        let edited = try String(contentsOfFile: article, encoding: .utf8).replacingOccurrences(of: "Palmyra town", with: "Tadmur")
        try edited.write(toFile: article, atomically: true, encoding: .utf8)
        let before = try tree(corpus)
        let again = try factiongraph(["import", "ucdp", input, "-o", corpus])
        #expect(again.status == 1)
        #expect(again.stderr.contains("1 article of this import exist already with other contents (\(article))"))
        #expect(try tree(corpus) == before)
    }
}
