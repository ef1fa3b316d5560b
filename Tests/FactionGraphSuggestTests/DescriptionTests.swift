import FactionGraph
import Testing
@testable import FactionGraphSuggest

/// Relations told by descriptions, passives, pairs and partners rather than
/// by `A verb B`: the rules written from the held-out sets' misses.
@Suite struct DescriptionTests {
    /// A registry with a plural one-word name and two armies.
    static let registry = Support.registry + """
        houthis:
          name: Ansar Allah
          aliases: [Houthis]
        pmf:
          name: Popular Mobilisation Forces
          aliases: [PMF]
          kind: coalition
        kataib-hezbollah:
          name: Kata'ib Hezbollah
        nujaba:
          name: Harakat Hezbollah al-Nujaba

        """

    static func relations(_ body: String) -> [String] { Support.relations(body, registry: registry) }

    @Test func possessiveAffiliation() {
        // `{B}'s {A}`: A belongs to B.
        #expect(Self.relations("Fighters of al-Qaeda's Hurras al-Din entered the town.") == ["allegiance: hurras-al-din -> al-qaeda"])
        // `{B}'s affiliate` is said of the faction beside it, not of the
        // next one named.
        #expect(Self.relations("Hurras al-Din, al-Qaeda's affiliate in Syria, was founded in 2018.")
                == ["allegiance: hurras-al-din -> al-qaeda"])
        // (the combat is read as al-Qaeda's: its affiliate has no name here)
        #expect(Self.relations("Al-Qaeda's Syrian affiliate and the Islamic State fought for the town.") == ["combat: al-qaeda -- isis"])
        // A person's group is not an affiliation: `Belmokhtar's al-Mourabitoun`.
        #expect(Self.relations("A deputy of Abu Mohammad al-Jolani's Tahrir al-Sham was killed.") == [])
    }

    @Test func membershipByApposition() {
        #expect(Self.relations("Kata'ib Hezbollah, one of the most powerful militias within the PMF, said nothing.")
                == ["allegiance: kataib-hezbollah -> pmf"])
        #expect(Self.relations("Harakat Hezbollah al-Nujaba, another member of the PMF, said nothing.")
                == ["allegiance: nujaba -> pmf"])
    }

    @Test func bothGroupsAreEachOfTheTwo() {
        #expect(Self.relations("Kata'ib Hezbollah and Harakat Hezbollah al-Nujaba said nothing. Both groups are also part of the PMF.")
                == ["allegiance: kataib-hezbollah -> pmf", "allegiance: nujaba -> pmf"])
    }

    @Test func passiveAttacks() {
        #expect(Self.relations("Zenki was attacked by Tahrir al-Sham near Atarib.") == ["combat: hts -- zenki"])
        #expect(Self.relations("Six Zenki fighters were killed in an HTS ambush.") == ["combat: hts -- zenki"])
    }

    @Test func fightingAlongsideAgainstAThird() {
        #expect(Self.relations("Zenki fought alongside Hurras al-Din against the Islamic State.")
                == ["alliance: zenki -- hurras-al-din", "combat: zenki -- isis", "combat: hurras-al-din -- isis"])
    }

    @Test func aStateArmyByItsOtherNames() {
        let registry = Self.registry + """
            saf:
              name: Sudanese Armed Forces
              aliases: [Sudanese army]
              kind: state
            rsf:
              name: Rapid Support Forces

            """
        #expect(Support.relations("A ceasefire between Sudan's army and the Rapid Support Forces held.", registry: registry)
                == ["truce: saf -- rsf"])
        #expect(Support.relations("Sudanese troops clashed with the Rapid Support Forces.", registry: registry)
                == ["combat: saf -- rsf"])
        // Only a country and one of the nouns: `Sudanese rebels` is nobody's.
        #expect(Support.relations("Sudanese rebels clashed with the Rapid Support Forces.", registry: registry) == [])
    }

    /// A registry's government is also its country's army, and the other
    /// way round, unless another faction has the name.
    @Test func aStateByItsOtherArm() {
        let registry = Self.registry + """
            somali-government:
              name: Somali government
              kind: state
            al-shabaab: al-Shabaab
            sudan-government:
              name: Sudanese government
            saf:
              name: Sudanese Armed Forces

            """
        #expect(Support.relations("Somali troops clashed with al-Shabaab.", registry: registry) == ["combat: somali-government -- al-shabaab"])
        #expect(Support.relations("Somalia's army clashed with al-Shabaab.", registry: registry) == ["combat: somali-government -- al-shabaab"])
        // The Sudanese army is the Sudanese Armed Forces', not the government's.
        #expect(Support.relations("Sudanese troops clashed with al-Shabaab.", registry: registry) == ["combat: saf -- al-shabaab"])
    }

    /// `government officials`, `army units`, `the regular army`: the
    /// state named before.
    @Test func theStateByItsArmOrOfficials() {
        #expect(Self.relations("The Assad government held Aleppo. Government officials denied any links to Hurras al-Din.")
                == ["alliance: syrian-government -- hurras-al-din"])
        #expect(Self.relations("The Assad government held Aleppo. Army units clashed with Hurras al-Din on Monday.")
                == ["combat: syrian-government -- hurras-al-din"])
        #expect(Self.relations("The Assad government held Aleppo. Zenki fights alongside the regular army.")
                == ["alliance: zenki -- syrian-government"])
    }

    @Test func aPluralNameInTheSingular() {
        #expect(Self.relations("Tahrir al-Sham clashed with Houthi fighters.") == ["combat: hts -- houthis"])
    }

    @Test func rejectingReportsDeniesButRejectingAPolicyDoesNot() {
        let denied = Support.draft("Zenki rejected reports that it had joined Tahrir al-Sham.", registry: Self.registry)
        #expect(denied.suggestions.map { $0.confidence } == [.denied])
        let reported = Support.draft("Zenki rejected the decision and joined Tahrir al-Sham.", registry: Self.registry)
        #expect(reported.suggestions.map { $0.confidence } == [nil])
    }

    @Test func continuingToFightIsAFact() {
        let draft = Support.draft("Tahrir al-Sham continues to fight the Islamic State in the desert.", registry: Self.registry)
        #expect(draft.suggestions.map { "\($0.type.name): \($0.from) -- \($0.to)" } == ["combat: hts -- isis"])
        #expect(draft.suggestions.first?.features.irrealis == false)
    }
}
