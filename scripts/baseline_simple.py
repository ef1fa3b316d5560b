#!/usr/bin/env python3
"""The path query as an analyst would script it in an afternoon.

    python3 scripts/baseline_simple.py CORPUS --at DATE --from FACTION --to FACTION

Reads every *.md below CORPUS and its factions.yaml with PyYAML's C loader,
resolves faction names through a case-insensitive index, keeps for each pair
the relations of the latest date begun by DATE (a dict per pair), drops ended
ones, and asks NetworkX for all shortest paths between two factions. No line
numbers, no evidence search, fewer checks: the straightforward script that
`factiongraph path` is compared with in `make bench` (the thorough one,
scripts/baseline.py, validates as the tool does).
"""
import argparse
import os
import sys

import networkx as nx
import yaml


def parse_date(text):
    """(start, end) of a YYYY, YYYY-MM or YYYY-MM-DD period, as ISO strings."""
    text = str(text)
    parts = text.split("-")
    if len(parts) == 1:
        return f"{text}-01-01", f"{text}-12-31"
    if len(parts) == 2:
        return f"{text}-01", f"{text}-31"
    return text, text


def front_matter(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    if not text.startswith("---"):
        return None
    end = text.find("\n---", 3)
    if end < 0:
        return None
    return yaml.load(text[3:end], Loader=yaml.CSafeLoader)


def corpus_files(root):
    for directory, folders, files in os.walk(root):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in sorted(files):
            if name.endswith(".md"):
                yield os.path.join(directory, name)


def key(name):
    return " ".join(str(name).lower().split())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--at", required=True)
    parser.add_argument("--from", dest="source", required=True)
    parser.add_argument("--to", dest="target", required=True)
    options = parser.parse_args()

    names = {}
    dissolved = {}

    def declare(declarations):
        for faction, declaration in (declarations or {}).items():
            names[key(faction)] = faction
            if isinstance(declaration, str):
                names[key(declaration)] = faction
                continue
            for name in [declaration.get("name")] + list(declaration.get("aliases") or []):
                if name:
                    names[key(name)] = faction
            for rename in declaration.get("renamed") or []:
                names[key(rename["name"])] = faction
            if declaration.get("dissolved"):
                dissolved[faction] = parse_date(declaration["dissolved"])[1]

    registry = os.path.join(options.corpus, "factions.yaml")
    if os.path.exists(registry):
        with open(registry, encoding="utf-8") as handle:
            declare(yaml.load(handle, Loader=yaml.CSafeLoader))

    relations = []
    for path in corpus_files(options.corpus):
        document = front_matter(path)
        if not document:
            continue
        declare(document.get("factions"))
        published = document["article"]["published"]
        for item in document.get("relations") or []:
            kind = next(k for k in item if k not in ("evidence", "date", "until", "where", "casualties",
                                                     "fatalities", "confidence", "note"))
            connector = "->" if "->" in item[kind] else "--"
            a, b = (side.strip() for side in item[kind].split(connector, 1))
            relations.append((kind, a, b, item.get("date", published), item.get("until"), item.get("confidence")))

    at_end = parse_date(options.at)[1]
    stances = {"alliance", "truce", "combat", "rivalry"}
    latest = {}  # (kind group, pair) -> (start, [relations])
    for kind, a, b, date, until, confidence in relations:
        a, b = names[key(a)], names[key(b)]
        start = parse_date(date)[0]
        if confidence == "denied" or start > at_end:
            continue
        pair = (min(a, b), max(a, b)) if kind in stances else (a, b)
        group = ("stance", pair) if kind in stances else (kind, pair)
        best = latest.get(group)
        if best is None or start > best[0]:
            latest[group] = (start, [(kind, a, b, until)])
        elif start == best[0]:
            best[1].append((kind, a, b, until))

    graph = nx.MultiGraph()
    splits = {pair for (kind, pair) in latest if kind == "split"}
    for (kind, pair), (start, held) in latest.items():
        if kind == "allegiance" and pair in splits and latest[("split", pair)][0] > start:
            continue
        for relation_kind, a, b, until in held:
            ended = until is not None and parse_date(until)[1] < at_end
            gone = any(f in dissolved and dissolved[f] < at_end for f in (a, b))
            if not ended and not gone:
                graph.add_edge(a, b, kind=relation_kind)

    source, target = names[key(options.source)], names[key(options.target)]
    try:
        paths = list(nx.all_shortest_paths(graph, source, target))
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        paths = []
    print(f"{graph.number_of_nodes()} factions, {graph.number_of_edges()} relations; "
          f"{len(paths)} shortest paths of {len(paths[0]) - 1 if paths else 0} hops")
    return 0 if paths else 1


if __name__ == "__main__":
    sys.exit(main())
