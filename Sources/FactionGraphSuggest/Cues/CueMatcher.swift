import FactionGraph

/// Finds the cues of a vocabulary in each sentence and fills their slots
/// with factions: named ones, leaders, anaphors, and, for a slot the cue
/// does not have, another faction of the sentence.
struct CueMatcher {
    let text: ArticleText
    let mentions: Mentions
    let anaphora: AnaphorResolver
    let index: CueIndex

    /// How far from the cue another faction of the sentence may fill a
    /// slot the cue does not have.
    static let contextReach = 12
    /// How far a slot before the cue's words is looked for, in tokens.
    static let leadingReach = 16
    /// How many filler tokens may stand between a cue's words and the
    /// faction after them (`fighters of the`).
    static let fillerReach = 4

    /// A sentence's matches, and the objects its cues had (even where the
    /// cue's subject was not found): the sentence after may leave them out.
    struct SentenceMatches {
        var matches: [CueMatch] = []
        var objects: [(cue: Int, slot: CuePattern.Slot, bound: Bound)] = []
    }

    /// The article's tokens as the index numbers their words.
    let words: TokenWords

    init(text: ArticleText, mentions: Mentions, anaphora: AnaphorResolver, index: CueIndex) {
        self.text = text
        self.mentions = mentions
        self.anaphora = anaphora
        self.index = index
        words = TokenWords(text.tokens, index: index)
    }

    /// The matches of one sentence; `previous` are those of the sentence
    /// before (for a left-out object).
    func matches(in sentence: Sentence, previous: SentenceMatches) -> SentenceMatches {
        let range = sentence.tokens
        var result = SentenceMatches()
        // Which of the index's words the sentence holds, to rule out most
        // cues before matching them (made when a first cue word is met).
        var present: [Bool]?
        func sentenceWords() -> [Bool] {
            if let present { return present }
            var made = [Bool](repeating: false, count: index.words.count)
            for position in range {
                if words.text[position] >= 0 { made[Int(words.text[position])] = true }
                if words.bareText[position] != nil {
                    if words.bare[position] >= 0 { made[Int(words.bare[position])] = true }
                    if words.proclitic[position] >= 0 { made[Int(words.proclitic[position])] = true }
                }
            }
            present = made
            return made
        }
        // Whether the sentence holds each cue's required words, decided
        // once a sentence (0: not yet, 1: yes, 2: no): a cue is met at
        // many starts.
        var admitted = [UInt8](repeating: 0, count: index.cues.count)
        for start in range where text.tokens[start].kind != .punctuation || text.tokens[start].text == "'s" {
            guard !mentions.covers(start) else { continue }
            var numbers = index.candidates(startingWith: text.tokens[start].text, number: words.text[start])
            if let bare = words.bareText[start] { numbers += index.candidates(startingWith: bare, number: words.bare[start]) }
            guard !numbers.isEmpty else { continue }
            let present = sentenceWords()
            for number in numbers where admits(number, present: present, cache: &admitted) {
                if let match = best(of: number, at: start, in: sentence, previous: previous, objects: &result.objects) {
                    result.matches.append(match)
                }
            }
        }
        result.matches = withPartners(Self.withoutOverlaps(result.matches, index: index))
        return result
    }

    /// True when the sentence holds one of each list of words cue `number`
    /// requires (`present`: by the index's word numbers), remembered in
    /// `cache`.
    private func admits(_ number: Int, present: [Bool], cache: inout [UInt8]) -> Bool {
        if cache[number] == 0 {
            cache[number] = index.required[number].allSatisfy({ $0.contains(where: { present[Int($0)] }) }) ? 1 : 2
        }
        return cache[number] == 1
    }

    /// Words of fighting side by side: `alongside`, `together`.
    static let sideBySide: Set<String> = ["alongside", "beside", "together", "side", "jointly"]

    /// `X fought alongside Y against Z`: Y fights Z too, as analysts record
    /// it (an alliance of X and Y, and a combat of each with Z).
    func withPartners(_ matches: [CueMatch]) -> [CueMatch] {
        var result = matches
        for (number, hostile) in matches.enumerated() {
            let type = index.cues[hostile.cue].type
            guard type.polarity == .negative, !type.isDirected, type.relationClass == .stance else { continue }
            for friendly in matches {
                let friendlyType = index.cues[friendly.cue].type
                guard friendlyType.polarity == .positive, !friendlyType.isDirected,
                      (friendly.literal.last ?? 0) < (hostile.literal.last ?? 0),
                      friendly.literal.contains(where: { Self.sideBySide.contains(text.tokens[$0].text) }),
                      (friendly.a + friendly.b).contains(where: { bound in hostile.a.contains { $0.faction == bound.faction } })
                else { continue }
                let taken = Set((result[number].a + hostile.b).map(\.faction))
                result[number].a += (friendly.a + friendly.b).filter { !taken.contains($0.faction) }
            }
        }
        return result
    }

    /// A match whose words are all a longer match's words (`joined` in
    /// `joined forces with`, `clashes` in `to end the clashes`) gives way to
    /// it (of two with the same words, a corpus's own cue wins); matches
    /// that only share some words (`fought alongside X against Y`) both
    /// stand.
    static func withoutOverlaps(_ matches: [CueMatch], index: CueIndex) -> [CueMatch] {
        // A corpus's own cue wins a tie with a built-in one: it says what
        // the corpus means by those words.
        let ordered = matches.sorted {
            let (a, b) = (index.cues[$0.cue], index.cues[$1.cue])
            return (b.wordCount, $1.literal.count, a.type.isBuiltIn ? 1 : 0, a.number)
                < (a.wordCount, $0.literal.count, b.type.isBuiltIn ? 1 : 0, b.number)
        }
        var kept: [CueMatch] = []
        for match in ordered where !kept.contains(where: { Set($0.literal).isSuperset(of: match.literal) }) {
            kept.append(match)
        }
        // Of two matches saying the same of the same factions in
        // overlapping words, the tighter: `truce between X and Y`, not
        // `agreement and truce between X and Y`.
        let spans = kept.map { ($0.literal.first ?? 0)...($0.literal.last ?? 0) }
        let claims = kept.map { match in
            [index.cues[match.cue].type.name] + [match.a, match.b].map { $0.map(\.faction).sorted().joined(separator: ",") }
        }
        let tightest = kept.indices.filter { number in
            !kept.indices.contains { other in
                spans[other].count < spans[number].count && spans[other].overlaps(spans[number]) && claims[other] == claims[number]
            }
        }.map { kept[$0] }
        return tightest.sorted { ($0.literal.first ?? 0) < ($1.literal.first ?? 0) }
    }

    // MARK: one cue at one place

    /// The tightest match of cue `number` whose words start at `start`.
    private func best(of number: Int, at start: Int, in sentence: Sentence, previous: SentenceMatches,
                      objects: inout [(cue: Int, slot: CuePattern.Slot, bound: Bound)]) -> CueMatch? {
        let cue = index.cues[number]
        let limit = sentence.tokens.upperBound
        var best: CueMatch?
        var bestSpan = Int.max
        for partial in matchParts(cue, part: 0, at: start, limit: limit, literal: [], a: [], b: []) {
            var match = CueMatch(cue: number, sentence: sentence.number - 1, literal: partial.literal, a: partial.a, b: partial.b)
            let first = partial.literal.first ?? start
            let leading = cue.leading.flatMap { site in
                leadingBound(before: first, site: site, sentence: sentence, other: otherFactions(site.slot, match))
            }
            if let site = cue.leading, let leading { assign(leading, to: site.slot, in: &match) }
            if let site = cue.trailing, !partial.pairFilled {
                let last = partial.end
                if let bound = trailingBound(after: last, site: site, limit: limit, other: otherFactions(site.slot, match)) {
                    assign(bound, to: site.slot, in: &match)
                    objects.append((number, site.slot, bound[0]))
                } else if isLeftOut(after: last, limit: limit),
                          let bound = elided(cue: cue, slot: site.slot, previous: previous, at: last) {
                    assign([bound], to: site.slot, in: &match)
                } else {
                    continue
                }
            }
            if cue.leading != nil, leading == nil { continue }
            let span = (partial.literal.last ?? start) - first
            if span < bestSpan { best = match; bestSpan = span }
        }
        guard var match = best else { return nil }
        // `{B} 's`: B is the faction right before `'s`, named, not a person.
        if cue.startsWithPossessive,
           match.b.contains(where: { $0.via == .person || $0.tokens.upperBound != match.literal.first }) { return nil }
        fillMissingSlots(&match, cue: cue, sentence: sentence)
        return match.a.isEmpty || match.b.isEmpty ? nil : match
    }

    private struct Partial {
        var end: Int
        var literal: [Int]
        var a: [Bound]
        var b: [Bound]
        var pairFilled = false
    }

    /// Every way the parts from `part` on match from `position`, with the
    /// middle slots between them filled.
    private func matchParts(_ cue: CompiledCue, part: Int, at position: Int, limit: Int, literal: [Int],
                            a: [Bound], b: [Bound]) -> [Partial] {
        var results: [Partial] = []
        for (end, words) in matchSteps(cue.parts[part][...], at: position, limit: limit) {
            let literal = literal + words
            guard part + 1 < cue.parts.count else {
                results.append(Partial(end: end, literal: literal, a: a, b: b))
                continue
            }
            let site = cue.middle[part]
            // `between the two sides`: both slots at once.
            if cue.endsWithPair, part + 2 == cue.parts.count, let pair = pairAnaphor(at: end, limit: limit) {
                var partial = Partial(end: pair.anaphor.tokens.upperBound, literal: literal, a: a, b: b, pairFilled: true)
                let first = Bound(faction: pair.factions.0, tokens: pair.anaphor.tokens, via: .pair)
                let second = Bound(faction: pair.factions.1, tokens: pair.anaphor.tokens, via: .pair)
                if site.slot == .a { partial.a.append(first); partial.b.append(second) } else { partial.b.append(first); partial.a.append(second) }
                results.append(partial)
                continue
            }
            let reach = Self.fillerReach + 8 + (site.gapBefore ? CuePattern.gapLimit : 0) + (site.gapAfter ? CuePattern.gapLimit : 0)
            var next = end + 1
            while next < min(limit, end + reach) {
                if text.tokens[next].text == ";" { break }
                if let bound = middleBound(in: end..<next, site: site) {
                    var a = a, b = b
                    if site.slot == .a { a.append(bound) } else { b.append(bound) }
                    results += matchParts(cue, part: part + 1, at: next, limit: limit, literal: literal, a: a, b: b)
                }
                next += 1
            }
        }
        return results
    }

    /// Every way `steps` match from `position`: where they end, and the
    /// tokens their words took.
    private func matchSteps(_ steps: ArraySlice<CompiledCue.Step>, at position: Int, limit: Int) -> [(Int, [Int])] {
        var results: [(Int, [Int])] = []
        var taken: [Int] = []
        collectSteps(steps, at: position, limit: limit, taken: &taken, into: &results)
        return results
    }

    /// `matchSteps` by one walk: `taken` holds the tokens the words took
    /// on the way, and every way through is appended to `results` (in the
    /// order the steps are tried), without an array made per step.
    private func collectSteps(_ steps: ArraySlice<CompiledCue.Step>, at position: Int, limit: Int, taken: inout [Int],
                              into results: inout [(Int, [Int])]) {
        guard let step = steps.first else {
            results.append((position, taken))
            return
        }
        let rest = steps.dropFirst()
        switch step {
        case .word(let word, let prefix):
            guard wordMatches(word, prefix: prefix, at: position, limit: limit) else {
                // Arabic `و` (and) written on the next word: `بين حراس الدين
                // وهيئة تحرير الشام`.
                if word == "و", position < limit, PhraseTrie<FactionID>.withoutProclitic(text.tokens[position].text) != nil,
                   text.tokens[position].text.hasPrefix("و") {
                    collectSteps(rest, at: position, limit: limit, taken: &taken, into: &results)
                }
                return
            }
            taken.append(position)
            collectSteps(rest, at: position + 1, limit: limit, taken: &taken, into: &results)
            taken.removeLast()
        case .choice(let options, let optional):
            for option in options {
                // One word (most options): no new array of steps.
                if option.count == 1, case .word(let word, let prefix) = option[0] {
                    guard wordMatches(word, prefix: prefix, at: position, limit: limit) else { continue }
                    taken.append(position)
                    collectSteps(rest, at: position + 1, limit: limit, taken: &taken, into: &results)
                    taken.removeLast()
                } else {
                    collectSteps((option + rest)[...], at: position, limit: limit, taken: &taken, into: &results)
                }
            }
            if optional { collectSteps(rest, at: position, limit: limit, taken: &taken, into: &results) }
        case .gap:
            var skip = 0
            while skip <= CuePattern.gapLimit, position + skip <= limit {
                collectSteps(rest, at: position + skip, limit: limit, taken: &taken, into: &results)
                guard position + skip < limit, !text.tokens[position + skip].isClausePunctuation else { break }
                skip += 1
            }
        }
    }

    /// True when the token at `position` is the cue's word (not part of
    /// a faction's name, but for a possessive `'s`).
    private func wordMatches(_ word: String, prefix: Bool, at position: Int, limit: Int) -> Bool {
        guard position < limit, !mentions.covers(position) || text.tokens[position].text == "'s" else { return false }
        let token = text.tokens[position].text
        if token == word || (prefix && token.hasPrefix(word)) { return true }
        guard let bare = PhraseTrie<FactionID>.withoutProclitic(token) else { return false }
        return bare == word || (prefix && bare.hasPrefix(word))
    }

    // MARK: filling slots

    /// A faction inside `span` (between two parts of the cue).
    private func middleBound(in span: Range<Int>, site: CompiledCue.Site) -> Bound? {
        let inside = mentions.within(span)
        if var mention = inside.first {
            var before = span.lowerBound..<mention.tokens.lowerBound
            // `accused the Afghan Taliban's Haqqani network of`: the owned one.
            if inside.count > 1, text.tokens[mention.tokens.upperBound].text == "'s" {
                before = (mention.tokens.upperBound + 1)..<inside[1].tokens.lowerBound
                mention = inside[1]
            }
            let after = mention.tokens.upperBound..<span.upperBound
            let clean = (site.gapBefore || isFiller(before)) && (site.gapAfter || after.allSatisfy { isTransparent($0) || text.tokens[$0].isQuote })
            guard clean || (before.count + after.count) <= 2 else { return nil }
            guard !(span).contains(where: { text.tokens[$0].text == ";" }) else { return nil }
            return Bound(faction: mention.faction, tokens: mention.tokens, via: via(mention), gap: before.count + after.count,
                         gapClean: clean)
        }
        // An anaphor after fillers: `between the group and ...`.
        var position = span.lowerBound
        while position < span.upperBound, isFiller(position..<(position + 1)), text.tokens[position].text != "the" { position += 1 }
        if let anaphor = anaphora.anaphor(startingAt: position), !anaphor.isPair, anaphor.tokens.upperBound <= span.upperBound,
           let faction = anaphora.resolve(anaphor) {
            return Bound(faction: faction, tokens: anaphor.tokens, via: .anaphor, gap: span.count - anaphor.tokens.count)
        }
        return nil
    }

    /// The faction after the cue's words: the first named within a few
    /// filler words (`clashed with fighters of the al-Nusra Front`), with
    /// any coordinated after it (`to al-Qaeda and to AQIM`).
    private func trailingBound(after end: Int, site: CompiledCue.Site, limit: Int, other: Set<FactionID>) -> [Bound]? {
        var position = end
        var clean = true
        let reach = site.gapBefore ? CuePattern.gapLimit : Self.fillerReach
        while position < limit, position - end <= reach {
            if let mention = mentions.at(position) {
                var bounds = [Bound(faction: mention.faction, tokens: mention.tokens, via: via(mention), gap: position - end, gapClean: clean)]
                bounds += coordinated(after: mention.tokens.upperBound, limit: limit)
                return bounds
            }
            if let anaphor = anaphora.anaphor(startingAt: position), !anaphor.isPair {
                guard let faction = anaphora.resolve(anaphor, excluding: other) else { return nil }
                return [Bound(faction: faction, tokens: anaphor.tokens, via: .anaphor, gap: position - end, gapClean: clean)]
            }
            let token = text.tokens[position]
            // `into a single organisation, JNIM`: the noun's apposition.
            if token.text == ",", clean, position > end, mentions.covers(position + 1),
               WordLists.appositionHeads.contains(text.tokens[position - 1].text) {
                position += 1
                continue
            }
            if token.isClausePunctuation || token.text == "." { return nil }
            // `forces backed by X`, `fighters loyal to X`: X's.
            if Self.genericNouns.contains(token.text), position + 2 < limit, Self.proxyWords.contains(text.tokens[position + 1].text),
               ["by", "to", "with"].contains(text.tokens[position + 2].text) {
                position += 3
                continue
            }
            // `the Somali Transitional Federal Government`: a capitalised
            // word before a name is part of it.
            if token.isCapitalised, mentions.covers(position + 1) { position += 1; continue }
            if !WordLists.isNounPhraseFiller(token.text) && !token.isQuote {
                guard site.gapBefore else { return nil }
                clean = false
            }
            position += 1
        }
        return nil
    }

    /// Words of `forces backed by X`: the forces are X's.
    static let proxyWords: Set<String> = ["backed", "supported", "loyal", "allied", "aligned", "affiliated", "led", "funded", "armed", "held", "controlled"]

    /// Factions coordinated after one: `X, Y and Z`, `X and to the emir
    /// of Y`. A list needs its `and`; a bare comma is an apposition, and a
    /// possessive (`al-Qaeda's affiliate`) is no conjunct.
    private func coordinated(after start: Int, limit: Int) -> [Bound] {
        var bounds: [Bound] = []
        var sawAnd = false
        var position = start
        while position < limit {
            // Words that belong to the faction's phrase: `leader Ayman al-Zawahiri`.
            var next = position
            while next < limit, next - position < 4, !["and", ","].contains(text.tokens[next].text),
                  text.tokens[next].isWord, mentions.at(next)?.faction == nil || mentions.at(next)?.source == .person { next += 1 }
            guard next < limit, text.tokens[next].text == "and" || text.tokens[next].text == "," else { break }
            var look = next + 1
            var isAnd = text.tokens[next].text == "and"
            if look < limit, text.tokens[look].text == "and" { look += 1; isAnd = true }
            if look < limit, ["to", "with", "from", "of"].contains(text.tokens[look].text) { look += 1 }
            let from = look
            while look < limit, look - from < Self.fillerReach, mentions.at(look) == nil,
                  WordLists.isNounPhraseFiller(text.tokens[look].text) { look += 1 }
            guard look < limit, let mention = mentions.at(look), mention.source != .person,
                  !(mention.tokens.upperBound < limit && text.tokens[mention.tokens.upperBound].text == "'s") else { break }
            bounds.append(Bound(faction: mention.faction, tokens: mention.tokens, via: via(mention), gap: look - start))
            position = mention.tokens.upperBound
            if isAnd { sawAnd = true; break }
        }
        return sawAnd ? bounds : []
    }

    /// The faction before the cue's words: the nearest named (or an
    /// anaphor) within reach, passing over auxiliaries, adverbs and a
    /// clause between commas (`Ahrar al-Sham, one of the largest ...
    /// factions, has been`), with any coordinated before it (`Ansar Dine,
    /// Katiba Macina and al-Mourabitoun merged`).
    private func leadingBound(before start: Int, site: CompiledCue.Site, sentence: Sentence, other: Set<FactionID>) -> [Bound]? {
        // `forces loyal to`, `groups affiliated with`: the subject is that
        // noun, not a faction.
        if start > sentence.tokens.lowerBound, Self.genericNouns.contains(text.tokens[start - 1].text),
           !text.tokens[start - 1].isCapitalised,
           // (but `are among the groups joining` says the subject is one,
           // and `al-Shabaab fighters attacked` whose they are)
           !(start - 3 >= sentence.tokens.lowerBound && text.tokens[start - 3].text == "among"),
           !mentions.covers(start - 2), !(text.tokens[start - 2].text == "'s" && mentions.covers(start - 3)),
           // (nor `whose fighters fought`, `its men had joined`: the owner's)
           !Self.possessives.contains(text.tokens[start - 2].text),
           // (nor `both groups are`, `the two groups are`: the two named before)
           !((start - 4)...(start - 2)).contains(where: { anaphora.anaphor(startingAt: $0)?.isPair == true }),
           // (nor `government forces`, `army units`: the state's)
           anaphora.anaphor(startingAt: start - 2)?.tokens.upperBound != start {
            return nil
        }
        // `X took Aden after four days of fighting with Y`: the fighting
        // is the subject's, however far.
        if let subject = mainSubject(before: start, sentence: sentence, other: other) { return [subject] }
        // `X had not joined Y and remained loyal to Z`: the predicates
        // share X, the clause's first faction.
        if let shared = sharedSubject(before: start, gap: site.gapAfter, sentence: sentence, other: other) { return [shared] }
        var position = start - 1
        var commasSkipped = 0
        var lower = max(sentence.tokens.lowerBound, start - Self.leadingReach)
        while position >= lower {
            let token = text.tokens[position]
            // `called on them to keep fighting`: `them` acts, whoever they are.
            if token.text == ";" || token.text == ":" || Self.objectPronouns.contains(token.text) { return nil }
            // `The Libyan National Army, which does not recognise the GNA,
            // took ...`: the relative clause is passed over.
            if token.text == ",", let opening = relativeClauseStart(endingAt: position, lower: sentence.tokens.lowerBound)
                ?? appositionStart(endingAt: position, lower: sentence.tokens.lowerBound) {
                // (Its opening comma may close an apposition before it:
                // `The MILF, the largest rebel group, which signed ...,`.)
                position = opening
                commasSkipped += 2
                // The clause qualifies the noun right before it, however
                // long the clause (`Al-Shabaab, whose full name is ...,
                // formally pledged`).
                lower = min(lower, max(sentence.tokens.lowerBound, opening - 4))
                continue
            }
            if let mention = mentions.at(position) {
                // `Syrian troops backed by Russian air strikes captured`:
                // the backed act, not their backer.
                let first = mention.tokens.lowerBound
                if first - 2 > sentence.tokens.lowerBound, text.tokens[first - 1].text == "by",
                   Self.proxyWords.contains(text.tokens[first - 2].text) {
                    position = first - 3
                    lower = min(lower, max(sentence.tokens.lowerBound, position - 4))
                    continue
                }
                let gap = (mention.tokens.upperBound..<start)
                var bounds = [Bound(faction: mention.faction, tokens: mention.tokens, via: via(mention), gap: gap.count,
                                    gapClean: site.gapAfter || isSubjectGap(gap), commas: max(0, commas(in: gap) - commasSkipped))]
                bounds = coordinated(before: mention.tokens.lowerBound, lower: sentence.tokens.lowerBound).reversed() + bounds
                return bounds.filter { !other.contains($0.faction) }.isEmpty ? nil : bounds
            }
            // `Both groups are part of X`: each of the two.
            if let anaphor = anaphora.anaphor(startingAt: position), anaphor.tokens.upperBound <= start, anaphor.isPair {
                guard let pair = anaphora.resolvePair(anaphor) else { return nil }
                let gap = anaphor.tokens.upperBound..<start
                let bounds = [pair.0, pair.1].filter { !other.contains($0) }.map {
                    Bound(faction: $0, tokens: anaphor.tokens, via: .pair, gap: gap.count,
                          gapClean: site.gapAfter || isSubjectGap(gap), commas: commas(in: gap))
                }
                return bounds.count == 2 ? bounds : nil
            }
            if let anaphor = anaphora.anaphor(startingAt: position), anaphor.tokens.upperBound <= start, !anaphor.isPair {
                guard let faction = anaphora.resolve(anaphor, excluding: other) else { return nil }
                let gap = anaphor.tokens.upperBound..<start
                let bound = Bound(faction: faction, tokens: anaphor.tokens, via: .anaphor, gap: gap.count,
                                  gapClean: site.gapAfter || isSubjectGap(gap), commas: commas(in: gap))
                return [bound] + conjuncts(of: bound, sentence: sentence).filter { !other.contains($0.faction) }
            }
            position -= 1
        }
        return nil
    }

    /// Nouns that, right before a cue, are its subject: `forces loyal to`.
    static let genericNouns: Set<String> = [
        "forces", "fighters", "troops", "militias", "militiamen", "groups", "factions", "units", "rebels", "militants",
        "soldiers", "members", "men", "elements", "brigades", "officials", "commanders", "positions", "areas", "towns",
        "villages", "territory", "bases",
    ]

    /// For `they` standing for a subject named in a list (`Ansar Dine,
    /// al-Mourabitoun and the Macina Liberation Front announced that they
    /// had dissolved themselves`): the other factions of the list.
    private func conjuncts(of bound: Bound, sentence: Sentence) -> [Bound] {
        guard ["they", "their", "themselves"].contains(text.tokens[bound.tokens.lowerBound].text) else { return [] }
        let number = sentence.number - 1
        for candidate in [number, number - 1] where candidate >= 0 {
            let range = text.sentences[candidate].tokens
            guard let subject = mentions.within(range).first, subject.faction == bound.faction,
                  subject.tokens.upperBound <= bound.tokens.lowerBound else { continue }
            return coordinated(after: subject.tokens.upperBound, limit: range.upperBound).map {
                var conjunct = bound
                conjunct.faction = $0.faction
                return conjunct
            }
        }
        return []
    }

    /// The subject of the sentence, for a cue in an adverbial of time
    /// (`after four days of`, `following weeks of`) that has none of its own.
    private func mainSubject(before start: Int, sentence: Sentence, other: Set<FactionID>) -> Bound? {
        let lower = sentence.tokens.lowerBound
        guard start - 3 >= lower, text.tokens[start - 1].text == "of",
              Self.durations.contains(text.tokens[start - 2].text) else { return nil }
        var index = start - 3
        // `after four days of`, `after days of`, `after nearly two weeks of`.
        while index > lower, start - index <= 6, !Self.timeConjunctions.contains(text.tokens[index].text) { index -= 1 }
        guard Self.timeConjunctions.contains(text.tokens[index].text),
              let faction = anaphora.subject(of: sentence.number - 1, before: index), !other.contains(faction),
              let mention = mentions.within(lower..<index).first(where: { $0.faction == faction }) else { return nil }
        return Bound(faction: faction, tokens: mention.tokens, via: .sharedSubject, gap: start - mention.tokens.upperBound)
    }

    static let durations: Set<String> = ["days", "weeks", "months", "hours", "years", "nights", "day", "week", "month", "year"]
    static let timeConjunctions: Set<String> = ["after", "following", "amid", "during", "despite", "ending", "ended"]

    /// Words that make a faction own the noun after them: `its fighters`.
    static let possessives: Set<String> = ["whose", "its", "their"]

    /// Pronouns that stand for people or groups the suggester does not
    /// resolve: a cue after one has no faction before it.
    static let objectPronouns: Set<String> = ["them", "him", "her", "us", "you", "we", "i"]

    /// The opening comma of `, which ... ,` (or `, who ... ,`) whose closing
    /// comma is at `close`, if it is one.
    private func relativeClauseStart(endingAt close: Int, lower: Int) -> Int? {
        var index = close - 1
        while index > lower, close - index <= 14 {
            let token = text.tokens[index]
            if token.text == "," || token.text == ";" {
                return token.text == "," && WordLists.relatives.contains(text.tokens[index + 1].text) ? index : nil
            }
            index -= 1
        }
        return nil
    }

    /// The opening comma of an apposition after a faction's name, `X, a
    /// faction that broke away from Y in December,` whose closing comma is
    /// at `close`: the verb after it is X's, not Y's.
    private func appositionStart(endingAt close: Int, lower: Int) -> Int? {
        var index = close - 1
        while index > lower, close - index <= 24 {
            let token = text.tokens[index]
            // A name's gloss inside the apposition: `(أنصار الدين)`.
            if let open = parenthesisOpening(closingAt: index, lower: lower) {
                index = open - 1
                continue
            }
            if token.isClausePunctuation || token.text == "." {
                // `X, a faction that ...,`; `X, Riyadh's main partner,`.
                let opensApposition = Self.appositionOpeners.contains(text.tokens[index + 1].text)
                    || (index + 2 < close && text.tokens[index + 2].text == "'s")
                guard token.text == ",", opensApposition else { return nil }
                // `Hayat Tahrir al-Sham (HTS), the ...`
                let head = parenthesisOpening(closingAt: index - 1, lower: lower).map { $0 - 1 } ?? index - 1
                return head >= lower && mentions.covers(head) ? index : nil
            }
            index -= 1
        }
        return nil
    }

    /// The `(` of the parenthesis closed at `close`, within a dozen tokens
    /// and not before `lower`; nil when `close` is not a `)`.
    private func parenthesisOpening(closingAt close: Int, lower: Int) -> Int? {
        guard text.tokens[close].text == ")" else { return nil }
        return (max(lower, close - 12)..<close).last { text.tokens[$0].text == "(" }
    }

    /// Words that open an apposition: `X, a faction that ...`.
    static let appositionOpeners: Set<String> = ["a", "an", "the", "one", "another"]

    /// For a cue right after `and` (auxiliaries and adverbs aside, and the
    /// words of its `...`): the first faction of its clause, the subject of
    /// both predicates.
    private func sharedSubject(before start: Int, gap: Bool, sentence: Sentence, other: Set<FactionID>) -> Bound? {
        var position = start - 1
        // The words the cue lets stand before it (`...`) may be any.
        while position > sentence.tokens.lowerBound, text.tokens[position].text != "and", !mentions.covers(position),
              isTransparent(position) || (gap && start - position <= CuePattern.gapLimit && text.tokens[position].isWord) {
            // `and called on them to keep fighting`: they act, not the subject.
            if Self.objectPronouns.contains(text.tokens[position].text) { return nil }
            position -= 1
        }
        guard position > sentence.tokens.lowerBound, text.tokens[position].text == "and" else { return nil }
        // The clause: back to `;`, `:` or the sentence's start, and after a
        // `that` of reported speech.
        var clauseStart = sentence.tokens.lowerBound
        for index in stride(from: position - 1, through: sentence.tokens.lowerBound, by: -1)
        where [";", ":", "that"].contains(text.tokens[index].text) {
            clauseStart = index + 1
            break
        }
        guard let subject = mentions.within(clauseStart..<position).first, !other.contains(subject.faction) else { return nil }
        let gap = subject.tokens.upperBound..<start
        var bound = Bound(faction: subject.faction, tokens: subject.tokens, via: .sharedSubject, gap: gap.count)
        // Commas of a relative clause after the subject are no clause break.
        var commaCount = commas(in: gap)
        if let close = gap.first(where: { text.tokens[$0].text == "," && relativeClauseStart(endingAt: $0, lower: sentence.tokens.lowerBound) != nil }),
           close > gap.lowerBound {
            commaCount = max(0, commaCount - 2)
        }
        bound.commas = commaCount
        return bound
    }

    /// Factions coordinated before one: `X, Y and` before it (the `and`
    /// first: `X, Y` alone is an apposition).
    private func coordinated(before start: Int, lower: Int) -> [Bound] {
        var bounds: [Bound] = []
        var position = start - 1
        while position >= lower {
            while position >= lower, ["the", "a"].contains(text.tokens[position].text) { position -= 1 }
            guard position > lower else { break }
            let separator = text.tokens[position].text
            guard separator == "and" || (separator == "," && !bounds.isEmpty) else { break }
            var look = position - 1
            if separator == "and", look >= lower, text.tokens[look].text == "," { look -= 1 }
            guard look >= lower, let mention = mentions.at(look), mention.source != .person else { break }
            bounds.append(Bound(faction: mention.faction, tokens: mention.tokens, via: via(mention), gap: start - mention.tokens.upperBound))
            position = mention.tokens.lowerBound - 1
        }
        return bounds
    }

    /// `the two sides` right after a cue's words (after fillers).
    private func pairAnaphor(at start: Int, limit: Int) -> (anaphor: Anaphor, factions: (FactionID, FactionID))? {
        var position = start
        while position < limit, position - start < 2, text.tokens[position].text != "the", text.tokens[position].text != "both",
              WordLists.isNounPhraseFiller(text.tokens[position].text) { position += 1 }
        guard let anaphor = anaphora.anaphor(startingAt: position), anaphor.isPair,
              let factions = anaphora.resolvePair(anaphor) else { return nil }
        return (anaphor, factions)
    }

    /// True when nothing follows the cue in its clause: `are among the
    /// groups joining, together with ...`.
    private func isLeftOut(after end: Int, limit: Int) -> Bool {
        end >= limit || text.tokens[end].isClausePunctuation || text.tokens[end].text == "."
    }

    /// The object of the same cue in the sentence before, for a cue whose
    /// object is left out.
    private func elided(cue: CompiledCue, slot: CuePattern.Slot, previous: SentenceMatches, at position: Int) -> Bound? {
        for object in previous.objects where object.slot == slot && index.cues[object.cue].pattern == cue.pattern
            && object.bound.via != .context && object.bound.via != .elided {
            return Bound(faction: object.bound.faction, tokens: position..<position, via: .elided)
        }
        return nil
    }

    /// Fills the slots the cue has not (`truce`, `{B}'s affiliate`) with
    /// the factions of the sentence nearest to the cue.
    private func fillMissingSlots(_ match: inout CueMatch, cue: CompiledCue, sentence: Sentence) {
        guard match.a.isEmpty || match.b.isEmpty else { return }
        // `al-Qaeda's Sahel affiliate` is said of the faction it stands in
        // apposition to, not of any faction nearby (`al-Qaeda's affiliate
        // and the Islamic State fought`).
        if cue.isPossessiveDescription, match.a.isEmpty, !match.b.isEmpty {
            if let bound = apposition(of: match, sentence: sentence) { match.a = [bound] }
            return
        }
        let first = match.literal.first ?? sentence.tokens.lowerBound
        let last = match.literal.last ?? first
        var taken = Set((match.a + match.b).map(\.faction))
        var candidates: [(distance: Int, bound: Bound)] = []
        for mention in mentions.within(sentence.tokens) where !taken.contains(mention.faction) {
            let distance = mention.tokens.upperBound <= first ? first - mention.tokens.upperBound : mention.tokens.lowerBound - last
            // Farther away, another clause's faction more likely than not.
            guard distance >= 0, distance <= Self.contextReach else { continue }
            // The one before the cue first (the actor of a directed type).
            let before = mention.tokens.upperBound <= first
            candidates.append((distance + (before ? 0 : 1), Bound(faction: mention.faction, tokens: mention.tokens, via: .context,
                                                                 gap: distance, gapClean: false)))
        }
        // `the group's headquarters` counts when only one faction is named.
        if candidates.count + taken.count < 2 {
            for position in sentence.tokens {
                guard let anaphor = anaphora.anaphor(startingAt: position), case .noun(_, _) = anaphor.kind,
                      let faction = anaphora.resolve(anaphor, excluding: taken.union(candidates.map(\.bound.faction))) else { continue }
                let distance = abs(position - first)
                candidates.append((distance + 2, Bound(faction: faction, tokens: anaphor.tokens, via: .anaphor, gap: distance, gapClean: false)))
            }
        }
        candidates.sort { ($0.distance, $0.bound.tokens.lowerBound) < ($1.distance, $1.bound.tokens.lowerBound) }
        var unique: [Bound] = []
        for candidate in candidates where !unique.contains(where: { $0.faction == candidate.bound.faction }) {
            unique.append(candidate.bound)
        }
        if match.a.isEmpty, match.b.isEmpty {
            // `both fought together`, `the two factions are competing`.
            if let pair = pairInSentence(sentence, before: first), unique.count < 2 || pair.0.gap <= 3 {
                match.a = [pair.0]
                match.b = [pair.1]
                return
            }
            guard unique.count >= 2 else { return }
            // In text order: for a directed type, the first named acts.
            let pair = unique.prefix(2).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            match.a = [pair[0]]
            match.b = [pair[1]]
        } else if let bound = unique.first ?? (match.b.isEmpty ? earlier(than: sentence, excluding: taken, cueAt: first) : nil) {
            // (A sentence before may give what a cue leaves out after its
            // words: `X would remain a separate organisation` from whom.)
            if match.a.isEmpty { match.a = [bound] } else { match.b = [bound] }
            taken.insert(bound.faction)
        }
    }

    /// What stands between a description and the faction it is set beside.
    static let appositionMarks: Set<String> = [",", "the", "a", "an", "(", "—", "–"]
    /// Verbs that make a description the subject's: `X is al-Qaeda's affiliate`.
    static let copulas: Set<String> = ["is", "was", "are", "were", "became", "becomes", "remains", "remained", "as"]

    /// The faction a possessive description (`al-Qaeda's affiliate`) is
    /// set beside: `X, al-Qaeda's affiliate`, `al-Qaeda's affiliate, X`,
    /// `al-Qaeda's affiliate X`, or the subject of `X is al-Qaeda's affiliate`.
    private func apposition(of match: CueMatch, sentence: Sentence) -> Bound? {
        guard let owner = match.b.first, let last = match.literal.last else { return nil }
        let range = sentence.tokens
        var position = owner.tokens.lowerBound - 1
        while position >= range.lowerBound, Self.appositionMarks.contains(text.tokens[position].text) { position -= 1 }
        // `X, the group that served as al-Qaeda's affiliate`: the
        // subject, the nearest faction before.
        if position >= range.lowerBound, Self.copulas.contains(text.tokens[position].text) {
            let lower = max(range.lowerBound, position - Self.contextReach)
            position -= 1
            while position >= lower, mentions.at(position) == nil, ![";", ":"].contains(text.tokens[position].text) { position -= 1 }
        }
        if position >= range.lowerBound, let mention = mentions.at(position), mention.faction != owner.faction {
            return Bound(faction: mention.faction, tokens: mention.tokens, via: via(mention),
                         gap: owner.tokens.lowerBound - mention.tokens.upperBound)
        }
        position = last + 1
        // `al-Qaeda's affiliate in Syria, the Nusra Front`.
        if position + 1 < range.upperBound, ["in", "for"].contains(text.tokens[position].text), text.tokens[position + 1].isCapitalised {
            position += 2
        }
        while position < range.upperBound, Self.appositionMarks.contains(text.tokens[position].text) { position += 1 }
        if position < range.upperBound, let mention = mentions.at(position), mention.faction != owner.faction {
            return Bound(faction: mention.faction, tokens: mention.tokens, via: via(mention), gap: position - last - 1)
        }
        return nil
    }

    /// The two factions of `the two groups` or `both groups` before the
    /// cue in its sentence.
    private func pairInSentence(_ sentence: Sentence, before end: Int) -> (Bound, Bound)? {
        for position in sentence.tokens.lowerBound..<end {
            guard let anaphor = anaphora.anaphor(startingAt: position), anaphor.isPair,
                  let factions = anaphora.resolvePair(anaphor) else { continue }
            return (Bound(faction: factions.0, tokens: anaphor.tokens, via: .pair, gap: end - anaphor.tokens.upperBound),
                    Bound(faction: factions.1, tokens: anaphor.tokens, via: .pair, gap: end - anaphor.tokens.upperBound))
        }
        return nil
    }

    /// For a cue with one slot and no other faction in its sentence
    /// (`al-Nusra Front would remain a separate organisation`): the latest
    /// other faction of the two sentences before.
    private func earlier(than sentence: Sentence, excluding taken: Set<FactionID>, cueAt position: Int) -> Bound? {
        let number = sentence.number - 1
        guard number > 0 else { return nil }
        let from = text.sentences[max(0, number - 2)].tokens.lowerBound
        for mention in mentions.within(from..<sentence.tokens.lowerBound).reversed() where !taken.contains(mention.faction) {
            return Bound(faction: mention.faction, tokens: mention.tokens, via: .earlier, gap: position - mention.tokens.upperBound,
                         gapClean: false)
        }
        return nil
    }

    // MARK: helpers

    private func assign(_ bounds: [Bound], to slot: CuePattern.Slot, in match: inout CueMatch) {
        if slot == .a { match.a += bounds } else { match.b += bounds }
    }

    private func otherFactions(_ slot: CuePattern.Slot, _ match: CueMatch) -> Set<FactionID> {
        Set((slot == .a ? match.b : match.a).map(\.faction))
    }

    private func via(_ mention: Mention) -> Bound.Via {
        switch mention.source {
        case .name: return .name
        case .newName: return .newName
        case .person: return .person
        }
    }

    private func isTransparent(_ index: Int) -> Bool {
        WordLists.transparent.contains(text.tokens[index].text)
    }

    private func isFiller(_ range: Range<Int>) -> Bool {
        range.allSatisfy { WordLists.isNounPhraseFiller(text.tokens[$0].text) || text.tokens[$0].isQuote }
    }

    private func commas(in range: Range<Int>) -> Int {
        range.filter { text.tokens[$0].text == "," || text.tokens[$0].text == "،" }.count
    }

    /// True when the words between a subject and its verb change nothing:
    /// auxiliaries and adverbs, after a clause set off by commas
    /// (`Ahrar al-Sham, one of the largest factions, has been`).
    private func isSubjectGap(_ range: Range<Int>) -> Bool {
        var tokens = Array(range)
        if let first = tokens.first, text.tokens[first].text == ",",
           let close = tokens.lastIndex(where: { text.tokens[$0].text == "," }), close > 0 {
            tokens.removeSubrange(0...close)
        }
        // `Houthi fighters have been`: the faction's fighters.
        if let first = tokens.first, Self.genericNouns.contains(text.tokens[first].text) { tokens.removeFirst() }
        // `are among the groups`: the subject is one of them.
        if let among = tokens.firstIndex(where: { text.tokens[$0].text == "among" }), among + 2 < tokens.count,
           text.tokens[tokens[among + 1]].text == "the", WordLists.pairNouns.contains(text.tokens[tokens[among + 2]].text) {
            tokens.removeSubrange(among...(among + 2))
        }
        return tokens.allSatisfy { isTransparent($0) || text.tokens[$0].isQuote || text.tokens[$0].text == ")" }
    }
}
