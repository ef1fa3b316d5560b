import Testing
@testable import FactionGraphSuggest

/// Tokens and sentences: words of any script with their inner hyphens and
/// apostrophes, the possessive apart, Arabic proclitics apart.
@Suite struct TextTests {
    @Test func wordsKeepTheirHyphensAndApostrophesButNotTheirPossessive() {
        let words = Tokenizer.words("Al-Qaeda’s man, Jama'at Nusrat al-Islam (JNIM) co-ordinated 2,000 fighters.")
        #expect(words == ["al-qaeda", "'s", "man", ",", "jama'at", "nusrat", "al-islam", "(", "jnim", ")", "co-ordinated", "2,000", "fighters", "."])
    }

    @Test func capitalsAreRecorded() {
        let tokens = Tokenizer.tokens(Array("HTS and al-Fatah met Hts".utf8))
        #expect(tokens.map(\.isAllCapitals) == [true, false, false, false, false])
        #expect(tokens.map(\.isCapitalised) == [true, false, true, false, true])
    }

    @Test func arabicProcliticsSplitBeforeTheArticle() {
        #expect(Tokenizer.words("والمرابطون وكتيبة ماسينا") == ["و", "المرابطون", "وكتيبة", "ماسينا"])
        #expect(Tokenizer.words("للقاعدة بالقاعدة لزعيم") == ["ل", "القاعدة", "ب", "القاعدة", "لزعيم"])
        // Other words keep them; names are looked up without them.
        #expect(PhraseTrie<String>.withoutProclitic("وكتيبة") == "كتيبة")
        #expect(PhraseTrie<String>.withoutProclitic("HTS") == nil)
    }

    @Test func sentencesEndAtFullStopsButNotAfterAbbreviations() {
        let text = ArticleText("""
            Gen. Haftar said the U.S. knew. The LNA, he said, "will win." Then
            it fought.

            A heading without a stop

            The end
            """)
        let sentences = text.sentences.map { text.quote($0.tokens.lowerBound...($0.tokens.upperBound - 1)) }
        #expect(sentences == ["Gen. Haftar said the U.S. knew.", "The LNA, he said, \"will win.\"", "Then it fought.",
                              "A heading without a stop", "The end"])
    }

    @Test func quotesAreCutFromTheBodyWithWhiteSpaceFolded() {
        let text = ArticleText("Tahrir  al-Sham\nlost 13\u{00A0}fighters.")
        #expect(text.quote(0...(text.tokens.count - 2)) == "Tahrir al-Sham lost 13 fighters")
    }
}
