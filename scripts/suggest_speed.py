#!/usr/bin/env python3
"""How many articles a second `factiongraph suggest` drafts.

    python3 scripts/suggest_speed.py [--articles N] [--runs R] [--binary PATH] [--baseline PATH]

Generates N annotated articles with scripts/generate_corpus.py (once, into
bench-data/suggest-N/), strips their front matter into raw text files (the
date stays in the file name), and times `factiongraph suggest DIR --corpus
factions.yaml` over the whole folder, and as many copies of the raw seed
article against samples/factions.yaml, R times each, interleaved. Prints the
median wall and CPU (user+sys) times, articles a second by each, and the load
average. With --baseline, another build (an older release) is timed on the
same folders, its runs interleaved with the binary's, so that both see the
same load.
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


def prepare_seed_copies(count):
    """COUNT copies of the raw seed article (3.3 KB, twice the generated
    articles' length), drafted against the samples' registry: real news text."""
    folder = os.path.join(ROOT, "bench-data", "suggest-seed-%d" % count)
    if os.path.isdir(folder) and len(os.listdir(folder)) == count:
        return folder
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(ROOT, "Tests", "Fixtures", "suggest", "seed-000_b367991746375330.txt"), encoding="utf-8") as handle:
        text = handle.read()
    for number in range(count):
        with open(os.path.join(folder, "2018-11-19-seed-%05d.txt" % number), "w", encoding="utf-8") as handle:
            handle.write(text)
    return folder


def timed(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "factiongraph"))
    parser.add_argument("--baseline", help="another factiongraph binary to time beside it, interleaved")
    args = parser.parse_args()
    binaries = [args.binary] + ([args.baseline] if args.baseline else [])
    corpus = prepare(args.articles)
    seeds = prepare_seed_copies(args.articles)
    sets = []
    for binary in binaries:
        label = "" if binary == args.binary else " (baseline %s)" % binary
        sets += [
            ("generated raw articles" + label, os.path.join(corpus, "raw"),
             [binary, "suggest", os.path.join(corpus, "raw"), "--corpus", os.path.join(corpus, "factions.yaml")]),
            ("copies of the raw seed" + label, seeds,
             [binary, "suggest", seeds, "--corpus", os.path.join(ROOT, "samples", "factions.yaml")]),
        ]
    load = os.getloadavg()
    times = {name: [] for name, _, _ in sets}
    # Interleaved, so that a burst of load from elsewhere falls on both sets.
    for _ in range(args.runs):
        for name, _, command in sets:
            times[name].append(timed(command))
    after = os.getloadavg()
    for name, folder, _ in sets:
        walls = sorted(wall for wall, _ in times[name])
        cpus = sorted(cpu for _, cpu in times[name])
        wall, cpu = walls[len(walls) // 2], cpus[len(cpus) // 2]
        size = sum(os.path.getsize(os.path.join(folder, n)) for n in os.listdir(folder))
        print("suggest: %d %s (%.1f MB, %.1f KB each) in %.2f s wall, %.2f s CPU (user+sys; medians of %d interleaved runs): "
              "%.0f articles/s wall, %.0f articles/s per CPU second"
              % (args.articles, name, size / 1e6, size / 1e3 / args.articles, wall, cpu, args.runs,
                 args.articles / wall, args.articles / cpu))
    print("load average (1, 5, 15 min) %.2f %.2f %.2f before, %.2f %.2f %.2f after; %d cores"
          % (load + after + (os.cpu_count() or 1,)))


if __name__ == "__main__":
    main()
