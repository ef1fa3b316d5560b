import FactionGraph

/// `the government of Bashar al-Assad` names the registry's `Assad
/// government`: a name `X government` (or `regime`, `administration`) is
/// also written `government of ... X`, with the ruler's full name.
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

    /// The mentions `government of ... X` in `tokens` where no mention is.
    func mentions(in tokens: [Token], free: (Int) -> Bool) -> [Mention] {
        guard !factions.isEmpty else { return [] }
        var found: [Mention] = []
        var index = 0
        while index + 2 < tokens.count {
            defer { index += 1 }
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

    private static func bare(_ word: String) -> String {
        for prefix in ["al-", "el-"] where word.hasPrefix(prefix) { return String(word.dropFirst(prefix.count)) }
        return word
    }
}
