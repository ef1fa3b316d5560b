import FactionGraph
import Testing
@testable import FactionGraphSuggest

/// What a claim carries besides its type and pair: direction, date,
/// confidence, casualties, and its quote.
@Suite struct ClaimTests {
    static func only(_ body: String) -> Suggestion? {
        let draft = Support.draft(body)
        #expect(draft.suggestions.count == 1, "\(draft.suggestions.map(\.key))")
        return draft.suggestions.first
    }

    @Test func directionComesFromThePattern() {
        #expect(Support.relations("Zenki pledged allegiance to Tahrir al-Sham.") == ["allegiance: zenki -> hts"])
        #expect(Support.relations("Tahrir al-Sham received the pledge of Zenki.") == ["allegiance: zenki -> hts"])
        #expect(Support.relations("Zenki broke away from Tahrir al-Sham.") == ["split: zenki -> hts"])
        #expect(Support.relations("Zenki merged into Tahrir al-Sham.") == ["merger: zenki -> hts"])
        #expect(Support.relations("Fighting between Tahrir al-Sham and Zenki went on.") == ["combat: hts -- zenki"])
        #expect(Support.relations("Zenki, Hurras al-Din and ISIS joined the ranks of Tahrir al-Sham.")
                == ["allegiance: zenki -> hts", "allegiance: hurras-al-din -> hts", "allegiance: isis -> hts"])
    }

    @Test func datesResolvedAgainstPublishedAtTheirPrecision() {
        func date(_ body: String) -> String? { Self.only(body)?.date?.description }
        #expect(date("Clashes erupted on 23 June between Tahrir al-Sham and Zenki.") == "2018-06-23")
        #expect(date("In February 2018, Zenki broke away from Tahrir al-Sham.") == "2018-02")
        #expect(date("Zenki broke away from Tahrir al-Sham earlier this year.") == "2018")
        #expect(date("Zenki broke away from Tahrir al-Sham last week.") == "2018-11")
        #expect(date("Zenki broke away from Tahrir al-Sham on Thursday.") == "2018-11-15")
        #expect(date("Zenki broke away from Tahrir al-Sham in December.") == "2017-12")
        #expect(date("Zenki broke away from Tahrir al-Sham the previous year.") == "2017")
        #expect(date("Zenki broke away from Tahrir al-Sham.") == nil)
    }

    @Test func negationsAreDeniedAndHedgesAlleged() {
        #expect(Self.only("Zenki denied any links to Tahrir al-Sham.")?.confidence == .denied)
        #expect(Self.only("Zenki did not join Tahrir al-Sham.")?.confidence == .denied)
        #expect(Self.only("Zenki has reportedly joined forces with Tahrir al-Sham.")?.confidence == .alleged)
        #expect(Self.only("Zenki is said to have joined forces with Tahrir al-Sham.")?.confidence == .alleged)
        #expect(Self.only("Zenki allegedly clashed with Tahrir al-Sham.")?.confidence == .alleged)
        #expect(Self.only("Zenki clashed with Tahrir al-Sham, officials said.")?.confidence == nil)
    }

    @Test func casualtiesTiedToASide() {
        let suggestion = Self.only("Zenki clashed with Tahrir al-Sham near Harem, killing 13 HTS fighters; five members of Zenki died.")
        #expect(suggestion.map { $0.casualties.map { "\($0.faction) \($0.count)" } } == ["hts 13", "zenki 5"])
        let seed = Self.only("Tahrir al-Sham lost 13 of its fighters in the clashes, and five members of Zenki lost their lives.")
        #expect(seed.map { $0.casualties.map { "\($0.faction) \($0.count)" } } == ["hts 13", "zenki 5"])
        // A number not tied to a side, or a year, is no loss.
        #expect(Self.only("In 2018 Zenki clashed with Tahrir al-Sham, and 40 people were killed.")?.casualties.isEmpty == true)
    }

    @Test func theQuoteIsTheSmallestClauseHoldingCueAndNames() {
        #expect(Self.only("""
            Under this agreement, the 'Islamic State of Iraq and Syria' (ISIS) has temporarily joined forces with \
            Hurras al-Din, which is in turn fighting nobody.
            """)?.quotes.first?.text == "the 'Islamic State of Iraq and Syria' (ISIS) has temporarily joined forces with Hurras al-Din")
        #expect(Self.only("Zenki, a local activist said, pledged allegiance\nto Tahrir  al-Sham on Monday.")?.quotes.first?.text
                == "Zenki, a local activist said, pledged allegiance to Tahrir al-Sham on Monday")
    }

    @Test func oneStancePerPairAndSentenceTheMoreSpecificCueWinning() {
        #expect(Support.relations("Tahrir al-Sham and Zenki reached an agreement on Thursday to end the clashes.") == ["truce: hts -- zenki"])
        #expect(Support.relations("Zenki joined forces with Tahrir al-Sham.") == ["alliance: zenki -- hts"])
    }

    @Test func intentionsScoreLower() {
        let draft = Support.suggester(threshold: 0).draft(ArticleInput(path: "a.txt", text: "Hurras al-Din asked Zenki to co-ordinate with Tahrir al-Sham. Zenki coordinated with Tahrir al-Sham."))
        #expect(draft.suggestions.map(\.quotes.count) == [1])
        #expect(draft.suggestions.first?.quotes.first?.sentence == 2)
    }

    @Test func aCorpusVocabularyAddsTypesWithTheirCues() {
        let vocabulary = """
            sponsorship:
              connector: "->"
              class: tie
              cues: ["{A} (funds|funded|arms|armed) {B}", "{B} ... (funded|armed) by {A}"]
            """
        #expect(Support.relations("Zenki is funded by Tahrir al-Sham.", vocabulary: vocabulary) == ["sponsorship: hts -> zenki"])
        #expect(Support.relations("Tahrir al-Sham arms Zenki.", vocabulary: vocabulary) == ["sponsorship: hts -> zenki"])
    }
}
