# FactionGraph: two commands do everything.
#   make demo   build, then render the bundled samples into output/
#   make test   build and run the tests (Swift, then the explorer page in
#               Chromium), and a short run of each fuzzer
# Both first install what is missing (Graphviz and libyaml from Debian; for
# the browser tests Playwright from PyPI and Chromium from Debian).

SWIFT   ?= swift
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE := .build/release/factiongraph
# Release builds link the Swift runtime and Foundation in: start-up is half
# as long and runtime calls (reference counting above all) skip the dynamic
# linker's indirection (BENCHMARKS.md, fifth pass). Every release build here
# takes the flag: building without it rebuilds everything.
RELEASE_FLAGS := -c release --static-swift-stdlib
APT_PACKAGES := pkg-config libgraphviz-dev graphviz libyaml-dev poppler-utils

.PHONY: demo test deps browser-deps build bench clean timeline-check screenshots fuzz fuzz-smoke eval-suggest

# Installs Graphviz (library, headers and the dot program the tests use as
# a judge) and libyaml when pkg-config cannot find them.
deps:
	@if ! command -v pkg-config >/dev/null || ! pkg-config --exists libgvc yaml-0.1 || ! command -v dot >/dev/null || ! command -v pdftotext >/dev/null; then \
	  echo "Installing $(APT_PACKAGES)"; \
	  $(SUDO) apt-get install -y $(APT_PACKAGES) || { $(SUDO) apt-get update && $(SUDO) apt-get install -y $(APT_PACKAGES); }; \
	fi

build: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product factiongraph

demo: build
	$(RELEASE) check samples
	$(RELEASE) render samples -o output/factions.svg
	$(RELEASE) render samples -o output/factions.png
	$(RELEASE) render samples -o output/factions.dot
	$(RELEASE) render samples -o output/factions.json
	$(RELEASE) render samples --at 2018-11-19 -o output/factions-2018-11-19.svg
	$(RELEASE) render samples --at 2018-11-19 -o output/factions-2018-11-19.png
	$(RELEASE) render samples --at 2018-11-19 -o output/factions-2018-11-19.pdf
	$(RELEASE) render samples --at 2014 --sources -o output/factions-2014-sources.png
	$(RELEASE) timeline samples -o output/timeline.html
	@echo "Diagrams written to output/"

# The explorer page's first and last frames on the samples, shown in the
# README: the browser test that takes them, told to leave them in output/
# (under `make test` it writes them to a temporary directory, so that the
# tests leave a checkout clean). Not part of `make demo`, which needs no
# browser: run it after changing the page.
screenshots: build browser-deps
	EXPLORER_SCREENSHOTS=output FACTIONGRAPH=$(RELEASE) python3 -m pytest -q -p no:cacheprovider Tests/Browser/test_explorer.py -k first_and_last_frames

test: deps browser-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	FACTIONGRAPH=.build/debug/factiongraph python3 -m pytest -q -p no:cacheprovider Tests/Browser
	scripts/fuzz.sh --runs $(FUZZ_RUNS)

# The explorer page's tests drive Debian's Chromium with Playwright for
# Python (no browser can be downloaded here: Playwright is pointed at
# /usr/bin/chromium), and check the page's script with Debian's Node.
browser-deps:
	@python3 -c "import pytest" 2>/dev/null || python3 -m pip install --quiet pytest
	@python3 -c "import playwright" 2>/dev/null || python3 -m pip install --quiet playwright
	@if ! command -v chromium >/dev/null || ! command -v node >/dev/null; then \
	  echo "Installing chromium nodejs"; \
	  $(SUDO) apt-get install -y chromium nodejs || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium nodejs; }; \
	fi

# libFuzzer on the front-matter reader and the registry reader (instrumented
# with AddressSanitizer, built in .build-fuzz/): `make fuzz` for
# FUZZ_SECONDS per target; `make test` runs FUZZ_RUNS executions of each.
FUZZ_RUNS ?= 100000
FUZZ_SECONDS ?= 600
fuzz: deps
	scripts/fuzz.sh --seconds $(FUZZ_SECONDS)

fuzz-smoke: deps
	scripts/fuzz.sh --runs $(FUZZ_RUNS)

# Benchmarks against the C floor, the Python baselines and the dot program,
# and the explorer page in Chromium (see BENCHMARKS.md), in CPU and wall
# time; corpora are generated into bench-data/ on the first run. PyYAML and
# NetworkX are installed when missing.
bench: deps browser-deps
	$(SWIFT) build $(RELEASE_FLAGS) --product factiongraph
	$(SWIFT) build $(RELEASE_FLAGS) --product factiongraph-bench
	cc -O2 -Wall scripts/yaml_floor.c $$(pkg-config --cflags --libs yaml-0.1) -o .build/release/yaml-floor
	@python3 -c 'import yaml, networkx' 2>/dev/null || python3 -m pip install --quiet pyyaml networkx
	python3 scripts/bench.py $(BENCH_FLAGS)
	python3 scripts/bench_hostile.py

# factiongraph suggest against hand annotations: precision and recall on the
# samples (tuned on), the two held-out sets (each run blind once, see
# docs/suggest.md) and 200 generated articles (summary only), then its speed
# on 2,000 generated raw articles and on 2,000 copies of the raw seed.
eval-suggest: build
	$(RELEASE) suggest --evaluate samples Tests/Fixtures/suggest/held-out Tests/Fixtures/suggest/held-out-2 Tests/Fixtures/suggest/held-out-3 Tests/Fixtures/suggest/held-out-4 Tests/Fixtures/suggest/held-out-5 Tests/Fixtures/suggest/held-out-6 Tests/Fixtures/suggest/held-out-7 Tests/Fixtures/suggest/held-out-8
	@test -d bench-data/suggest-eval-200 || python3 scripts/generate_corpus.py --articles 200 --factions 50 --seed 14 --out bench-data/suggest-eval-200 >/dev/null
	$(RELEASE) suggest --evaluate bench-data/suggest-eval-200 | sed -n 1,10p
	python3 scripts/suggest_speed.py --articles 2000

# The explorer page alone in a real browser (headless Chromium): stepping,
# search, quotes, filters, the hash, paths against the CLI, a hostile
# corpus (screenshots go to a temporary directory; `make screenshots`
# refreshes output/'s).
timeline-check: deps browser-deps
	$(SWIFT) build --product factiongraph
	FACTIONGRAPH=.build/debug/factiongraph python3 -m pytest -q -p no:cacheprovider Tests/Browser

clean:
	rm -rf .build .build-fuzz
