import FactionGraph
import Testing
@testable import FactionGraphSuggest

/// Who acts when the subject stands far from the cue: behind an
/// apposition, a long relative clause, an adverbial of time, or a `they`
/// standing for a list; and where a compound or a modifier stands between
/// the cue and its object.
@Suite struct SubjectTests {
    static let registry = Support.registry + """
        ahrar-al-sham:
          name: Ahrar al-Sham
        jaysh-al-ahrar:
          name: Jaysh al-Ahrar
        turkey:
          name: Turkey
          kind: state
        iran:
          name: Iran
          kind: state
        pmf:
          name: Popular Mobilization Forces
          aliases: [PMF]
          kind: coalition
        iraqi-army:
          name: Iraqi army
          kind: state
        kataib-hezbollah:
          name: Kataib Hezbollah
        ansar-dine:
          name: Ansar Dine
        al-mourabitoun:
          name: al-Mourabitoun
        jnim:
          name: Jama'at Nusrat al-Islam wal-Muslimin
          aliases: [JNIM]
        al-shabaab:
          name: al-Shabaab
          aliases: [Harakat al-Shabaab al-Mujahideen, حركة الشباب المجاهدين]
        haqqani:
          name: Haqqani network
        taliban:
          name: Taliban
        ttp:
          name: Tehrik-i-Taliban Pakistan
          aliases: [TTP]

        """

    static func relations(_ body: String) -> [String] { Support.relations(body, registry: registry) }

    @Test func appositionIsPassedOver() {
        // The verb after `X, a faction that broke away from Y,` is X's.
        #expect(Self.relations("Jaysh al-Ahrar, a faction that broke away from Ahrar al-Sham in December, joined HTS in January.")
                == ["split: jaysh-al-ahrar -> ahrar-al-sham", "allegiance: jaysh-al-ahrar -> hts"])
        // However long the relative clause, with a gloss in Arabic inside.
        #expect(Self.relations("""
            Al-Shabaab, whose full name is Harakat al-Shabaab al-Mujahideen (حركة الشباب المجاهدين), \
            formally pledged allegiance to al-Qaeda in 2012.
            """) == ["allegiance: al-shabaab -> al-qaeda"])
    }

    @Test func fightingInAnAdverbialOfTimeIsTheSubjects() {
        // Not Turkey's, the nearest name before `fighting`.
        #expect(Self.relations("HTS took control of the crossing with Turkey on Sunday after five days of fighting with Ahrar al-Sham.")
                == ["combat: hts -- ahrar-al-sham"])
    }

    @Test func theyStandsForEveryFactionOfAList() {
        #expect(Self.relations("""
            Ansar Dine and al-Mourabitoun announced on 2 March that they had dissolved themselves into a single \
            organisation, JNIM.
            """) == ["merger: ansar-dine -> jnim", "merger: al-mourabitoun -> jnim"])
    }

    @Test func modifiersBeforeTheObject() {
        // `the mainly Shi'ite PMF`: an adverb and an adjective of creed.
        #expect(Self.relations("The Iraqi army, fighting alongside the mainly Shi'ite PMF, took the city.")
                == ["alliance: iraqi-army -- pmf"])
        // An `Iran-backed faction` is not Iran.
        #expect(Self.relations("Kataib Hezbollah, an Iran-backed faction that is one of the most powerful within the PMF, said nothing.")
                == ["allegiance: kataib-hezbollah -> pmf"])
    }

    @Test func theBackedActNotTheirBacker() {
        // A state named by its country alone is found by its air power too.
        #expect(Self.relations("Iraqi army troops backed by Iranian drones have captured three villages from the Islamic State.")
                == ["alliance: iraqi-army -- iran", "combat: iraqi-army -- isis"])
    }

    @Test func anAccusationOfSupportIsAnAllegedAlliance() {
        let draft = Support.draft("Pakistan has repeatedly accused the Haqqani network of facilitating TTP attacks.",
                                  registry: Self.registry)
        #expect(draft.suggestions.map { "\($0.type.name): \($0.from) -- \($0.to) \($0.confidence?.rawValue ?? "-")" }
                == ["alliance: ttp -- haqqani alleged"])
    }
}
