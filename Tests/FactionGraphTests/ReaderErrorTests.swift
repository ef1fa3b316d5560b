import Testing
@testable import FactionGraph

/// Every error class of the format, each at its exact line and column.
@Suite struct ReaderErrorTests {
    @Test func validCorpusHasNoDiagnostics() {
        let result = TestCorpus.read([("a.md", TestCorpus.article("""
            article:
              title: T
              published: 2018-11-19
            relations:
              - combat: Tahrir al-Sham -- hurras
                evidence: fought Hurras al-Din
            """))])
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.corpus.relations.count == 1)
        #expect(result.summary == "1 article, 3 factions, 1 relation: 0 errors, 0 warnings")
    }

    @Test func unknownTopLevelKey() {
        #expect(TestCorpus.diagnostics([("a.md", TestCorpus.article("""
            article: {title: T, published: 2018}
            relation: []
            """))]) == ["a.md:3:1: error: unknown key 'relation' in the front matter; did you mean 'relations'?"])
    }

    @Test func missingArticleAndMissingFields() {
        #expect(TestCorpus.diagnostics([("a.md", TestCorpus.article("relations: []"))])
            == ["a.md:2:1: error: missing 'article': every annotated article needs 'article' with 'title' and 'published'"])
        #expect(TestCorpus.diagnostics([("a.md", TestCorpus.article("""
            article:
              source: Diyaruna
            """))]) == [
                "a.md:3:3: error: 'article' has no 'title'",
                "a.md:3:3: error: 'article' has no 'published' date",
            ])
    }

    @Test func unknownArticleKeySuggestsTheClosest() {
        #expect(TestCorpus.diagnostics([("a.md", TestCorpus.article("""
            article:
              title: T
              published: 2018
              auther: Someone
            """))]) == ["a.md:5:3: error: unknown key 'auther' in 'article'; did you mean 'author'?"])
    }

    @Test(arguments: [
        ("2018-13", "a.md:4:14: error: 'published' is not a valid date: '2018-13' (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("2018-02-30", "a.md:4:14: error: 'published' is not a valid date: '2018-02-30' (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("18-02-03", "a.md:4:14: error: 'published' is not a valid date: '18-02-03' (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("2018-2", "a.md:4:14: error: 'published' is not a valid date: '2018-2' (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("2018-11-19T10:00", "a.md:4:14: error: 'published' is not a valid date: '2018-11-19T10:00' (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
    ])
    func invalidDates(date: String, expected: String) {
        #expect(TestCorpus.diagnostics([("a.md", TestCorpus.article("""
            article:
              title: T
              published: \(date)
            """))]) == [expected])
    }

    @Test func leapDayIsValid() {
        #expect(TestCorpus.diagnostics([("a.md", TestCorpus.article("""
            article: {title: T, published: 2020-02-29}
            """))]) == [])
    }

    @Test func wrongConnector() {
        #expect(TestCorpus.diagnostics(relations: """
              - combat: hts -> hurras
                evidence: fought Hurras al-Din
              - allegiance: hurras -- hts
                evidence: fought Hurras al-Din
            """) == [
                "a.md:6:13: error: combat takes '--' (undirected), not '->': write 'combat: A -- B'",
                "a.md:8:17: error: allegiance takes '->' (directed), not '--': write 'allegiance: A -> B'",
            ])
    }

    @Test func missingConnectorOrSide() {
        #expect(TestCorpus.diagnostics(relations: """
              - combat: hts hurras
                evidence: fought Hurras al-Din
              - combat: hts --
                evidence: fought Hurras al-Din
            """) == [
                "a.md:6:13: error: 'hts hurras' has no connector: write 'combat: A -- B'",
                "a.md:8:13: error: 'hts --' needs a faction on both sides of '--', as in 'combat: A -- B'",
            ])
    }

    @Test func unknownReferenceSuggestsClosestNames() {
        #expect(TestCorpus.diagnostics(relations: """
              - combat: hts -- Huras al-Din
                evidence: fought Hurras al-Din
            """) == [
                "a.md:6:13: error: unknown faction 'Huras al-Din'; closest known: 'Hurras al-Din (hurras)', 'hurras', 'Tahrir al-Sham (hts)'",
            ])
    }

    @Test func referencesMatchCaseAndSpaceInsensitively() {
        #expect(TestCorpus.diagnostics(relations: """
              - combat: "  tahrir   AL-sham -- guardians of\\treligion"
                evidence: fought Hurras al-Din
              - alliance: daesh -- هيئة تحرير الشام
                evidence: joined forces
            """) == [])
    }

    @Test func selfRelation() {
        #expect(TestCorpus.diagnostics(relations: """
              - truce: hts -- Tahrir al-Sham
                evidence: signed a truce
            """) == ["a.md:6:12: error: a relation of a faction with itself: 'hts' and 'Tahrir al-Sham' are both 'hts'"])
    }

    @Test func missingAndUnfoundEvidence() {
        #expect(TestCorpus.diagnostics(relations: """
              - combat: hts -- hurras
              - truce: hts -- hurras
                evidence:
                  - signed a truce
                  - signed a peace deal
              - alliance: isis -- hurras
                evidence: Joined Forces
            """) == [
                "a.md:6:5: error: combat relation has no 'evidence': quote the sentence of the article that supports it",
                "a.md:10:9: error: evidence not found in the article's body: 'signed a peace deal'",
                "a.md:12:15: error: evidence not found in the article's body: 'Joined Forces'; it occurs with other capitals at line 15 (matching is case-sensitive)",
            ])
    }

    @Test func evidenceFoldsSpaceQuotesAndDashes() {
        let body = "They subscribe to al-Qaeda’s ideology —\n  and  “fight”   on.\n"
        #expect(TestCorpus.diagnostics(relations: """
              - combat: hts -- hurras
                evidence: "al-Qaeda's ideology - and \\"fight\\" on"
            """, body: body) == [])
    }

    @Test func untilBeforeDate() {
        #expect(TestCorpus.diagnostics(relations: """
              - truce: hts -- hurras
                date: 2018-05
                until: 2018-04
                evidence: signed a truce
            """) == ["a.md:8:12: error: 'until' (2018-04) is earlier than the relation's date (2018-05)"])
    }

    @Test func casualties() {
        #expect(TestCorpus.diagnostics(relations: """
              - combat: hts -- hurras
                casualties: {hts: -1, Guardians of Religion: 3, isis: 2}
                evidence: fought Hurras al-Din
              - truce: hts -- hurras
                casualties: {hts: 1}
                evidence: signed a truce
              - combat: hts -- hurras
                casualties: {hts: 1, HTS: 2}
                evidence: fought Hurras al-Din
            """) == [
                "a.md:7:23: error: casualties of 'hts' must be a whole number, 0 or more, not '-1'",
                "a.md:7:53: error: casualties of 'isis', who is not a party to this combat (hts -- hurras)",
                "a.md:10:5: error: 'casualties' is for combat only, not truce",
                "a.md:13:26: error: casualties of 'hts' are given twice",
            ])
    }

    @Test func badConfidenceAndUnknownAttribute() {
        #expect(TestCorpus.diagnostics(relations: """
              - combat: hts -- hurras
                confidence: sure
                evidence: fought Hurras al-Din
              - combat: hts -- hurras
                evidense: fought Hurras al-Din
            """) == [
                "a.md:7:17: error: 'confidence' must be one of reported, confirmed, alleged, denied, not 'sure'",
                "a.md:9:5: error: combat relation has no 'evidence': quote the sentence of the article that supports it",
                "a.md:10:5: error: unknown key 'evidense' in a relation; did you mean 'evidence'?",
            ])
    }

    @Test func noOrTwoRelationKeys() {
        #expect(TestCorpus.diagnostics(relations: """
              - evidence: fought Hurras al-Din
              - combat: hts -- hurras
                truce: hts -- hurras
                evidence: fought Hurras al-Din
              - just a string
            """) == [
                "a.md:6:5: error: a relation needs one of allegiance, alliance, truce, combat, split, rivalry, merger, as in 'combat: A -- B'",
                "a.md:8:5: error: one relation per item: 'truce' is a second relation here; start a new item with '- '",
                "a.md:10:5: error: a relation must be a map like 'combat: A -- B' with its attributes, not a string",
            ])
    }

    @Test func factionDeclarationErrors() {
        #expect(TestCorpus.diagnostics([("factions.yaml", """
            Bad_Id: Something
            ok-id:
              name: Fine
              kind: armed-groupp
              founded: 2018-13
              aliases: HTS
              colour: red
            no-name:
              kind: state
            """)], registry: nil) == [
                "factions.yaml:1:1: error: 'Bad_Id' is not a valid faction id: use lowercase letters, digits and '-', starting with a letter or digit",
                "factions.yaml:4:9: error: 'kind' must be one of armed-group, coalition, state, movement, person, other, not 'armed-groupp'",
                "factions.yaml:5:12: error: 'founded' is not a valid date: '2018-13' (expected YYYY, YYYY-MM or YYYY-MM-DD)",
                "factions.yaml:6:12: error: 'aliases' must be a list, for example [HTS, Tahrir al-Sham], not a string",
                "factions.yaml:7:3: error: unknown key 'colour' in faction 'ok-id' (expected name, aliases, kind, founded, dissolved, renamed, note)",
                "factions.yaml:9:3: error: faction 'no-name' has no 'name'",
            ])
    }

    @Test func aliasNamingTwoFactionsIsAnErrorAtBothPlaces() {
        #expect(TestCorpus.diagnostics([("a.md", TestCorpus.article("""
            article: {title: T, published: 2018}
            factions:
              other:
                name: Other
                aliases: [Daesh]
            """))]) == [
                "factions.yaml:11:19: error: 'Daesh' would name two factions (isis, other): it also names 'other' at a.md:6:15",
                "a.md:6:15: error: 'Daesh' would name two factions (isis, other): it also names 'isis' at factions.yaml:11:19",
            ])
    }

    @Test func redeclarationMustAgreeOnNameAndKind() {
        let result = TestCorpus.read([("a.md", TestCorpus.article("""
            article: {title: T, published: 2018}
            factions:
              hts:
                name: Hayat Tahrir al-Sham
                aliases: [HTS, Jabhat al-Nusra]
                kind: coalition
              hurras: Guardians
              isis: {name: Islamic State, kind: state}
            """))])
        #expect(result.diagnostics.map(\.description) == [
            "a.md:8:11: error: faction 'hurras' is named 'Guardians' here but 'Hurras al-Din' at factions.yaml:6:9: declarations of one id must agree on the name",
            "a.md:9:37: error: faction 'isis' is of kind 'state' here but 'armed-group' (the default) at factions.yaml:9:1: declarations of one id must agree on the kind",
        ])
        #expect(result.corpus.factions["hts"]?.aliases == ["Tahrir al-Sham", "HTS", "هيئة تحرير الشام", "Jabhat al-Nusra"])
    }

    @Test func duplicateArticleIDs() {
        #expect(TestCorpus.diagnostics([
            ("a.md", TestCorpus.article("article: {title: T, published: 2018, id: same}")),
            ("b.md", TestCorpus.article("article: {title: T, published: 2018, id: same}")),
        ]) == ["b.md:2:42: error: article id 'same' is also the id of a.md: give one of them another 'id'"])
        // A third with the id still names the first, not the second; the
        // next id is free.
        let result = CorpusReader.read(files: [
            ("a.md", TestCorpus.article("article: {title: A, published: 2018, id: same}")),
            ("b.md", TestCorpus.article("article: {title: B, published: 2018, id: same}")),
            ("c.md", TestCorpus.article("article: {title: C, published: 2018, id: same}")),
            ("d.md", TestCorpus.article("article: {title: D, published: 2018, id: other}")),
        ])
        #expect(result.diagnostics.map(\.description) == [
            "b.md:2:42: error: article id 'same' is also the id of a.md: give one of them another 'id'",
            "c.md:2:42: error: article id 'same' is also the id of a.md: give one of them another 'id'",
        ])
        #expect(result.corpus.articles.map(\.title) == ["A", "D"])
    }

    @Test func fileLevelProblems() {
        #expect(TestCorpus.diagnostics([
            ("empty.md", ""),
            ("readme.md", "# Notes\nNo front matter here.\n"),
            ("unclosed.md", "---\narticle: {title: T, published: 2018}\nbody\n"),
            ("malformed.md", "---\narticle:\n  title: [unclosed\n  published: 2018\n---\n"),
            ("duplicate.md", "---\narticle:\n  title: T\n  title: U\n  published: 2018\n---\n"),
            ("blank.md", "---\n---\nbody\n"),
            ("list.md", "---\n- a\n- b\n---\n"),
        ]) == [
            "empty.md:1:1: error: empty file: an article starts with a '---' line, its front matter, and another '---' line",
            "readme.md:1:1: warning: no front matter (the first line is not '---'); skipped, not an article",
            "unclosed.md:1:1: error: the front matter opened here is never closed: add a line '---' after it",
            "malformed.md:3:10: error: malformed YAML: this '[' is never closed: end it with ']'",
            "duplicate.md:4:3: error: malformed YAML: duplicate key 'title' (first at line 3, column 3)",
            "blank.md:1:1: error: the front matter is empty: it needs at least an 'article' with 'title' and 'published'",
            "list.md:2:1: error: the front matter must be a map of keys to values, not a list",
        ])
    }

    @Test func invalidUTF8IsLocated() {
        var bytes = Array("---\narticle:\n  title: caf".utf8)
        bytes.append(0xE9)
        bytes += Array("\n  published: 2018\n---\n".utf8)
        var parsed = ParsedFile(input: InputFile(role: .article, fileSystemPath: "x.md", displayPath: "x.md", defaultArticleID: "x"))
        bytes.withUnsafeBufferPointer { FileParser.parse($0, vocabulary: .builtIn, into: &parsed) }
        #expect(parsed.diagnostics.map(\.description) == ["x.md:3:13: error: invalid UTF-8: the file must be UTF-8 text"])
    }

    @Test func allErrorsOfACorpusInOneRun() {
        let diagnostics = TestCorpus.diagnostics([
            ("a.md", TestCorpus.article("article: {title: T}")),
            ("b.md", TestCorpus.article("article: {title: T, published: 2018}\nrelations:\n  - combat: x -- y\n    evidence: zzz")),
        ])
        #expect(diagnostics.count == 4)
        #expect(diagnostics.allSatisfy { $0.contains(": error: ") })
    }
}

/// Characters YAML does not allow are reported where they are, not at the
/// start of the file (found in real data: Windows-1252 dashes decoded as C1
/// control characters).
@Test func controlCharactersAreLocated() {
    #expect(TestCorpus.diagnostics([("factions.yaml", "a: A\nb: \"Philippines\u{96}New People's Army\"\n")], registry: nil)
        == ["factions.yaml:2:16: error: malformed YAML: control characters are not allowed (U+0096); \(RegistryRecovery.consequence)"])
}

/// Evidence in other scripts and with accents is kept as written while the
/// white space around it is folded (a generated corpus once caught a folding
/// bug that garbled every non-ASCII character).
@Test func evidenceInOtherScriptsIsFound() {
    let body = "Le Front de Libération  a attaqué\nهيئة تحرير الشام في إدلب — “مقاتلون”.\n"
    #expect(TestCorpus.diagnostics(relations: """
          - combat: hts -- hurras
            evidence: [Front de Libération a attaqué هيئة تحرير الشام, "إدلب - \\"مقاتلون\\"", Libératión]
        """, body: body) == [
            "a.md:7:86: error: evidence not found in the article's body: 'Libératión'",
        ])
}

/// Every kind of invalid UTF-8 is found at its byte, after ASCII runs of any
/// length (the validator skips ASCII eight bytes at a time).
@Test(arguments: [[0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xC3], [0x80], [0xE2, 0x82]] as [[UInt8]])
func invalidUTF8Sequences(bad: [UInt8]) {
    for prefixLength in [0, 3, 8, 13] {
        let prefix = Array(repeating: UInt8(ascii: "a"), count: prefixLength) + Array("é\n".utf8)
        let bytes = prefix + bad + Array("tail".utf8)
        let offset = bytes.withUnsafeBufferPointer { SourceText.firstInvalidUTF8Offset($0) }
        #expect(offset == prefix.count)
        #expect(bytes.withUnsafeBufferPointer { SourceText.firstInvalidUTF8(in: $0) }! == (2, 1))
        let valid = prefix + Array("ok € 𝄞".utf8)
        #expect(valid.withUnsafeBufferPointer { SourceText.firstInvalidUTF8Offset($0) } == nil)
    }
}
