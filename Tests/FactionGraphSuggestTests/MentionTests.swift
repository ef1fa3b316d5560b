import FactionGraph
import Testing
@testable import FactionGraphSuggest

/// Factions in the text: the registry's names (any script, whole words,
/// acronyms in capitals), new factions on group words and self-given names,
/// leaders, anaphors.
@Suite struct MentionTests {
    static func mentions(_ body: String) -> [String] {
        let draft = Support.draft(body)
        return draft.mentions.map { "\($0.faction) \($0.count)" }
    }

    @Test func registryNamesOnWordBoundariesInAnyScript() {
        #expect(Self.mentions("Tahrir al-Sham's men met هيئة تحرير الشام and the HTS. Hts is no name; al-Qaeda-inspired is no name.") == ["hts 3"])
        #expect(Self.mentions("وقالت حراس الدين إن القاعدة ...") == ["al-qaeda 1", "hurras-al-din 1"])
    }

    @Test func newFactionsOnGroupWordsWithSlugIds() {
        let draft = Support.draft("""
            Jaysh al-Fatah, the Army of Conquest, took Idlib. The 17 February Martyrs Brigade and the Syrian Liberation Front
            joined it. The State Department and the Security Council said nothing. Forces loyal to Haftar advanced.
            أعلنت جبهة تحرير سوريا اندماجها.
            """)
        let factions = draft.newFactions.map { "\($0.id): \($0.name) \($0.aliases)" }
        #expect(factions == [
            "jaysh-al-fatah: Jaysh al-Fatah [\"Army of Conquest\"]",
            "17-february-martyrs-brigade: 17 February Martyrs Brigade []",
            "syrian-liberation-front: Syrian Liberation Front []",
            "faction-4: جبهة تحرير سوريا []",
        ])
    }

    @Test func namesAGroupGivesItselfAndTranslationsOfKnownOnes() {
        let draft = Support.draft("""
            Elements of the so-called "foreigners group" man a checkpoint. They call themselves "the foreigners".
            Clan militias known as Ma'awisley rose up. Hayat Tahrir al-Sham, the "Organisation for the Liberation of the Levant", was formed.
            """)
        #expect(draft.newFactions.map(\.id) == ["foreigners-group", "maawisley"])
        #expect(draft.newFactions.first?.aliases == ["the foreigners"])
    }

    /// Finds that overlap, or come out of text order (a run of group
    /// words, then the Arabic name inside the parentheses), are merged
    /// without a crash: the release before stopped on this sentence.
    @Test func overlappingFindsOfNewNames() {
        let draft = Support.draft("""
            The new group, called Jama'at Nusrat al-Islam wal-Muslimin (جماعة نصرة الإسلام والمسلمين), or the Group for the \
            Support of Islam and Muslims, will be led by Iyad Ag Ghaly, the Tuareg veteran who founded Ansar Dine in 2012.
            """)
        #expect(draft.newFactions.map(\.id) == ["jamaat-nusrat-al-islam-wal-muslimin", "group-for-the-support-of-islam", "ansar-dine"])
        #expect(draft.newFactions.first?.aliases == ["جماعة نصرة الإسلام"])
    }

    /// A list is not an apposition, a count or a person before a name is
    /// no part of it, and `and` before a group word starts another name.
    @Test func listsCountsAndPeopleStayOutOfNewNames() {
        let draft = Support.draft("""
            Among them were Jaysh al-Thuwar, the Syriac Military Council and al-Sanadid Forces. Monitors said 41 Jaysh \
            al-Islam fighters died. Ag Ghaly stood beside Amadou Koufa of the Macina Liberation Front. Seven groups including \
            Ahrar al-Sham and Jaysh al-Islam hesitated. Fighters of the Syrian National Army advanced.
            """)
        let factions = draft.newFactions.map { "\($0.id): \($0.name) \($0.aliases)" }
        #expect(factions == [
            "jaysh-al-thuwar: Jaysh al-Thuwar []",
            "syriac-military-council: Syriac Military Council []",
            "al-sanadid-forces: al-Sanadid Forces []",
            "jaysh-al-islam: Jaysh al-Islam []",
            "macina-liberation-front: Macina Liberation Front []",
            "syrian-national-army: Syrian National Army []",
        ])
    }

    @Test func aNewNameNeverTakesAKnownOne() {
        let draft = Support.draft("The so-called \"Zenki\" and the Hurras al-Din Front fought.")
        #expect(draft.newFactions.isEmpty)
    }

    @Test func leadersStandForTheirFactions() {
        #expect(Support.relations("""
            The leader of Tahrir al-Sham, Abu Mohammad al-Jolani, spoke on Monday. In the same message, al-Jolani renewed \
            his pledge of allegiance to al-Qaeda leader Ayman al-Zawahiri.
            """) == ["allegiance: hts -> al-qaeda"])
        #expect(Support.relations("""
            Abu Bakr al-Baghdadi, the head of the Islamic State, spoke. Al-Baghdadi fought Zenki.
            """) == ["combat: isis -- zenki"])
        // A former leader stands for nobody.
        #expect(Support.relations("""
            A former leader of Zenki, Ali Omar, spoke. Ali Omar joined the ranks of ISIS.
            """) == [])
    }

    @Test func anaphorsStandForTheFactionsNamedBefore() {
        #expect(Support.relations("""
            They call themselves "the foreigners". The faction recently pledged allegiance to Hurras al-Din.
            """) == ["allegiance: foreigners -> hurras-al-din"])
        #expect(Support.relations("""
            Hurras al-Din was established earlier this year by a number of former Tahrir al-Sham ideologues who rejected \
            the alliance's declared split from al-Qaeda, as they sought to maintain their allegiance to al-Qaeda.
            """) == ["split: hurras-al-din -> hts", "split: hts -> al-qaeda", "allegiance: hurras-al-din -> al-qaeda"])
        #expect(Support.relations("""
            Tahrir al-Sham said so. Hurras al-Din rejected the alliance's declared split from al-Qaeda.
            """) == ["split: hts -> al-qaeda"])
        #expect(Support.relations("""
            ISIS joined forces with Hurras al-Din, which is in turn working with Tahrir al-Sham.
            """) == ["alliance: isis -- hurras-al-din", "alliance: hurras-al-din -- hts"])
        #expect(Support.relations("Hurras al-Din and Tahrir al-Sham agreed on a new truce between the two extremist alliances.")
                == ["truce: hurras-al-din -- hts"])
        // `hardliners who left` is not Hurras al-Din.
        #expect(Support.relations("Hurras al-Din, the group formed by hardliners who left the coalition, grew.") == [])
    }
}
