import Testing
@testable import FactionGraph

/// `renamed:` in faction declarations: every name resolves, diagrams show
/// the name in use as of their date, and bad renames are errors at their line.
@Suite struct RenameTests {
    static let registry = """
        nusra:
          name: al-Nusra Front
          founded: 2012-01
          renamed:
            - {date: 2016-07-28, name: Jabhat Fatah al-Sham}
            - date: 2017-01-28
              name: Hayat Tahrir al-Sham
        isis: Islamic State

        """

    static func corpus(_ relations: String) -> ReadResult {
        TestCorpus.read([("a.md", "---\narticle: {title: A, published: 2018}\nrelations:\n\(relations)\n---\nq\n")],
                        registry: registry)
    }

    @Test func everyNameResolvesToTheFaction() {
        let result = Self.corpus("""
              - combat: Jabhat Fatah al-Sham -- isis
                date: 2016-08
                evidence: q
              - combat: hayat tahrir al-sham -- isis
                date: 2017-03
                evidence: q
            """)
        #expect(result.diagnostics.map(\.description) == [])
        #expect(Set(result.corpus.relations.map(\.from)) == ["isis"])
        #expect(Set(result.corpus.relations.map(\.to)) == ["nusra"])
    }

    @Test func snapshotsUseTheNameInUseAsOfTheirDate() {
        let corpus = Self.corpus("  - combat: nusra -- isis\n    date: 2014\n    evidence: q").corpus
        func name(_ date: String) -> String? {
            SnapshotBuilder.snapshot(of: corpus, asOf: PartialDate(parsing: date)).factions.first { $0.id == "nusra" }?.name
        }
        #expect(name("2015") == "al-Nusra Front")
        #expect(name("2016-07-27") == "al-Nusra Front")
        #expect(name("2016-07-28") == "Jabhat Fatah al-Sham")
        #expect(name("2016-07") == "Jabhat Fatah al-Sham")
        #expect(name("2017") == "Hayat Tahrir al-Sham")
        let json = SnapshotJSON.document(SnapshotBuilder.snapshot(of: corpus, asOf: PartialDate(year: 2016)))
        #expect(json.contains("\"name\" : \"Jabhat Fatah al-Sham\""))
        #expect(json.contains("\"renamed\" : [\n        {\n          \"date\" : \"2016-07-28\",\n          \"name\" : \"Jabhat Fatah al-Sham\""))
        let dot = SnapshotDiagram.dot(SnapshotBuilder.snapshot(of: corpus, asOf: PartialDate(year: 2015)))
        #expect(dot.contains("label=\"al-Nusra Front\""))
        #expect(dot.contains("names: al-Nusra Front; Jabhat Fatah al-Sham from 2016-07-28; Hayat Tahrir al-Sham from 2017-01-28"))
    }

    @Test func aRenameBeforeFoundingOrTwoOnOneDateAreErrors() {
        #expect(TestCorpus.diagnostics([("factions.yaml", """
            nusra:
              name: al-Nusra Front
              founded: 2012-01
              renamed:
                - {date: 2011, name: Early Name}
                - {date: 2016-07-28, name: Jabhat Fatah al-Sham}
                - {date: 2016-07-28, name: Another Name}
                - {name: No Date}
            """)], registry: nil) == [
                "factions.yaml:5:14: error: faction 'nusra' is renamed 'Early Name' on 2011, before it was founded (2012-01)",
                "factions.yaml:7:14: error: faction 'nusra' is renamed twice on 2016-07-28: 'Jabhat Fatah al-Sham' and 'Another Name'",
                "factions.yaml:8:7: error: a rename needs a 'date'",
            ])
    }

    @Test func renamesFromTwoDeclarationsMustAgree() {
        let result = TestCorpus.read([("a.md", """
            ---
            article: {title: A, published: 2018}
            factions:
              nusra:
                name: al-Nusra Front
                renamed: [{date: 2016-07-28, name: JFS}]
            ---
            q
            """)], registry: Self.registry)
        #expect(result.diagnostics.map(\.description) == [
            "a.md:6:22: error: faction 'nusra' is renamed twice on 2016-07-28: 'Jabhat Fatah al-Sham' at factions.yaml:5:14 and 'JFS' here",
        ])
    }

    @Test func aRenameCannotTakeAnotherFactionsName() {
        #expect(TestCorpus.diagnostics([("factions.yaml", """
            nusra:
              name: al-Nusra Front
              renamed: [{date: 2017, name: Islamic State}]
            isis: Islamic State
            """)], registry: nil) == [
                "factions.yaml:3:20: error: 'Islamic State' would name two factions (isis, nusra): it also names 'isis' at factions.yaml:4:7",
                "factions.yaml:4:7: error: 'Islamic State' would name two factions (isis, nusra): it also names 'nusra' at factions.yaml:3:20",
            ])
    }
}
