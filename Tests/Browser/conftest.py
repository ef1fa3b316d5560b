"""Fixtures for the explorer's browser tests: the factiongraph binary, the
corpora, their pages, and headless Chromium driven by Playwright.

Playwright for Python comes from PyPI and the browser from Debian
(`/usr/bin/chromium`): no browser can be downloaded here, so Playwright is
pointed at Debian's through `executable_path`. Both are installed when
missing, as the Makefile installs Graphviz.
"""
import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
NODE = os.environ.get("NODE", "/usr/bin/node")


def _install():
    """Playwright (pip), Chromium and Node (apt), when missing."""
    try:
        import playwright  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "playwright"], check=True)
    # Debian's Chromium for the pages, and Node for `node --check` of the page's script.
    missing = [package for package, program in [("chromium", CHROMIUM), ("nodejs", NODE)] if not os.path.exists(program)]
    if missing:
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        install = sudo + ["apt-get", "install", "-y", *missing]
        if subprocess.run(install).returncode != 0:
            subprocess.run(sudo + ["apt-get", "update"], check=True)
            subprocess.run(install, check=True)


_install()
from playwright.sync_api import sync_playwright  # noqa: E402

from explorer import Explorer  # noqa: E402


def binary():
    """The factiongraph binary: $FACTIONGRAPH, else the debug build (`make
    test` builds it), else the release build."""
    for candidate in [os.environ.get("FACTIONGRAPH"), os.path.join(ROOT, ".build", "debug", "factiongraph"),
                      os.path.join(ROOT, ".build", "release", "factiongraph")]:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    raise RuntimeError("no factiongraph binary: run `swift build` first")


class Tool:
    """Runs factiongraph on a corpus; every page and JSON answer comes from here."""

    def __init__(self, path, corpus, directory):
        self.path, self.corpus, self.directory = path, corpus, directory

    def run(self, *arguments, ok=(0,)):
        # From the repository's root, so that the samples are `samples`, as a user names them.
        result = subprocess.run([self.path, *arguments], capture_output=True, text=True, cwd=ROOT)
        if result.returncode not in ok:
            raise AssertionError(f"factiongraph {' '.join(arguments)} exited {result.returncode}: {result.stderr[-2000:]}")
        return result.stdout

    def page(self, *options, name="page.html"):
        """Writes the corpus's explorer page and returns its path."""
        out = os.path.join(self.directory, name)
        self.run("timeline", self.corpus, "-o", out, *options)
        return out

    def snapshot(self, date, *options):
        """`render --at DATE --format json`, decoded."""
        return json.loads(self.run("render", self.corpus, "--at", date, "--format", "json", *options))

    def paths(self, source, target, date, *options):
        """`path --format json`, decoded (exit 1 means no path)."""
        return json.loads(self.run("path", self.corpus, source, target, "--at", date, "--format", "json", *options, ok=(0, 1)))


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def samples(tmp_path_factory):
    return Tool(binary(), "samples", str(tmp_path_factory.mktemp("samples")))


@pytest.fixture(scope="session")
def mapping_militants(tmp_path_factory):
    """Stanford's Mapping Militants relationships as a corpus, as a user makes
    it: `factiongraph import mmp` on the CSV files (the repository's copy of
    ../shared/data/mapping-militants)."""
    corpus = os.path.join(str(tmp_path_factory.mktemp("mapping-militants-corpus")), "mmp")
    Tool(binary(), None, None).run("import", "mmp", os.path.join(ROOT, "Tests", "Fixtures", "mapping-militants"), "-o", corpus)
    return Tool(binary(), corpus, str(tmp_path_factory.mktemp("mapping-militants")))


@pytest.fixture(scope="session")
def samples_page(samples):
    return samples.page()


@pytest.fixture(scope="session")
def mapping_militants_page(mapping_militants):
    return mapping_militants.page()


@pytest.fixture
def open_page(browser):
    """Opens a page file (with an optional #hash) in a fresh tab: an Explorer."""
    contexts = []

    def opener(path, fragment="", width=1400, height=900):
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        explorer = Explorer(context.new_page())
        explorer.open(path, fragment)
        return explorer

    yield opener
    for context in contexts:
        context.close()
