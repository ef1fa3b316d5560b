import FactionGraph

/// `the government of Bashar al-Assad` names the registry's `Assad
/// government`: a name `X government` (or `regime`, `administration`) is
/// also written `government of ... X`, with the ruler's full name, and the
/// ruler alone stands for it (`forces loyal to Hadi`).
struct RulerNames: Sendable {
    /// The ruler's last name, lower case and without `al-`, to the faction.
    private var factions: [String: FactionID] = [:]

    static let heads: Set<String> = ["government", "regime", "administration"]

    init(_ names: [(name: String, id: FactionID)]) {
        for (name, id) in names {
            let words = Tokenizer.words(name)
            guard words.count == 2, Self.heads.contains(words[1]) else { continue }
            factions[Self.bare(words[0])] = id
        }
    }

    var isEmpty: Bool { factions.isEmpty }

    /// The mentions `government of ... X`, and `X` alone, in `tokens`
    /// where no mention is.
    func mentions(in tokens: [Token], free: (Int) -> Bool) -> [Mention] {
        guard !factions.isEmpty else { return [] }
        var found: [Mention] = []
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            // `forces loyal to Hadi`, `President Hadi`, `Hadi's forces`: the
            // ruler, capitalised, where a person is meant (`Syrian` of
            // `Syrian regime` is mostly an adjective).
            if tokens[index].isCapitalised, free(index), let id = factions[Self.bare(tokens[index].text)],
               isRulerContext(index, in: tokens) {
                found.append(Mention(tokens: index..<(index + 1), faction: id, source: .person))
                continue
            }
            guard index + 2 < tokens.count else { continue }
            guard let first = tokens[index].text.utf8.first, first == UInt8(ascii: "g") || first == UInt8(ascii: "r") || first == UInt8(ascii: "a"),
                  Self.heads.contains(tokens[index].text), tokens[index + 1].text == "of", free(index) else { continue }
            var last = index + 2
            while last + 1 < tokens.count, last - index < 5, tokens[last + 1].isCapitalised, free(last + 1) { last += 1 }
            guard tokens[last].isCapitalised, free(last), let id = factions[Self.bare(tokens[last].text)] else { continue }
            found.append(Mention(tokens: index..<(last + 1), faction: id, source: .name))
            index = last
        }
        return found
    }

    private func isRulerContext(_ index: Int, in tokens: [Token]) -> Bool {
        let before = index > 0 ? tokens[index - 1].text : ""
        let twoBefore = index > 1 ? tokens[index - 2].text : ""
        let after = index + 1 < tokens.count ? tokens[index + 1].text : ""
        if ["president", "leader", "ruler"].contains(before) { return true }
        if ["to", "by"].contains(before), ["loyal", "allied", "backed", "aligned"].contains(twoBefore) { return true }
        return after == "'s" || after == "loyalists"
    }

    private static func bare(_ word: String) -> String {
        for prefix in ["al-", "el-"] where word.hasPrefix(prefix) { return String(word.dropFirst(prefix.count)) }
        return word
    }
}
