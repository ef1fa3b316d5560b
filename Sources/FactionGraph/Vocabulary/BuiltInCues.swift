/// The cues of the built-in types: the phrases by which news reports say
/// that one faction pledged to, allied with, fought or left another, in
/// English and in Arabic. `factiongraph suggest` proposes a relation where
/// a sentence holds one of them and two factions (see `CuePattern` for the
/// syntax); a corpus's `vocabulary.yaml` may add more with `cues:`.
///
/// Verbs are listed in the forms that report what happened (`clashed`,
/// `fighting`), not the bare infinitive of intentions and requests
/// (`asked it to co-ordinate with`).
enum BuiltInCues {
    /// The parsed cues of each built-in type, parsed once, when first used.
    static let parsed: [String: [CuePattern]] = Dictionary(uniqueKeysWithValues: texts.keys.map { ($0, patterns(for: $0)) })

    /// The parsed cues of the built-in type `name` (none for other names).
    static func patterns(for name: String) -> [CuePattern] {
        (texts[name] ?? []).map { (text: String) -> CuePattern in
            do { return try CuePattern(parsing: text) } catch {
                preconditionFailure("built-in cue '\(text)' of \(name): \(error)")
            }
        }
    }

    static let texts: [String: [String]] = [
        "allegiance": allegiance, "alliance": alliance, "truce": truce, "combat": combat,
        "split": split, "rivalry": rivalry, "merger": merger,
    ]

    static let allegiance = [
        "{A} ... (allegiance|bay'a|bayah|fealty) to {B}",
        "{A} ... (pledged|pledges|pledging|swore|sworn) (loyalty|obedience) to {B}",
        "{A} ... (loyalty|loyal) to {B}",
        "{B} ... (received|receives|accepted|accepts|welcomed|welcomes) the (pledge|allegiance|bay'a|oath) of {A}",
        "{A} (joined|joins|joining|rejoined) the ranks of {B}",
        "{A} [formally|officially|publicly|also|recently|now] (joined|joins|joining|join|rejoined) {B}",
        "{B} (is|was|has been|were|are) joined by {A}",
        "{A} ... (affiliated|aligned) (with|to) {B}",
        "{A} ... (an|the|a) [local|regional|main|official|recognised|recognized|formal|new|key|top] (affiliate|branch|franchise|wing|offshoot|province) of {B}",
        "{A} (the|a|an) ... (affiliate|branch|franchise|wing|offshoot|province|arm) of {B}",
        "{A} one of the ... (militias|factions|groups|brigades|members|components|units) (of|in|within|inside) {B}",
        "{A} one of {B} 's ... (militias|factions|groups|brigades|members|components|units)",
        "{A} ... (belongs|belonged|belong|belonging) to {B}",
        "{B} 's ... (affiliate|branch|franchise|wing|offshoot|province)",
        "{A} (the|an|a) [local|regional|main|official|recognised|recognized|formal|new|key] {B} (affiliate|branch|franchise|wing|offshoot|province)",
        "{A} (a|an) [local|regional|small|smaller|powerful|leading|prominent] {B} (faction|unit|brigade|component|battalion|militia)",
        "{B} 's {A}",
        "{A} ... (the|a) [largest|main|biggest|strongest|dominant|leading|most powerful] (militia|faction|group|component) (in|of|within) {B}",
        "{A} ... (form|forms|formed|forming|is|are|was|were|remain|remains|remained) the (backbone|core|nucleus|bulk|mainstay) of {B}",
        "{B} ... whose (backbone|core|nucleus|bulk|mainstay) (is|are|was|were) {A}",
        "{A} [is|was|are|were|remains|became|becomes|serves as|served as|acts as|acted as] (a|an|the) [mere|new] (front|proxy|cover|facade|façade) (for|of) {B}",
        "{A} ... (returned|returns|returning) to (the fold of|the ranks of) {B}",
        "{A} [later|then|eventually|finally|has|had] (returned|returns) to {B}",
        "{A} ... the (two|three|four) [largest|main|biggest|strongest|dominant|leading|most powerful] (militias|factions|groups|components|members) (in|of|within) {B}",
        "{A} ... one of the (most powerful|largest|biggest|strongest|main|best-armed|most prominent) [militias|factions|groups|components|members|units|brigades] (in|of|within|inside) {B}",
        "{A} (another|a|an|the) [leading|founding|key|senior|prominent|powerful|core] (member|component|constituent) of {B}",
        "{B} ... (in which|of which|within which) {A} (is|was|are|were|remains|remained) the [most powerful|largest|biggest|strongest|main|leading|dominant] (member|faction|component|group|force)",
        "{A} ... under {B} 's (command|control|authority|banner|umbrella)",
        "{A} ... (under|beneath) the (banner|umbrella|command|authority|control) of {B}",
        "{A} ... (under|beneath) the {B} (banner|umbrella|flag)",
        "{B} ... (formed|founded|created|established|set up) ... (including|among them|such as) {A}",
        "{A} ... (became|become|becomes|is|are|was|were|remain|remains|remained) [also|nominally|formally|officially|now|still|effectively|technically] (part|members|a member) of {B}",
        "{A} ... (مبايعة|مبايعتها|مبايعته|مبايعتهم|بايع|بايعت|بايعوا|ولاءها|ولاءه) ... {B}",
        "{A} ... (انضم|انضمت|انضموا|انضمام|انضمامها) (إلى|الى) ... {B}",
        "(أعلنت|أعلن|أعلنوا|جددت|جدد) {A} (مبايعتها|مبايعته|مبايعتهم|ولاءها|ولاءه) ... {B}",
        "(انضمت|انضم|انضموا) {A} (إلى|الى) ... {B}",
    ]

    static let alliance = [
        "{A} ... joined forces with {B}",
        "{A} and {B} ... (joined|join|joining|have joined) forces",
        "{A} ... (allied|teamed up|partnered|sided|aligned itself|aligned themselves) with {B}",
        "{A} ... (cooperating|cooperated|cooperates|co-operating|co-operated|coordinating|coordinated|coordinates|co-ordinating|co-ordinated|collaborating|collaborated) [closely|directly|actively|openly|secretly] with {B}",
        "{A} ... (cooperate|co-operate|coordinate|co-ordinate|collaborate) (closely|directly|actively|openly|secretly) with {B}",
        "{A} ... (fought|fight|fights|fighting) on behalf of {B}",
        "{A} and {B} ... (fought|fight|fighting) (together|jointly|side by side)",
        "(fought|fight|fighting) (together|jointly|side by side)",
        "{A} ... (receive|receives|received|receiving|obtained|obtains|gets|got) (weapons|arms|support|funding|money|training|ammunition|fuel|supplies|backing|financing|drones|missiles) ... from {B}",
        "{B} ... (supplied|supplies|supplying|provided|provides|providing|sent|sends|delivered|shipped) {A} with",
        "{B} ... (supplied|supplies|supplying|provided|provides|providing|sent|sends|delivered|delivering|shipped|smuggled|smuggling) (weapons|arms|money|funds|fighters|support|ammunition|drones|missiles|training) ... to {A}",
        "{B} ... (backing|backs|supporting|supports|arming|funding|funds|financing|finances|sponsoring|sponsors) {A}",
        "{B} (has|have|had) [long|openly|also] (backed|supported|armed|funded|financed|sponsored|trained|equipped) {A}",
        "{B} ... (trained and armed|armed and trained|trained and equipped|armed and funded|funded and armed) {A}",
        "{B} 's (ally|allies|partner|partners) {A}",
        "{B} and (their|its) (allies|ally|partners|proxies) (in|from|of|among) {A}",
        "{A} ... under the protection of {B}",
        "(accused|accuses|accusing|accuse|suspected|suspects|suspecting|blamed|blames|blaming) {B} of [having] (facilitating|facilitated|supporting|supported|sheltering|sheltered|harbouring|harboring|harboured|harbored|backing|arming|armed|funding|financing|helping|helped|aiding|aided|protecting|freeing|freed|supplying|colluding with|cooperating with|collaborating with|co-operating with|coordinating with|working with) {A}",
        "{B} [close|longtime|long-time|key|main|chief|closest] (ally|allies|partner|partners) {A}",
        "{A} ... (fought|fighting|fights|battled|battling|operating|operated) (alongside|beside|side by side with) {B}",
        "{A} ... (working|worked|works) (with|alongside) {B}",
        "{A} ... (alliance|partnership|pact) with {B}",
        "{A} ... (links|link|connections|contact|contacts|ties|dealings) (to|with) {B}",
        "{A} ... (backed|supported|sponsored|armed|funded|paid|trained|equipped|financed|bankrolled) by {B}",
        "{A} ... (armed|trained|funded|financed|equipped|backed) and (paid|armed|trained|funded|financed|equipped|supplied) by {B}",
        "{A} ... (share|shared|sharing|shares) (supply lines|weapons|positions|intelligence|fronts) with {B}",
        "(alliance|partnership|cooperation|coordination|pact) between {A} and {B}",
        "(led|headed|formed|founded) by {A} and {B}",
        "{A} and {B} ... (formed|announced|forged|established|set up|created|launched) ... (alliance|coalition|operations room|joint command|front|partnership)",
        "joint operations room",
        "{A} and {B} ... (coordinated|co-ordinated|coordinating|co-ordinating|coordinate|co-ordinate) their [military|joint] (operations|attacks|offensives|efforts|movements)",
        "{A} ... (تحالف|تحالفت|بالتعاون|بالتنسيق) مع ... {B}",
        "(تحالفت|تحالف|تحالفوا) {A} مع ... {B}",
    ]

    static let truce = [
        "(truce|ceasefire|cease-fire|armistice|agreement|deal|accord|reconciliation|de-escalation) between {A} and {B}",
        "(truce|ceasefire|cease-fire|armistice|agreement|deal|accord|pact) ... between {A} and {B}",
        "{A} ... (truce|ceasefire|cease-fire|armistice|peace deal|peace agreement|de-escalation agreement|non-aggression pact|cessation of hostilities) [agreement|deal|accord] with {B}",
        "{A} and {B} ... (agreed|reached|signed|announced|concluded|struck|brokered) ... (truce|ceasefire|cease-fire|agreement|deal|accord|armistice|cessation)",
        "(halt|halted|stop|stopped|cease|ceased|end|ended) (attacks|fighting|hostilities) (on|against) each other",
        "{A} ... (agreed|signed|signing|reached|concluded) ... (truce|ceasefire|cease-fire|agreement|deal|accord) with {B}",
        "(truce|ceasefire|cease-fire|agreement|deal|accord|pact) ... {A} (signed|agreed|reached|concluded) with {B}",
        "(end|ending|ended|halt|halted|stop|stopping|stopped) the (clashes|fighting|hostilities)",
        "(truce|ceasefire|cease-fire|armistice)",
        "(هدنة|الهدنة|وقف إطلاق النار|اتفاق) بين {A} و {B}",
    ]

    static let combat = [
        "(clashes|clash|clashed|fighting|fights|battles|battle|war|hostilities|confrontations|skirmishes|combat|infighting) ... between {A} and {B}",
        "{A} ... (clashed|clashes|clashing|clash) with {B}",
        "{A} ... (combat|fighting|battle|battles|war|clashes|confrontation|confrontations|skirmishes) (with|against) {B}",
        "{A} ... (offensive|attack|attacks|assault|campaign|strikes|airstrikes|raid|raids|operation|operations) (against|on) {B}",
        "{A} ... (carried out|conducted|launched|staged|mounted) (a|an|two|three|several) ... (strike|strikes|airstrike|airstrikes|air strike|air strikes|drone strike|drone strikes|raid|raids|attack|attacks|offensive) (against|on) {B}",
        "{A} ... (fought|fighting|fights|fight|battled|battling|attacked|attacking|attacks|ambushed|ambushing|shelled|shelling|raided|bombed|bombing|besieged|besieging|targeted|targeting) {B}",
        "{A} ... (fought|fighting|fights|battled|battling) ... against {B}",
        "{A} ... (drove|driven|drive|drives|expelled|expels|ousted|ousts|pushed|routed) {B} (out|from)",
        "{A} ... (repel|repelled|repelling|repels) ... (attack|attacks|advance|offensive|assault|counter-attack|counterattack|counter-offensive|counteroffensive|incursion) (from|by) {B}",
        "{A} ... (repelled|repelling|repels) {B}",
        "{A} ... (expelled|expels|evicted|evicts) {B} from",
        "{A} ... (killed|killing|kills) ... {B} (fighters|militants|soldiers|members|troops|commanders|gunmen|rebels|jihadists|insurgents|militiamen)",
        "{A} ... (killed|killing|kills) ... (fighters|militants|soldiers|members|troops|commanders|leaders|gunmen|militiamen) of {B}",
        "{A} ... (seized|seizing|captured|capturing|took|take|takes|taking|retook|retaking|recaptured|recapturing|wrested|wresting|retake|recapture|liberate|liberated) ... from {B}",
        "{A} ... (stormed|storming|overran|overrunning|captured|capturing|seized|seizing|raided|raiding) {B} (positions|bases|base|headquarters|camps|camp|checkpoints|strongholds|stronghold)",
        "{A} ... (stormed|storming|overran|overrunning|captured|capturing|seized|seizing|raided|raiding) {B} 's",
        "{B} ... (was|were|is|are|been|being) [itself|themselves|also|then|later|first|repeatedly|again|twice|reportedly|allegedly|heavily] (attacked|targeted|ambushed|shelled|bombed|besieged|raided|overrun|routed|expelled|driven out|pushed out) by {A}",
        "{B} ... (was|were|been) killed by {A}",
        "(killed|wounded|captured) in (a|an) {A} (ambush|attack|raid|strike|airstrike|air strike|offensive|operation|assault)",
        "{A} ... at war with {B}",
        "(pitted|pitting|pits|pit) {A} against {B}",
        "{A} ... (declared|declares|declaring|waged|wages|waging) (war|jihad|a war|open war) (on|against) {B}",
        "{A} and {B} ... (fought|clashed|battled) (a|an|in|for|over|near|around|on|each|one|heavily|fiercely|again|repeatedly|sporadically)",
        "{A} and {B} ... (traded|trading|trade|trades|exchanged|exchanging) (fire|blows|strikes|attacks|shelling|rocket fire)",
        "{A} ... (fired|firing|fires|launched|launching) (rockets|missiles|shells|mortars|drones|mortar rounds) ... (at|on|into|against|toward|towards) {B}",
        "{A} ... (fired|firing|opened fire) (at|on) {B}",
        "{A} ... (drove|driven|drive|drives|pushed|push|pushes|chased|forced) {B} (fighters|forces|militants|troops|rebels|units|gunmen) (out|back|from)",
        "(offensive|attack|assault|campaign|incursion) (led|launched|mounted) by {A}",
        "{A} ... among the (groups|factions|forces) (fighting|battling) {B}",
        "(clashes|clashed)",
        "(exchanged|exchanging|exchange|exchanges) ... fire",
        "(اشتباك*|معارك*|قتال*|هجوم*|هجمات*) ... (مع|ضد|على) ... {B}",
        "(اشتباكات|معارك|قتال) ... بين {A} و {B}",
        "(اشتبكت|اشتبك|اشتبكوا|قاتلت|قاتل) {A} مع ... {B}",
    ]

    static let split = [
        "{A} ... (broke|breaks|break|breaking) (away|off) from {B}",
        "{A} ... (split|splits|splitting|defected|defects|defecting|seceded|separated|separates|breakaway) from {B}",
        "{A} ... (broke|breaks|break|breaking) with {B}",
        "{A} ... (a|an|the) (splinter|breakaway|dissident) (group|faction|wing|movement) (of|from) {B}",
        "{A} ... (left|leaves|leaving|quit|quits|quitting|abandoned|exited|exits) {B}",
        "{A} ... (departure|withdrawal|exit|separation|secession|break) from {B}",
        "{A} (is|was|are|were) (not|no longer) (a|an|the) (branch|affiliate|part|member|wing) of {B}",
        "{A} ... (established|formed|founded|created|set up) ... by ... (former|defectors from|dissidents from|breakaway members of) {B}",
        "{B} ... (disowned|disowns|dismissed) {A}",
        "{B} ... (expelled|expels) {A} from (its|their) (ranks|ranks|organisation|organization|movement|group)",
        "{A} ... (severed|severs|cut|cuts) (its|their|all|all its|all their) [formal|official|organisational|organizational|remaining|last|public] (ties|links|relations) (with|to) {B}",
        "{A} ... (remain|remains|remained|stay|stays|act|acts|acting|operate|operates|operating) [as] (a|an) (separate|independent) (organisation|organization|group|faction|entity|body|movement)",
        "{A} ... (انشق|انشقت|انشقوا|انفصل|انفصلت|انشقاق|انفصال) عن ... {B}",
        "{A} ... (فك|فكت) (ارتباط|ارتباطها|ارتباطه) ... {B}",
        "(انشق|انشقت|انشقوا|انفصل|انفصلت) {A} عن ... {B}",
    ]

    static let rivalry = [
        "(rivalry|rivalries|competition|tension|tensions|feud|enmity) between {A} and {B}",
        "{A} ... (rivalry|feud|competition) with {B}",
        "{A} ... (rival|rivals) (of|to) {B}",
        "{A} ... (competing|competes|compete|vying|vies) with {B}",
        "(competing|compete|competes|vying|vie) for (recruits|territory|influence|control|supremacy|dominance|loyalty|donors|fighters|the same)",
        "{A} ... (rivals|rivalled|rivaled|rivalling|rivaling) {B}",
        "{B} 's [main|chief|bitterest|biggest|fiercest|principal|greatest|arch|longtime|long-time|old] (rival|rivals|foe|foes|enemy|enemies|nemesis|adversary|adversaries|arch-rival|arch-rivals)",
    ]

    static let merger = [
        "{A} ... (merged|merging|merges|merge) into {B}",
        "{A} ... (dissolved|dissolving|dissolves) (itself|themselves) into {B}",
        "{A} ... (absorbed|subsumed|folded|folding|integrated|incorporated) into {B}",
        "{A} ... (merger|integration|absorption) into {B}",
        "{B} ... (absorbed|absorbs) {A}",
        "{A} ... (اندماج|اندمجت|اندمج|اندماجها|اندماجه) في ... {B}",
        "(اندمجت|اندمج|اندمجوا) {A} في ... {B}",
    ]
}
