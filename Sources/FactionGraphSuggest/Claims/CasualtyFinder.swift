import FactionGraph

/// Losses a sentence ties to one side of a fight: a number next to a
/// faction's name, in a clause that says people died (`killing 13 HTS
/// fighters`, `Tahrir al-Sham lost 13 of its fighters`, `five members of
/// the foreigners group lost their lives`).
struct CasualtyFinder {
    let text: ArticleText
    let mentions: Mentions

    /// One side's losses and the tokens that say so.
    struct Loss {
        var faction: FactionID
        var count: Int
        var tokens: Range<Int>
    }

    /// The losses of `sides` in `sentence`, at most one per side; numbers
    /// that are part of `dates` are not losses.
    func losses(of sides: Set<FactionID>, in sentence: Sentence, dates: [WrittenDate]) -> [Loss] {
        let range = sentence.tokens
        var found: [Loss] = []
        for index in range {
            guard let count = number(text.tokens[index].text), !dates.contains(where: { $0.tokens.contains(index) }),
                  clauseSaysDeath(around: index, in: range) else { continue }
            // N [of its|members of the] F ...
            var next = index + 1
            while next < range.upperBound, next - index <= 4, !mentions.covers(next),
                  Self.between.contains(text.tokens[next].text) { next += 1 }
            if let mention = mentions.at(next), sides.contains(mention.faction), !found.contains(where: { $0.faction == mention.faction }) {
                found.append(Loss(faction: mention.faction, count: count, tokens: index..<mention.tokens.upperBound))
                continue
            }
            // F [reportedly] lost N
            var before = index - 1
            while before >= range.lowerBound, index - before <= 3, !mentions.covers(before),
                  ["lost", "loses", "has", "had", "reportedly", "also", "'s"].contains(text.tokens[before].text) { before -= 1 }
            if before < index - 1, let mention = mentions.at(before), sides.contains(mention.faction),
               !found.contains(where: { $0.faction == mention.faction }) {
                found.append(Loss(faction: mention.faction, count: count, tokens: mention.tokens.lowerBound..<(index + 1)))
            }
        }
        return found
    }

    private func clauseSaysDeath(around index: Int, in range: Range<Int>) -> Bool {
        let lower = max(range.lowerBound, index - 6)
        let upper = min(range.upperBound, index + 10)
        return (lower..<upper).contains { WordLists.deathWords.contains(text.tokens[$0].text) }
    }

    /// Words between a number and the faction it counts.
    private static let between: Set<String> = [
        "of", "its", "their", "the", "own", "members", "fighters", "militants", "men", "troops", "soldiers",
        "commanders", "jihadists", "rebels", "elements",
    ]

    private func number(_ word: String) -> Int? {
        guard let first = word.utf8.first else { return nil }
        guard first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else { return Self.numberWords[word] }
        var value = 0
        for byte in word.utf8 where byte != UInt8(ascii: ",") {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), value < 1_000_000 else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value < 1_000_000 ? value : nil
    }

    private static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "dozen": 12,
    ]
}
