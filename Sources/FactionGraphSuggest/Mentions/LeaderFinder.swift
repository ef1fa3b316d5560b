import FactionGraph

/// Finds the people an article names as a faction's leader, so that what
/// they do counts as the faction's: `The leader of the al-Nusra Front, Abu
/// Mohammad al-Jolani, ...` makes `al-Jolani renewed his pledge of
/// allegiance to al-Qaeda` a pledge of the al-Nusra Front.
///
/// Patterns: `the leader of F, NAME,`; `NAME, the leader of F`; `F leader
/// NAME`; `F's leader, NAME`; `NAME, F's leader` (leader, head, chief,
/// emir, commander, founder, spokesman, ...; never a `former` one). A
/// person is then also found by their last name (`al-Jolani`, `Jolani`).
struct LeaderFinder {
    let text: ArticleText
    let mentions: Mentions

    /// Each person's names as phrases, with the faction they lead.
    func find() -> PhraseTrie<FactionID> {
        var trie = PhraseTrie<FactionID>()
        let tokens = text.tokens
        for mention in mentions.all where mention.source != .person {
            let start = mention.tokens.lowerBound
            let end = mention.tokens.upperBound
            // `the leader of F, NAME`
            if start >= 2, tokens[start - 1].text == "of" || (start >= 3 && tokens[start - 1].text == "the" && tokens[start - 2].text == "of") {
                let of = tokens[start - 1].text == "of" ? start - 1 : start - 2
                if of >= 1, isTitle(of - 1), end + 1 < tokens.count, tokens[end].text == "," {
                    add(person(startingAt: end + 1), mention.faction, to: &trie)
                }
                // `NAME, the leader of F`
                var title = of - 1
                if title >= 0, isTitle(title) {
                    title -= 1
                    while title >= 0, ["the", "its", "a", "senior", "top", "overall", "military", "deputy"].contains(tokens[title].text) { title -= 1 }
                    if title >= 1, tokens[title].text == "," { add(person(endingAt: title), mention.faction, to: &trie) }
                }
            }
            // `F leader NAME`
            if end < tokens.count, isTitle(end), tokens[end].text != "leaders" {
                let comma = end + 1 < tokens.count && tokens[end + 1].text == ","
                add(person(startingAt: end + (comma ? 2 : 1)), mention.faction, to: &trie)
            }
            // `F's leader, NAME` and `NAME, F's leader`
            if end + 1 < tokens.count, tokens[end].text == "'s", isTitle(end + 1) {
                if end + 3 < tokens.count, tokens[end + 2].text == "," { add(person(startingAt: end + 3), mention.faction, to: &trie) }
                if start >= 2, tokens[start - 1].text == "," { add(person(endingAt: start - 1), mention.faction, to: &trie) }
            }
        }
        return trie
    }

    private func isTitle(_ index: Int) -> Bool {
        guard index >= 0, index < text.tokens.count, WordLists.leaderTitles.contains(text.tokens[index].text) else { return false }
        return index == 0 || text.tokens[index - 1].text != "former"
    }

    /// A person's name: capitalised words (and `bin`, `ibn`), up to five,
    /// starting at `index`.
    private func person(startingAt index: Int) -> Range<Int>? {
        var end = index
        while end < text.tokens.count, end - index < 5, isNamePart(end) { end += 1 }
        return end - index >= 2 || (end > index && text.tokens[index].text.hasPrefix("al-")) ? index..<end : nil
    }

    /// A person's name ending just before `index`.
    private func person(endingAt index: Int) -> Range<Int>? {
        var start = index
        while start > 0, index - start < 5, isNamePart(start - 1) { start -= 1 }
        return index - start >= 2 ? start..<index : nil
    }

    private func isNamePart(_ index: Int) -> Bool {
        let token = text.tokens[index]
        guard token.isWord, !mentions.covers(index) else { return false }
        return token.isCapitalised || ["bin", "ibn", "abu", "abdel", "abdul"].contains(token.text)
    }

    /// The full name, and the last name alone (`al-Jolani`, and `Jolani`).
    private func add(_ range: Range<Int>?, _ faction: FactionID, to trie: inout PhraseTrie<FactionID>) {
        guard let range else { return }
        let words = range.map { text.tokens[$0].text }
        trie.insert(words, faction)
        guard let last = words.last, last.count >= 4 else { return }
        trie.insert([last], faction)
        if last.hasPrefix("al-") || last.hasPrefix("el-") { trie.insert([String(last.dropFirst(3))], faction) }
    }
}
