#!/usr/bin/env python3
"""Benchmarks of the explorer page (`factiongraph timeline`) on real and
generated data: the page's size, the time and peak memory to write it, and
in headless Chromium its first paint and the time of one date step.

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

# (name, how to make the corpus, timeline options, targets: MB, s, MB of memory)
CORPORA = [
    ("Mapping Militants", "mapping-militants", [], (2, 1, None)),
    ("generated, 2,000 articles / 300 factions, monthly", "2k", ["--every", "month"], (10, 5, 300)),
]

STEP = """async () => {
  // One date step as a user makes it (a key press), until the next frame is drawn.
  const times = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: i % 2 ? 'ArrowRight' : 'ArrowLeft', bubbles: true }));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
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


def write_page(path, options, out, runs):
    """Median seconds and peak memory (MB) of writing the page."""
    seconds, peak = [], 0
    for _ in range(runs):
        result = subprocess.run(["/usr/bin/time", "-f", "%e %M", TOOL, "timeline", path, "-o", out, *options],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if result.returncode != 0:
            raise SystemExit(f"timeline failed on {path}: {result.stderr[-2000:]}")
        elapsed, memory = result.stderr.strip().splitlines()[-1].split()
        seconds.append(float(elapsed))
        peak = max(peak, int(memory) / 1024)
    return statistics.median(seconds), peak


def in_browser(page_path, runs):
    """Median first paint (ms since navigation) and median step time (ms) in headless Chromium."""
    from playwright.sync_api import sync_playwright
    paints, steps = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1400, "height": 900})
            page = context.new_page()
            page.goto(f"file://{page_path}")
            page.wait_for_selector("body[data-ready]", timeout=60000)
            page.wait_for_function("() => performance.getEntriesByName('explorer-painted').length > 0")
            paints.append(page.evaluate("performance.getEntriesByName('explorer-painted')[0].startTime"))
            steps.append(page.evaluate(STEP))
            context.close()
        browser.close()
    return statistics.median(paints), statistics.median(steps)


def rows(data, runs):
    """One row per corpus: (corpus, steps, page MB, write s, memory MB, first paint ms, step ms, targets)."""
    table = []
    with tempfile.TemporaryDirectory() as scratch:
        for label, name, options, targets in CORPORA:
            path = corpus(data, name)
            out = os.path.join(scratch, f"{name}.html")
            seconds, memory = write_page(path, options, out, runs)
            size = os.path.getsize(out) / 1e6
            with open(out, encoding="utf-8") as page:
                steps = page.read().count('"day":')
            paint, step = in_browser(out, max(1, runs // 2))
            table.append((label, steps, size, seconds, memory, paint, step, targets))
    return table


def markdown(table):
    lines = ["| corpus | date steps | page | write the page | peak memory | first paint | one date step |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for label, steps, size, seconds, memory, paint, step, (mb, s, memory_target) in table:
        lines.append(f"| {label} | {steps} | {size:.2f} MB (≤ {mb} MB) | {seconds:.2f} s (≤ {s} s) | "
                     f"{memory:.0f} MB{f' (≤ {memory_target} MB)' if memory_target else ''} | {paint:.0f} ms | {step:.1f} ms |")
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
