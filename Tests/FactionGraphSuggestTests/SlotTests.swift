import Testing
@testable import FactionGraphSuggest

/// Who fills a cue's slots when the sentence is not `A verb B`.
@Suite struct SlotTests {
    @Test func aRelativeClauseIsPassedOver() {
        #expect(Support.relations("Zenki, which does not recognise Tahrir al-Sham, has denied cooperating with Hurras al-Din.")
                == ["alliance: zenki -- hurras-al-din"])
        #expect(Support.draft("Zenki, which does not recognise Tahrir al-Sham, has denied cooperating with Hurras al-Din.")
                .suggestions.first?.confidence == .denied)
    }

    @Test func coordinatedPredicatesShareTheirSubject() {
        let draft = Support.draft("The statement said that Zenki had not joined Tahrir al-Sham and remained loyal to al-Qaeda.")
        #expect(draft.suggestions.map { "\($0.key) \($0.confidence?.rawValue ?? "reported")" }
                == ["allegiance: zenki -> hts denied", "allegiance: zenki -> al-qaeda reported"])
    }

    @Test func aNounBeforeTheCueIsItsSubject() {
        // `forces loyal to X` are X's forces, not a pledge of the faction
        // before: Zenki fights them.
        #expect(Support.relations("Zenki has been fighting to take Idlib from forces loyal to Tahrir al-Sham.") == ["combat: zenki -- hts"])
        // But `al-Qaeda fighters attacked` is al-Qaeda's attack.
        #expect(Support.relations("Al-Qaeda fighters attacked a base of Zenki.") == ["combat: al-qaeda -- zenki"])
        #expect(Support.relations("Zenki's fighters attacked positions held by Hurras al-Din.") == ["combat: zenki -- hurras-al-din"])
    }

    @Test func forcesBackedByAFactionAreItsOwn() {
        // (and fighting alongside Zenki against ISIS, they fight ISIS too)
        #expect(Support.relations("Zenki has reportedly fought alongside forces backed by Tahrir al-Sham against ISIS.")
                == ["alliance: zenki -- hts", "combat: zenki -- isis", "combat: hts -- isis"])
    }

    @Test func theNewGroupIsOneFoundedLately() {
        let registry = Support.registry + """
            jnim:
              name: Jama'at Nusrat al-Islam wal-Muslimin
              aliases: [JNIM]
              founded: 2018-03

            """
        #expect(Support.relations("""
            Four groups formed Jama'at Nusrat al-Islam wal-Muslimin (JNIM). Its leader met the heads of Zenki, ISIS and \
            Hurras al-Din. Zenki and ISIS merged into the new group.
            """, registry: registry) == ["merger: zenki -> jnim", "merger: isis -> jnim"])
    }

    @Test func objectPronounsAreNoFactions() {
        #expect(Support.relations("Al-Qaeda welcomed the fighters and called on them to keep fighting the Syrian regime.") == [])
    }
}

/// Names that are not the registry's names as written.
@Suite struct NameVariantTests {
    static let registry = Support.registry + """
        stc:
          name: Southern Transitional Council
          aliases: [STC]
        yemen-government:
          name: Hadi government
          kind: state

        """

    @Test func theGovernmentOfARulerAndTheRulerWhereAPersonIsMeant() {
        #expect(Support.relations("The government of Bashar al-Assad fought Zenki.") == ["combat: syrian-government -- zenki"])
        #expect(Support.relations("Zenki has been fighting forces loyal to Hadi in Aden.", registry: Self.registry)
                == ["combat: zenki -- yemen-government"])
        // `Syrian` of `Syrian regime` is an adjective, not the regime.
        #expect(Support.relations("The Syrian jihadist group fought Zenki.") == [])
    }

    @Test func aCompoundMakesItsRestAProxy() {
        #expect(Support.relations("Hurras al-Din clashed with STC-aligned units in Abyan.", registry: Self.registry)
                == ["combat: hurras-al-din -- stc"])
        #expect(Support.relations("Hurras al-Din clashed with stc-aligned units.", registry: Self.registry) == [])
    }
}

/// Arabic: names and cues with their proclitics.
@Suite struct ArabicTests {
    @Test func cuesAndNamesInArabicScript() {
        #expect(Support.relations("اندلعت اشتباكات بين حراس الدين وهيئة تحرير الشام في إدلب.") == ["combat: hurras-al-din -- hts"])
        #expect(Support.relations("وأعلنت حراس الدين مبايعتها لزعيم تنظيم القاعدة.") == ["allegiance: hurras-al-din -> al-qaeda"])
        #expect(Support.relations("انشقت هيئة تحرير الشام عن تنظيم القاعدة.") == ["split: hts -> al-qaeda"])
    }
}

/// Details found wanting by the second held-out set's blind run, fixed after
/// it (see docs/suggest.md): general rules, each tested on its own text.
@Suite struct AfterTheBlindRunTests {
    @Test func theGroupOpeningASentenceIsTheSubjectBefore() {
        #expect(Support.relations("""
            Zenki pledged allegiance to ISIS on Saturday. The group has been fighting the Syrian regime since 2012.
            """) == ["allegiance: zenki -> isis", "combat: zenki -- syrian-government"])
    }

    @Test func aNameInsideALongerOneIsNotIt() {
        let draft = Support.draft("Hezbollah fought alongside the Syrian regime against the Free Islamic State Army and others.")
        #expect(draft.newFactions.map(\.name) == ["Free Islamic State Army"])
        #expect(!draft.mentions.contains { $0.faction == "isis" })
    }

    @Test func inJoinsANameOnlyBeforeThe() {
        #expect(Support.draft("Zenki fought the Ahrar Front in Idlib.").newFactions.map(\.name) == ["Ahrar Front"])
        #expect(Support.draft("Zenki fought the Islamic Front in the Levant.").newFactions.map(\.name) == ["Islamic Front in the Levant"])
    }

    @Test func backedByAndArabicNounsWithTheirSuffixes() {
        #expect(Support.relations("Zenki is reportedly backed by Tahrir al-Sham.") == ["alliance: zenki -- hts"])
        #expect(Support.relations("تواصل هيئة تحرير الشام قتالها ضد حراس الدين.") == ["combat: hts -- hurras-al-din"])
    }
}
