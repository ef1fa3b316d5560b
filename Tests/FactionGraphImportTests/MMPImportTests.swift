import Foundation
import Testing
import FactionGraph
@testable import FactionGraphImport

@Suite struct MMPImportTests {
    static let small = ImportTesting.fixture("import/mmp")

    @Test func summaryCountsEveryRow() throws {
        let run = try ImportTesting.run(.mmp, [Self.small])
        #expect(run.result.wrote)
        #expect(run.result.summary.lines.prefix(1) == ["read 9 rows: imported 8, merged 1, skipped 0"])
        #expect(run.result.summary.relations.counts == ["split": 3, "alliance": 2, "rivalry": 2, "allegiance": 1, "merger": 1])
        #expect(run.result.check == "8 articles, 8 factions, 9 relations: 0 errors, 0 warnings")
        #expect(run.files == ["1976/mmp-477.md", "2001/mmp-1339.md", "2005/mmp-1475.md", "2009/mmp-1241.md", "2010/mmp-1633.md",
                              "2014/mmp-1483.md", "2014/mmp-1485.md", "2014/mmp-1923.md", "factions.yaml"])
    }

    @Test func repairedAndGuessedValuesAreWarningsAtTheirRows() throws {
        let run = try ImportTesting.run(.mmp, [Self.small])
        let relationships = Self.small + "/Militant-Group-Relationships.csv"
        let messages = run.messages.map { $0.replacingOccurrences(of: Self.small + "/", with: "") }
        #expect(messages.contains("Militant-Group-Key.csv:7: warning: repaired 'name': Windows-1252 punctuation left as control characters (’)"))
        #expect(messages.contains("Militant-Group-Relationships.csv:6: warning: date '1/1/76' read as 1976: 1 January in this file's M/D/YY dates stands for an unknown month and day; write the day if it is known"))
        #expect(messages.contains("Militant-Group-Relationships.csv:8: warning: repaired 'description': UTF-8 read as Windows-1252 (“ ”); web page escapes (\\' \\& &#039;)"))
        #expect(messages.contains("Militant-Group-Relationships.csv:7: warning: relationship 478 repeats mmp-477 (same type, groups, date and description): merged into its article as a second report"))
        #expect(messages.contains("Militant-Group-Relationships.csv:10: warning: group2_id -99 names several groups in the key: the group is found by this row's name, 'Kata’ib Sayyid al-Shuhada'"))
        #expect(run.result.diagnostics.allSatisfy { $0.severity == .warning && $0.location.path.hasPrefix(Self.small) })
        #expect(run.result.diagnostics.contains { $0.location.path == relationships })
    }

    @Test func anAffiliationWithRepairedText() throws {
        let run = try ImportTesting.run(.mmp, [Self.small])
        #expect(run.text("2009/mmp-1241.md") == """
            ---
            article:
              id: "mmp-1241"
              title: "Affiliation: Hizbul Islam with Al Shabaab"
              published: 2009-10
              source: "Mapping Militants Project, Stanford University"
            relations:
              - allegiance: "hizbul-islam -> al-shabaab"
                evidence: "Hizbul Islam's fighters were “absorbed” by Al Shabaab 's units."
            ---
            Hizbul Islam's fighters were “absorbed” by Al Shabaab 's units.

            """)
    }

    @Test func aSplitIsReadAsTheSecondGroupBreakingAway() throws {
        let run = try ImportTesting.run(.mmp, [Self.small])
        #expect(run.text("1976/mmp-477.md") == """
            ---
            article:
              id: "mmp-477"
              title: "Split: Prima Linea from Red Brigades"
              published: 1976
              source: "Mapping Militants Project, Stanford University"
            relations:
              - split: "prima-linea -> red-brigades"
                evidence: "Dissident members of the Red Brigades (BR) helped found Prima Linea (PL)."
              - split: "prima-linea -> red-brigades"
                evidence: "Dissident members of the Red Brigades (BR) helped found Prima Linea (PL)."
                note: "Relationship 478 of the dataset repeats this one (mmp-477)."
            ---
            Dissident members of the Red Brigades (BR) helped found Prima Linea (PL).

            """)
    }

    @Test func aRowWithoutDescriptionStatesTheRecord() throws {
        let run = try ImportTesting.run(.mmp, [Self.small])
        #expect(run.text("2001/mmp-1339.md") == """
            ---
            article:
              id: "mmp-1339"
              title: "Split: Ansar al-Islam from The Islamic State"
              published: 2001
              source: "Mapping Militants Project, Stanford University"
            relations:
              - split: "ansar-al-islam -> the-islamic-state"
                evidence: "The Mapping Militants Project records a split of Ansar al-Islam from The Islamic State, dated 2001."
                note: "The dataset has no description for relationship 1339; the body states the record."
            ---
            The Mapping Militants Project records a split of Ansar al-Islam from The Islamic State, dated 2001.

            """)
    }

    @Test func theKeyBecomesTheRegistry() throws {
        let run = try ImportTesting.run(.mmp, [Self.small])
        let registry = try #require(run.text("factions.yaml"))
        #expect(registry.hasPrefix("""
            # Factions written by factiongraph import mmp. Edit freely (names, aliases,
            # kinds, dates); factiongraph check verifies the corpus.
            al-shabaab:
              name: "Al Shabaab"
              kind: armed-group
              note: "Mapping Militants group_id 61"
            """))
        #expect(registry.contains("""
            hizbul-islam:
              name: "Hizbul Islam"
            """))
        #expect(registry.contains("""
            kataib-sayyid-al-shuhada:
              name: "Kata’ib Sayyid al-Shuhada"
            """))
        #expect(run.corpus.corpus.factions.count == 8)
    }

    /// The real data: every row accounted for, each type's count and every
    /// date as the CSV gives them, at the precision they have.
    @Test func theRealDataKeepsEveryRowTypeAndDate() throws {
        let directory = ImportTesting.fixture("mapping-militants")
        let run = try ImportTesting.run(.mmp, [directory])
        #expect(run.result.wrote)
        #expect(run.result.errorCount == 0)
        let read = run.corpus
        #expect(read.summary.hasPrefix("610 articles, 263 factions, 638 relations: 0 errors"))

        let rows = try CSVOracle.rows(directory + "/Militant-Group-Relationships-clean.csv").dropFirst()
        let types = ["all": "alliance", "aff": "allegiance", "mer": "merger", "riv": "rivalry", "spl": "split"]
        let expected = rows.map { "\(types[$0[1]]!) \(Self.expectedDate($0[4]))" }.sorted()
        let actual = read.corpus.relations.map { "\($0.type.name) \($0.date)" }.sorted()
        #expect(actual == expected)
        var counts: [String: Int] = [:]
        for row in rows { counts[types[row[1]]!, default: 0] += 1 }
        #expect(counts == ["alliance": 193, "rivalry": 169, "allegiance": 124, "split": 90, "merger": 62])
        #expect(run.result.summary.relations.counts == counts)

        // Every row is an article or a second report in one.
        let articles = Set(read.corpus.articles.map(\.id))
        let repeats = Set(read.corpus.relations.compactMap { $0.note }.compactMap { note -> String? in
            guard note.hasPrefix("Relationship ") else { return nil }
            return "mmp-" + note.dropFirst("Relationship ".count).prefix { $0 != " " }
        })
        #expect(articles.union(repeats) == Set(rows.map { "mmp-" + $0[0] }))
        #expect(articles.count == 610 && repeats.count == 28)
    }

    /// The documented reading of the dataset's dates, written apart from
    /// the importer's.
    static func expectedDate(_ text: String) -> String {
        if text.contains("/") {
            let parts = text.split(separator: "/").map { Int($0)! }
            let year = parts[2] < 100 ? (parts[2] <= 19 ? 2000 : 1900) + parts[2] : parts[2]
            if parts[1] == 1 { return parts[0] == 1 ? "\(year)" : String(format: "%04d-%02d", year, parts[0]) }
            return String(format: "%04d-%02d-%02d", year, parts[0], parts[1])
        }
        let parts = text.split(separator: "-")
        if parts[1] == "00" { return String(parts[0]) }
        if parts[2] == "00" { return "\(parts[0])-\(parts[1])" }
        return text
    }
}
