#!/usr/bin/env python3
"""How many articles a second `factiongraph suggest` drafts.

    python3 scripts/suggest_speed.py [--articles N] [--runs R] [--binary PATH]

Generates N annotated articles with scripts/generate_corpus.py (once, into
bench-data/suggest-N/), strips their front matter into raw text files (the
date stays in the file name), and times `factiongraph suggest DIR --corpus
factions.yaml` over the whole folder R times. Prints the best run's wall time
and CPU time, and articles a second by each.
"""

import argparse
import os
import resource
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def prepare(count):
    corpus = os.path.join(ROOT, "bench-data", "suggest-%d" % count)
    annotated = corpus + "-annotated"
    raw = os.path.join(corpus, "raw")
    if os.path.isdir(raw) and len(os.listdir(raw)) == count:
        return corpus
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "generate_corpus.py"), "--articles", str(count),
                    "--factions", str(max(50, count // 10)), "--seed", "14", "--out", annotated],
                   check=True, stdout=subprocess.DEVNULL)
    os.makedirs(raw, exist_ok=True)
    os.replace(os.path.join(annotated, "factions.yaml"), os.path.join(corpus, "factions.yaml"))
    for directory, _, files in os.walk(annotated):
        for name in files:
            if not name.endswith(".md"):
                continue
            with open(os.path.join(directory, name), encoding="utf-8") as handle:
                text = handle.read()
            if text.startswith("---\n"):
                text = text.split("\n---\n", 1)[1]
            with open(os.path.join(raw, name[:-3] + ".txt"), "w", encoding="utf-8") as handle:
                handle.write(text)
    return corpus


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "factiongraph"))
    args = parser.parse_args()
    corpus = prepare(args.articles)
    command = [args.binary, "suggest", os.path.join(corpus, "raw"), "--corpus", os.path.join(corpus, "factions.yaml")]
    best = None
    for _ in range(args.runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if best is None or wall < best[0]:
            best = (wall, cpu)
    wall, cpu = best
    print("suggest: %d raw articles (%.1f MB) in %.2f s wall, %.2f s CPU (best of %d, %d cores): "
          "%.0f articles/s wall, %.0f articles/s per core"
          % (args.articles, sum(os.path.getsize(os.path.join(corpus, "raw", n)) for n in os.listdir(os.path.join(corpus, "raw"))) / 1e6,
             wall, cpu, args.runs, os.cpu_count() or 1, args.articles / wall, args.articles / cpu))


if __name__ == "__main__":
    main()
