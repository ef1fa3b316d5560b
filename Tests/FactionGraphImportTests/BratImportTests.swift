import Foundation
import Testing
import FactionGraph
@testable import FactionGraphImport

@Suite struct BratImportTests {
    static let documents = ImportTesting.fixture("import/brat/docs")
    static let mapping = ImportTesting.fixture("import/brat/mapping.yaml")

    private func run(_ inputs: [String] = [documents], mapping: String = mapping) throws -> ImportRun {
        try ImportTesting.run(.brat, inputs) { $0.mapping = mapping }
    }

    @Test func everyDocumentIsAccountedFor() throws {
        let run = try run()
        #expect(run.result.wrote)
        #expect(run.result.summary.lines == [
            "read 2 documents: imported 2, merged 0, skipped 0",
            "2 articles with 4 relations (alliance: 2, combat: 1, truce: 1), 5 new factions",
            "left out of imported documents: 1 relation (brat relation type Located_in not in the mapping: 1)",
        ])
        #expect(run.messages == ["\(Self.documents)/2019-01-08-idlib-infighting.ann:16: warning: attribute Unmapped is not in the mapping's attributes; ignored"])
        #expect(run.result.check == "2 articles, 5 factions, 4 relations: 0 errors, 0 warnings")
    }

    /// Entities name factions (equivalent mentions are one, the others its
    /// aliases), events and relations are relations, the sentence holding
    /// the trigger or arguments is the evidence, attributes give
    /// confidence and notes dates, places and notes.
    @Test func aDocumentBecomesAnArticle() throws {
        let run = try run()
        #expect(run.text("2019/brat-2019-01-08-idlib-infighting.md") == """
            ---
            article:
              id: "brat-2019-01-08-idlib-infighting"
              title: "Idlib fighting flares as rebels turn on each other"
              published: 2019-01-08
              source: "Idlib annotation project"
            relations:
              - combat: "hayat-tahrir-al-sham -- national-liberation-front"
                where: "Darat Izza"
                evidence: "Hayat Tahrir al-Sham attacked positions of the National Liberation Front near Darat Izza on Tuesday."
              - alliance: "hurras-al-din -- hayat-tahrir-al-sham"
                date: 2019-01
                confidence: alleged
                evidence: "Meanwhile, Hurras al-Din fighters reportedly fought alongside HTS in the Sahl al-Ghab."
              - truce: "hurras-al-din -- national-liberation-front"
                confidence: denied
                evidence: "Guardians of Religion, as Hurras al-Din calls itself, denied it had signed a truce with the Front."
                note: "claimed by its spokesman"
            ---
            Idlib fighting flares as rebels turn on each other

            Hayat Tahrir al-Sham attacked positions of the National Liberation Front near Darat Izza on Tuesday. The Front, which is backed by Turkey, said HTS “cannot be trusted”.
            Meanwhile, Hurras al-Din fighters reportedly fought alongside HTS in the Sahl al-Ghab.
            Guardians of Religion, as Hurras al-Din calls itself, denied it had signed a truce with the Front.

            """)
        let registry = try #require(run.text("factions.yaml"))
        #expect(registry.contains("""
            hayat-tahrir-al-sham:
              name: "Hayat Tahrir al-Sham"
              kind: armed-group
              aliases: ["HTS"]
            hurras-al-din:
              name: "Hurras al-Din"
              kind: armed-group
              aliases: ["Guardians of Religion"]
            national-liberation-front:
              name: "National Liberation Front"
              kind: armed-group
              aliases: ["Front"]
            """))
    }

    @Test func aDocumentWithoutDateInItsNameIsDatedByItsNotes() throws {
        let run = try run()
        let article = try #require(run.corpus.corpus.articles.first { $0.id == "brat-joint-room" })
        #expect(article.published.description == "2018-05")
        #expect(article.path.hasSuffix("2018/brat-joint-room.md"))
    }

    @Test func aSpanThatDoesNotMatchTheTextIsAnErrorAtItsLine() throws {
        let directory = try ImportTesting.newOutput()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try "HTS fought the Front.\n".write(toFile: directory + "/2020-01-01-a.txt", atomically: true, encoding: .utf8)
        try "T1\tOrganization 0 3\tHTS\nT2\tOrganization 15 19\tFront\nR1\tAlly Arg1:T1 Arg2:T2\nR2\tAlly Arg1\n"
            .write(toFile: directory + "/2020-01-01-a.ann", atomically: true, encoding: .utf8)
        let run = try run([directory])
        #expect(!run.result.wrote)
        #expect(run.messages == [
            "\(directory)/2020-01-01-a.ann:2: error: T2 says 'Front' but its offsets select 'Fron' in the .txt",
            "\(directory)/2020-01-01-a.ann:4: error: a relation is 'R1<tab>Type Arg1:T1 Arg2:T2'",
        ])
    }

    @Test func aMappingToAnUnknownTypeIsAnError() throws {
        let mapping = try ImportTesting.file("mapping.yaml", "relations:\n  Ally: friendship\n")
        let run = try run(mapping: mapping)
        #expect(!run.result.wrote)
        #expect(run.messages.first?.hasPrefix("\(mapping): error: 'Ally' maps to 'friendship', which is no relation type") == true)
    }

    @Test func aMappingMayBringItsVocabulary() throws {
        let directory = try ImportTesting.newOutput()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try "support:\n  connector: \"->\"\n  class: tie\n  polarity: \"+\"\n".write(toFile: directory + "/vocabulary.yaml", atomically: true, encoding: .utf8)
        try "vocabulary: vocabulary.yaml\nrelations:\n  Ally: support\n".write(toFile: directory + "/mapping.yaml", atomically: true, encoding: .utf8)
        let run = try run([Self.documents + "/joint-room.ann"], mapping: directory + "/mapping.yaml")
        #expect(run.result.wrote, "\(run.messages) \(run.result.checkDiagnostics)")
        #expect(run.files == ["2018/brat-joint-room.md", "factions.yaml", "vocabulary.yaml"])
        #expect(run.text("2018/brat-joint-room.md")?.contains("  - support: \"ahrar-al-sham -> faylaq-al-sham\"\n") == true)
    }
}
