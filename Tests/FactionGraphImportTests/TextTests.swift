import Testing
import FactionGraph
@testable import FactionGraphImport

@Suite struct YAMLTextTests {
    @Test(arguments: ["NO", "null", "~", "- x", "a: b", "\"quoted\"", "back\\slash", "line\nbreak", "crlf\r\n",
                      "tab\there", "next\u{85}line\u{2028}sep\u{2029}", "bell\u{7}", "c1\u{92}", "#comment", "&anchor",
                      "*alias", "  spaces  ", "ends with \\", "%directive", "@at", "`tick", "{a: b}", "[x]", "", "﻿bom"])
    func quotedScalarsReadBackAsWritten(_ text: String) throws {
        let parsed = try YAMLParser.parse("key: \(YAMLText.quoted(text))\n").get()
        #expect(parsed?.pairs?.first?.value.string == text)
    }
}

@Suite struct TextRepairTests {
    private func windows(_ text: String) -> (String, [String]) {
        var report = TextRepair.Report()
        return (TextRepair.windows1252(text, report: &report), report.descriptions)
    }

    @Test func controlCharactersBecomeWindows1252Punctuation() {
        let (text, report) = windows("AI\u{92}s leaders \u{93}declared\u{94} \u{96} 2014")
        #expect(text == "AI’s leaders “declared” – 2014")
        #expect(report == ["Windows-1252 punctuation left as control characters (’ “ ” –)"])
    }

    @Test func utf8ReadAsWindows1252IsDecoded() {
        #expect(windows("Hezbollah\u{E2}\u{80}\u{99}s").0 == "Hezbollah’s")
        #expect(windows("Lebanon.\u{C2}\u{A0}Fatah").0 == "Lebanon.\u{A0}Fatah")
        #expect(windows("caf\u{C3}\u{A9}").0 == "café")
        #expect(windows("â€™").0 == "’")
        #expect(windows("â€™").1 == ["UTF-8 read as Windows-1252 (’)"])
    }

    @Test func cleanTextIsLeftAlone() {
        for text in ["plain ASCII", "Óglaigh na hÉireann", "هيئة تحرير الشام", "al-Qaeda’s", "Ã alone"] {
            let (repaired, report) = windows(text)
            #expect(repaired == text)
            #expect(report.isEmpty)
        }
    }

    @Test func webEscapesAreUndone() {
        var report = TextRepair.Report()
        let text = TextRepair.webEscapes(#"Iraq\&#039;s groups; the group\'s \"leader\" &amp; AT&T; R&D"#, report: &report)
        #expect(text == #"Iraq's groups; the group's "leader" & AT&T; R&D"#)
        #expect(report.descriptions == [#"web page escapes (\& &#039; \' \" &amp;)"#])
    }

    @Test func invalidUTF8BytesAreReadAsWindows1252() {
        let bytes: [UInt8] = Array("Kata".utf8) + [0x92] + Array("ib caf".utf8) + [0xE9]
        let (text, invalid) = bytes.withUnsafeBufferPointer { TextRepair.decodeUTF8($0) }
        #expect(text == "Kata’ib café")
        #expect(invalid == [4, 11])
    }
}

@Suite struct SlugTests {
    @Test func namesBecomeSlugs() {
        #expect(Slug.make("Hayat Tahrir al-Sham") == "hayat-tahrir-al-sham")
        #expect(Slug.make("Hay'at Tahrir al-Sham (Formerly Jabhat al-Nusra)") == "hayat-tahrir-al-sham-formerly-jabhat-al-nusra")
        #expect(Slug.make("Óglaigh na hÉireann") == "oglaigh-na-heireann")
        #expect(Slug.make("Military Forces of Syria (2000-)") == "military-forces-of-syria-2000")
        #expect(Slug.make("QSD: Syrian Democratic Forces") == "qsd-syrian-democratic-forces")
        #expect(Slug.make("Straße Ørsted") == "strasse-orsted")
        #expect(Slug.make("313 Brigade") == "313-brigade")
    }

    @Test func namesWithoutLatinLettersGetAStableHash() {
        let slug = Slug.make("هيئة تحرير الشام")
        #expect(slug == "faction-" + Slug.hash("هيئة تحرير الشام"))
        #expect(slug.count == "faction-".count + 8)
        #expect(Faction.isValidID(slug))
        #expect(Slug.make("هيئة تحرير الشام") == slug)
        #expect(Slug.make("لواء القدس") != slug)
    }

    @Test func longNamesAreCutBetweenWords() {
        let slug = Slug.make(String(repeating: "Brigade of the Martyrs ", count: 6))
        #expect(slug.count <= Slug.maximumLength)
        #expect(!slug.hasSuffix("-"))
        #expect(Faction.isValidID(slug))
    }

    @Test func dateSuffixesOfActorNames() {
        #expect(ActorName.withoutDateSuffix("Military Forces of Syria (2000-)") == "Military Forces of Syria")
        #expect(ActorName.withoutDateSuffix("Police Forces of Syria (2000-2024)") == "Police Forces of Syria")
        #expect(ActorName.withoutDateSuffix("Islamic State (Syria)") == nil)
        #expect(ActorName.withoutDateSuffix("Brigade (313)") == nil)
        #expect(ActorName.withoutDateSuffix("(2000-)") == nil)
    }
}

@Suite struct SentenceTests {
    @Test func shortBodiesAreQuotedWhole() {
        #expect(Sentences.leadQuote(of: "  One sentence. And another.\n") == "One sentence. And another.")
    }

    @Test func longBodiesGiveTheirFirstSentence() {
        let body = "On 4 May, U.S. forces and Gen. Smith's men met HTS near Idlib, after a week of clashes. "
            + String(repeating: "More text follows here. ", count: 12)
        #expect(Sentences.leadQuote(of: body) == "On 4 May, U.S. forces and Gen. Smith's men met HTS near Idlib, after a week of clashes.")
    }

    @Test func aVeryLongFirstSentenceIsCutBetweenWords() {
        let body = String(repeating: "word ", count: 200)
        let quote = Sentences.leadQuote(of: body)
        #expect(quote.count <= Sentences.longestQuote)
        #expect(body.hasPrefix(quote))
        #expect(!quote.hasSuffix(" "))
    }

    @Test func theSentenceHoldingASpan() {
        let text = Array("Title line\n\nFirst one. The Front said HTS “cannot be trusted”. Last.".unicodeScalars)
        let start = text.firstIndex(of: "H")!
        let range = Sentences.sentence(holding: start..<(start + 3), in: text)
        #expect(Sentences.string(text[range]) == "The Front said HTS “cannot be trusted”.")
        let title = Sentences.sentence(holding: 0..<5, in: text)
        #expect(Sentences.string(text[title]) == "Title line")
    }
}
