import FactionGraph
import Foundation

/// A faction the registry does not know, proposed from the article's text:
/// a slug id and the names seen.
public struct NewFaction: Sendable, Hashable {
    /// A slug made from its name, not taken by any faction of the corpus.
    public var id: FactionID
    /// The name seen most often.
    public var name: String
    /// Its other names in the text.
    public var aliases: [String]
    /// How often each name occurs, in the order first seen.
    public var seen: [(name: String, count: Int)]
    /// Why it was proposed: `group word`, `quoted name`, ...
    public var reason: String

    public static func == (a: NewFaction, b: NewFaction) -> Bool {
        a.id == b.id && a.name == b.name && a.aliases == b.aliases && a.reason == b.reason
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

/// Finds likely new factions: capitalised names built on a group word
/// (`Jaysh al-Fatah`, `17 February Martyrs Brigade`, `جبهة النصرة`), and
/// names a group gives itself (`so-called "foreigners group"`, `call
/// themselves "the foreigners"`, `militias known as Ma'awisley`).
///
/// A name in apposition to a known faction (`Jabhat Fatah al-Sham, the
/// "Front for the Conquest of the Levant"`) is a translation of it, not a
/// new faction; names in apposition to each other (`Jaysh al-Fatah, the
/// Army of Conquest`) and names sharing their words (`foreigners group`,
/// `the foreigners`) are one faction.
struct NewFactionFinder {
    let text: ArticleText
    let known: Mentions
    /// Every name of a known faction, folded (`Registry.key`).
    let references: [String: FactionID]

    /// One place a candidate name occurs.
    private struct Occurrence {
        var tokens: Range<Int>
        var display: String
        var key: String
        var reason: String
    }

    func find() -> [NewFaction] {
        var occurrences: [Occurrence] = []
        for sentence in text.sentences {
            occurrences += groupWordNames(in: sentence.tokens)
            occurrences += selfDesignations(in: sentence.tokens)
        }
        occurrences = occurrences.filter { references[$0.key] == nil && !isTranslationOfKnown($0) }
        return merge(occurrences)
    }

    // MARK: names on group words

    private func groupWordNames(in range: Range<Int>) -> [Occurrence] {
        let tokens = text.tokens
        var result: [Occurrence] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard isNameWord(index) else { index += 1; continue }
            var end = index
            var connectors = 0
            var scan = index
            while scan < range.upperBound {
                if isNameWord(scan) {
                    end = scan + 1
                    connectors = 0
                } else if tokens[scan].isWord, WordLists.nameConnectors.contains(tokens[scan].text), connectors < 2,
                          !known.covers(scan), isConnector(scan, chunkStart: index) {
                    connectors += 1
                } else {
                    break
                }
                scan += 1
            }
            var start = index
            // A capital at the start of a sentence is no name's.
            while start < end, ["the", "a", "an"].contains(tokens[start].text) { start += 1 }
            // A count before a name is no part of it: `41 Jaysh al-Islam
            // fighters` (but `17 February Martyrs Brigade`).
            while start + 1 < end, tokens[start].kind == .number, isGroupWord(start + 1) {
                start += 1
            }
            start = ownerOfName(start..<end)
            if start < end, let occurrence = latinName(start..<end) { result.append(occurrence) }
            index = max(end, index + 1)
        }
        result += arabicNames(in: range)
        return result
    }

    /// Where the name starts when words without a group word stand before
    /// `of` and a name with one after it: a person's or fighters' `of`
    /// (`Amadou Koufa of the Macina Liberation Front`, `Fighters of the
    /// Syrian National Army`), not a name's (`Army of Conquest`).
    private func ownerOfName(_ range: Range<Int>) -> Int {
        let tokens = text.tokens
        guard let of = range.first(where: { tokens[$0].text == "of" }), of > range.lowerBound else { return range.lowerBound }
        guard !(range.lowerBound..<of).contains(where: isGroupWord), (of + 1..<range.upperBound).contains(where: isGroupWord) else {
            return range.lowerBound
        }
        var start = of + 1
        while start < range.upperBound, tokens[start].text == "the" { start += 1 }
        return start
    }

    /// `of`, `for`, `in` inside a name; `the` only after them (`Army of
    /// the Men`); `and` only when no group word came before it, so that
    /// `the 17 February Martyrs Brigade and the Syrian Liberation Front`
    /// are two names, and none comes right after it.
    private func isConnector(_ index: Int, chunkStart: Int) -> Bool {
        let tokens = text.tokens
        switch tokens[index].text {
        case "the": return index > chunkStart && ["of", "for", "in"].contains(tokens[index - 1].text)
        // `Islamic State in the Greater Sahara`, but not `Front in Deir ez-Zor`.
        case "in": return index + 1 < tokens.count && tokens[index + 1].text == "the"
        // Nor before a group word: `Ahrar al-Sham and Jaysh al-Islam`.
        case "and":
            return !(chunkStart..<index).contains(where: isGroupWord) && !(index + 1 < tokens.count && isGroupWord(index + 1))
        default: return true
        }
    }

    private func isNameWord(_ index: Int) -> Bool {
        let token = text.tokens[index]
        guard !known.covers(index) else { return false }
        if token.kind == .number { return true }
        guard token.isWord, token.text != "'s" else { return false }
        if token.isCapitalised { return true }
        return false
    }

    private func latinName(_ range: Range<Int>) -> Occurrence? {
        let tokens = text.tokens
        let words = range.map { display(tokens[$0]) }
        guard words.count >= 2, words.contains(where: { WordLists.groupWords.contains($0) }) else { return nil }
        // Not only group words and numbers: `Army`, `Forces 2`.
        guard words.contains(where: { !WordLists.groupWords.contains($0) && !WordLists.nameConnectors.contains($0.lowercased()) && !($0.first?.isNumber ?? false) }) else { return nil }
        let lower = words.map { $0.lowercased() }.joined(separator: " ")
        if WordLists.institutionWords.contains(where: { lower.contains($0) }) { return nil }
        return occurrence(range, reason: "a capitalised name on a group word")
    }

    /// `جبهة النصرة`: an Arabic group word and up to three words after it.
    private func arabicNames(in range: Range<Int>) -> [Occurrence] {
        let tokens = text.tokens
        var result: [Occurrence] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard isArabic(tokens[index]), WordLists.arabicGroupWords.contains(tokens[index].text), !known.covers(index) else {
                index += 1
                continue
            }
            // Two words after the group word, and a third only when it is an
            // adjective with the article (`حركة أحرار الشام الإسلامية`).
            var end = index + 1
            while end < range.upperBound, end - index <= 3, tokens[end].isWord, !known.covers(end),
                  !WordLists.arabicStops.contains(tokens[end].text), isArabic(tokens[end]),
                  end - index < 3 || tokens[end].text.hasPrefix("ال") {
                end += 1
            }
            if end - index >= 2 { result.append(occurrence(index..<end, reason: "a name on an Arabic group word")) }
            index = end
        }
        return result
    }

    private func isArabic(_ token: Token) -> Bool {
        token.text.unicodeScalars.first.map { (0x0600...0x06FF).contains($0.value) } ?? false
    }

    // MARK: names a group gives itself

    /// `call(s|ed) itself/themselves "X"`, `so-called "X"`, `known as "X"`,
    /// `dubbed "X"`, and `<group noun> known as X` without quotes.
    private func selfDesignations(in range: Range<Int>) -> [Occurrence] {
        let tokens = text.tokens
        var result: [Occurrence] = []
        for index in range {
            let word = tokens[index].text
            guard let first = word.utf8.first, Self.isDesignationStart[Int(first)] else { continue }
            var after: Int?
            if ["call", "calls", "called", "calling"].contains(word), index + 1 < range.upperBound,
               ["itself", "themselves"].contains(tokens[index + 1].text) {
                after = index + 2
            } else if word == "so-called" || word == "dubbed" || word == "named" {
                after = index + 1
            } else if word == "as", index > 0, ["known", "referred"].contains(tokens[index - 1].text) || tokens[index - 1].text == "to" {
                after = index + 1
            }
            guard let start = after, start < range.upperBound else { continue }
            if tokens[start].isQuote {
                // Up to the closing quote, six words at most.
                guard let close = (start + 1..<min(range.upperBound, start + 8)).first(where: { tokens[$0].text == tokens[start].text }),
                      close > start + 1 else { continue }
                let inner = (start + 1)..<close
                if inner.allSatisfy({ known.covers($0) }) { continue }
                result.append(occurrence(inner, reason: "a name it gives itself"))
            } else if word == "as", index >= 2, isGroupNoun(tokens[index - 2].text) {
                var end = start
                while end < range.upperBound, end - start < 6, isNameWord(end) || (tokens[end].isWord && isArabic(tokens[end]) && !known.covers(end)) { end += 1 }
                if end > start { result.append(occurrence(start..<end, reason: "a name it is known by")) }
            }
        }
        return result
    }

    /// The first letters of `call`, `so-called`, `dubbed`, `named`, `as`.
    private static let designationStarts: Set<UInt8> = Set("csdna".utf8)
    /// The same by byte: tested for every token, where hashing a byte cost
    /// a few per cent of the suggester's time.
    private static let isDesignationStart: [Bool] = (0..<256).map { designationStarts.contains(UInt8($0)) }

    private func isGroupNoun(_ word: String) -> Bool {
        ["militia", "militias", "group", "groups", "faction", "factions", "movement", "coalition", "alliance",
         "brigade", "brigades", "force", "forces", "organisation", "organization", "network", "outfit"].contains(word)
    }

    // MARK: appositions and merging

    /// True when the name stands right after or before a known faction,
    /// set off by a comma or brackets: a translation, not a new faction.
    private func isTranslationOfKnown(_ occurrence: Occurrence) -> Bool {
        let tokens = text.tokens
        var before = occurrence.tokens.lowerBound - 1
        while before >= 0, tokens[before].isQuote || ["the", "a", "an"].contains(tokens[before].text) { before -= 1 }
        if before >= 1, tokens[before].text == "," || tokens[before].text == "(", known.covers(before - 1) { return true }
        var after = occurrence.tokens.upperBound
        while after < tokens.count, tokens[after].isQuote { after += 1 }
        if after + 1 < tokens.count, tokens[after].text == "," || tokens[after].text == "(" {
            var next = after + 1
            while next < tokens.count, tokens[next].isQuote || tokens[next].text == "the" { next += 1 }
            if known.covers(next) { return true }
        }
        return false
    }

    private func merge(_ occurrences: [Occurrence]) -> [NewFaction] {
        // Union-find over distinct names.
        var keys: [String] = []
        var displays: [String: String] = [:]
        var counts: [String: Int] = [:]
        var reasons: [String: String] = [:]
        for occurrence in occurrences {
            if displays[occurrence.key] == nil {
                keys.append(occurrence.key)
                displays[occurrence.key] = occurrence.display
                reasons[occurrence.key] = occurrence.reason
            }
            counts[occurrence.key, default: 0] += 1
        }
        var parent = Array(keys.indices)
        func root(_ i: Int) -> Int { var i = i; while parent[i] != i { i = parent[i] }; return i }
        func join(_ a: Int, _ b: Int) { let (ra, rb) = (root(a), root(b)); if ra != rb { parent[max(ra, rb)] = min(ra, rb) } }
        let contents = keys.map(contentWords)
        for i in keys.indices {
            for j in keys.indices where j > i {
                let (a, b) = (contents[i], contents[j])
                if !a.isEmpty, !b.isEmpty, a.isSubset(of: b) || b.isSubset(of: a) { join(i, j) }
            }
        }
        // `X, the Y` and `X (Y)` between two new names.
        let index = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        // (In text order: each sentence's finds come by kind. Two finds may
        // overlap, a self-given name inside a run of group words.)
        let ordered = occurrences.sorted { ($0.tokens.lowerBound, $0.tokens.upperBound) < ($1.tokens.lowerBound, $1.tokens.upperBound) }
        let starts = Set(ordered.map(\.tokens.lowerBound))
        for (position, occurrence) in ordered.enumerated() where position + 1 < ordered.count {
            let next = ordered[position + 1]
            guard occurrence.tokens.upperBound <= next.tokens.lowerBound else { continue }
            let between = occurrence.tokens.upperBound..<next.tokens.lowerBound
            let glue = between.map { text.tokens[$0].text }.filter { !["\"", "'", "the"].contains($0) }
            guard (glue == [","] && !continuesList(after: next.tokens.upperBound, starts: starts)) || glue == ["("] else { continue }
            if let a = index[occurrence.key], let b = index[next.key] { join(a, b) }
        }
        var groups: [Int: [String]] = [:]
        var order: [Int] = []
        for (i, key) in keys.enumerated() {
            let r = root(i)
            if groups[r] == nil { order.append(r) }
            groups[r, default: []].append(key)
        }
        var taken = Set<String>()
        var result: [NewFaction] = []
        for r in order {
            let members = groups[r] ?? []
            let best = members.max { (counts[$0] ?? 0, -(keys.firstIndex(of: $0) ?? 0)) < (counts[$1] ?? 0, -(keys.firstIndex(of: $1) ?? 0)) } ?? members[0]
            let name = displays[best] ?? best
            let id = Self.slug(name, avoiding: references, used: &taken, fallback: result.count + 1)
            result.append(NewFaction(id: id, name: name, aliases: members.filter { $0 != best }.compactMap { displays[$0] },
                                     seen: members.map { (displays[$0] ?? $0, counts[$0] ?? 0) },
                                     reason: reasons[best] ?? ""))
        }
        return result
    }

    /// True when the name ending before `end` is followed by `and`, `or`,
    /// or a comma and another name: `X, the Y and Z` is a list, not `X`
    /// with its apposition `Y`.
    private func continuesList(after end: Int, starts: Set<Int>) -> Bool {
        let tokens = text.tokens
        var next = end
        while next < tokens.count, tokens[next].isQuote { next += 1 }
        guard next < tokens.count else { return false }
        if ["and", "or"].contains(tokens[next].text) { return true }
        guard tokens[next].text == "," else { return false }
        next += 1
        while next < tokens.count, tokens[next].isQuote || tokens[next].text == "the" { next += 1 }
        return starts.contains(next) || known.covers(next)
    }

    /// The words of a name that tell it from others: not its group word,
    /// nor `of`, `the`, ...
    private func contentWords(_ key: String) -> Set<String> {
        Set(Tokenizer.words(key).filter {
            !WordLists.nameConnectors.contains($0) && !Self.lowerGroupWords.contains($0) && !["a", "an", "so-called", "'", "\""].contains($0)
        })
    }

    private static let lowerGroupWords = Set(WordLists.groupWords.map { $0.lowercased() })

    private func occurrence(_ range: Range<Int>, reason: String) -> Occurrence {
        let display = text.quote(range.lowerBound...(range.upperBound - 1))
        return Occurrence(tokens: range, display: display, key: Registry.key(display), reason: reason)
    }

    private func display(_ token: Token) -> String {
        String(decoding: text.bytes[token.range], as: UTF8.self)
    }

    /// True when token `index` is a group word as names write it (`Front`,
    /// `Jaysh`; not `front`).
    private func isGroupWord(_ index: Int) -> Bool {
        WordLists.groupWords.contains(display(text.tokens[index]))
    }

    /// A slug id for `name`: lower-case ASCII letters and digits joined by
    /// `-`, without a leading `the`; `faction-N` when nothing is left
    /// (a name in Arabic script). Never a name of `references`, nor one of
    /// `used`.
    static func slug(_ name: String, avoiding references: [String: FactionID], used taken: inout Set<String>,
                     fallback: Int) -> FactionID {
        var words: [String] = []
        var current = ""
        for scalar in name.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if !current.isEmpty {
                words.append(current.lowercased())
                current = ""
            }
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        while words.first == "the" { words.removeFirst() }
        // Apostrophes inside names (`Ma'awisley`) join their parts.
        var base = words.joined(separator: "-")
        if name.unicodeScalars.contains(where: { $0 == "'" || $0 == "\u{2019}" }) {
            base = name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" })
                .map { $0.filter { $0.isASCII && ($0.isLetter || $0.isNumber) } }.filter { !$0.isEmpty && $0 != "the" }
                .joined(separator: "-")
        }
        if base.isEmpty { base = "faction-\(fallback)" }
        var id = base
        var number = 2
        while taken.contains(id) || references[id] != nil { id = "\(base)-\(number)"; number += 1 }
        taken.insert(id)
        return id
    }
}
