#!/usr/bin/env python3
"""Mutation fuzzing of the factiongraph command line, as users run it.

    scripts/mutate-fuzz.py [--runs N | --seconds S] [--jobs J] [--seed S]
                           [--binary .build/release/factiongraph] [--out DIR]

Each run mutates one to three files of a copy of samples/ (bytes flipped,
inserted, deleted or repeated; lines swapped, repeated or cut; tokens of the
format and extreme values spliced in), then runs `factiongraph check` and
`factiongraph render -o` on it, and flags:

* a crash: death by a signal, or an exit status other than 0, 1 or 2;
* a run over 10 seconds (killed);
* an output file written by a render that exited non-zero;
* a render that exited 0 without writing its output;
* check and render disagreeing on whether the corpus has errors.

Each finding's corpus is copied to DIR/finding-N/ (default
.build-fuzz/mutate-findings/) with what happened, for a regression test.
Prints the number of runs and findings; exit status 1 when there are
findings. Deterministic for a given --seed and --jobs (worker k uses seed
S + k), apart from which runs fit in --seconds.
"""

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from multiprocessing import Process, Queue

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIMEOUT = 10

# Fragments that reach the reader's corners: the format's tokens, YAML's
# syntax, extreme numbers and dates, characters that need escaping.
TOKENS = [
    b"---", b"\n---\n", b": ", b":", b"- ", b"\t", b"  ", b"\n", b"\r\n", b"[", b"]", b"{", b"}", b",",
    b"&a ", b"*a", b"&b [*a, *a, *a, *a]", b"!!str ", b"? ", b"|\n  ", b">-\n  ", b"#", b"'", b'"', b"\\",
    b"article:", b"title:", b"published:", b"factions:", b"relations:", b"evidence:", b"date:", b"until:",
    b"casualties: {hts: 3}", b"confidence: denied", b"renamed: [{date: 2016, name: X}]", b"aliases: [a, b]",
    b"kind: state", b"dissolved: 9999-12-31", b"founded: 0001", b"until: 9999",
    b"- combat: hts -- isis", b"- allegiance: hts -> al-qaeda", b"- split: isis -> al-qaeda", b" -- ", b" -> ",
    b"99999999999999999999", b"9223372036854775807", b"-1", b"0000", b"2018-02-30", b"9999", b"0001-01-01",
    b"\x00", b"\x01", b"\x1b[2J", b"\x7f", b"\xc2\x85", b"\xe2\x80\xae", b"\xef\xbb\xbf", b"\xff", b"\xc3",
    b"\xe2\x80\x99", b"\xe2\x80\x94", b"\xe2\x80\xa6", "هيئة تحرير الشام".encode(),
]


def mutate(data, rng):
    """One random change to `data` (bytes)."""
    choice = rng.randrange(11)
    n = len(data)
    if n == 0 or choice == 0:  # insert a token
        at = rng.randint(0, n)
        return data[:at] + rng.choice(TOKENS) + data[at:]
    if choice == 1:  # flip bits of a byte
        at = rng.randrange(n)
        return data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1:]
    if choice == 2:  # delete a range
        at = rng.randrange(n)
        return data[:at] + data[at + rng.randint(1, 64):]
    if choice == 3:  # repeat a range, sometimes many times
        at = rng.randrange(n)
        piece = data[at:at + rng.randint(1, 40)]
        return data[:at] + piece * rng.choice([2, 3, 10, 100, 1000]) + data[at:]
    if choice == 4:  # random bytes
        at = rng.randint(0, n)
        return data[:at] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 8))) + data[at:]
    lines = data.split(b"\n")
    if choice == 5 and len(lines) > 1:  # swap two lines
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    elif choice == 6:  # repeat a line
        i = rng.randrange(len(lines))
        lines[i:i] = [lines[i]] * rng.choice([1, 2, 50])
    elif choice == 7:  # delete a line
        del lines[rng.randrange(len(lines))]
    elif choice == 8:  # change a line's indentation
        i = rng.randrange(len(lines))
        lines[i] = b" " * rng.randrange(8) + lines[i].lstrip(b" ")
    elif choice == 9:  # replace a number with an extreme one
        i = rng.randrange(len(lines))
        digits = [k for k, c in enumerate(lines[i]) if 0x30 <= c <= 0x39]
        if digits:
            k = rng.choice(digits)
            lines[i] = lines[i][:k] + rng.choice([b"9999", b"0", b"99999999999999999999", b"13", b"31"]) + lines[i][k + 1:]
    else:  # truncate
        return data[:rng.randrange(n)]
    return b"\n".join(lines)


def run(binary, arguments, cwd):
    """(status, stderr, seconds); status is -signal for a signal, None on timeout."""
    started = time.monotonic()
    try:
        done = subprocess.run([binary] + arguments, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, timeout=TIMEOUT)
        return done.returncode, done.stderr.decode("utf-8", "replace"), time.monotonic() - started
    except subprocess.TimeoutExpired:
        return None, "", time.monotonic() - started


def problems(binary, corpus, output_dir, rng):
    """What is wrong with the commands' behaviour on `corpus`, in words."""
    found = []
    check, check_err, _ = run(binary, ["check", corpus], output_dir)
    if check is None:
        found.append(f"check ran over {TIMEOUT} s")
    elif check not in (0, 1, 2):
        found.append(f"check exited {check}: {check_err[-400:]}")
    output = os.path.join(output_dir, rng.choice(["out.dot", "out.dot", "out.dot", "out.json", "out.svg"]))
    if os.path.exists(output):
        os.unlink(output)
    render, render_err, _ = run(binary, ["render", corpus, "-o", output], output_dir)
    written = os.path.exists(output)
    if render is None:
        found.append(f"render ran over {TIMEOUT} s")
    elif render not in (0, 1, 2):
        found.append(f"render exited {render}: {render_err[-400:]}")
    elif render != 0 and written:
        found.append(f"render exited {render} but wrote {os.path.basename(output)}")
    elif render == 0 and not written:
        found.append("render exited 0 without writing its output")
    if check in (0, 1) and render in (0, 1) and check != render:
        found.append(f"check exited {check} but render {render}")
    leftovers = [name for name in os.listdir(output_dir) if name.endswith(".tmp")]
    if leftovers:
        found.append(f"temporary files left: {leftovers}")
    if written:
        os.unlink(output)
    return found


def worker(index, args, deadline, results):
    rng = random.Random(args.seed + index)
    scratch = tempfile.mkdtemp(prefix=f"mutate-fuzz-{index}-")
    corpus = os.path.join(scratch, "corpus")
    output_dir = os.path.join(scratch, "out")
    shutil.copytree(os.path.join(ROOT, "samples"), corpus)
    os.mkdir(output_dir)
    names = sorted(os.listdir(corpus))
    originals = {name: open(os.path.join(corpus, name), "rb").read() for name in names}
    runs = 0
    findings = []
    quota = args.runs // args.jobs + (1 if index < args.runs % args.jobs else 0) if args.runs else None
    while (quota is None or runs < quota) and time.time() < deadline:
        changed = rng.sample(names, rng.randint(1, 3))
        for name in changed:
            data = originals[name]
            for _ in range(rng.randint(1, 4)):
                data = mutate(data, rng)
            with open(os.path.join(corpus, name), "wb") as handle:
                handle.write(data)
        found = problems(args.binary, corpus, output_dir, rng)
        runs += 1
        if found:
            target = os.path.join(args.out, f"finding-{index}-{runs}")
            shutil.copytree(corpus, target)
            with open(os.path.join(target, "FINDING.txt"), "w") as handle:
                handle.write("\n".join(found) + "\nmutated: " + ", ".join(changed) + "\n")
            findings.append((target, found))
        for name in changed:
            with open(os.path.join(corpus, name), "wb") as handle:
                handle.write(originals[name])
        if runs % 1000 == 0:
            results.put(("progress", index, runs))
    shutil.rmtree(scratch, ignore_errors=True)
    results.put(("done", index, runs, findings))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=0, help="mutated corpora to try (default: until --seconds)")
    parser.add_argument("--seconds", type=float, default=0, help="stop after this long")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/factiongraph"))
    parser.add_argument("--out", default=os.path.join(ROOT, ".build-fuzz/mutate-findings"))
    args = parser.parse_args()
    if not args.runs and not args.seconds:
        args.runs = 1000
    if not os.access(args.binary, os.X_OK):
        sys.exit(f"mutate-fuzz: no binary at {args.binary}: run `make build`")
    os.makedirs(args.out, exist_ok=True)
    deadline = time.time() + args.seconds if args.seconds else float("inf")
    results = Queue()
    workers = [Process(target=worker, args=(k, args, deadline, results)) for k in range(args.jobs)]
    for process in workers:
        process.start()
    started = time.time()
    progress = {}
    total = 0
    findings = []
    finished = 0
    while finished < len(workers):
        message = results.get()
        if message[0] == "progress":
            progress[message[1]] = message[2]
            print(f"{sum(progress.values())} runs, {time.time() - started:.0f} s", flush=True)
        else:
            finished += 1
            total += message[2]
            findings += message[3]
    for process in workers:
        process.join()
    for target, found in findings:
        print(f"FINDING {target}: " + "; ".join(found))
    print(f"{total} runs in {time.time() - started:.0f} s, {len(findings)} finding{'s' if len(findings) != 1 else ''}")
    sys.exit(1 if findings else 0)


if __name__ == "__main__":
    main()
