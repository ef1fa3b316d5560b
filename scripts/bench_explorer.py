#!/usr/bin/env python3
"""Benchmarks of the explorer page (`factiongraph timeline`) on real and
generated data: the page's size, the time and peak memory to write it, and
in headless Chromium its first paint and the time of one date step.
Writing the page is timed with GNU time (-v): wall and CPU (user + sys)
time, and peak resident memory; the load average is printed at the end.

    python3 scripts/bench_explorer.py [--runs N] [--data DIR]

(`make bench` runs it as part of scripts/bench.py.) The corpora: Stanford's
Mapping Militants relationships (`factiongraph import mmp` on
../shared/data/mapping-militants, or the repository's copy of it) with a step
per change, and
a generated corpus of 2,000 articles and 300 factions (scripts/generate_corpus.py,
seed 5) with a step per month. Chromium is Debian's, driven by Playwright
(both installed by `make test`).
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOOL = os.path.join(ROOT, ".build", "release", "factiongraph")
CHROMIUM = "/usr/bin/chromium"

# (name, how to make the corpus, timeline options, targets: MB, s, MB of
# memory, ms to first paint, ms per date step; issue 10)
CORPORA = [
    ("Mapping Militants", "mapping-militants", [], (2, 1, None, 1500, 50)),
    ("generated, 2,000 articles / 300 factions, monthly", "2k", ["--every", "month"], (10, 5, 300, None, None)),
]

STEP = """async () => {
  // One date step as a user makes it (a key press): the page's own script
  // (the key's handler runs synchronously), and the time until the next
  // frame is drawn (the script, then the browser's style, layout and paint,
  // waiting for a frame of the display's 60 per second).
  const frames = [], scripts = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: i % 2 ? 'ArrowRight' : 'ArrowLeft', bubbles: true }));
    scripts.push(performance.now() - start);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    frames.push(performance.now() - start);
  }
  // The baseline: the same wait for a frame when nothing changed, what
  // this machine takes to give any page its next frame.
  const idle = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    idle.push(performance.now() - start);
  }
  const median = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return [median(frames), median(scripts), median(idle)];
}"""


def corpus(data, name):
    path = os.path.join(data, name)
    if os.path.isdir(path):
        return path
    if name == "mapping-militants":
        # As a user builds it: `factiongraph import mmp` on the shared data
        # (or the repository's copy of it).
        shared = os.path.join(ROOT, "..", "shared", "data", "mapping-militants")
        source = shared if os.path.isdir(shared) else os.path.join(ROOT, "Tests", "Fixtures", "mapping-militants")
        subprocess.run([TOOL, "import", "mmp", source, "-o", path], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    else:
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "generate_corpus.py"), "--articles", "2000",
                        "--factions", "300", "--seed", "5", "--out", path], check=True, stdout=subprocess.DEVNULL)
    return path


def write_page(path, options, out):
    """One run of writing the page: wall seconds, CPU seconds (user + sys),
    peak resident memory in MB (GNU time's -v report)."""
    result = subprocess.run(["/usr/bin/time", "-v", TOOL, "timeline", path, "-o", out, *options],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        raise SystemExit(f"timeline failed on {path}: {result.stderr[-2000:]}")
    report = {}
    for line in result.stderr.splitlines():
        key, _, value = line.strip().rpartition(": ")
        report[key] = value
    wall = report["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":")
    seconds = sum(float(part) * 60 ** index for index, part in enumerate(reversed(wall)))
    cpu = float(report["User time (seconds)"]) + float(report["System time (seconds)"])
    return seconds, cpu, int(report["Maximum resident set size (kbytes)"]) / 1024


def in_browser(page_path, runs):
    """Median first paint (ms since navigation) and median step times (ms: to the next frame, of the script) in headless Chromium."""
    from playwright.sync_api import sync_playwright
    paints, steps, scripts, idles = [], [], [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1400, "height": 900})
            page = context.new_page()
            page.goto(f"file://{page_path}")
            page.wait_for_selector("body[data-ready]", timeout=60000)
            page.wait_for_function("() => performance.getEntriesByName('explorer-painted').length > 0")
            paints.append(page.evaluate("performance.getEntriesByName('explorer-painted')[0].startTime"))
            frame, script, idle = page.evaluate(STEP)
            steps.append(frame)
            scripts.append(script)
            idles.append(idle)
            context.close()
        browser.close()
    return statistics.median(paints), (statistics.median(steps), statistics.median(scripts), statistics.median(idles))


def rows(data, runs):
    """One row per corpus: (corpus, steps, page MB, write s, CPU s, memory MB,
    first paint ms, step ms, targets). The corpora's runs are interleaved
    (one of each, then again), so that a burst of load on this shared machine
    falls on both; medians, and the highest peak memory."""
    table = []
    with tempfile.TemporaryDirectory() as scratch:
        paths = [(corpus(data, name), os.path.join(scratch, f"{name}.html")) for _, name, _, _ in CORPORA]
        runs_of = [[] for _ in CORPORA]
        for _ in range(runs):
            for index, (_, _, options, _) in enumerate(CORPORA):
                runs_of[index].append(write_page(paths[index][0], options, paths[index][1]))
        for index, (label, _, _, targets) in enumerate(CORPORA):
            out = paths[index][1]
            measured = runs_of[index]
            size = os.path.getsize(out) / 1e6
            with open(out, encoding="utf-8") as page:
                steps = page.read().count('"day":')
            paint, step = in_browser(out, max(3, runs // 2))
            table.append((label, steps, size, statistics.median(m[0] for m in measured),
                          statistics.median(m[1] for m in measured), max(m[2] for m in measured), paint, step, targets))
    return table


def markdown(table):
    lines = ["| corpus | date steps | page | write the page: wall (CPU) | peak memory | first paint | one date step: until drawn; the page's script of it; baseline |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for label, steps, size, seconds, cpu, memory, paint, step, (mb, s, memory_target, paint_target, step_target) in table:
        lines.append(f"| {label} | {steps} | {size:.2f} MB (≤ {mb} MB) | {seconds:.2f} s ({cpu:.2f} s) (≤ {s} s) | "
                     f"{memory:.0f} MB{f' (≤ {memory_target} MB)' if memory_target else ''} | "
                     f"{paint:.0f} ms{f' (≤ {paint_target} ms)' if paint_target else ''} | "
                     f"{step[0]:.1f} ms{f' (≤ {step_target} ms)' if step_target else ''}; script {step[1]:.1f} ms; "
                     f"a frame with no change {step[2]:.1f} ms |")
    lines.append("")
    lines.append(f"Load average when done: {' '.join(f'{load:.2f}' for load in os.getloadavg())}.")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data", default=os.path.join(ROOT, "bench-data"))
    options = parser.parse_args()
    os.makedirs(options.data, exist_ok=True)
    print(markdown(rows(options.data, options.runs)))


if __name__ == "__main__":
    main()
