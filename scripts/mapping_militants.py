#!/usr/bin/env python3
"""Converts Stanford's Mapping Militants CSV files into an annotated corpus.

    python3 scripts/mapping_militants.py OUT [--data DIR]

DIR holds Militant-Group-Key.csv and Militant-Group-Relationships-clean.csv
(default: Tests/Fixtures/mapping-militants, a copy of
../shared/data/mapping-militants). OUT gets a factions.yaml of the groups and
one article per relationship whose body and evidence are the relationship's
description: the same corpus as the Swift tests' converter
(Tests/Support/MappingMilitants.swift), so benchmarks and browser tests run on
the data the other tests check (263 groups, 638 relations).
"""
import argparse
import csv
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA = os.path.join(ROOT, "Tests", "Fixtures", "mapping-militants")

# `all` ally, `aff` affiliate, `mer` merger (the first group into the second),
# `riv` rival, `spl` split (the first from the second).
RELATION_TYPE = {"all": "alliance", "aff": "allegiance", "mer": "merger", "riv": "rivalry", "spl": "split"}
DIRECTED = {"allegiance", "merger", "split"}

# Windows-1252 punctuation that was decoded as Latin-1 (C1 control
# characters, which YAML rejects), put back.
WINDOWS_1252 = {0x80: "€", 0x85: "…", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x96: "–", 0x97: "—"}


def repaired(text):
    return "".join(WINDOWS_1252.get(ord(c), " ") if 0x80 <= ord(c) <= 0x9F else c for c in text)


def slug(name):
    lowered = "".join(c if ("a" <= c <= "z" or "0" <= c <= "9") else "-" for c in name.lower())
    return "-".join(part for part in lowered.split("-") if part)


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def date(text):
    """`2/18/10`, `2014-05-00` (day unknown) or `2005-00-00` (month unknown)
    as YYYY[-MM[-DD]]; None when unreadable."""
    text = text.strip()
    slashed = [int(p) for p in text.split("/") if p.strip().isdigit()]
    if len(slashed) == 3:
        year = slashed[2]
        if year < 100:
            year += 1900 if year > 30 else 2000
        return f"{year:04d}-{slashed[0]:02d}-{slashed[1]:02d}"
    parts = [int(p) for p in text.split("-") if p.strip().isdigit()]
    if len(parts) != 3:
        return None
    if parts[1] == 0:
        return f"{parts[0]:04d}"
    if parts[2] == 0:
        return f"{parts[0]:04d}-{parts[1]:02d}"
    return f"{parts[0]:04d}-{parts[1]:02d}-{parts[2]:02d}"


def table(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def strip(text):
    # Swift's .whitespaces: spaces and tabs, not line breaks.
    return re.sub(r"^[ \t\u00a0]+|[ \t\u00a0]+$", "", text)


def convert(data, out):
    keys = table(os.path.join(data, "Militant-Group-Key.csv"))
    relationships = table(os.path.join(data, "Militant-Group-Relationships-clean.csv"))
    ids = {}
    registry = []
    for row in keys[1:]:
        if len(row) < 2:
            continue
        ids[row[0]] = f"{slug(row[1])}-{row[0]}"
        registry.append(f"{ids[row[0]]}: {quoted(strip(repaired(row[1])))}\n")
    os.makedirs(os.path.join(out, "relationships"), exist_ok=True)
    with open(os.path.join(out, "factions.yaml"), "w", encoding="utf-8") as handle:
        handle.write("".join(registry))
    count = 0
    for row in relationships[1:]:
        if len(row) < 6:
            continue
        kind, first, second, when = RELATION_TYPE.get(row[1]), ids.get(row[2]), ids.get(row[3]), date(row[4])
        if not (kind and first and second and when):
            continue
        description = repaired(row[5]).strip()
        if not description:
            # A few rows have no description: state the row itself.
            description = f"{strip(repaired(row[6]))} and {strip(repaired(row[7]))}: {row[1]}"
        connector = "->" if kind in DIRECTED else "--"
        article = (f"---\narticle:\n  title: {quoted('Mapping Militants relationship ' + row[0])}\n"
                   f"  source: Stanford Mapping Militant Organizations\n  published: {when}\n"
                   f"relations:\n  - {kind}: {first} {connector} {second}\n    evidence: {quoted(description)}\n"
                   f"---\n{description}\n")
        with open(os.path.join(out, "relationships", f"{row[0]}.md"), "w", encoding="utf-8") as handle:
            handle.write(article)
        count += 1
    return len(registry), count


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument("--data", default=DEFAULT_DATA)
    options = parser.parse_args()
    groups, relations = convert(options.data, options.out)
    print(f"{groups} groups, {relations} relationships written to {options.out}")


if __name__ == "__main__":
    main()
