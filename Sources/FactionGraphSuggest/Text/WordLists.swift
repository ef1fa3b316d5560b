/// The small closed word lists the suggester's patterns rest on. Every
/// list is of lower-case token texts.
enum WordLists {
    /// Words that may stand between a subject and its verb without
    /// changing who acts: auxiliaries and adverbs (`Tahrir al-Sham has
    /// since`, `which is in turn`).
    static let transparent: Set<String> = [
        "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "could", "may",
        "might", "shall", "should", "can", "did", "does", "do", "also", "now", "then", "later", "since", "already",
        "recently", "formally", "officially", "publicly", "reportedly", "allegedly", "apparently", "temporarily",
        "previously", "earlier", "soon", "jointly", "still", "once", "again", "finally", "eventually", "effectively",
        "openly", "secretly", "quickly", "first", "in", "turn", "which", "who", "itself", "themselves", "not", "n't",
        "never", "long", "today", "yesterday", "subsequently", "initially", "briefly", "repeatedly", "fiercely",
        "heavily", "both", "all", "each", "said", "says", "to", "reported", "believed", "thought", "claimed",
        "appear", "appears", "appeared", "seem", "seems", "seemed", "hardly", "only", "just", "even", "however",
        "meanwhile", "too", "largely", "partly",
    ]

    /// Words that may stand between a preposition and the faction it
    /// introduces: determiners and the nouns of "fighters of", "the emir
    /// of", "positions of" (`clashed with fighters of the al-Nusra Front`).
    static let nounPhraseFiller: Set<String> = [
        "the", "a", "an", "its", "their", "his", "her", "several", "some", "many", "other", "rival", "allied",
        "local", "fighters", "fighter", "members", "member", "forces", "force", "positions", "units", "unit",
        "troops", "elements", "commanders", "commander", "leaders", "leader", "chief", "emir", "emirs", "head",
        "militants", "of", "leadership", "cells", "ranks", "remnants", "group", "rest", "parts", "part", "wing",
        "branch", "affiliates", "factions", "faction", "dozens", "hundreds", "scores", "rebels", "jihadists",
        "militiamen", "militia", "patrol", "patrols", "convoy", "base", "bases", "camp", "camps", "checkpoint",
        "checkpoints", "headquarters", "strongholds", "stronghold", "territory", "areas", "fellow", "former",
        "so-called", "newly", "formed", "new", "both", "either", "separatist", "paramilitary", "jihadist",
        "militant", "rebel", "insurgent", "insurgents", "armed", "hardline", "extremist", "powerful", "feared",
        "banned", "outlawed", "proscribed", "self-styled", "notorious", "little-known", "regional", "soldiers",
        "mercenaries", "gunmen", "men", "apparatus", "structure", "structures", "institutions", "security", "loyalist", "loyalists", "breakaway", "splinter", "remaining",
        "officers", "agents", "operatives", "advisers", "advisors", "instructors", "veterans", "sympathisers",
        "sympathizers", "supporters", "volunteers", "organisation", "organization", "coalition", "alliance", "body",
        "entity", "air", "strikes", "airstrikes", "artillery", "warplanes", "aircraft", "jets", "drones",
        "زعيم", "قائد", "أمير", "تنظيم", "جماعة", "حركة", "عناصر", "مقاتلي", "قوات",
    ]

    /// True for a word of `nounPhraseFiller`, or a compound that describes
    /// the faction after it (`the Iran-backed Kata'ib Hezbollah`,
    /// `Turkish-led forces`).
    static func isNounPhraseFiller(_ word: String) -> Bool {
        if nounPhraseFiller.contains(word) || describingAdjectives.contains(word) { return true }
        // `the mainly Shi'ite PMF`, `the largely Kurdish SDF`: an adverb
        // of degree before the adjective.
        if degreeAdverbs.contains(word) { return true }
        guard word.utf8.contains(0x2D), let dash = word.lastIndex(of: "-"), dash != word.startIndex else { return false }
        return describingSuffixes.contains(String(word[word.index(after: dash)...]))
    }

    /// Adjectives of creed, people and outlook before a faction's name:
    /// `the Islamist Ahrar al-Sham`, `the Kurdish-led SDF`.
    static let describingAdjectives: Set<String> = [
        "islamist", "salafist", "salafi", "salafi-jihadist", "jihadi", "sunni", "shia", "shi'a", "shiite", "shi'ite",
        "kurdish", "arab", "tribal", "ethnic", "secular", "radical", "moderate", "pro-government", "anti-government",
        "vigilante", "christian", "muslim", "druze", "tuareg", "fulani", "pashtun", "yazidi", "turkmen", "alawite",
        "jihadist-led", "main", "largest", "biggest", "smaller", "small", "larger", "big", "strongest", "well-armed",
        "single", "unified", "joint", "umbrella", "military", "political",
    ]

    /// Nouns that a faction's name may follow in apposition: `a new
    /// military alliance, the Syrian Democratic Forces`.
    static let appositionHeads: Set<String> = [
        "organisation", "organization", "coalition", "alliance", "body", "entity", "group", "movement", "front",
        "force", "umbrella", "militia", "faction", "network",
    ]

    /// Prepositions whose object is not the subject of its clause.
    static let objectPrepositions: Set<String> = [
        "of", "with", "from", "to", "against", "by", "into", "on", "at", "near", "for", "between", "toward", "towards",
        "over", "under", "behind",
    ]

    /// Adverbs that grade an adjective: `the mainly Shi'ite`.
    static let degreeAdverbs: Set<String> = [
        "mainly", "mostly", "largely", "predominantly", "overwhelmingly", "heavily", "nominally",
        "loosely", "newly", "recently", "hastily", "formerly", "primarily", "chiefly", "exclusively",
    ]

    /// The ends of compounds that describe a faction: `Iran-backed`.
    static let describingSuffixes: Set<String> = [
        "backed", "aligned", "led", "linked", "allied", "affiliated", "based", "sponsored", "funded", "supported",
        "inspired", "controlled", "dominated", "run",
    ]

    /// Personal pronouns that stand for a faction named before.
    /// (`them` is left out: an object, rarely the subject it would be read as.)
    static let pronouns: Set<String> = ["it", "its", "they", "their", "itself", "themselves"]

    /// Relative pronouns: the faction just before them.
    static let relatives: Set<String> = ["which", "who", "whose"]

    /// Nouns that, after `the` (or `the new`), stand for a faction named
    /// before; the value is the kind a faction must have to be meant, when
    /// the noun says (`the alliance`: a coalition; `the regime`: a state).
    static let anaphorNouns: [String: KindHint] = [
        "group": .any, "faction": .any, "movement": .any, "organisation": .any, "organization": .any,
        "militia": .any, "network": .any, "body": .any, "outfit": .any, "front": .any, "jihadists": .any,
        "coalition": .coalition, "alliance": .coalition,
        "government": .state, "regime": .state, "authorities": .state, "army": .state, "military": .state,
        "council": .any, "rebels": .any, "insurgents": .any, "militants": .any, "brigade": .any, "emirate": .any,
    ]

    /// What an anaphor's noun says of the faction it stands for.
    enum KindHint: Sendable {
        case any
        case coalition
        case state
    }

    /// Nouns of `the two ...` and `both ...`: two factions named before.
    static let pairNouns: Set<String> = [
        "sides", "groups", "factions", "organisations", "organizations", "movements", "alliances", "coalitions",
        "rivals", "parties", "camps", "militias", "forces", "armies", "fronts", "networks", "brigades", "outfits",
        "allies",
    ]

    /// Words of a negation or a denial: a relation in a clause with one,
    /// before its cue, is `denied`.
    static let negations: Set<String> = [
        "not", "n't", "never", "no", "without", "denied", "denies", "deny", "denying", "refused", "refuses",
        "refusing", "neither", "nor", "لم", "لن", "ليس", "لا", "نفى", "نفت",
    ]

    /// Verbs that deny only what they are said of: `rejected reports that
    /// it had joined` denies; `rejected the alliance's split` does not.
    static let denialsOfReports: Set<String> = ["rejected", "rejects", "rejecting", "dismissed", "dismisses", "refuted"]

    /// What those verbs deny: `reports`, `claims`, `allegations`.
    static let reports: Set<String> = [
        "reports", "claims", "allegations", "accusations", "suggestions", "charges", "rumours", "rumors",
    ]

    /// Words of a hedge: a relation in a clause with one is `alleged`.
    static let hedges: Set<String> = [
        "reportedly", "allegedly", "alleged", "purportedly", "supposedly", "rumoured", "rumored", "unconfirmed",
        "suspected", "accused", "claimed", "claims", "apparently", "possibly", "likely", "believed", "thought",
        "said", "reported", "يعتقد", "يزعم", "مزاعم", "يشتبه",
    ]

    /// Hedge words that need what follows them to hedge: `said to`,
    /// `believed to`, `reported to` (but not `said that`).
    static let hedgesWithTo: Set<String> = ["said", "reported", "believed", "thought", "claimed"]

    /// Words before a verb that make it an intention, a request or a
    /// possibility rather than a report: `asked it to co-ordinate`.
    static let irrealis: Set<String> = [
        "to", "would", "could", "might", "may", "will", "should", "plans", "planned", "seeks", "sought", "trying",
        "tried", "threatened", "threatens", "urged", "asked", "called", "wants", "wanted", "intends", "hoped",
        "hopes", "if", "unless",
    ]

    /// Verbs before `to` that report a fact going on, not an intention:
    /// `continues to fight`.
    static let continuing: Set<String> = [
        "continue", "continues", "continued", "continuing", "began", "begun", "begin", "begins", "started", "start",
        "starts", "went", "used", "came", "kept",
    ]

    /// Words that say a number is of people killed.
    static let deathWords: Set<String> = [
        "killed", "killing", "kill", "kills", "dead", "died", "die", "deaths", "lost", "lose", "loses", "losing",
        "lives", "casualties", "fatalities", "slain", "executed", "massacred", "قتل", "قتلى", "مقتل",
    ]

    /// The group words of new factions' names (issue 14's list and a few
    /// of their kin), in the capitalised form names use.
    static let groupWords: Set<String> = [
        "Front", "Brigade", "Brigades", "Army", "Movement", "Council", "Battalion", "Battalions", "Group",
        "Organisation", "Organization", "State", "Forces", "Jabhat", "Harakat", "Liwa", "Katiba", "Katibat",
        "Jaysh", "Jaish", "Ansar", "Alliance", "Coalition", "Division", "Legion", "Corps", "Faylaq", "Jamaat",
        "Jama'at", "Tanzim",
    ]

    /// Arabic group words (جبهة, حركة, لواء, كتيبة, جيش, أنصار and kin).
    static let arabicGroupWords: Set<String> = [
        "جبهة", "حركة", "لواء", "كتيبة", "جيش", "أنصار", "جماعة", "تنظيم", "فيلق", "ألوية", "كتائب",
    ]

    /// Words that end an Arabic name: prepositions, conjunctions and
    /// relative pronouns.
    static let arabicStops: Set<String> = [
        "جديد", "جديدة", "واحد", "واحدة", "آخر", "أخرى", "كبير", "كبيرة", "صغير", "صغيرة",
        "في", "من", "على", "إلى", "الى", "عن", "مع", "التي", "الذي", "الذين", "و", "أن", "إن", "قد", "كما", "بعد",
        "قبل", "ضد", "بين", "منذ", "حتى", "أو", "ثم", "ف", "ب", "ل", "ك",
    ]

    /// Small words inside a name: `Army of Conquest`, `Jama'at Nusrat
    /// al-Islam wal-Muslimin`, `Islamic State in the Greater Sahara`.
    static let nameConnectors: Set<String> = ["of", "for", "the", "and", "in", "de", "du", "des", "el", "al", "wa", "bin", "ibn"]

    /// Capitalised words that make a phrase an institution, not a faction
    /// (`State Department`, `Security Council`).
    static let institutionWords: Set<String> = [
        "department", "ministry", "mosque", "university", "hospital", "court", "nations", "bank", "agency",
        "observatory", "institute", "office", "news", "times", "post", "press", "security council", "union",
        "church", "school", "company", "museum", "airport", "square", "street", "conference", "summit",
        "house", "party",
    ]

    /// Titles of people who lead a faction: `al-Qaeda leader Ayman
    /// al-Zawahiri`, `the head of the Islamic State of Iraq`.
    static let leaderTitles: Set<String> = [
        "leader", "head", "chief", "emir", "commander", "founder", "spokesman", "spokesperson", "chairman",
        "president", "leaders",
    ]
}
