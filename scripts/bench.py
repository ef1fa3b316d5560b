#!/usr/bin/env python3
"""FactionGraph benchmarks: each stage as a user runs it, beside the C floor
and an independent straightforward baseline, in CPU time and wall time.

    python3 scripts/bench.py [--quick] [--reading] [--runs N] [--data DIR]

(`make bench` builds the release binaries and the C floor, then runs this.)

Generates deterministic corpora under DIR (default bench-data/, kept between
runs, not in git) with scripts/generate_corpus.py, then runs every command
of a group once per round, N rounds, the commands interleaved (a burst of
load from other work on this shared machine hits all of them alike, not
one; the corpora's files are read into the page cache before each round).
For each command it reports the median and the spread (lowest to
highest) of the wall time and of the CPU time (user + sys of the child, from
wait4), and the peak memory (from GNU time: a child forked from Python would
count its memory too):

- the floor, `yaml-floor` (scripts/yaml_floor.c: one read() per file and
  libyaml's event parser over the front matter, nothing else), beside
  `factiongraph check` with all threads and with `--threads 1`, on the
  10,000- and (not with --quick) 100,000-article corpora;
- `render --format json/dot`, `path`, `diff` on the 10,000 articles;
- `path` beside the straightforward baseline (scripts/baseline_simple.py:
  PyYAML's C loader, a dict per pair, NetworkX all_shortest_paths) and the
  thorough one (scripts/baseline.py, which validates as the tool does);
- `render` of a 200-faction snapshot to SVG;

then the in-process figures of `factiongraph-bench` (a query or a diff on a
built snapshot, DOT and JSON writing speed on the latest 10k snapshot,
Graphviz in-process against the `dot` program), and the explorer page's
(scripts/bench_explorer.py: its size, the time and memory to write it, first
paint and one date step in headless Chromium, on Mapping Militants and a
generated 2,000-article corpus).

The load average is sampled before every round; when it exceeds the number
of cores the report says so: wall times then include waiting for a core,
and only the CPU times compare.

Prints a Markdown report on standard output. BENCHMARKS.md holds the
figures of a run, with the targets.
"""
import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
import json

import bench_explorer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RELEASE = os.path.join(ROOT, ".build", "release")
TOOL = os.path.join(RELEASE, "factiongraph")
BENCH = os.path.join(RELEASE, "factiongraph-bench")
FLOOR = os.path.join(RELEASE, "yaml-floor")
GENERATOR = os.path.join(ROOT, "scripts", "generate_corpus.py")
BASELINE = os.path.join(ROOT, "scripts", "baseline.py")
SIMPLE = os.path.join(ROOT, "scripts", "baseline_simple.py")
CORES = os.cpu_count() or 1

# (name, articles, factions, seed)
CORPORA = [("10k", 10_000, 2_000, 1), ("200f", 1_500, 200, 3), ("25f", 300, 25, 4), ("100k", 100_000, 10_000, 1)]

loads = []  # one-minute load averages, sampled before each round


def log(message):
    print(message, file=sys.stderr, flush=True)


def article_count(path):
    return sum(1 for _, _, files in os.walk(path) for name in files if name.endswith(".md"))


def generate(data, name, articles, factions, seed):
    path = os.path.join(data, name)
    if os.path.isdir(path) and article_count(path) != articles:
        # A generation cut short (or another corpus under this name).
        log(f"{path} does not hold {articles} articles: generating it again")
        shutil.rmtree(path)
    if not os.path.isdir(path):
        log(f"generating {name}: {articles} articles, {factions} factions")
        subprocess.run([sys.executable, GENERATOR, "--articles", str(articles), "--factions", str(factions),
                        "--seed", str(seed), "--out", path], check=True, stdout=subprocess.DEVNULL)
    return path


def run_once(command, ok=(0,)):
    """(wall seconds, CPU seconds, peak memory in KB, page faults) of one
    run.

    The CPU time is wait4's for the child, which counts the command it runs
    (the child is GNU time, which adds about a millisecond). The peak memory
    and the (minor) page faults are the ones GNU time reports for the
    command: a child's own ru_maxrss would count the memory of this Python
    process it was forked from."""
    start = time.perf_counter()
    process = subprocess.Popen(["/usr/bin/time", "-f", "%M %R"] + command, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in ok:
        raise SystemExit(f"failed ({process.returncode}): {' '.join(command)}\n{stderr.decode()[-2000:]}")
    peak, faults = (int(field) for field in stderr.decode().strip().splitlines()[-1].split())
    return wall, usage.ru_utime + usage.ru_stime, peak, faults


class Timing:
    def __init__(self):
        self.wall, self.cpu, self.peak, self.faults = [], [], 0, []

    def add(self, result):
        wall, cpu, peak, faults = result
        self.wall.append(wall)
        self.cpu.append(cpu)
        self.peak = max(self.peak, peak)
        self.faults.append(faults)


def warm(directories):
    """Reads every file under `directories`, so that each round starts with
    them in the page cache: this machine drops cached files between runs
    (a 100k corpus read cold took the floor, which runs first in a round,
    10-16 s instead of 4-5), which charged whichever command ran first."""
    for directory in directories:
        for root, _, files in os.walk(directory):
            for name in files:
                with open(os.path.join(root, name), "rb") as file:
                    while file.read(1 << 20):
                        pass


def interleaved(commands, runs):
    """{name: Timing}: every command run once per round, `runs` rounds.
    `commands` maps a name to (argv, accepted exit statuses, rounds or None
    for all)."""
    timings = {name: Timing() for name in commands}
    corpora = sorted({arg for command, _, _ in commands.values() for arg in command[1:] if os.path.isdir(arg)})
    names = list(commands)
    for round_index in range(runs):
        warm(corpora)
        loads.append(os.getloadavg()[0])
        # Each round starts one command later than the last: on this
        # machine a command's place in the round (first after the warm-up,
        # or after a command that freed much memory) moved its times by up
        # to 10 %, always in the same direction with a fixed order.
        shift = round_index % len(names)
        for name in names[shift:] + names[:shift]:
            command, ok, rounds = commands[name]
            if rounds is not None and round_index >= rounds:
                continue
            timings[name].add(run_once(command, ok))
    return timings


def seconds(value):
    return f"{value * 1000:.0f} ms" if value < 10 else f"{value:.2f} s"


def spread(values):
    """`median (low-high)`."""
    if len(values) == 1:
        return seconds(values[0])
    return f"{seconds(statistics.median(values))} ({seconds(min(values))}-{seconds(max(values))})"


def bench_stages(corpus, args):
    out = subprocess.run([BENCH, corpus] + args, capture_output=True, text=True, check=True)
    figures = {}
    for line in out.stdout.splitlines():
        name, value, _unit = line.split("\t")
        figures[name] = float(value)
    return figures


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


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(l.split(":", 1)[1].strip() for l in info if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    return f"{cpu}, {CORES} cores, {platform.system()} {platform.release()}; {swift}; Python {platform.python_version()}"


def print_rows(rows):
    """The load average (with a warning above the core count) and the
    table of `rows`."""
    print(f"Load average (1 min) before the rounds: {min(loads):.2f}-{max(loads):.2f} on {CORES} cores.\n")
    if max(loads) > CORES:
        print(f"**Warning: the load average exceeded the {CORES} cores during the run "
              f"(up to {max(loads):.2f}).** Wall times include waiting for a core; compare CPU times.\n")
        log(f"warning: load average up to {max(loads):.2f} on {CORES} cores: wall times are inflated")
    print("| stage | wall | CPU (user+sys) | peak memory | page faults | compared |")
    print("| --- | --- | --- | --- | --- | --- |")
    for stage, wall, cpu, peak, faults, note in rows:
        print(f"| {stage} | {wall} | {cpu} | {peak} | {faults} | {note} |")


def reading_only(corpora, rows, add, ratio, runs, threads, reading_ratios):
    """`--reading`: the 100k reading group too (with `--threads 1`), then
    the table of the reading rows only."""
    if "100k" in corpora:
        rounds = max(1, runs // 2)
        log(f"reading 100k: check (all threads, --threads 1) beside the C floor, {rounds} interleaved rounds")
        group = {
            "floor": ([FLOOR, corpora["100k"]], (0,), None),
            "check": ([TOOL, "check", corpora["100k"]], (0,), None),
        }
        if threads:
            group["check1"] = ([TOOL, "check", "--threads", "1", corpora["100k"]], (0,), None)
        large = interleaved(group, rounds)
        add("C floor, 100k", large["floor"])
        wall, cpu = ratio(large["check"], large["floor"])
        add("`check`, 100k", large["check"], f"{cpu:.1f}x the floor in CPU, {wall:.1f}x in wall")
        reading_ratios["100k"] = cpu
        if threads:
            wall1, cpu1 = ratio(large["check1"], large["floor"])
            add("`check --threads 1`, 100k", large["check1"], f"{cpu1:.1f}x the floor in CPU, {wall1:.1f}x in wall")
    print(f"Machine: {machine()}\n")
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; reading only; medians of {runs} interleaved "
          f"rounds for 10k, {max(1, runs // 2)} for 100k (spread: lowest-highest).")
    print_rows(rows)
    print("\nTarget (issue 13): `check` ≤ 2x the floor in CPU "
          + ", ".join(f"({name}: {value:.1f}x)" for name, value in reading_ratios.items()) + ".")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="skip the 100,000-article corpus")
    parser.add_argument("--reading", action="store_true",
                        help="only reading: the floor and `check` (all threads and one) on 10k and 100k")
    parser.add_argument("--runs", type=int, default=5, help="interleaved rounds per group (median and spread)")
    parser.add_argument("--data", default=os.path.join(ROOT, "bench-data"))
    parser.add_argument("--against", metavar="BINARY",
                        help="another factiongraph (an earlier commit's `make build`) whose `check` and `path` "
                             "run in the same interleaved rounds, for a before-and-after on one machine state")
    options = parser.parse_args()
    os.makedirs(options.data, exist_ok=True)
    for program in (TOOL, FLOOR) + (() if options.reading else (BENCH,)):
        if not os.access(program, os.X_OK):
            raise SystemExit(f"{program} is missing: run `make bench`")
    corpora = {name: generate(options.data, name, a, f, s) for name, a, f, s in CORPORA
               if not (options.quick and name == "100k")}
    big = corpora["10k"]
    source, target = path_endpoints(big) if not options.reading else ("", "")
    at = "2020"
    runs = options.runs
    rows = []  # (stage, wall, cpu, peak MB, page faults, note)

    def add(stage, timing, note=""):
        rows.append((stage, spread(timing.wall), spread(timing.cpu), f"{timing.peak / 1024:.0f} MB",
                     f"{statistics.median(timing.faults):,.0f}", note))

    def ratio(slow, fast):
        """`slow / fast` of the medians, in wall and in CPU."""
        return (statistics.median(slow.wall) / statistics.median(fast.wall),
                statistics.median(slow.cpu) / statistics.median(fast.cpu))

    log(f"reading 10k: check (all threads, --threads 1) beside the C floor, {runs} interleaved rounds")
    group = {
        "floor": ([FLOOR, big], (0,), None),
        "check": ([TOOL, "check", big], (0,), None),
    }
    # One thread: what `check` costs when no second core is free.
    threads = "--threads" in subprocess.run([TOOL, "check", "--help"], capture_output=True, text=True).stdout
    if threads:
        group["check1"] = ([TOOL, "check", "--threads", "1", big], (0,), None)
    if options.against:
        group["against"] = ([options.against, "check", big], (0,), None)
    reading = interleaved(group, runs)
    wall, cpu = ratio(reading["check"], reading["floor"])
    add("C floor (read + libyaml events), 10k", reading["floor"])
    add("`check`, 10k", reading["check"], f"{cpu:.1f}x the floor in CPU, {wall:.1f}x in wall")
    if threads:
        wall1, cpu1 = ratio(reading["check1"], reading["floor"])
        add("`check --threads 1`, 10k", reading["check1"], f"{cpu1:.1f}x the floor in CPU, {wall1:.1f}x in wall")
    # Before the comparison with the other binary, which has ratios of its own.
    reading_ratios = {"10k": cpu}
    if options.against:
        faster_wall, faster_cpu = ratio(reading["against"], reading["check"])
        add(f"`check`, 10k, {options.against}", reading["against"],
            f"`check` is {faster_wall:.2f}x faster in wall, {faster_cpu:.2f}x in CPU")

    if options.reading:
        reading_only(corpora, rows, add, ratio, runs, threads, reading_ratios)
        return
    log(f"10k stages and the baselines, {runs} interleaved rounds (the thorough baseline in at most 3)")
    against = ({"against": ([options.against, "path", big, source, target, "--at", at], (0, 1), None)}
               if options.against else {})
    stages = interleaved(against | {
        "json": ([TOOL, "render", big, "--format", "json"], (0,), None),
        "dot": ([TOOL, "render", big, "--format", "dot"], (0,), None),
        "path": ([TOOL, "path", big, source, target, "--at", at], (0, 1), None),
        "simple": ([sys.executable, SIMPLE, big, "--at", at, "--from", source, "--to", target], (0, 1), None),
        "thorough": ([sys.executable, BASELINE, big, "--at", at, "--from", source, "--to", target], (0, 1), 3),
        "diff": ([TOOL, "diff", big, "--from", "2015", "--to", "2020"], (0, 1), None),
        "svg": ([TOOL, "render", corpora["200f"], "--format", "svg"], (0,), None),
    }, runs)
    add("`render --format json`, 10k", stages["json"])
    add("`render --format dot`, 10k", stages["dot"])
    add(f"`path {source} {target} --at {at}`, 10k", stages["path"])
    if options.against:
        wall, cpu = ratio(stages["against"], stages["path"])
        add(f"`path`, same job, {options.against}", stages["against"], f"`path` is {wall:.2f}x faster in wall, {cpu:.2f}x in CPU")
    wall, cpu = ratio(stages["simple"], stages["path"])
    add("straightforward baseline (scripts/baseline_simple.py), same job", stages["simple"],
        f"`path` is {wall:.1f}x faster in wall, {cpu:.1f}x in CPU")
    path_ratio = (wall, cpu)
    wall, cpu = ratio(stages["thorough"], stages["path"])
    add("thorough baseline (scripts/baseline.py), same job", stages["thorough"],
        f"`path` is {wall:.1f}x faster in wall, {cpu:.1f}x in CPU")
    add("`diff --from 2015 --to 2020`, 10k", stages["diff"])
    add("`render` 200 factions to SVG (sfdp)", stages["svg"])

    if "100k" in corpora:
        rounds = max(1, runs // 2)
        log(f"reading 100k: check beside the C floor, {rounds} interleaved rounds")
        large = interleaved({
            "floor": ([FLOOR, corpora["100k"]], (0,), None),
            "check": ([TOOL, "check", corpora["100k"]], (0,), None),
        }, rounds)
        wall, cpu = ratio(large["check"], large["floor"])
        add("C floor, 100k", large["floor"])
        add("`check`, 100k", large["check"], f"{cpu:.1f}x the floor in CPU, {wall:.1f}x in wall")
        reading_ratios["100k"] = cpu

    log("in-process benchmarks")
    loads.append(os.getloadavg()[0])
    figures = bench_stages(big, ["--at", at, "--from", source, "--to", target])
    graphviz = bench_stages(corpora["200f"], ["--graphviz", os.path.join(options.data, "graphviz"),
                                              "--frames-corpus", corpora["25f"]])
    inprocess = [
        (f"path query on a built snapshot ({figures['snapshot.edges']:.0f} edges)",
         seconds(figures["path.query.seconds"]), seconds(figures["path.query.cpu_seconds"])),
        (f"diff of two built snapshots ({figures['diff.changes']:.0f} changes)",
         seconds(figures["diff.seconds"]), seconds(figures["diff.cpu_seconds"])),
        (f"DOT writing, latest 10k snapshot ({figures['writers.edges']:.0f} edges, {figures['dot.megabytes']:.1f} MB)",
         f"{figures['dot.megabytes_per_second']:.0f} MB/s", f"{figures['dot.megabytes_per_cpu_second']:.0f} MB/s"),
        (f"JSON writing, same snapshot ({figures['json.megabytes']:.1f} MB)",
         f"{figures['json.megabytes_per_second']:.0f} MB/s", f"{figures['json.megabytes_per_cpu_second']:.0f} MB/s"),
        (f"one large diagram ({graphviz['graphviz.large.factions']:.0f} factions, sfdp): in-process / `dot` program",
         f"{seconds(graphviz['graphviz.large.inprocess.seconds'])} / {seconds(graphviz['graphviz.large.subprocess.seconds'])}", ""),
        (f"{graphviz['graphviz.frames.count']:.0f} timeline frames: in-process / `dot` program",
         f"{seconds(graphviz['graphviz.frames.inprocess.seconds'])} / {seconds(graphviz['graphviz.frames.subprocess.seconds'])}", ""),
    ]
    loads.append(os.getloadavg()[0])

    log("the explorer page")
    explorer = bench_explorer.markdown(bench_explorer.rows(options.data, runs))

    print(f"Machine: {machine()}\n")
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; medians of {runs} interleaved rounds "
          f"(spread: lowest-highest); path endpoints {source} and {target}, snapshot as of {at}.")
    print_rows(rows)
    print("\nIn-process (`factiongraph-bench`, medians of repeated runs inside one process):\n")
    print("| stage | wall | CPU |")
    print("| --- | --- | --- |")
    for stage, wall, cpu in inprocess:
        print(f"| {stage} | {wall} | {cpu} |")
    print("\nThe explorer page (`factiongraph timeline`):\n")
    print(explorer)
    print("\nTargets (issue 13): `check` ≤ 2x the floor in CPU "
          + ", ".join(f"({name}: {value:.1f}x)" for name, value in reading_ratios.items())
          + f"; `path` ≥ 15x the straightforward baseline in wall on a quiet machine and ≥ 8x in CPU "
          f"({path_ratio[0]:.1f}x, {path_ratio[1]:.1f}x); writers ≥ 150 MB/s "
          f"(DOT {figures['dot.megabytes_per_second']:.0f}, JSON {figures['json.megabytes_per_second']:.0f} MB/s wall).")


if __name__ == "__main__":
    main()
