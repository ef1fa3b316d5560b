import Testing
@testable import FactionGraph

/// Cues: the phrases `factiongraph suggest` looks for, built in for the
/// built-in types and given by `vocabulary.yaml`'s `cues:`, checked as
/// strictly as every other key.
@Suite struct VocabularyCueTests {
    @Test func everyBuiltInTypeHasCuesAndEveryCueParses() throws {
        for type in RelationType.builtInTypes {
            #expect(!type.cues.isEmpty, "\(type.name) has no cues")
            #expect(type.cues.count == BuiltInCues.texts[type.name]?.count)
        }
        // The examples are among them.
        let all = RelationType.builtInTypes.flatMap { $0.cues.map(\.text) }
        for cue in ["{A} ... (allegiance|bay'a|bayah|fealty) to {B}", "{A} ... joined forces with {B}"] {
            #expect(all.contains(cue))
        }
    }

    @Test func theSyntax() throws {
        let cue = try CuePattern(parsing: "{B} received the pledge of {A}")
        #expect(cue.elements.first == .slot(.b))
        #expect(cue.elements.last == .slot(.a))
        #expect(cue.slots == [.a, .b])
        #expect(cue.minimumWordCount == 4)

        let stems = try CuePattern(parsing: "(clash*|fought) ... [with|against] {B}")
        #expect(stems.elements[0] == .choice([[.init(text: "clash", isPrefix: true)], [.init(text: "fought", isPrefix: false)]], optional: false))
        #expect(stems.elements[1] == .gap)
        #expect(stems.minimumWordCount == 1)

        let possessive = try CuePattern(parsing: "{B}'s Affiliate")
        #expect(possessive.elements == [.slot(.b), .term(.init(text: "'s", isPrefix: false)), .term(.init(text: "affiliate", isPrefix: false))])

        let bare = try CuePattern(parsing: "truce")
        #expect(bare.slots.isEmpty)
        #expect(try CuePattern(parsing: "اشتباكات بين {A} و {B}").slots == [.a, .b])
    }

    @Test func mistakesInTheSyntax() {
        func error(_ text: String) -> String? {
            do { _ = try CuePattern(parsing: text); return nil } catch { return "\(error.offset): \(error.message)" }
        }
        #expect(error("") == "0: the cue is empty")
        #expect(error("{C} clashed with {B}") == "0: unknown slot '{C}': a cue's slots are {A} and {B}")
        #expect(error("{A} fought {A}") == "11: {A} is written twice")
        #expect(error("{A} {B} fought") == "4: two slots need a word between them")
        #expect(error("{A} ... {B} fought") == "8: '...' between two slots: put a word between them")
        #expect(error("... fought {B}") == "0: a cue cannot start with '...'")
        #expect(error("{A} fought ...") == "11: a cue cannot end with '...'")
        #expect(error("(fought|clashed with") == "0: '(' is never closed")
        #expect(error("(fought|clashed with {B})") == "21: '{' inside alternatives: they hold words only")
        #expect(error("(fought||clashed) {B}") == "8: an empty alternative")
        #expect(error("fought) {B}") == "6: unexpected ')'")
        #expect(error("[pledged] {A}") == "0: a cue needs at least one word that must occur (not only slots, '...' or [optional] words)")
        #expect(error("cl*sh {B}") == "0: '*' ends a word (clash* for clash, clashes, clashed), in 'cl*sh'")
        #expect(error("clashed, with {B}") == "0: unexpected ',' in 'clashed,': a cue's words hold letters, digits, '-' and '''")
    }

    @Test func aVocabularyGivesItsTypesCuesAndAddsToBuiltInOnes() {
        let result = TestCorpus.read([
            ("vocabulary.yaml", """
                sponsorship:
                  connector: "->"
                  class: tie
                  cues: ["{A} (funds|funded|arms|armed) {B}", "{B} ... (funded|armed) by {A}"]
                combat:
                  cues: "{A} ... exchanged fire with {B}"
                """),
        ])
        #expect(result.diagnostics.isEmpty)
        let vocabulary = result.corpus.vocabulary
        #expect(vocabulary.type(named: "sponsorship")?.cues.map(\.text) == ["{A} (funds|funded|arms|armed) {B}", "{B} ... (funded|armed) by {A}"])
        let combat = vocabulary.type(named: "combat")
        #expect(combat?.cues.last?.text == "{A} ... exchanged fire with {B}")
        #expect(combat?.cues.count == (BuiltInCues.texts["combat"]?.count ?? 0) + 1)
        // Restyling a type keeps its cues.
        #expect(RelationType.combat.cues.count == BuiltInCues.texts["combat"]?.count)
    }

    @Test func mistakesInCuesAreErrorsAtTheirPlace() {
        #expect(VocabularyErrorTests.diagnostics(vocabulary: """
            support:
              connector: "->"
              class: tie
              cues:
                - "{A} supports {C}"
                - [a, b]
                - (arms
              clues: [x]
            aid:
              connector: "->"
              class: tie
              cues: {a: b}
            """) == [
                "vocabulary.yaml:5:21: error: invalid cue '{A} supports {C}': unknown slot '{C}': a cue's slots are {A} and {B}",
                "vocabulary.yaml:6:7: error: an item of 'cues' must be a phrase such as \"{A} clashed with {B}\", not a list",
                "vocabulary.yaml:7:7: error: invalid cue '(arms': '(' is never closed",
                "vocabulary.yaml:8:3: error: unknown key 'clues' in relation type 'support'; did you mean 'cues'?",
                "vocabulary.yaml:12:9: error: 'cues' must be a list of phrases, such as [\"{A} pledged allegiance to {B}\"], not a map",
            ])
    }

    @Test func twoVocabulariesMustAgreeOnCues() {
        let result = TestCorpus.read([
            ("one/vocabulary.yaml", "aid: {connector: \"->\", class: tie, cues: [\"{A} aids {B}\"]}\n"),
            ("two/vocabulary.yaml", "aid: {connector: \"->\", class: tie, cues: [\"{A} helps {B}\"]}\n"),
        ])
        #expect(result.diagnostics.map(\.description).contains { $0.contains("relation type 'aid' is declared differently") })
    }
}
