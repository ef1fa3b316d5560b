import Foundation
import Testing
import FactionGraph
@testable import FactionGraphImport

@Suite struct UCDPImportTests {
    static let events = ImportTesting.fixture("import/ucdp/ged-sample.csv")

    @Test func everyRowIsAccountedFor() throws {
        let run = try ImportTesting.run(.ucdp, [Self.events])
        #expect(run.result.wrote)
        #expect(run.result.summary.lines.first == "read 5 rows: imported 4, merged 0, skipped 1 (one-sided violence: 1)")
        #expect(run.result.check == "4 articles, 4 factions, 4 relations: 0 errors, 0 warnings")
        #expect(run.messages == ["\(Self.events):5: warning: the estimates are out of order (low 25, best 32, high 30); only best is kept"])
        #expect(run.files == ["2017/ucdp-244831.md", "2017/ucdp-244832.md", "2017/ucdp-244834.md", "2017/ucdp-244835.md", "factions.yaml"])
    }

    @Test func aStateBasedEventKeepsTheThreeEstimates() throws {
        let run = try ImportTesting.run(.ucdp, [Self.events])
        #expect(run.text("2017/ucdp-244831.md") == """
            ---
            article:
              id: "ucdp-244831"
              title: "State-based violence: Government of Syria vs IS at Palmyra town"
              published: 2017-01-02
              source: "UCDP GED (SOHR)"
            relations:
              - combat: "government-of-syria -- is"
                where: "Palmyra town"
                fatalities: {best: 15, low: 12, high: 18}
                evidence: "Syria: regime forces and IS clash near Palmyra, 15 dead"
                note: "UCDP GED event 244831, conflict 'Syria: Government', dyad 'Government of Syria - IS'; deaths (best estimate): side A 6, side B 9, civilians 0, unknown 0."
            ---
            Syria: regime forces and IS clash near Palmyra, 15 dead

            Sources: Agence France Presse,2017-01-03,"Syria: regime, IS clash near Palmyra"

            """)
        let relation = try #require(run.corpus.corpus.relations.first { $0.articleIndex == 0 })
        #expect(relation.fatalities == Fatalities(best: 15, low: 12, high: 18))
        #expect(relation.casualties.isEmpty)
    }

    @Test func aRangeOfDaysIsDatedByThePeriodHoldingIt() throws {
        let run = try ImportTesting.run(.ucdp, [Self.events])
        let dates = Dictionary(uniqueKeysWithValues: run.corpus.corpus.articles.map { ($0.id, $0.published.description) })
        #expect(dates == ["ucdp-244831": "2017-01-02", "ucdp-244832": "2017-01", "ucdp-244834": "2017-02", "ucdp-244835": "2017"])
    }

    @Test func anEventWithoutHeadlineStatesTheRecord() throws {
        let run = try ImportTesting.run(.ucdp, [Self.events])
        #expect(run.text("2017/ucdp-244832.md") == """
            ---
            article:
              id: "ucdp-244832"
              title: "Non-state violence: IS vs Jabhat Fateh al-Sham at Idlib province"
              published: 2017-01
              source: "UCDP GED"
            relations:
              - combat: "is -- jabhat-fateh-al-sham"
                where: "Idlib province"
                fatalities: {best: 6, low: 6, high: 6}
                evidence: "UCDP records non-state violence between IS and Jabhat Fateh al-Sham at Idlib province, dated 2017-01, with 6 deaths (best estimate)."
                note: "The event has no source headline; the body states the record. UCDP GED event 244832, conflict 'IS - Jabhat Fateh al-Sham', dyad 'IS - Jabhat Fateh al-Sham'; deaths (best estimate): side A 2, side B 3, civilians 0, unknown 1."
            ---
            UCDP records non-state violence between IS and Jabhat Fateh al-Sham at Idlib province, dated 2017-01, with 6 deaths (best estimate).

            """)
    }

    @Test func governmentsAreStates() throws {
        let run = try ImportTesting.run(.ucdp, [Self.events])
        let factions = run.corpus.corpus.factions
        #expect(factions["government-of-syria"]?.kind == .state)
        #expect(factions["is"]?.kind == .armedGroup)
        #expect(factions.count == 4)
    }
}
