import Testing
@testable import FactionGraph

/// Every problem of a `vocabulary.yaml`, and of relations against the
/// vocabulary, at its line and column.
@Suite struct VocabularyErrorTests {
    /// The diagnostics of a corpus with `vocabulary` and one article whose
    /// relations are `relations`.
    static func diagnostics(vocabulary: String, relations: String = "  - combat: hts -- isis\n    evidence: q") -> [String] {
        TestCorpus.diagnostics([
            ("vocabulary.yaml", vocabulary),
            ("a.md", "---\narticle: {title: A, published: 2018}\nrelations:\n\(relations)\n---\nq\n"),
        ])
    }

    @Test func malformedYAMLAndAVocabularyThatIsNoMap() {
        #expect(Self.diagnostics(vocabulary: "support: {connector: \"->\"\n") == [
            "vocabulary.yaml:1:10: error: malformed YAML: this '{' is never closed: end it with '}'; the vocabulary is read only up to here, and unknown relation types are not reported until this is fixed",
        ])
        // No cascade: the types declared before the error are known, and
        // relations of others are not called unknown.
        #expect(Self.diagnostics(vocabulary: "aid: {connector: \"->\", class: tie}\nsupport: {connector: \"->\"\n",
                                 relations: "  - aid: hts -> isis\n    evidence: q\n  - support: hts -> isis\n    evidence: q\n  - comabt: hts -- isis\n    evidence: q") == [
            "vocabulary.yaml:2:10: error: malformed YAML: this '{' is never closed: end it with '}'; the vocabulary is read only up to here, and unknown relation types are not reported until this is fixed",
        ])
        #expect(Self.diagnostics(vocabulary: "- support\n- withdrawal\n") == [
            "vocabulary.yaml:1:1: error: the vocabulary must be a map of keys to values, not a list",
        ])
        #expect(Self.diagnostics(vocabulary: "# nothing yet\n") == [])
    }

    @Test func badNamesAndDeclarationsThatAreNoMap() {
        #expect(Self.diagnostics(vocabulary: """
            Support: {connector: "->", class: tie}
            date: {connector: "->", class: tie}
            empty:
            listed: [a, b]
            """) == [
                "vocabulary.yaml:1:1: error: 'Support' is not a valid relation type name: use lowercase letters, digits and '-', starting with a letter",
                "vocabulary.yaml:2:1: error: 'date' is a relation attribute, so it cannot name a relation type",
                "vocabulary.yaml:3:1: error: relation type 'empty' needs a map, such as {connector: \"--\", class: stance, polarity: \"-\"}",
                "vocabulary.yaml:4:9: error: relation type 'listed' must be a map of its properties, not a list",
            ])
    }

    @Test func badValuesEachAtTheirPlace() {
        #expect(Self.diagnostics(vocabulary: """
            support:
              connector: "=>"
              class: bond
              polarity: negative
              colour: "#0072b2"
            aid:
              class: tie
              polarity: "plus"
              attributes: [casualties, wounded]
              color: blue
              style: wavy
              penwidth: 12
              arrowhead: spear
            """) == [
                "vocabulary.yaml:2:14: error: 'connector' must be \"->\" (directed) or \"--\" (undirected), not '=>'",
                "vocabulary.yaml:3:10: error: 'class' must be one of stance, tie, lineage, not 'bond'",
                "vocabulary.yaml:5:3: error: unknown key 'colour' in relation type 'support'; did you mean 'color'?",
                "vocabulary.yaml:6:1: error: relation type 'aid' needs 'connector' (\"->\" or \"--\"); it is not a built-in type (allegiance, alliance, truce, combat, split, rivalry, merger)",
                "vocabulary.yaml:8:13: error: 'polarity' must be \"+\", \"-\" or \"?\" (quoted), or positive, negative or unknown, not 'plus'",
                "vocabulary.yaml:9:28: error: unknown attribute 'wounded': a type may accept casualties, fatalities",
                "vocabulary.yaml:10:10: error: 'color' must be a colour written #rrggbb (six hexadecimal digits, quoted: \"#0072b2\"), not 'blue'",
                "vocabulary.yaml:11:10: error: 'style' must be one of solid, dashed, dotted, bold, not 'wavy'",
                "vocabulary.yaml:12:13: error: 'penwidth' must be a number from 0.5 to 8 (points), not '12'",
                "vocabulary.yaml:13:14: error: 'arrowhead' must be a Graphviz arrow shape such as normal, onormal, diamond, odiamond, dot, odot, tee, vee, box or crow, not 'spear'",
            ])
    }

    @Test func aBareSignIsYAMLSyntax() {
        // libyaml reads a bare `-` as the start of a list.
        #expect(Self.diagnostics(vocabulary: "support:\n  connector: \"->\"\n  class: tie\n  polarity: -\n") == [
            "vocabulary.yaml:4:13: error: malformed YAML: block sequence entries are not allowed in this context; the vocabulary is read only up to here, and unknown relation types are not reported until this is fixed",
        ])
        #expect(Self.diagnostics(vocabulary: "support:\n  connector: \"->\"\n  class: tie\n  polarity:\n    -\n") == [
            "vocabulary.yaml:5:5: error: 'polarity' must be \"+\", \"-\" or \"?\" (quoted), or positive, negative or unknown, not a bare '-' (YAML reads it as a list)",
        ])
    }

    @Test func rulesBetweenKeys() {
        #expect(Self.diagnostics(vocabulary: """
            hostility: {connector: "->", class: stance, polarity: "-"}
            talks: {connector: "--", class: stance, ends-with: [combat]}
            bond: {connector: "--", class: lineage, arrowhead: dot}
            support: {connector: "->", class: tie, ends-with: [withdrawl, support]}
            withdrawal: {connector: "->", class: lineage}
            """) == [
                "vocabulary.yaml:1:24: error: a stance is one per unordered pair, so its connector is \"--\", not \"->\"; for a directed relation that lasts, use class: tie",
                "vocabulary.yaml:2:41: error: 'ends-with' is for ties (class: tie); a stance is replaced by the next stance of its pair",
                "vocabulary.yaml:3:52: error: 'arrowhead' is for directed types (\"->\"); 'bond' is undirected",
                "vocabulary.yaml:4:52: error: 'ends-with' names no relation type: 'withdrawl'; the known types, closest first: withdrawal, truce, rivalry, combat, merger, talks, bond, support, allegiance, alliance, split, hostility",
                "vocabulary.yaml:4:63: error: 'support' cannot end itself: a later report of a tie is more evidence for it, not its end",
            ])
    }

    @Test func aBuiltInTypeCanBeRestyledButNotChangedInMeaning() {
        #expect(Self.diagnostics(vocabulary: """
            combat:
              color: "#d55e00"
              class: tie
              polarity: "-"
            allegiance: {connector: "--", ends-with: [split, merger], attributes: [casualties]}
            truce: {arrowhead: normal}
            """) == [
                "vocabulary.yaml:3:10: error: 'combat' is a built-in type whose class is stance; vocabulary.yaml may restyle it (color, style, penwidth, arrowhead, legend) but not change its meaning. To add a type of your own, give it another name",
                "vocabulary.yaml:5:25: error: 'allegiance' is a built-in type whose connector is \"->\"; vocabulary.yaml may restyle it (color, style, penwidth, arrowhead, legend) but not change its meaning. To add a type of your own, give it another name",
                "vocabulary.yaml:5:31: error: 'allegiance' is a built-in type whose ends-with is [split]; vocabulary.yaml may restyle it (color, style, penwidth, arrowhead, legend) but not change its meaning. To add a type of your own, give it another name",
                "vocabulary.yaml:5:71: error: 'allegiance' is a built-in type whose attributes is []; vocabulary.yaml may restyle it (color, style, penwidth, arrowhead, legend) but not change its meaning. To add a type of your own, give it another name",
                "vocabulary.yaml:6:20: error: 'arrowhead' is for directed types (\"->\"); 'truce' is undirected",
            ])
    }

    @Test func twoVocabulariesMustAgree() {
        let diagnostics = TestCorpus.diagnostics([
            ("one/vocabulary.yaml", "aid: {connector: \"->\", class: tie}\n"),
            ("two/vocabulary.yaml", "aid: {connector: \"->\", class: tie}\nsupport: {connector: \"->\", class: tie}\n"),
            ("three/vocabulary.yaml", "support: {connector: \"--\", class: tie}\n"),
        ])
        #expect(diagnostics == [
            "three/vocabulary.yaml:1:1: error: relation type 'support' is declared differently at two/vocabulary.yaml:2:1: declarations of one type must agree",
        ])
    }

    @Test func aRelationOfAnUnknownTypeListsTheKnownTypesClosestFirst() {
        #expect(Self.diagnostics(vocabulary: "support: {connector: \"->\", class: tie, polarity: \"+\"}\n",
                                 relations: "  - suport: hts -> isis\n    evidence: q\n  - combat: hts -- isis\n    evidense: q\n    evidence: q") == [
            "a.md:4:5: error: unknown relation type 'suport'; the known types, closest first: support, split, combat, truce, rivalry, merger, alliance, allegiance (a corpus's vocabulary.yaml can add types)",
            "a.md:7:5: error: unknown key 'evidense' in a relation; did you mean 'evidence'?",
        ])
    }

    @Test func attributesOnlyForTheTypesThatAcceptThem() {
        #expect(Self.diagnostics(vocabulary: "clash: {connector: \"--\", class: stance, polarity: \"-\", attributes: [casualties]}\n",
                                 relations: """
              - truce: hts -- isis
                casualties: {hts: 1}
                fatalities: 4
                evidence: q
            """) == [
            "a.md:5:5: error: 'casualties' is for combat and clash only, not truce",
            "a.md:6:5: error: 'fatalities' is for combat only, not truce",
        ])
    }

    @Test func badFatalities() {
        #expect(TestCorpus.diagnostics(relations: """
              - combat: hts -- isis
                fatalities: many
                evidence: fought Hurras al-Din
              - combat: hts -- isis
                fatalities: {best: 10, low: 12, high: 15}
                evidence: fought Hurras al-Din
              - combat: hts -- isis
                fatalities: {low: 1, worst: 3}
                evidence: fought Hurras al-Din
              - combat: hts -- isis
                fatalities: {high: 3}
                evidence: fought Hurras al-Din
              - combat: hts -- isis
                fatalities: 99999999999999999999
                evidence: fought Hurras al-Din
            """) == [
            "a.md:7:17: error: fatalities must be a whole number, 0 or more, not 'many'",
            "a.md:10:17: error: 'fatalities' must have low ≤ best ≤ high, not low 12, best 10, high 15",
            "a.md:13:26: error: unknown key 'worst' in 'fatalities' (expected best, low, high)",
            "a.md:16:17: error: 'fatalities' needs 'best', the best estimate (with 'low' and 'high' when known)",
            "a.md:19:17: error: fatalities is too large: at most 1000000000",
        ])
    }
}
