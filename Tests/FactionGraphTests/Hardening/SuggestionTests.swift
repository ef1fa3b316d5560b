import FactionGraphTestSupport
import Testing
@testable import FactionGraph

/// "Closest known" suggestions for unknown factions: the same as comparing
/// with every name, found in bounded time.
@Suite struct SuggestionTests {
    /// What suggestions were before: every name compared, sorted by
    /// (distance, text), the first three distinct texts.
    static func exhaustive(_ reference: String, _ claims: [ByteKey: [NameIndex.Claim]]) -> [String] {
        let wanted = Array(NameIndex.key(reference))
        var best: [(distance: Int, text: String)] = []
        for (key, keyClaims) in claims {
            let claim = keyClaims[0]
            let text = claim.name == claim.faction ? claim.faction : "\(claim.name) (\(claim.faction))"
            best.append((NameIndex.editDistance(wanted, Array(key.text)), text))
        }
        best.sort { ($0.distance, $0.text) < ($1.distance, $1.text) }
        var texts: [String] = []
        for candidate in best where !texts.contains(candidate.text) && texts.count < 3 { texts.append(candidate.text) }
        return texts
    }

    static func claims(_ names: [(String, String)]) -> [ByteKey: [NameIndex.Claim]] {
        var claims: [ByteKey: [NameIndex.Claim]] = [:]
        let location = SourceLocation(path: "factions.yaml", line: 1, column: 1)
        for (name, faction) in names {
            claims[ByteKey(NameIndex.key(name)), default: []].append(NameIndex.Claim(faction: faction, name: name, location: location))
        }
        return claims
    }

    @Test(arguments: 0..<10)
    func theSameAsComparingEveryName(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let letters = Array("abcde -é")
        func word() -> String { String((0..<Int.random(in: 1...9, using: &random)).map { _ in letters.randomElement(using: &random)! }) }
        var names: [(String, String)] = []
        for index in 0..<60 {
            names.append(("g\(index)", "g\(index)"))
            names.append((word(), "g\(index)"))
        }
        let claims = Self.claims(names)
        let suggester = NameSuggester()
        for _ in 0..<40 {
            let reference = word()
            #expect(suggester.suggestions(for: NameIndex.key(reference), limit: 3, claims: claims)
                    == Self.exhaustive(reference, claims), "\(reference)")
        }
    }

    /// Past its budget of comparison steps, a suggester gives none: the
    /// cost of many distinct unknown names is bounded, whatever the
    /// registry's size.
    @Test func suggestionsStopAtTheBudget() {
        let claims = Self.claims((0..<200).map { ("Group number \($0)", "g\($0)") })
        let suggester = NameSuggester(budget: 50_000)
        let answers = (0..<100).map { suggester.suggestions(for: NameIndex.key("grup nmber \($0)x"), limit: 3, claims: claims) }
        let answered = answers.firstIndex(where: \.isEmpty) ?? answers.count
        let restEmpty = answers[answered...].allSatisfy(\.isEmpty)
        #expect(answered > 0)
        #expect(answered < 100)
        #expect(restEmpty)
        #expect(answers[0] == Self.exhaustive("grup nmber 0x", claims))
    }
}
