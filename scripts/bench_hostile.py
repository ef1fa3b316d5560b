#!/usr/bin/env python3
"""Benchmarks of hostile input: the cases of docs/limits.md, timed.

    python3 scripts/bench_hostile.py [--binary .build/release/factiongraph] [--data DIR]

Generates each corpus under DIR (default bench-data/hostile/, kept between
runs), runs `factiongraph check` on it (and `render` where the trouble was
in rendering) with a time limit, and prints a Markdown table: the case, the
time, the peak memory, the exit status and the first line of output. Each
case once took minutes, crashed or used gigabytes; the target for each is a
few seconds and memory in proportion to the input. These are benchmarks,
not tests: the tests check the same cases at sizes that run in milliseconds
when linear.
"""
import argparse
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REGISTRY = "hts: Hayat Tahrir al-Sham\nisis: Islamic State\n"
LIMIT = 300


def article(front_matter, body):
    return "---\narticle: {title: T, published: 2018}\n" + front_matter + "---\n" + body


def cases():
    """(name, files, commands) for each case."""
    quote = ("word " * 4000).strip()
    yield ("repetitive evidence (100,000 x)", {
        "a.md": article("relations:\n  - combat: hts -- isis\n    evidence: " + "x" * 100_000 + " y\n", "x" * 100_000 + "\n"),
    }, [["check"]])
    yield ("60,000 relations in one article", {
        "a.md": article("relations:\n" + "".join(f"  - combat: hts -- isis\n    evidence: fight number {i} happened\n"
                                               for i in range(60_000)),
                        "".join(f"The fight number {i} happened near town {i}.\n" for i in range(60_000))),
    }, [["check"]])
    yield ("60,000 bad relations", {
        "a.md": article("relations:\n" + "  - combat: hts -> isis\n    evidence: x\n" * 60_000, "x\n"),
    }, [["check"]])
    yield ("20,000 unknown names, 5,000 factions", {
        "factions.yaml": "".join(f"g{i}: Group number {i}\n" for i in range(5_000)),
        "a.md": article("relations:\n" + "".join(f"  - combat: g1 -- Grup nmber {i}x\n    evidence: fought\n"
                                               for i in range(20_000)), "fought\n"),
    }, [["check"]])
    yield ("60,000 nested brackets", {
        "a.md": article("relations: " + "[" * 60_000 + "]" * 60_000 + "\n", "body\n"),
    }, [["check"]])
    yield ("99 brackets around 900,000 values", {
        "a.md": article("relations: " + "[" * 99 + ",\n".join(["a, a, a, a, a, a, a, a, a, a"] * 90_000) + "]" * 99 + "\n",
                        "body\n"),
    }, [["check"]])
    yield ("20 KB quote aliased 20,000 times", {
        "a.md": article("relations:\n  - combat: hts -- isis\n    evidence: [&q " + quote + ", "
                        + ", ".join(["*q"] * 20_000) + "]\n", quote + "\n"),
    }, [["check"], ["render", "-o", "out.dot"]])
    yield ("registry of 100,000 factions", {
        "factions.yaml": "".join(f"g{i}: Group {i}\n" for i in range(100_000)),
        "a.md": article("relations:\n  - combat: g1 -- g2\n    evidence: fought\n", "fought\n"),
    }, [["check"]])


def run(binary, command, directory):
    """(seconds, peak resident KB, exit status, first line of output)."""
    started = time.monotonic()
    with open(os.path.join(directory, ".out"), "wb") as out:
        process = subprocess.Popen([binary] + command[:1] + ["."] + command[1:], cwd=directory,
                                   stdout=out, stderr=subprocess.STDOUT)
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > LIMIT:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.01)
    seconds = time.monotonic() - started
    code = os.waitstatus_to_exitcode(status)
    shown = "timeout" if seconds > LIMIT else str(code)
    with open(os.path.join(directory, ".out"), "rb") as out:
        first = out.readline().decode("utf-8", "replace").rstrip("\n")
    return seconds, usage.ru_maxrss, shown, first


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "factiongraph"))
    parser.add_argument("--data", default=os.path.join(ROOT, "bench-data", "hostile"))
    args = parser.parse_args()
    print("| case | command | time | peak memory | exit | first line |")
    print("| --- | --- | --- | --- | --- | --- |")
    for index, (name, files, commands) in enumerate(cases()):
        directory = os.path.join(args.data, f"case-{index}")
        if not os.path.isdir(directory):
            os.makedirs(directory)
            if "factions.yaml" not in files:
                files = dict(files, **{"factions.yaml": REGISTRY})
            for path, text in files.items():
                with open(os.path.join(directory, path), "w") as handle:
                    handle.write(text)
        for command in commands:
            seconds, peak, status, output = run(args.binary, command, directory)
            shown = output if len(output) < 100 else output[:97] + "..."
            print(f"| {name} | {' '.join(command)} | {seconds:.2f} s | {peak // 1024} MB | {status} | `{shown}` |",
                  flush=True)


if __name__ == "__main__":
    sys.exit(main())
