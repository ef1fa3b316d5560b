#!/usr/bin/env python3
"""FactionGraph benchmarks: each stage as a user runs it, beside the baselines.

    python3 scripts/bench.py [--quick] [--runs N] [--data DIR]

(`make bench` builds the release binaries and runs this.)

Generates deterministic corpora under DIR (default bench-data/, kept between
runs, not in git) with scripts/generate_corpus.py, then times, as medians of
N runs of whole commands (the machine is shared and noisy):

- `factiongraph check`, `render --format json`, `render --format dot`, `path`
  and `diff --from --to` on the 10,000-article corpus;
- `render` of a 200-faction snapshot to SVG;
- the Python baseline (scripts/baseline.py: PyYAML's C loader and NetworkX)
  doing the same job as `path`, and the ratio;
- `check` of the 100,000-article corpus, with its peak memory (not with
  --quick);

and runs the in-process benchmarks of `factiongraph-bench` (a query or a diff
on an already-built snapshot, DOT and JSON writing speed, Graphviz in-process
against the `dot` program for one large diagram and 24 small ones), and the
explorer page's (scripts/bench_explorer.py: its size, the time and memory to
write it, first paint and one date step in headless Chromium, on Mapping
Militants and a generated 2,000-article corpus).

Prints a Markdown report: the machine, then the tables. BENCHMARKS.md holds
the figures of a run, with the targets.
"""
import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time

import bench_explorer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOOL = os.path.join(ROOT, ".build", "release", "factiongraph")
BENCH = os.path.join(ROOT, ".build", "release", "factiongraph-bench")
GENERATOR = os.path.join(ROOT, "scripts", "generate_corpus.py")
BASELINE = os.path.join(ROOT, "scripts", "baseline.py")

# (name, articles, factions, seed)
CORPORA = [("10k", 10_000, 2_000, 1), ("200f", 1_500, 200, 3), ("25f", 300, 25, 4), ("100k", 100_000, 10_000, 1)]


def log(message):
    print(message, file=sys.stderr, flush=True)


def generate(data, name, articles, factions, seed):
    path = os.path.join(data, name)
    if not os.path.isdir(path):
        log(f"generating {name}: {articles} articles, {factions} factions")
        subprocess.run([sys.executable, GENERATOR, "--articles", str(articles), "--factions", str(factions),
                        "--seed", str(seed), "--out", path], check=True, stdout=subprocess.DEVNULL)
    return path


def timed(command, runs, ok=(0,)):
    """Median wall time of `runs` runs, and the peak resident memory (KB)."""
    seconds = []
    peak = 0
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)
        seconds.append(time.perf_counter() - start)
        if result.returncode not in ok:
            raise SystemExit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr[-2000:]}")
        peak = max(peak, int(result.stderr.strip().splitlines()[-1]))
    return statistics.median(seconds), peak


def path_endpoints(corpus):
    """The most connected faction and a faction of median degree, from the
    snapshot's JSON, so that the path query has something to find."""
    out = subprocess.run([TOOL, "render", corpus, "--format", "json"], capture_output=True, text=True, check=True)
    degree = {}
    for relation in json.loads(out.stdout)["relations"]:
        for end in (relation["from"], relation["to"]):
            degree[end] = degree.get(end, 0) + 1
    ranked = sorted(degree, key=lambda f: (-degree[f], f))
    return ranked[0], ranked[len(ranked) // 2]


def bench_stages(corpus, args):
    out = subprocess.run([BENCH, corpus] + args, capture_output=True, text=True, check=True)
    figures = {}
    for line in out.stdout.splitlines():
        name, value, _unit = line.split("\t")
        figures[name] = float(value)
    return figures


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(l.split(":", 1)[1].strip() for l in info if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; {swift}; Python {platform.python_version()}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="skip the 100,000-article corpus")
    parser.add_argument("--runs", type=int, default=5, help="runs per timing (median)")
    parser.add_argument("--data", default=os.path.join(ROOT, "bench-data"))
    options = parser.parse_args()
    os.makedirs(options.data, exist_ok=True)
    corpora = {name: generate(options.data, name, a, f, s) for name, a, f, s in CORPORA
               if not (options.quick and name == "100k")}
    big = corpora["10k"]
    source, target = path_endpoints(big)
    at = "2020"
    runs = options.runs
    rows = []

    def row(stage, ours, theirs=None, target_text=""):
        ratio = f"{theirs / ours:.1f}x" if theirs else ""
        rows.append((stage, f"{ours * 1000:.0f} ms" if ours < 10 else f"{ours:.2f} s",
                     (f"{theirs * 1000:.0f} ms" if theirs < 10 else f"{theirs:.2f} s") if theirs else "", ratio, target_text))

    log("timing the 10,000-article corpus")
    check, check_memory = timed([TOOL, "check", big], runs)
    row("check, 10k articles", check, target_text="< 0.5 s")
    row("render --format json, 10k", timed([TOOL, "render", big, "--format", "json"], runs)[0])
    row("render --format dot, 10k", timed([TOOL, "render", big, "--format", "dot"], runs)[0])
    path, _ = timed([TOOL, "path", big, source, target, "--at", at], runs, ok=(0, 1))
    baseline, _ = timed([sys.executable, BASELINE, big, "--at", at, "--from", source, "--to", target], max(3, runs // 2))
    row(f"path {source} → {target} (vs Python baseline, same job)", path, baseline, "≥ 10x")
    row("diff --from 2015 --to 2020, 10k", timed([TOOL, "diff", big, "--from", "2015", "--to", "2020"], runs, ok=(0, 1))[0])
    row("render 200-faction snapshot to SVG (sfdp)", timed([TOOL, "render", corpora["200f"], "--format", "svg"], runs)[0])
    if "100k" in corpora:
        log("timing the 100,000-article corpus")
        check100, memory100 = timed([TOOL, "check", corpora["100k"]], max(1, runs // 2))
        row(f"check, 100k articles (peak memory {memory100 / 1024:.0f} MB)", check100, target_text="< 5 s, < 1 GB")

    log("in-process benchmarks")
    figures = bench_stages(big, ["--at", at, "--from", source, "--to", target])
    graphviz = bench_stages(corpora["200f"], ["--graphviz", os.path.join(options.data, "graphviz"),
                                              "--frames-corpus", corpora["25f"]])
    row(f"path query on a built snapshot ({figures['snapshot.edges']:.0f} edges)", figures["path.query.seconds"],
        target_text="< 50 ms")
    row(f"diff of two built snapshots ({figures['diff.changes']:.0f} changes)", figures["diff.seconds"],
        target_text="< 50 ms")
    rows.append(("DOT writing speed", f"{figures['dot.megabytes_per_second']:.0f} MB/s", "", "", "≥ 100 MB/s"))
    rows.append(("JSON writing speed", f"{figures['json.megabytes_per_second']:.0f} MB/s", "", "", ""))
    row(f"one large diagram ({graphviz['graphviz.large.factions']:.0f} factions, sfdp): in-process vs `dot`",
        graphviz["graphviz.large.inprocess.seconds"], graphviz["graphviz.large.subprocess.seconds"], "≥ 1x")
    row(f"{graphviz['graphviz.frames.count']:.0f} small diagrams (neato): in-process vs `dot`",
        graphviz["graphviz.frames.inprocess.seconds"], graphviz["graphviz.frames.subprocess.seconds"], "≥ 3x")

    log("the explorer page")
    explorer = bench_explorer.markdown(bench_explorer.rows(options.data, runs))

    print(f"Machine: {machine()}\n")
    print(f"Medians of {runs} runs; path endpoints {source} and {target}, snapshot as of {at}.\n")
    print("| stage | factiongraph | baseline | ratio | target |")
    print("| --- | --- | --- | --- | --- |")
    for stage, ours, theirs, ratio, target_text in rows:
        print(f"| {stage} | {ours} | {theirs} | {ratio} | {target_text} |")
    print("\nThe explorer page (`factiongraph timeline`):\n")
    print(explorer)


if __name__ == "__main__":
    main()
