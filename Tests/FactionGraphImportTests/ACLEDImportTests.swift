import Foundation
import Testing
import FactionGraph
@testable import FactionGraphImport

@Suite struct ACLEDImportTests {
    static let export = ImportTesting.fixture("import/acled/syria-2019.csv")

    @Test func everyRowIsAccountedFor() throws {
        let run = try ImportTesting.run(.acled, [Self.export])
        #expect(run.result.wrote)
        let summary = run.result.summary
        #expect(summary.read == 12 && summary.imported == 5 && summary.merged == 1 && summary.skipped.total == 6)
        #expect(summary.skipped.counts == ["civilians": 1, "unidentified actors": 1, "one-sided events": 1,
                                          "event type Protests": 1, "event type Violence against civilians": 1,
                                          "strategic developments: Arrests": 1])
        #expect(summary.relations.counts == ["combat": 4, "alliance": 4, "truce": 1])
        #expect(summary.relationsLeftOut.counts == ["associated civilians": 1])
        #expect(run.result.check == "5 articles, 12 factions, 9 relations: 0 errors, 0 warnings")
        #expect(run.messages == ["\(Self.export):13: warning: event SYR1001 appears again (also at line 2); this version, timestamp 1559000000, replaces the earlier one"])
    }

    /// A battle with associated actors, its notes holding commas, quotes and
    /// a line break; the later version of the event (14 dead) is kept.
    @Test func aBattleWithAssociatedActors() throws {
        let run = try ImportTesting.run(.acled, [Self.export])
        let notes = #"On 4 May 2019, regime forces, backed by \"Hezbollah\" fighters, clashed with HTS near Kafr Nabl, Idlib.\nHTS said it repelled the attack; 14 fighters were killed, on both sides."#
        #expect(run.text("2019/acled-SYR1001.md") == """
            ---
            article:
              id: "acled-SYR1001"
              title: "Battles: Military Forces of Syria (2000-2024) vs Hayat Tahrir al-Sham in Kafr Nabl"
              published: 2019-05-04
              source: "ACLED (SOHR; Syria Direct)"
            relations:
              - combat: "military-forces-of-syria-2000-2024 -- hayat-tahrir-al-sham"
                where: "Kafr Nabl, Idlib, Syria"
                fatalities: 14
                evidence: "\(notes)"
              - alliance: "militia-pro-government -- military-forces-of-syria-2000-2024"
                where: "Kafr Nabl, Idlib, Syria"
                confidence: alleged
                evidence: "\(notes)"
                note: "ACLED lists Militia (Pro-Government) as associated with Military Forces of Syria (2000-2024) in this event."
              - alliance: "hezbollah -- military-forces-of-syria-2000-2024"
                where: "Kafr Nabl, Idlib, Syria"
                confidence: alleged
                evidence: "\(notes)"
                note: "ACLED lists Hezbollah as associated with Military Forces of Syria (2000-2024) in this event."
            ---
            On 4 May 2019, regime forces, backed by "Hezbollah" fighters, clashed with HTS near Kafr Nabl, Idlib.
            HTS said it repelled the attack; 14 fighters were killed, on both sides.

            """)
    }

    @Test func anAgreementIsAnAllegedTruceWithoutFatalities() throws {
        let run = try ImportTesting.run(.acled, [Self.export])
        #expect(run.text("2019/acled-SYR1005.md") == """
            ---
            article:
              id: "acled-SYR1005"
              title: "Agreement: Military Forces of Turkey (2016-) and Military Forces of Russia (2000-) in Idlib"
              published: 2019-05-17
              source: "ACLED (Anadolu Agency; TASS)"
            relations:
              - truce: "military-forces-of-turkey-2016 -- military-forces-of-russia-2000"
                where: "Idlib, Syria"
                confidence: alleged
                evidence: "Turkey and Russia agreed on a ceasefire in the Idlib de-escalation zone, to take effect at midnight. Both sides said patrols would resume."
            ---
            Turkey and Russia agreed on a ceasefire in the Idlib de-escalation zone, to take effect at midnight. Both sides said patrols would resume.

            """)
    }

    /// Time precision 2 keeps the month; a name in Arabic script gets a
    /// hashed id; a body line `---` stays in the body.
    @Test func aWeekLongEventWithAnArabicName() throws {
        let run = try ImportTesting.run(.acled, [Self.export])
        let notes = #"Hurras al-Din and an allied brigade — “Liwa al-Muqtadir” — took Tal Malah from regime forces some time that week.\n---\nThe figures are disputed."#
        let arabic = "faction-" + Slug.hash("لواء المقتدر")
        #expect(run.text("2019/acled-SYR1006.md") == """
            ---
            article:
              id: "acled-SYR1006"
              title: "Battles: Hurras al-Din vs Military Forces of Syria (2000-2024) in Tal Malah"
              published: 2019-06
              source: "ACLED (Step News Agency)"
            relations:
              - combat: "hurras-al-din -- military-forces-of-syria-2000-2024"
                where: "Tal Malah, Hama, Syria"
                fatalities: 7
                evidence: "\(notes)"
                note: "ACLED dates this event 2019-06-15 at time precision 2 (some day of the week around it)."
              - alliance: "\(arabic) -- hurras-al-din"
                where: "Tal Malah, Hama, Syria"
                confidence: alleged
                evidence: "\(notes)"
                note: "ACLED lists لواء المقتدر as associated with Hurras al-Din in this event."
            ---
            Hurras al-Din and an allied brigade — “Liwa al-Muqtadir” — took Tal Malah from regime forces some time that week.
            ---
            The figures are disputed.

            """)
    }

    @Test func anEventWithoutNotesStatesTheRecord() throws {
        let run = try ImportTesting.run(.acled, [Self.export])
        #expect(run.text("2019/acled-SYR1009.md") == """
            ---
            article:
              id: "acled-SYR1009"
              title: "Battles: Islamic State (Syria) vs QSD: Syrian Democratic Forces"
              published: 2019
              source: "ACLED"
            relations:
              - combat: "islamic-state-syria -- qsd-syrian-democratic-forces"
                where: "Deir ez Zor, Syria"
                fatalities: 3
                evidence: "ACLED records Battles (Armed clash) between Islamic State (Syria) and QSD: Syrian Democratic Forces, dated 2019."
                note: "The event has no notes; the body states the record. ACLED dates this event 2019-12-30 at time precision 2 (some day of the week around it); the week spans two years, dated 2019 by ACLED's day."
            ---
            ACLED records Battles (Armed clash) between Islamic State (Syria) and QSD: Syrian Democratic Forces, dated 2019.

            """)
    }

    @Test func actorsBecomeFactionsWithStableIDs() throws {
        let run = try ImportTesting.run(.acled, [Self.export])
        let registry = try #require(run.text("factions.yaml"))
        #expect(registry.contains("""
            military-forces-of-syria-2000-2024:
              name: "Military Forces of Syria"
              kind: state
              aliases: ["Military Forces of Syria (2000-2024)"]
            """))
        #expect(registry.contains("""
            military-forces-of-russia-2000:
              name: "Military Forces of Russia"
              kind: state
            """))
        #expect(registry.contains("""
            hayat-tahrir-al-sham:
              name: "Hayat Tahrir al-Sham"
              kind: armed-group
            """))
        // Skipped events name no faction: Ahrar al-Sham's agreement was
        // with civilians, the protesters are no faction.
        #expect(!registry.contains("ahrar-al-sham"))
        #expect(!registry.contains("protesters"))
        #expect(!registry.contains("civilians"))
        #expect(!registry.contains("unidentified"))
        let factions = run.corpus.corpus.factions
        #expect(factions.count == 12)
        #expect(factions["military-forces-of-syria-2000-2024"]?.aliases == ["Military Forces of Syria (2000-2024)"])
    }

    @Test func aHeaderWithoutACLEDsColumnsIsAnError() throws {
        let path = try ImportTesting.file("other.csv", "id,date_start,date_end,side_a,side_b,type_of_violence,best,low,high\n1,2017-01-01,2017-01-01,A,B,1,1,1,1\n")
        let run = try ImportTesting.run(.acled, [path])
        #expect(!run.result.wrote)
        #expect(run.messages.count == 1)
        #expect(run.messages.first?.hasPrefix("\(path):1: error: not ACLED data: the header lacks 'event_id_cnty'") == true)
        #expect(run.messages.first?.hasSuffix("it looks like UCDP GED data: use 'factiongraph import ucdp'") == true)
        #expect(!FileManager.default.fileExists(atPath: run.output))
    }

    @Test func columnsMayComeInAnyOrder() throws {
        let rows = try CSVOracle.rows(Self.export)
        let order = Array(rows[0].indices.reversed())
        var text = ""
        for row in rows {
            text += order.map { index in "\"" + row[index].replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") + "\n"
        }
        let reversed = try ImportTesting.file("reversed.csv", text)
        let run = try ImportTesting.run(.acled, [reversed])
        let original = try ImportTesting.run(.acled, [Self.export])
        #expect(run.files == original.files)
        for file in run.files { #expect(run.text(file) == original.text(file), "\(file)") }
    }

    @Test func actorKindsFromInterCodesAndNames() {
        #expect(ACLEDActor.role(name: "Military Forces of Syria (2000-)", inter: "1") == .faction(.state, .source))
        #expect(ACLEDActor.role(name: "Military Forces of Russia (2000-)", inter: "8") == .faction(.state, .source))
        #expect(ACLEDActor.role(name: "Hayat Tahrir al-Sham", inter: "Rebel group") == .faction(.armedGroup, .source))
        #expect(ACLEDActor.role(name: "NDF: National Defence Forces", inter: "3") == .faction(.armedGroup, .source))
        #expect(ACLEDActor.role(name: "Al Aziz Tribal Militia (Syria)", inter: "Identity militia") == .faction(.armedGroup, .source))
        #expect(ACLEDActor.role(name: "UNDOF: United Nations Disengagement Observer Force", inter: "External/Other forces") == .faction(.other, .source))
        #expect(ACLEDActor.role(name: "Hezbollah", inter: "") == .faction(.armedGroup, .assumed))
        #expect(ACLEDActor.role(name: "Civilians (Syria)", inter: "7") == .civilians)
        #expect(ACLEDActor.role(name: "Farmers (Syria)", inter: "Civilians") == .civilians)
        #expect(ACLEDActor.role(name: "Protesters (Syria)", inter: "6") == .crowd)
        #expect(ACLEDActor.role(name: "Rioters (Syria)", inter: "5.0") == .crowd)
        #expect(ACLEDActor.role(name: "Unidentified Armed Group (Syria)", inter: "3") == .unidentified)
    }
}
