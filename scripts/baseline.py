#!/usr/bin/env python3
"""Baseline: the straightforward Python implementation an analyst would write.

This script is the speed comparison for FactionGraph's benchmarks. It does the
same job as `factiongraph` -- read an annotated-article corpus, validate it,
build the snapshot of the faction graph as of a date, and query it -- the way a
competent analyst would do it in an afternoon with the usual tools: PyYAML with
its C loader (libyaml, the same parser the tool uses) and networkx. It is meant
to be honest: neither micro-optimised nor deliberately slow.

    python3 scripts/baseline.py CORPUS --at DATE --from FACTION --to FACTION
    python3 scripts/baseline.py CORPUS --check-only
    python3 scripts/baseline.py CORPUS --at DATE --json OUT

What it does, following docs/format.md:

1. Walks CORPUS: every `*.md` below it (hidden files and folders skipped) in
   sorted path order, and `factions.yaml` at its root.
2. Splits each article's front matter (between a first line `---` and the next
   `---`) and loads it with `yaml.load(text, Loader=yaml.CSafeLoader)`.
3. Validates: top-level, article, faction and relation keys; required keys and
   value types; strict dates (YYYY, YYYY-MM, YYYY-MM-DD, the day must exist);
   the connector of each relation type; faction ids; declarations of one id
   agreeing on name and kind; `renamed: [{date, name}]` (a faction's later
   names are names of it too); every id, name and alias naming one faction;
   references resolved through a case-insensitive, white-space-folded name
   index; casualties; `until` not before `date`; unique article ids; evidence
   found in the body after folding white space, typographic quotes, dashes and
   the ellipsis (case-sensitive).
4. Builds the snapshot as of DATE (default: the latest date in the corpus):
   one stance per pair decided by the latest-dated reports (contested when two
   stances share that date, none when the latest has ended), the stance's
   current run of reports, `until` and `dissolved` ending relations, an
   allegiance ended by a later split of the same pair, splits staying, denied
   reports left out, and the reports of one type between one pair merged into
   one edge.
5. Puts the snapshot in a networkx MultiGraph (undirected: every edge can be
   walked either way) and counts `nx.all_shortest_paths` between the two
   factions (given by id, name or alias): the paths through distinct
   factions, and the paths as sequences of relations (parallel relations
   between two factions multiply them), which is how `factiongraph path`
   counts.

It prints the number of errors, the snapshot's factions and edges, and the
number and length of the shortest paths. `--json OUT` writes the snapshot's
relations as `[{"type", "from", "to"}]` (undirected ones with `from` and `to`
in id order), sorted like `factiongraph render --format json`, for comparison.

Known differences from the tool, all consequences of loading YAML with
PyYAML's usual (YAML 1.1) typing rather than reading every scalar as text: a
duplicate key silently keeps its last value; a date like `2018-1-9` is read as
a timestamp and accepted; a value such as `yes`, `null` or `2018` where a name
or quote is expected is not a string and is reported as an error. Messages
carry a file path but no line and column.
"""

import argparse
import calendar
import datetime
import json
import os
import re
import sys

import networkx as nx
import yaml

RELATION_TYPES = ["allegiance", "alliance", "truce", "combat", "split"]
DIRECTED = {"allegiance", "split"}
STANCES = {"alliance", "truce", "combat"}
RELATION_ATTRIBUTES = {"evidence", "date", "until", "where", "casualties", "confidence", "note"}
CONFIDENCES = {"confirmed": 3, "reported": 2, "alleged": 1, "denied": 0}
KINDS = {"armed-group", "coalition", "state", "movement", "person", "other"}
ARTICLE_KEYS = {"title", "published", "source", "author", "url", "language", "id"}
FACTION_KEYS = {"name", "aliases", "kind", "founded", "dissolved", "renamed", "note"}
TOP_LEVEL_KEYS = {"article", "factions", "relations"}
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*")
DATE_PATTERN = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")

# Evidence folding: typographic quotes, dashes and the ellipsis to ASCII.
FOLD_TABLE = str.maketrans({
    **{c: "'" for c in "\u2018\u2019\u201a\u201b\u2032\u2035\u2039\u203a\u02bc\uff07"},
    **{c: '"' for c in "\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb\uff02"},
    **{c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"},
    "\u2026": "...",
})


def fold_text(text):
    """Folds text for evidence matching: ASCII quotes and dashes, one space
    for every run of white space."""
    return " ".join(text.translate(FOLD_TABLE).split())


def name_key(name):
    """Folds a faction reference: lower case, white space runs as one space."""
    return " ".join(name.lower().split())


class Date:
    """A date of year, month or day precision: the period from `start` to
    `end` (both `datetime.date`), ordered by start, then end."""

    def __init__(self, start, end, text):
        self.start, self.end, self.text = start, end, text

    def key(self):
        return (self.start, self.end)

    def __lt__(self, other):
        return self.key() < other.key()

    def __repr__(self):
        return self.text


def parse_date(value):
    """A Date from a YAML value, or None. PyYAML has already turned
    `2018-11-19` into a datetime.date and `2018` into an int."""
    if isinstance(value, datetime.datetime):
        return None
    if isinstance(value, datetime.date):
        return Date(value, value, value.isoformat())
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    value = value.strip()
    match = DATE_PATTERN.fullmatch(value)
    if not match:
        return None
    year, month, day = match.groups()
    try:
        year = int(year)
        if year < 1:
            return None
        if day:
            d = datetime.date(year, int(month), int(day))
            return Date(d, d, value)
        if month:
            first = datetime.date(year, int(month), 1)
            last = first.replace(day=calendar.monthrange(year, int(month))[1])
            return Date(first, last, value)
        return Date(datetime.date(year, 1, 1), datetime.date(year, 12, 31), value)
    except ValueError:
        return None


class Problems:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def error(self, path, message):
        self.errors.append("%s: error: %s" % (path, message))

    def warning(self, path, message):
        self.warnings.append("%s: warning: %s" % (path, message))


def is_text(value):
    return isinstance(value, str) and value.strip() != ""


# ---------------------------------------------------------------------------
# Reading

def find_files(root):
    """The registry at the root (or None) and every article, sorted by path."""
    articles = []
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = [d for d in subdirectories if not d.startswith(".")]
        for name in files:
            if name.endswith(".md") and not name.startswith("."):
                articles.append(os.path.join(directory, name))
    articles.sort(key=lambda p: p.encode("utf-8"))
    registry = os.path.join(root, "factions.yaml")
    return (registry if os.path.isfile(registry) else None), articles


def split_front_matter(text):
    """(front matter, body), or None when the first line is not `---`;
    raises ValueError when the front matter is not closed."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    if lines[0].rstrip(" \t\r") != "---":
        return None
    for i in range(1, len(lines)):
        if lines[i].rstrip(" \t\r") == "---":
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:])
    raise ValueError("the front matter is never closed")


def read_declarations(mapping, path, problems):
    """Faction declarations of a `factions` map: a list of dicts."""
    if mapping is None:
        return []
    if not isinstance(mapping, dict):
        problems.error(path, "'factions' must be a map")
        return []
    declarations = []
    for fid, value in mapping.items():
        if not isinstance(fid, str) or not ID_PATTERN.fullmatch(fid):
            problems.error(path, "%r is not a valid faction id" % (fid,))
            continue
        decl = {"id": fid, "aliases": [], "kind": "armed-group", "founded": None,
                "dissolved": None, "renamed": [], "note": None, "path": path}
        if isinstance(value, str):
            if not value.strip():
                problems.error(path, "faction '%s' has an empty name" % fid)
                continue
            decl["name"] = value.strip()
            declarations.append(decl)
            continue
        if not isinstance(value, dict):
            problems.error(path, "faction '%s' needs a name" % fid)
            continue
        valid = True
        for key in value:
            if key not in FACTION_KEYS:
                problems.error(path, "unknown key %r in faction '%s'" % (key, fid))
                valid = False
        if not is_text(value.get("name")):
            problems.error(path, "faction '%s' has no 'name' string" % fid)
            continue
        decl["name"] = value["name"].strip()
        aliases = value.get("aliases")
        if aliases is not None:
            if not isinstance(aliases, list):
                problems.error(path, "'aliases' of '%s' must be a list" % fid)
            else:
                for alias in aliases:
                    if is_text(alias):
                        decl["aliases"].append(alias.strip())
                    else:
                        problems.error(path, "an alias of '%s' must be a non-empty string" % fid)
        if "kind" in value:
            if value["kind"] not in KINDS:
                problems.error(path, "'kind' of '%s' must be one of %s" % (fid, ", ".join(sorted(KINDS))))
                valid = False
            else:
                decl["kind"] = value["kind"]
        for key in ("founded", "dissolved"):
            if key in value:
                decl[key] = parse_date(value[key])
                if decl[key] is None:
                    problems.error(path, "'%s' of '%s' is not a valid date: %r" % (key, fid, value[key]))
                    valid = False
        renamed = value.get("renamed")
        if renamed is not None:
            if not isinstance(renamed, list):
                problems.error(path, "'renamed' of '%s' must be a list of {date, name}" % fid)
                valid = False
            else:
                for rename in renamed:
                    date = parse_date(rename.get("date")) if isinstance(rename, dict) else None
                    if date is None or not is_text(rename.get("name")) or set(rename) - {"date", "name"}:
                        problems.error(path, "a rename of '%s' must be {date: DATE, name: NAME}" % fid)
                        valid = False
                    elif decl["founded"] and date < decl["founded"]:
                        problems.error(path, "'%s' is renamed before it was founded" % fid)
                        valid = False
                    elif any(date.start == other.start for other, _ in decl["renamed"]):
                        problems.error(path, "'%s' is renamed twice on %s" % (fid, date))
                        valid = False
                    else:
                        decl["renamed"].append((date, rename["name"].strip()))
        if decl["founded"] and decl["dissolved"] and decl["dissolved"] < decl["founded"]:
            problems.error(path, "faction '%s' is dissolved before it was founded" % fid)
            valid = False
        if value.get("note") is not None:
            if isinstance(value["note"], str):
                decl["note"] = value["note"]
            else:
                problems.error(path, "'note' of '%s' must be a string" % fid)
        if valid:
            declarations.append(decl)
    return declarations


def split_connector(text):
    """(left, connector, right) of `A -> B` / `A -- B`, or None."""
    spaced = list(re.finditer(r"(?<!\S)(->|--)(?!\S)", text))
    if len(spaced) == 1:
        match = spaced[0]
    elif not spaced:
        bare = list(re.finditer(r"(?<![-<>])(->|--)(?![->])", text))
        if len(bare) != 1:
            return None
        match = bare[0]
    else:
        return None
    return text[:match.start()].strip(), match.group(1), text[match.end():].strip()


def read_relations(items, article, body, path, problems):
    """The relations of an article: dicts with unresolved references."""
    if items is None:
        return []
    if not isinstance(items, list):
        problems.error(path, "'relations' must be a list")
        return []
    folded_body = fold_text(body)
    relations = []
    for item in items:
        if not isinstance(item, dict):
            problems.error(path, "a relation must be a map like 'combat: A -- B'")
            continue
        before = len(problems.errors)
        types = [k for k in item if k in RELATION_TYPES]
        for key in item:
            if key not in RELATION_TYPES and key not in RELATION_ATTRIBUTES:
                problems.error(path, "unknown key %r in a relation" % (key,))
        if len(types) != 1:
            if not types:
                problems.error(path, "a relation needs one of %s" % ", ".join(RELATION_TYPES))
            else:
                problems.error(path, "one relation per item, not %s" % ", ".join(types))
            continue
        rtype = types[0]
        value = item[rtype]
        if not isinstance(value, str):
            problems.error(path, "%s needs two factions, as in 'A %s B'" % (rtype, "->" if rtype in DIRECTED else "--"))
            continue
        parts = split_connector(value)
        if parts is None:
            problems.error(path, "%r has no connector" % value)
            continue
        left, connector, right = parts
        if not left or not right:
            problems.error(path, "%r needs a faction on both sides" % value)
            continue
        wanted = "->" if rtype in DIRECTED else "--"
        if connector != wanted:
            problems.error(path, "%s takes '%s', not '%s'" % (rtype, wanted, connector))

        relation = {"type": rtype, "from_ref": left, "to_ref": right, "date": article["published"],
                    "until": None, "where": None, "casualties": {}, "confidence": "reported",
                    "note": None, "evidence": [], "article": article["id"], "path": path}
        if "date" in item:
            relation["date"] = parse_date(item["date"])
            if relation["date"] is None:
                problems.error(path, "'date' is not a valid date: %r" % (item["date"],))
        if "until" in item:
            relation["until"] = parse_date(item["until"])
            if relation["until"] is None:
                problems.error(path, "'until' is not a valid date: %r" % (item["until"],))
            elif relation["date"] is not None and relation["until"] < relation["date"]:
                problems.error(path, "'until' (%s) is earlier than the date (%s)" % (relation["until"], relation["date"]))
        if "where" in item:
            if is_text(item["where"]):
                relation["where"] = item["where"].strip()
            else:
                problems.error(path, "'where' must be a string")
        if item.get("note") is not None and not isinstance(item["note"], str):
            problems.error(path, "'note' must be a string")
        if "confidence" in item:
            if item["confidence"] in CONFIDENCES:
                relation["confidence"] = item["confidence"]
            else:
                problems.error(path, "'confidence' must be one of %s" % ", ".join(CONFIDENCES))
        if "casualties" in item:
            casualties = item["casualties"]
            if rtype != "combat":
                problems.error(path, "'casualties' is for combat only")
            elif not isinstance(casualties, dict):
                problems.error(path, "'casualties' must be a map")
            else:
                for ref, count in casualties.items():
                    if not isinstance(ref, str) or isinstance(count, bool) or not isinstance(count, int) or count < 0:
                        problems.error(path, "casualties of %r must be a whole number, 0 or more" % (ref,))
                    else:
                        relation["casualties"][ref] = count
        if "evidence" not in item:
            problems.error(path, "%s relation has no 'evidence'" % rtype)
        else:
            quotes = item["evidence"]
            if not isinstance(quotes, list):
                quotes = [quotes]
            elif not quotes:
                problems.error(path, "'evidence' is an empty list")
            for quote in quotes:
                if not isinstance(quote, str) or not fold_text(quote):
                    problems.error(path, "evidence must be a quote from the body, not %r" % (quote,))
                elif fold_text(quote) not in folded_body:
                    problems.error(path, "evidence not found in the article's body: %r" % quote.strip())
                else:
                    relation["evidence"].append(quote.strip())
        if len(problems.errors) == before:
            relations.append(relation)
    return relations


def read_article(path, rel_path, problems):
    """(article, declarations, relations) of one file, or None."""
    with open(path, "rb") as fh:
        data = fh.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        problems.error(path, "invalid UTF-8")
        return None
    if not text.strip():
        problems.error(path, "empty file")
        return None
    try:
        parts = split_front_matter(text)
    except ValueError as e:
        problems.error(path, str(e))
        return None
    if parts is None:
        problems.warning(path, "no front matter; skipped")
        return None
    front, body = parts
    try:
        doc = yaml.load(front, Loader=yaml.CSafeLoader)
    except (yaml.YAMLError, ValueError) as e:
        problems.error(path, "malformed YAML: %s" % str(e).replace("\n", " "))
        return None
    if not isinstance(doc, dict):
        problems.error(path, "the front matter must be a map with 'article'")
        return None
    for key in doc:
        if key not in TOP_LEVEL_KEYS:
            problems.error(path, "unknown top-level key %r" % (key,))
    meta = doc.get("article")
    if not isinstance(meta, dict):
        problems.error(path, "missing 'article' map with 'title' and 'published'")
        return None
    article = {"id": rel_path[:-3], "path": path}
    for key in meta:
        if key not in ARTICLE_KEYS:
            problems.error(path, "unknown key %r in 'article'" % (key,))
    for key in ("source", "author", "url", "language"):
        if meta.get(key) is not None and not isinstance(meta[key], str):
            problems.error(path, "'%s' must be a string" % key)
    if isinstance(meta.get("url"), str) and not re.match(r"https?://", meta["url"].strip()):
        problems.warning(path, "'url' is not an http(s) address")
    if not is_text(meta.get("title")):
        problems.error(path, "'article' needs a 'title' string")
        return None
    article["title"] = meta["title"].strip()
    article["published"] = parse_date(meta.get("published"))
    if article["published"] is None:
        problems.error(path, "'article' needs a valid 'published' date, not %r" % (meta.get("published"),))
        return None
    if "id" in meta:
        if is_text(meta["id"]):
            article["id"] = meta["id"].strip()
        else:
            problems.error(path, "'id' must be a string")
    declarations = read_declarations(doc.get("factions"), path, problems)
    relations = read_relations(doc.get("relations"), article, body, path, problems)
    return article, declarations, relations


def load_corpus(root):
    """Reads and validates the corpus: (factions, relations, articles, name
    index, problems)."""
    problems = Problems()
    registry, paths = find_files(root)
    declarations = []
    if registry:
        with open(registry, "rb") as fh:
            try:
                doc = yaml.load(fh.read().decode("utf-8"), Loader=yaml.CSafeLoader)
                declarations += read_declarations(doc, registry, problems)
            except (yaml.YAMLError, ValueError) as e:
                problems.error(registry, "malformed YAML: %s" % str(e).replace("\n", " "))
    articles, drafts = [], []
    for path in paths:
        result = read_article(path, os.path.relpath(path, root), problems)
        if result is None:
            continue
        article, article_declarations, relations = result
        articles.append(article)
        declarations += article_declarations
        drafts += relations

    # Merge declarations of one id (registry first, then articles in order).
    factions = {}
    for decl in declarations:
        first = factions.get(decl["id"])
        if first is None:
            factions[decl["id"]] = dict(decl, aliases=list(dict.fromkeys(decl["aliases"])))
            continue
        if decl["name"] != first["name"]:
            problems.error(decl["path"], "faction '%s' is named '%s' here but '%s' elsewhere"
                           % (decl["id"], decl["name"], first["name"]))
        if decl["kind"] != first["kind"]:
            problems.error(decl["path"], "faction '%s' is of kind '%s' here but '%s' elsewhere"
                           % (decl["id"], decl["kind"], first["kind"]))
        first["aliases"] = list(dict.fromkeys(first["aliases"] + decl["aliases"]))
        for key in ("founded", "dissolved"):
            if decl[key] is not None:
                if first[key] is None:
                    first[key] = decl[key]
                elif first[key].key() != decl[key].key() or first[key].text != decl[key].text:
                    problems.warning(decl["path"], "faction '%s' %s date ignored" % (decl["id"], key))
        if first["note"] is None:
            first["note"] = decl["note"]

    # The name index: every id, name and alias of every faction.
    index = {}
    for decl in declarations:
        names = [decl["id"], decl["name"]] + decl["aliases"] + [name for _, name in decl["renamed"]]
        for name in names:
            index.setdefault(name_key(name), []).append((decl["id"], decl["path"]))
    for key, claims in index.items():
        owners = sorted(set(fid for fid, _ in claims))
        if len(owners) > 1:
            for fid, path in claims:
                problems.error(path, "'%s' would name two factions (%s)" % (key, ", ".join(owners)))

    def resolve(reference, path):
        owners = sorted(set(fid for fid, _ in index.get(name_key(reference), [])))
        if len(owners) == 1:
            return owners[0]
        if owners:
            problems.error(path, "'%s' is ambiguous: it names %s" % (reference, " and ".join(owners)))
        else:
            problems.error(path, "unknown faction '%s'" % reference)
        return None

    # Unique article ids.
    seen_ids = {}
    valid_articles = set()
    for article in articles:
        if article["id"] in seen_ids:
            problems.error(article["path"], "article id '%s' is also the id of %s"
                           % (article["id"], seen_ids[article["id"]]))
        else:
            seen_ids[article["id"]] = article["path"]
            valid_articles.add(article["path"])

    relations = []
    for draft in drafts:
        if draft["path"] not in valid_articles:
            continue
        a = resolve(draft["from_ref"], draft["path"])
        b = resolve(draft["to_ref"], draft["path"])
        if a is None or b is None:
            continue
        if a == b:
            problems.error(draft["path"], "a relation of a faction with itself: '%s'" % a)
            continue
        casualties, valid = {}, True
        for ref, count in draft["casualties"].items():
            fid = resolve(ref, draft["path"])
            if fid is None:
                valid = False
            elif fid not in (a, b):
                problems.error(draft["path"], "casualties of '%s', who is not a party to this combat" % ref)
                valid = False
            elif fid in casualties:
                problems.error(draft["path"], "casualties of '%s' are given twice" % fid)
                valid = False
            else:
                casualties[fid] = count
        if not valid or draft["date"] is None:
            continue
        if draft["type"] not in DIRECTED and b < a:
            a, b = b, a
        relation = dict(draft, **{"from": a, "to": b, "casualties": casualties})
        relations.append(relation)

    # Warnings that need the whole corpus.
    for r in relations:
        for fid in sorted({r["from"], r["to"]}):
            f = factions[fid]
            if f["founded"] and r["date"] < f["founded"]:
                problems.warning(r["path"], "%s dated %s, before '%s' was founded" % (r["type"], r["date"], fid))
            if f["dissolved"] and r["date"].start > f["dissolved"].end:
                problems.warning(r["path"], "%s dated %s, after '%s' was dissolved" % (r["type"], r["date"], fid))
    first_stance = {}
    warned = set()
    for r in relations:
        if r["type"] in STANCES and r["confidence"] != "denied":
            key = (r["from"], r["to"], r["date"].start)
            other = first_stance.setdefault(key, r)
            if other["type"] != r["type"] and key not in warned:
                warned.add(key)
                problems.warning(r["path"], "contested: %s and %s in %s and %s, both from %s"
                                 % (r["from"], r["to"], other["type"], r["type"], r["date"]))
    return factions, relations, articles, index, problems


# ---------------------------------------------------------------------------
# The snapshot

def latest_date(factions, relations, articles):
    dates = [a["published"] for a in articles]
    for r in relations:
        dates.append(r["date"])
        if r["until"]:
            dates.append(r["until"])
    for f in factions.values():
        dates += [d for d in (f["founded"], f["dissolved"]) if d]
    return max(dates, key=Date.key) if dates else None


def make_edge(rtype, reports, contested=False):
    """One edge from the reports of one type between one pair."""
    reports = sorted(reports, key=lambda r: r["date"].key())
    untils = [r["until"] for r in reports]
    casualties = {}
    for r in reports:
        for fid, count in r["casualties"].items():
            casualties[fid] = casualties.get(fid, 0) + count
    return {
        "type": rtype, "from": reports[0]["from"], "to": reports[0]["to"],
        "date": reports[0]["date"].text,
        "until": max(untils, key=Date.key).text if all(untils) else None,
        "confidence": max((r["confidence"] for r in reports), key=CONFIDENCES.get),
        "contested": contested, "casualties": casualties,
        "evidence": sum(len(r["evidence"]) for r in reports),
        "reports": reports,
    }


def snapshot(factions, relations, at):
    """The snapshot edges as of `at` (a Date, meaning the end of its period)."""
    def ongoing(r):
        if r["until"] and r["until"].end < at.end:
            return False
        for fid in (r["from"], r["to"]):
            dissolved = factions[fid]["dissolved"]
            if dissolved and dissolved.end < at.end:
                return False
        return True

    begun = [r for r in relations if r["confidence"] != "denied" and r["date"].start <= at.end]
    edges = []

    # Alliance, truce, combat: one stance per unordered pair.
    pairs = {}
    for r in begun:
        if r["type"] in STANCES:
            pairs.setdefault((r["from"], r["to"]), []).append(r)
    for reports in pairs.values():
        latest = max(r["date"].start for r in reports)
        holding = [r for r in reports if r["date"].start == latest and ongoing(r)]
        types = sorted(set(r["type"] for r in holding))
        for rtype in types:
            earlier_other = [r["date"].start for r in reports if r["type"] != rtype and r["date"].start < latest]
            since = max(earlier_other) if earlier_other else None
            run = [r for r in reports if r["type"] == rtype and (since is None or r["date"].start > since)
                   and ongoing(r)]
            edges.append(make_edge(rtype, run, contested=len(types) > 1))

    # Allegiances, each ended by a later split of the same pair.
    split_starts = {}
    for r in begun:
        if r["type"] == "split":
            split_starts.setdefault((r["from"], r["to"]), []).append(r["date"].start)
    allegiances = {}
    for r in begun:
        if r["type"] == "allegiance" and ongoing(r):
            if not any(s > r["date"].start for s in split_starts.get((r["from"], r["to"]), [])):
                allegiances.setdefault((r["from"], r["to"]), []).append(r)
    edges += [make_edge("allegiance", reports) for reports in allegiances.values()]

    # Splits are lineage: they stay.
    splits = {}
    for r in begun:
        if r["type"] == "split" and ongoing(r):
            splits.setdefault((r["from"], r["to"]), []).append(r)
    edges += [make_edge("split", reports) for reports in splits.values()]

    edges.sort(key=lambda e: (e["from"], e["to"], RELATION_TYPES.index(e["type"])))
    return edges


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--at", help="snapshot date (YYYY, YYYY-MM or YYYY-MM-DD); default: the latest date")
    parser.add_argument("--from", dest="source", help="faction to find paths from (id, name or alias)")
    parser.add_argument("--to", dest="target", help="faction to find paths to")
    parser.add_argument("--check-only", action="store_true", help="only load and validate")
    parser.add_argument("--json", metavar="OUT", help="write the snapshot's relations as JSON")
    parser.add_argument("--verbose", action="store_true", help="print every error and warning")
    args = parser.parse_args()

    factions, relations, articles, index, problems = load_corpus(args.corpus)
    if args.verbose:
        for line in problems.errors + problems.warnings:
            print(line, file=sys.stderr)
    print("%d articles, %d factions, %d relations: %d errors, %d warnings"
          % (len(articles), len(factions), len(relations), len(problems.errors), len(problems.warnings)))
    if args.check_only:
        return 1 if problems.errors else 0
    if problems.errors:
        for line in problems.errors[:20]:
            print(line, file=sys.stderr)
        return 1

    if args.at:
        at = parse_date(args.at)
        if at is None:
            parser.error("--at: not a date: %s" % args.at)
    else:
        at = latest_date(factions, relations, articles)
    edges = snapshot(factions, relations, at)

    graph = nx.MultiGraph()
    for e in edges:
        graph.add_edge(e["from"], e["to"], type=e["type"], contested=e["contested"])
    print("snapshot as of %s: %d factions, %d relations" % (at.text, graph.number_of_nodes(), len(edges)))

    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump([{"type": e["type"], "from": e["from"], "to": e["to"]} for e in edges], fh, indent=2)
            fh.write("\n")

    if args.source and args.target:
        ends = []
        for reference in (args.source, args.target):
            owners = sorted(set(fid for fid, _ in index.get(name_key(reference), [])))
            if len(owners) != 1:
                print("unknown or ambiguous faction: %s" % reference, file=sys.stderr)
                return 1
            ends.append(owners[0])
        source, target = ends
        count, sequences, length = 0, 0, None
        if source in graph and target in graph:
            try:
                for path in nx.all_shortest_paths(graph, source, target):
                    count += 1
                    length = len(path) - 1
                    hops = 1
                    for u, v in zip(path, path[1:]):
                        hops *= graph.number_of_edges(u, v)
                    sequences += hops
            except nx.NetworkXNoPath:
                pass
        if count:
            print("shortest paths from %s to %s: %d of length %d (%d counting parallel relations)"
                  % (source, target, count, length, sequences))
        else:
            print("shortest paths from %s to %s: none" % (source, target))
    return 0


if __name__ == "__main__":
    sys.exit(main())
