#!/usr/bin/env python3
"""Deterministic generator of synthetic FactionGraph corpora for benchmarks.

    python3 scripts/generate_corpus.py --articles N --factions F --seed S --out DIR

writes DIR/factions.yaml (a registry declaring all F factions) and N annotated
articles under DIR/YYYY/ (one subdirectory per publication year). The corpus
follows docs/format.md and is meant to pass `factiongraph check DIR` with 0
errors and only a few warnings (a handful of deliberately contested stances,
and the odd relation dated outside a faction's lifetime).

What it exercises:

* Articles of about 3 KB: a front matter with 3-8 relations of all five types
  (`allegiance`/`split` written `A -> B`, `alliance`/`truce`/`combat` written
  `A -- B`) and a body of news-like prose built from templates and word lists,
  wrapped at ~76 columns so quotes often span line breaks.
* References by id, by name and by alias, sometimes with other capitals or
  extra white space (references match case-insensitively, white space folded).
* Dates over 2010-2024 at year, month and day precision; some `until`, some
  `where`, casualties on some combats, every `confidence` value.
* Evidence quotes that are exact substrings of the body after folding; some
  are lists of two quotes; some bodies use typographic apostrophes, quotes and
  dashes where the quote has the ASCII form.
* Heavy-tailed faction popularity (Zipf): a few large groups take part in
  most relations, a long tail of small ones in a few.
* A registry with non-ASCII names (Arabic, accented Latin), 0-3 aliases,
  bare-string declarations, kinds, `founded`/`dissolved` dates and notes. All
  ids, names and aliases are distinct after case and white-space folding.

Output is byte-identical for the same arguments: all randomness comes from
random.Random objects seeded from --seed (the registry from one, each chunk of
1,000 articles from its own), nothing depends on time, dict order or hash
randomisation, and chunks may be written in parallel (--jobs) without changing
a byte.
"""

import argparse
import datetime
import json
import multiprocessing
import os
import re
import unicodedata
from bisect import bisect_left
from random import Random

# ---------------------------------------------------------------------------
# Word lists

ARABIC_PREFIXES = [
    ("Liwa", "لواء"), ("Jaysh", "جيش"), ("Harakat", "حركة"), ("Kataib", "كتائب"),
    ("Firqat", "فرقة"), ("Jabhat", "جبهة"), ("Tajamu", "تجمع"), ("Saraya", "سرايا"),
    ("Ansar", "أنصار"), ("Alwiyat", "ألوية"), ("Tanzim", "تنظيم"), ("Jamaat", "جماعة"),
    ("Faylaq", "فيلق"), ("Quwat", "قوات"), ("Majlis", "مجلس"), ("Hayat", "هيئة"),
    ("Usbat", "عصبة"), ("Katibat", "كتيبة"),
]
ARABIC_ROOTS = [
    ("Sham", "الشام"), ("Fajr", "الفجر"), ("Tawhid", "التوحيد"), ("Nasr", "النصر"),
    ("Haqq", "الحق"), ("Islam", "الإسلام"), ("Furqan", "الفرقان"), ("Umma", "الأمة"),
    ("Ghuraba", "الغرباء"), ("Izza", "العزة"), ("Karama", "الكرامة"), ("Sunna", "السنة"),
    ("Mujahidin", "المجاهدين"), ("Tahrir", "التحرير"), ("Quds", "القدس"), ("Aqsa", "الأقصى"),
    ("Jihad", "الجهاد"), ("Rahman", "الرحمن"), ("Khilafa", "الخلافة"), ("Ahrar", "الأحرار"),
    ("Haramayn", "الحرمين"), ("Sahaba", "الصحابة"), ("Iman", "الإيمان"), ("Salam", "السلام"),
    ("Thawra", "الثورة"), ("Jazira", "الجزيرة"), ("Furat", "الفرات"), ("Badiya", "البادية"),
    ("Tawba", "التوبة"), ("Hijra", "الهجرة"), ("Sabr", "الصبر"), ("Fath", "الفتح"),
    ("Ribat", "الرباط"), ("Shuhada", "الشهداء"), ("Muhajirin", "المهاجرين"), ("Asala", "الأصالة"),
]
PLACES = [
    ("Idlib", "إدلب"), ("Aleppo", "حلب"), ("Homs", "حمص"), ("Hama", "حماة"), ("Daraa", "درعا"),
    ("Raqqa", "الرقة"), ("Deir ez-Zor", "دير الزور"), ("Mosul", "الموصل"), ("Anbar", "الأنبار"),
    ("Diyala", "ديالى"), ("Sinai", "سيناء"), ("Sirte", "سرت"), ("Derna", "درنة"),
    ("Benghazi", "بنغازي"), ("Aden", "عدن"), ("Marib", "مأرب"), ("Taiz", "تعز"),
    ("Hadramawt", "حضرموت"), ("Ghouta", "الغوطة"), ("Qalamoun", "القلمون"), ("Latakia", "اللاذقية"),
    ("Tripoli", "طرابلس"), ("Fallujah", "الفلوجة"), ("Kirkuk", "كركوك"), ("Tikrit", "تكريت"),
    ("Ramadi", "الرمادي"), ("Hasakah", "الحسكة"), ("Palmyra", "تدمر"), ("Quneitra", "القنيطرة"),
    ("Jisr al-Shughur", "جسر الشغور"), ("Maarat al-Numan", "معرة النعمان"), ("Saraqib", "سراقب"),
    ("Harem", "حارم"), ("Azaz", "أعزاز"), ("Manbij", "منبج"), ("Jarabulus", "جرابلس"),
    ("Bukamal", "البوكمال"), ("Mayadin", "الميادين"), ("Tal Afar", "تلعفر"), ("Baiji", "بيجي"),
]
FRENCH_PLACES = [
    "Ménaka", "Tombouctou", "Kidal", "Gao", "Ségou", "Mopti", "Tillabéri", "Agadez", "Diffa",
    "Kayes", "Sévaré", "Niafunké", "Tessalit", "Ansongo", "Léré", "Douentza", "Bandiagara",
    "Djenné", "Koulikoro", "Ituri", "Béni", "Bunia", "Uvira", "Kalémie", "Bangassou", "Bambari",
    "Ndélé", "Birao", "Kaga-Bandoro", "Bossangoa", "Mocímboa", "Quissanga", "Muidumbe", "Macomia",
    "Ancuabe", "Nangade", "Meluco", "Montepuez", "Balama", "Metuge",
]
FRENCH_TEMPLATES = [
    "Mouvement pour le Salut de {p}", "Front de Libération de {p}", "Coordination des Mouvements de {p}",
    "Groupe d'Autodéfense de {p}", "Rassemblement Patriotique de {p}", "Union des Forces de {p}",
    "Légion de {p}", "Alliance Démocratique de {p}", "Frente Revolucionária de {p}",
    "Milícia Popular de {p}", "Unión Patriótica de {p}", "Conseil Militaire de {p}",
    "Mouvement Arabe de {p}", "Forces Républicaines de {p}", "Plateforme des Milices de {p}",
]
FRENCH_QUALIFIERS = ["", " (Tendance Unifiée)", " Nouvelle Génération", " Révolutionnaire",
                     " pour la Défense", " Démocratique", " Indépendante"]
ENGLISH_ADJECTIVES = [
    "Northern", "Southern", "Eastern", "Western", "Central", "Free", "United", "Revolutionary",
    "Popular", "Islamic", "National", "Democratic", "Independent", "Loyal", "Martyrs'", "First",
    "Second", "Third", "Coastal", "Desert", "Mountain", "Valley", "Red", "Black", "White", "Green",
    "Golden", "Iron", "Steel", "Rising", "New", "Old", "Tribal", "Frontier", "Royal", "Sacred",
    "Eternal", "Victorious", "Brave", "Rapid",
]
ENGLISH_NOUNS = [
    "Storm", "Shield", "Sword", "Dawn", "Thunder", "Lion", "Eagle", "Falcon", "Wolf", "Hawk",
    "Lightning", "Crescent", "Banner", "Spear", "Arrow", "Flame", "Fortress", "Guard", "Star",
    "Mountain", "River", "Desert", "Valley", "Horizon", "Liberation", "Unity", "Resistance",
    "Victory", "Freedom", "Justice", "Conquest", "Salvation", "Defence", "Vanguard", "Tide",
    "Citadel", "Gate", "Bridge", "Harvest", "Anvil",
]
ENGLISH_UNITS = [
    "Brigade", "Battalion", "Front", "Army", "Movement", "Division", "Regiment", "Corps",
    "Legion", "Forces", "Group", "Council", "Alliance", "Coalition", "Militia",
]
PERSON_FIRST = ["Abu Mohammed", "Abu Bakr", "Abu Omar", "Abu Hamza", "Abu Khalid", "Abu Yusuf",
                "Abu Ali", "Abu Hassan", "Abu Ibrahim", "Abu Talha", "Abu Musab", "Abu Hafs",
                "Abu Ubaida", "Abu Qatada", "Abu Jaber", "Abu Zaid", "Abu Salim", "Abu Anas"]
PERSON_NISBA = ["al-Shami", "al-Halabi", "al-Iraqi", "al-Masri", "al-Libi", "al-Yemeni", "al-Tunisi",
                "al-Urduni", "al-Maqdisi", "al-Homsi", "al-Idlibi", "al-Ansari", "al-Muhajir",
                "al-Turkistani", "al-Shishani", "al-Uzbeki", "al-Kurdi", "al-Suri", "al-Hamawi",
                "al-Dimashqi", "al-Raqqawi", "al-Mosuli", "al-Tikriti", "al-Faransi"]
STATES = ["Syria", "Iraq", "Libya", "Yemen", "Mali", "Niger", "Chad", "Sudan", "Somalia",
          "Mozambique", "Nigeria", "Burkina Faso", "the Central African Republic", "Lebanon"]
SOURCES = ["Diyaruna", "Al-Mashareq", "Asharq Al-Awsat", "Enab Baladi", "Syria Direct",
           "The Levant Monitor", "Sahel Intelligence", "Al-Monitor", "Rudaw", "Kurdistan 24",
           "Libya Observer", "Yemen Monitor", "Jeune Afrique", "RFI", "Zitamar News",
           "Conflict Wire", "Frontline Dispatch", "Regional Security Review"]
AUTHORS = ["Waleed Abu al-Khair", "Nohad Topalian", "Sarah Haddad", "Omar Hossino",
           "Leila Mansour", "Karim Benali", "Amélie Dubois", "Youssef El-Amrani", "Hana Qassem",
           "Tariq Saleh", "Mariam Yassin", "João Macuácua", "Fatima Diallo", "Ahmed Zaki",
           "Rania Khoury", "Sami Nasser", "Ibrahim Traoré", "Nadia Farouk"]
MONITORS = ["the Syrian Observatory for Human Rights", "local activists", "a military source",
            "residents of the area", "a security official", "a spokesman for the group",
            "a local council member", "an intelligence officer", "witnesses", "a medical source",
            "regional analysts", "a humanitarian worker", "a tribal elder"]
MEDIATORS = ["tribal elders", "Turkish officials", "a local religious council", "Qatari mediators",
             "United Nations envoys", "a committee of clerics", "community leaders",
             "Russian military police", "regional notables"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "a dozen", "dozens of", "several", "at least 15", "more than 20"]

KINDS = ["coalition", "state", "movement", "person", "other"]

# Relation sentences. {A} and {B} are the two factions (A is the actor of a
# directed relation), {P} a place, {W} a time phrase, {N} a number, {M} a
# monitor, {D} mediators. Templates with {AS} use a possessive of A whose
# apostrophe may be typographic in the body.
RELATION_SENTENCES = {
    "allegiance": [
        "{A} pledged allegiance to {B} {W}, according to a statement circulated on messaging channels",
        "{A} announced that it had joined the ranks of {B} and would fight under its banner in {P}",
        "fighters of {A} have operated under the command of {B} in {P} since {W}",
        "{AS} leadership formally swore loyalty to the emir of {B} {W}, {M} said",
        "{A} is now considered a local affiliate of {B}, which supplies it with weapons and funds",
        "the small group {A} placed itself under the authority of {B} after months of negotiations",
    ],
    "alliance": [
        "{A} and {B} have joined forces in {P} to repel attacks on their positions",
        "{A} fought alongside {B} during the offensive on {P} {W}, {M} said",
        "{A} and {B} set up a joint operations room in {P} to coordinate their attacks",
        "{AS} commanders agreed to share supply lines with {B} around {P}",
        "units of {A} and {B} were seen manning checkpoints together on the road to {P}",
        "{A} announced a military partnership with {B} against their common enemies in {P}",
    ],
    "truce": [
        "{A} and {B} agreed to a ceasefire brokered by {D} in {P}",
        "a truce between {A} and {B} took effect in {P} {W}, ending weeks of fighting",
        "{A} and {B} signed an agreement to stop hostilities and exchange prisoners",
        "{AS} leaders accepted a truce with {B} after mediation by {D}",
        "under the deal, {A} and {B} will halt attacks on each other around {P}",
        "{A} and {B} announced a cessation of hostilities {W}, {M} reported",
    ],
    "combat": [
        "clashes erupted between {A} and {B} near {P}, leaving {N} fighters dead",
        "{A} has been locked in fierce combat with {B} in the town of {P}",
        "{AS} fighters attacked positions held by {B} on the outskirts of {P} {W}",
        "heavy fighting between {A} and {B} forced civilians to flee {P}",
        "{A} launched an offensive against {B} in {P}, {M} said",
        "{A} and {B} exchanged artillery and rocket fire across the front line near {P}",
        "{A} ambushed a convoy of {B} on the road between {P} and the border",
        "{A} accused {B} of \"treachery\" after the attack on its positions in {P}",
    ],
    "split": [
        "{A} announced its departure from {B}, citing differences over strategy",
        "{A} broke away from {B} {W} after a dispute over the leadership",
        "{AS} founders left {B} and declared an independent faction in {P}",
        "{A} formally severed its ties with {B}, a statement said",
        "the defection of {A} from {B} was confirmed by {M}",
        "{A} split from {B} in protest at its dealings with rival groups",
    ],
}
SUPPORT_SENTENCES = [
    "{M} confirmed the account to reporters in {P}",
    "{AS} spokesman declined to comment on the reports",
    "the move was described by {M} as a turning point for the region",
    "the fighting in {P} is the worst the area has seen in months, {M} said",
    "{B} did not respond to requests for comment",
    "{AS} spokesman called the move \"a betrayal of the revolution\" in a recorded message",
    "a commander described the fighters of {B} as \"outlaws and criminals\", {M} said",
    "observers said the development would reshape the balance of power around {P}",
]
FILLER_SENTENCES = [
    "Residents of {P} said they had heard explosions throughout the night",
    "The humanitarian situation in the province continues to deteriorate, aid groups warned",
    "Hundreds of families have been displaced from villages around {P} in recent weeks",
    "{M} said the situation remained tense but calm on the main roads",
    "Prices of fuel and bread have risen sharply in {P} since the start of the year",
    "The region has been contested by rival armed groups for most of the past decade",
    "Local councils in {P} have struggled to provide basic services to the population",
    "Analysts say the group has lost much of its earlier support among residents",
    "Checkpoints have multiplied along the road linking {P} to the surrounding countryside",
    "Schools in several towns were closed as a precaution, a teacher said",
    "The statement could not be independently verified",
    "{F} has not commented publicly on the events",
    "{F} controls several villages to the north of {P}, according to local sources",
    "Members of {F} were seen moving heavy weapons towards the front line",
    "The ongoing clashes have led to high tension in {P} and the surrounding areas",
    "Medical sources in {P} reported that the local hospital was overwhelmed",
    "Smuggling routes across the area have long been a source of income for armed factions",
    "A drone strike targeted a vehicle on the outskirts of {P}, killing its occupants",
    "Tribal leaders have called for calm and urged the factions to settle their disputes",
    "The group's media outlet published photographs it said showed its fighters in {P}",
    "Observers expect the rivalry between the factions to intensify in the coming months",
    "Aid convoys have been unable to reach {P} for more than a week",
    "The local economy has been badly hit by the closure of crossings",
    "{F} denied any involvement in the attack, according to a statement",
    "Clerics affiliated with several factions issued conflicting statements on the matter",
    "Journalists have been barred from entering the area, making verification difficult",
    "The area around {P} has changed hands several times since the conflict began",
    "The violence has displaced thousands of people, according to United Nations figures",
    "Farmers near {P} said they could not reach their fields because of the fighting",
    "{M} said the number of casualties was likely to rise",
]
TITLE_TEMPLATES = {
    "allegiance": ["{A} pledges allegiance to {B}", "{A} joins {B} in {P}", "{A} falls under {B} command"],
    "alliance": ["{A} and {B} join forces in {P}", "{A} allies with {B} ahead of {P} offensive",
                 "New alliance between {A} and {B}"],
    "truce": ["{A} and {B} agree truce in {P}", "Ceasefire between {A} and {B} holds in {P}",
              "Mediators broker deal between {A} and {B}"],
    "combat": ["{A} battles {B} in {P}", "Clashes between {A} and {B} near {P}",
               "Fighting erupts between {A} and {B}"],
    "split": ["{A} breaks away from {B}", "{A} leaves {B} amid disputes", "Split between {A} and {B}"],
}
TIME_PHRASES = ["last week", "earlier this month", "last month", "earlier this year", "on {WD}",
                "in recent days", "late last year", "over the weekend", "in {MN}"]

TYPE_WEIGHTS = [("allegiance", 20), ("alliance", 18), ("truce", 10), ("combat", 36), ("split", 16)]
STANCE_WEIGHTS = [("alliance", 34), ("truce", 18), ("combat", 48)]

YEAR_FIRST, YEAR_LAST = 2010, 2024
DAY_FIRST = datetime.date(YEAR_FIRST, 1, 1).toordinal()
DAY_LAST = datetime.date(YEAR_LAST, 12, 31).toordinal()
CHUNK = 1000  # articles per independently seeded chunk

# ---------------------------------------------------------------------------
# Small helpers


def fold_key(text):
    """A name as references match it: lower case, white space folded."""
    return " ".join(text.lower().split())


def slugify(text):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


_PLAIN_SAFE = re.compile(r"[A-Za-z0-9\u00C0-\u024F\u0600-\u06FF][^\n\t#\"\\]*")
_FLOW_UNSAFE = re.compile(r"[,\[\]{}]")
_YAML_SPECIAL = re.compile(
    r"(?i:y|yes|n|no|true|false|on|off|null|~)$|[-+]?[0-9][0-9_.:eE+-]*$|\d{4}-\d\d?-\d\d?")


def yaml_str(text, flow=False):
    """`text` as a YAML scalar: plain when that reads back as the same string
    in libyaml and PyYAML, else double-quoted (JSON escapes are YAML escapes)."""
    if (_PLAIN_SAFE.fullmatch(text) and ": " not in text and not text.endswith((":", " "))
            and not _YAML_SPECIAL.match(text) and not (flow and _FLOW_UNSAFE.search(text))):
        return text
    return json.dumps(text, ensure_ascii=False)


class Date:
    """A partial date: `start`/`end` day ordinals of its period and its text."""
    __slots__ = ("start", "end", "text")

    def __init__(self, start, end, text):
        self.start, self.end, self.text = start, end, text

    @staticmethod
    def of(ordinal, precision):
        d = datetime.date.fromordinal(ordinal)
        if precision == 2:
            return Date(ordinal, ordinal, d.isoformat())
        if precision == 1:
            start = datetime.date(d.year, d.month, 1).toordinal()
            nxt = datetime.date(d.year + (d.month == 12), d.month % 12 + 1, 1).toordinal()
            return Date(start, nxt - 1, "%04d-%02d" % (d.year, d.month))
        return Date(datetime.date(d.year, 1, 1).toordinal(), datetime.date(d.year, 12, 31).toordinal(),
                    "%04d" % d.year)

    def key(self):
        return (self.start, self.end)


def wrap(paragraph, width, out):
    """Appends the lines of `paragraph` wrapped at `width` columns to `out`."""
    start, n = 0, len(paragraph)
    while n - start > width:
        cut = paragraph.rfind(" ", start, start + width + 1)
        if cut <= start:
            cut = paragraph.find(" ", start + width)
            if cut < 0:
                break
        out.append(paragraph[start:cut])
        start = cut + 1
    out.append(paragraph[start:])


def mix64(*values):
    """A deterministic 64-bit hash of small integers (splitmix64 steps)."""
    h = 0x9E3779B97F4A7C15
    for v in values:
        h = (h ^ (v & 0xFFFFFFFFFFFFFFFF)) * 0xBF58476D1CE4E5B9 & 0xFFFFFFFFFFFFFFFF
        h = (h ^ (h >> 27)) * 0x94D049BB133111EB & 0xFFFFFFFFFFFFFFFF
        h ^= h >> 31
    return h


def weighted(pairs):
    names = [n for n, _ in pairs]
    cum, total = [], 0
    for _, w in pairs:
        total += w
        cum.append(total)
    return names, cum, total


TYPE_NAMES, TYPE_CUM, TYPE_TOTAL = weighted(TYPE_WEIGHTS)
STANCE_NAMES, STANCE_CUM, STANCE_TOTAL = weighted(STANCE_WEIGHTS)

# ---------------------------------------------------------------------------
# The registry


class Faction:
    __slots__ = ("index", "id", "name", "aliases", "kind", "founded", "dissolved", "note",
                 "low", "high", "body_names", "bare")


def make_registry(count, rng):
    taken = {}
    factions = []
    states = list(STATES)

    def free(text):
        return fold_key(text) not in taken

    def claim(text, index):
        taken[fold_key(text)] = index

    for index in range(count):
        for attempt in range(200):
            family = rng.random()
            arabic = None
            aliases = []
            kind = None
            id_source = None
            if states and (index in (3, 11) or rng.random() < 0.003):
                state = states.pop(rng.randrange(len(states)))
                bare = state[4:] if state.startswith("the ") else state
                name = "Government of " + state
                aliases = [bare + " government", bare + " regime"]
                kind = "state"
            elif family < 0.36:
                (pre, pre_ar), (root, root_ar) = rng.choice(ARABIC_PREFIXES), rng.choice(ARABIC_ROOTS)
                name = "%s al-%s" % (pre, root)
                arabic = "%s %s" % (pre_ar, root_ar)
                roll = rng.random()
                if roll < 0.55 or attempt > 20:
                    place, place_ar = rng.choice(PLACES)
                    name += " fi " + place if rng.random() < 0.3 else " " + place
                    arabic += " في " + place_ar
                if attempt > 60:
                    name += " %d" % rng.randint(2, 999)
                    arabic = None
                aliases = [a for a in (arabic, "%s %s" % (pre, root) if rng.random() < 0.3 else None) if a]
            elif family < 0.72:
                adj, noun, unit = rng.choice(ENGLISH_ADJECTIVES), rng.choice(ENGLISH_NOUNS), rng.choice(ENGLISH_UNITS)
                name = "%s %s %s" % (adj, noun, unit)
                if rng.random() < 0.35 or attempt > 20:
                    name += " of " + rng.choice(PLACES)[0]
                if attempt > 60:
                    name += " %d" % rng.randint(2, 999)
                words = [w for w in name.replace("-", " ").split() if w[0].isupper()]
                acronym = "".join(w[0] for w in words)
                aliases = [acronym] if len(acronym) >= 3 and rng.random() < 0.7 else []
                if rng.random() < 0.3:
                    aliases.append("the %s %s" % (noun, unit.lower()))
                if unit in ("Coalition", "Alliance", "Council", "Front"):
                    kind = "coalition"
            elif family < 0.88:
                template = rng.choice(FRENCH_TEMPLATES)
                name = template.format(p=rng.choice(FRENCH_PLACES)) + rng.choice(FRENCH_QUALIFIERS)
                if attempt > 40:
                    name += " %d" % rng.randint(2, 999)
                words = [w for w in re.split(r"[ '()-]+", name) if w and w[0].isupper()]
                acronym = "".join(unicodedata.normalize("NFKD", w[0])[0] for w in words)
                aliases = [acronym] if len(acronym) >= 3 and rng.random() < 0.6 else []
                kind = "movement" if name.startswith(("Mouvement", "Coordination")) and rng.random() < 0.5 else None
            elif family < 0.94:
                name = "%s %s" % (rng.choice(PERSON_FIRST), rng.choice(PERSON_NISBA))
                if attempt > 3:
                    name += " " + rng.choice(["the Elder", "the Younger", "II", "of " + rng.choice(PLACES)[0]])
                if attempt > 30:
                    name += " %d" % rng.randint(2, 999)
                aliases = ["Sheikh " + name.split(" ", 2)[-1]] if rng.random() < 0.4 else []
                kind = "person"
            else:
                (pre, pre_ar), (root, root_ar) = rng.choice(ARABIC_PREFIXES), rng.choice(ARABIC_ROOTS)
                place, place_ar = rng.choice(PLACES)
                name = "%s %s %s" % (pre_ar, root_ar, place_ar)  # an Arabic-script name
                latin = "%s al-%s %s" % (pre, root, place)
                if attempt > 20:
                    continue
                aliases = [latin]
                id_source = latin
                kind = rng.choice([None, None, "coalition", "other"])
            if not free(name):
                continue
            fid = slugify(id_source or name)
            if rng.random() < 0.15 and len(aliases) > 0 and re.fullmatch(r"[A-Z]{3,}", aliases[0]):
                fid = aliases[0].lower()  # a short id from the acronym
            if len(fid) > 40:
                fid = fid[:fid.rfind("-", 0, 41)]
            base, n = fid, 2
            while not free(fid) or not fid:
                fid = "%s-%d" % (base, n)
                n += 1
            break
        else:
            raise SystemExit("could not find a free name for faction %d" % index)
        f = Faction()
        f.index, f.id, f.name = index, fid, name
        claim(fid, index)
        claim(name, index)
        f.aliases = []
        for alias in aliases[:3]:
            if free(alias) and fold_key(alias) != fold_key(fid):
                claim(alias, index)
                f.aliases.append(alias)
        f.kind = kind if kind else ("armed-group" if rng.random() < 0.05 else None)
        # Lifetimes: the most popular groups are never dissolved.
        f.founded = f.dissolved = None
        if rng.random() < 0.3:
            y = rng.randint(1995, 2018) if index >= 10 else rng.randint(1995, 2009)
            f.founded = Date.of(datetime.date(y, rng.randint(1, 12), rng.randint(1, 28)).toordinal(),
                                rng.choice((0, 1, 1, 2)))
        if index >= 30 and rng.random() < 0.08:
            lo = max(f.founded.end + 500 if f.founded else 0, datetime.date(2012, 1, 1).toordinal())
            if lo < DAY_LAST - 200:
                f.dissolved = Date.of(rng.randint(lo, DAY_LAST), rng.choice((0, 1, 2, 2)))
        f.note = None
        if rng.random() < 0.1:
            f.note = rng.choice([
                "Active mainly around %s." % rng.choice(PLACES)[0],
                "Formerly part of a larger coalition; strength estimated at a few hundred fighters.",
                "Sometimes described in the press as a front for other groups.",
                "Composed largely of foreign fighters, according to local sources.",
            ])
        f.low = f.founded.end if f.founded else -1
        f.high = f.dissolved.end if f.dissolved else 10 ** 9
        f.body_names = [f.name] + [a for a in f.aliases if len(a) > 3]
        f.bare = not f.aliases and f.kind is None and f.founded is None and f.dissolved is None and f.note is None
        factions.append(f)
    return factions


def registry_text(factions):
    out = ["# Synthetic FactionGraph registry (scripts/generate_corpus.py).", ""]
    for f in factions:
        if f.bare and f.index % 2 == 0:
            out.append("%s: %s" % (f.id, yaml_str(f.name)))
            continue
        out.append("%s:" % f.id)
        out.append("  name: " + yaml_str(f.name))
        if f.aliases:
            if f.index % 3 == 0:
                out.append("  aliases:")
                out.extend("    - " + yaml_str(a) for a in f.aliases)
            else:
                out.append("  aliases: [%s]" % ", ".join(yaml_str(a, flow=True) for a in f.aliases))
        if f.kind:
            out.append("  kind: " + f.kind)
        if f.founded:
            out.append("  founded: " + f.founded.text)
        if f.dissolved:
            out.append("  dissolved: " + f.dissolved.text)
        if f.note:
            out.append("  note: " + yaml_str(f.note))
    out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Articles

FACTIONS = []   # set in main before the workers start (inherited by fork)
ZIPF_CUM = []
SEED = 0


def stance_type(a, b, start):
    """The stance a pair has on a day: fixed per (pair, day), so that two
    reports of one pair on one date never contest by accident."""
    h = mix64(SEED, min(a, b), max(a, b), start) % STANCE_TOTAL
    return STANCE_NAMES[bisect_left(STANCE_CUM, h + 1)]


def reference(f, rng):
    """How an annotation names faction `f`: id, name or alias, sometimes
    with other capitals or extra white space."""
    roll = rng.random()
    if roll < 0.35:
        text = f.id
    elif roll < 0.7 or not f.aliases:
        text = f.name
    else:
        text = rng.choice(f.aliases)
    roll = rng.random()
    if roll < 0.06:
        text = text.upper()
    elif roll < 0.12:
        text = text.lower()
    elif roll < 0.15 and " " in text:
        text = text.replace(" ", "  ", 1)
    return text


def phrase(rng, template, names, place, apostrophe):
    """Fills a sentence template; returns (body text, ASCII quote text)."""
    a, b = names
    when = rng.choice(TIME_PHRASES)
    if "{" in when:
        when = when.format(WD=rng.choice(WEEKDAYS), MN=rng.choice(MONTH_NAMES))
    fields = {
        "A": a, "B": b, "P": place, "W": when, "N": rng.choice(NUMBER_WORDS),
        "M": rng.choice(MONITORS), "D": rng.choice(MEDIATORS), "AS": a + "'s",
    }
    text = template.format(**fields)
    text = text[0].upper() + text[1:]
    body = text.replace("'", "\u2019") if apostrophe else text
    if '"' in body and rng.random() < 0.7:
        body = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", body)
    return body, text


def quote_of(rng, ascii_text):
    """Part of a sentence to quote: all of it, or its first clause."""
    if rng.random() < 0.35 and ", " in ascii_text:
        head = ascii_text.split(", ", 1)[0]
        if len(head) >= 25:
            return head
    return ascii_text


def filler(rng, involved, place):
    """A sentence of background prose, sometimes naming a faction."""
    template = FILLER_SENTENCES[rng.randrange(len(FILLER_SENTENCES))]
    text = template.format(P=rng.choice(PLACES)[0] if rng.random() < 0.6 else place,
                           F=rng.choice(rng.choice(involved).body_names), M=rng.choice(MONITORS))
    return text[0].upper() + text[1:] + "."


def make_article(rng, number):
    factions, zipf_cum = FACTIONS, ZIPF_CUM
    count = len(factions)
    published_day = rng.randint(DAY_FIRST, DAY_LAST)
    roll = rng.random()
    published = Date.of(published_day, 2 if roll < 0.95 else (1 if roll < 0.99 else 0))
    n_rel = rng.choice((3, 4, 4, 5, 5, 5, 6, 6, 7, 8))
    contested_item = n_rel - 1 if rng.random() < 0.002 else -1

    relations = []      # (type, faction A, faction B, date, date written?, contested?)
    involved = []
    for item in range(n_rel):
        rtype = TYPE_NAMES[bisect_left(TYPE_CUM, rng.randint(1, TYPE_TOTAL))]
        if item == contested_item and relations and relations[-1][0] in ("alliance", "truce", "combat"):
            prev = relations[-1]
            a, b, date, explicit = prev[1], prev[2], prev[3], prev[4]
            rtype = rng.choice([t for t in STANCE_NAMES if t != prev[0]])
            relations.append((rtype, a, b, date, explicit, True))
            continue
        # A pair whose lifetimes allow a date not after `published`.
        for attempt in range(12):
            i, j = rng.choices(range(count), cum_weights=zipf_cum, k=2)
            if i == j:
                continue
            fa, fb = factions[i], factions[j]
            low = max(fa.low, fb.low, DAY_FIRST, published.start - 1100)
            high = min(fa.high, fb.high, published.start)
            if low <= high:
                break
        else:
            while i == j:
                j = rng.randrange(count)
            fa, fb = factions[i], factions[j]
            low = high = published.start   # a rare warning
        if rtype in ("allegiance", "split"):
            if (fa.index < fb.index) != (rng.random() < 0.15):
                fa, fb = fb, fa   # the smaller group pledges to / breaks from the larger
        # The date: the article's own (left out) or an earlier one.
        if high == published.start and published.start >= low and rng.random() < 0.55 and \
                not (published.start < fa.low or published.start < fb.low):
            date, explicit = published, False
        else:
            day = rng.randint(low, high) if rng.random() < 0.5 else rng.randint(max(low, high - 120), high)
            precision = rng.choice((2, 2, 2, 1, 1, 0))
            date = Date.of(day, precision)
            if date.start < low or date.key() < max(fa.founded.key() if fa.founded else (0, 0),
                                                      fb.founded.key() if fb.founded else (0, 0)):
                date = Date.of(day, 2)
            explicit = True
        if rtype in STANCE_NAMES:
            rtype = stance_type(fa.index, fb.index, date.start)
        relations.append((rtype, fa, fb, date, explicit, False))
        involved.append(fa)
        involved.append(fb)

    # Body and annotations.
    place0 = rng.choice(PLACES)[0]
    first = relations[0]
    a0, b0 = first[1].body_names[0], first[2].body_names[0]
    title = rng.choice(TITLE_TEMPLATES[first[0]]).format(A=a0, B=b0, P=place0)
    sentences = []      # body sentences (with their final punctuation)
    fm = ["---", "article:", "  title: " + yaml_str(title)]
    source = rng.choice(SOURCES)
    fm.append("  source: " + yaml_str(source))
    if rng.random() < 0.6:
        fm.append("  author: " + yaml_str(rng.choice(AUTHORS)))
    fm.append("  published: " + published.text)
    if rng.random() < 0.3:
        fm.append("  language: en")
    if rng.random() < 0.25:
        fm.append("  url: https://news.example.org/%s/%06d" % (published.text[:4], number))
    # Now and then an article re-declares a registry faction (same name and
    # kind), as articles may.
    if rng.random() < 0.03:
        f = first[1]
        fm.append("factions:")
        fm.append("  %s:" % f.id)
        fm.append("    name: " + yaml_str(f.name))
        if f.aliases:
            fm.append("    aliases: [%s]" % ", ".join(yaml_str(x, flow=True) for x in f.aliases[:1]))
        if f.kind:
            fm.append("    kind: " + f.kind)
    fm.append("relations:")

    day = datetime.date.fromordinal(published_day)
    dateline = "%s, %s %d (%s) %s " % (
        place0.upper(), MONTH_NAMES[day.month - 1], day.day, source, "\u2014" if rng.random() < 0.5 else "--")
    for k, (rtype, fa, fb, date, explicit, contested) in enumerate(relations):
        place = rng.choice(PLACES)[0] if rng.random() < 0.7 else place0
        name_a = rng.choice(fa.body_names) if rng.random() < 0.3 else fa.name
        name_b = rng.choice(fb.body_names) if rng.random() < 0.3 else fb.name
        templates = RELATION_SENTENCES[rtype]
        template = templates[rng.randrange(len(templates))]
        apostrophe = "{AS}" in template and rng.random() < 0.7
        body, ascii_text = phrase(rng, template, (name_a, name_b), place, apostrophe)
        if k == 0:
            body = dateline + body[0].lower() + body[1:] if body[0] != name_a[0] else dateline + body
            ascii_text = (body.replace("\u2019", "'").replace("\u2014", "-")
                          .replace("\u201c", '"').replace("\u201d", '"'))
            # quote the sentence without the dateline
            ascii_text = ascii_text[len(dateline):]
        if rng.random() < 0.04:
            body = body.replace(" and ", " \u2013 and ", 1)
            ascii_text = ascii_text.replace(" and ", " - and ", 1)
        sentences.append(body + ".")
        quotes = [quote_of(rng, ascii_text)]
        if apostrophe and rng.random() < 0.3:
            quotes[0] = quotes[0].replace("'", "\u2019")   # same form as the body
        if rng.random() < 0.2:
            sb, sa = phrase(rng, SUPPORT_SENTENCES[rng.randrange(len(SUPPORT_SENTENCES))],
                            (name_a, name_b), place, rng.random() < 0.5)
            sentences.append(sb + ".")
            quotes.append(sa)
        elif rng.random() < 0.03 and len(quotes[0].split()) > 6:
            words = quotes[0].split(" ")
            quotes[0] = " ".join(words[:3]) + "  " + " ".join(words[3:])   # spacing folds
        # Filler prose between relation sentences.
        for _ in range(rng.choice((0, 1, 1, 2))):
            sentences.append(filler(rng, involved, place))

        ref_a, ref_b = reference(fa, rng), reference(fb, rng)
        connector = " -> " if rtype in ("allegiance", "split") else (" -- " if rng.random() < 0.95 else "  --   ")
        fm.append("  - %s: %s" % (rtype, yaml_str(ref_a + connector + ref_b)))
        if explicit:
            fm.append("    date: " + date.text)
        if not contested and rng.random() < 0.14:
            until_day = date.end + rng.randint(30, 1800)
            if until_day <= DAY_LAST:
                until = Date.of(until_day, rng.choice((2, 1, 0)))
                if until.key() < date.key() or until.end < fa.low or until.end < fb.low:
                    until = Date.of(until_day, 2)
                fm.append("    until: " + until.text)
        if rng.random() < 0.3:
            fm.append("    where: " + yaml_str(place))
        if rtype == "combat" and rng.random() < 0.35:
            parts = []
            for f in ((fa, fb) if rng.random() < 0.5 else (fb, fa))[: rng.choice((1, 2, 2))]:
                key = f.id if rng.random() < 0.6 else f.name
                parts.append("%s: %d" % (yaml_str(key, flow=True), rng.choice((0, 1, 2, 3, 5, 8, 13, 21, 40))))
            fm.append("    casualties: {%s}" % ", ".join(parts))
        roll = rng.random()
        if roll < 0.10:
            fm.append("    confidence: confirmed")
        elif roll < 0.16:
            fm.append("    confidence: reported")
        elif roll < 0.24:
            fm.append("    confidence: alleged")
        elif roll < 0.28:
            fm.append("    confidence: denied")
        if rng.random() < 0.04:
            fm.append("    note: " + yaml_str("Details disputed by %s." % rng.choice(MONITORS)))
        if len(quotes) == 1 and rng.random() < 0.9:
            fm.append("    evidence: " + yaml_str(quotes[0]))
        else:
            fm.append("    evidence:")
            fm.extend("      - " + yaml_str(q) for q in quotes)
    fm.append("---")

    # Paragraphs of 1-4 sentences; most wrapped at ~76 columns.
    target = rng.randint(1100, 1700)
    size = sum(len(s) for s in sentences)
    while size < target:
        sentences.append(filler(rng, involved, place0))
        size += len(sentences[-1]) + 1
    joiner = "  " if rng.random() < 0.1 else " "
    wrapped = rng.random() < 0.8
    lines = []
    i = 0
    while i < len(sentences):
        take = rng.choice((1, 2, 2, 3, 3, 4))
        para = joiner.join(sentences[i:i + take])
        i += take
        if wrapped:
            wrap(para, 76, lines)
        else:
            lines.append(para)
        lines.append("")
    text = "\n".join(fm) + "\n" + "\n".join(lines)
    slug = slugify(title)[:48].rstrip("-")
    path = "%s/%s-%06d-%s.md" % (published.text[:4], published.text, number, slug)
    return path, text, n_rel


def write_chunk(args):
    """Writes articles [first, last) with the chunk's own random generator."""
    out, seed, chunk, first, last = args
    rng = Random("%d/articles/%d" % (seed, chunk))
    total_bytes = total_relations = 0
    made = set()
    for number in range(first, last):
        path, text, n_rel = make_article(rng, number)
        directory = path[:4]
        if directory not in made:
            os.makedirs(os.path.join(out, directory), exist_ok=True)
            made.add(directory)
        data = text.encode("utf-8")
        with open(os.path.join(out, path), "wb") as fh:
            fh.write(data)
        total_bytes += len(data)
        total_relations += n_rel
    return total_bytes, total_relations


def main():
    global FACTIONS, ZIPF_CUM, SEED
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--factions", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True)
    parser.add_argument("--zipf", type=float, default=1.05, help="Zipf exponent of faction popularity")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="processes writing articles (the output does not depend on it)")
    args = parser.parse_args()
    if args.factions < 10 or args.articles < 1:
        parser.error("need at least 10 factions and 1 article")

    SEED = args.seed
    FACTIONS = make_registry(args.factions, Random("%d/registry" % args.seed))
    total = 0.0
    for rank in range(1, args.factions + 1):
        total += 1.0 / rank ** args.zipf
        ZIPF_CUM.append(total)

    if os.path.isdir(args.out) and os.listdir(args.out):
        parser.error("%s is not empty: stale articles would mix into the corpus" % args.out)
    os.makedirs(args.out, exist_ok=True)
    registry = registry_text(FACTIONS).encode("utf-8")
    with open(os.path.join(args.out, "factions.yaml"), "wb") as fh:
        fh.write(registry)

    tasks = [(args.out, args.seed, c, c * CHUNK, min(args.articles, (c + 1) * CHUNK))
             for c in range((args.articles + CHUNK - 1) // CHUNK)]
    if args.jobs > 1 and len(tasks) > 1:
        with multiprocessing.get_context("fork").Pool(min(args.jobs, len(tasks))) as pool:
            results = pool.map(write_chunk, tasks, chunksize=1)
    else:
        results = [write_chunk(t) for t in tasks]
    article_bytes = sum(r[0] for r in results)
    relations = sum(r[1] for r in results)
    print("wrote %d articles (%d relations, %.1f MB, %.0f bytes/article) and %d factions "
          "(factions.yaml %.1f KB) to %s"
          % (args.articles, relations, article_bytes / 1e6, article_bytes / args.articles,
             args.factions, len(registry) / 1e3, args.out))


if __name__ == "__main__":
    main()
