"""The explorer page in headless Chromium, driven like a user would, and
checked against the CLI: `render --at DATE --format json` for what is drawn,
`path --format json` for paths, `render --focus` for a neighbourhood."""
import os
import re

import pytest

from explorer import Explorer

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def expected(snapshot):
    return {
        "relations": sorted([r["type"], r["from"], r["to"]] for r in snapshot["relations"]),
        "factions": sorted(f["id"] for f in snapshot["factions"]),
    }


def drawn(graph):
    return {"relations": graph["relations"], "factions": graph["factions"]}


def screenshot_directory(tmp_path):
    """Where the first and last frames go: $EXPLORER_SCREENSHOTS (relative
    to the repository; `make demo` gives `output`, where the README's
    pictures are tracked), else a temporary directory, so that running the
    tests leaves the checkout as it was."""
    chosen = os.environ.get("EXPLORER_SCREENSHOTS")
    if not chosen:
        return str(tmp_path)
    directory = os.path.join(ROOT, chosen)
    os.makedirs(directory, exist_ok=True)
    return directory


def test_the_samples_page_loads_at_its_last_date_and_keeps_its_first_and_last_frames(samples, samples_page, open_page,
                                                                                       tmp_path):
    page = open_page(samples_page)
    dates = page.steps()
    graph = page.graph()
    assert graph["date"] == dates[-1]
    assert drawn(graph) == expected(samples.snapshot(dates[-1]))
    assert page.page.inner_text("#counter") == f"{len(dates)} / {len(dates)}"
    # The drawing fills its pane.
    svg = page.page.locator("#graph").bounding_box()
    stage = page.page.locator("#stage").bounding_box()
    assert svg["width"] == stage["width"] and svg["height"] == stage["height"]
    directory = screenshot_directory(tmp_path)
    frames = [os.path.join(directory, name) for name in ("explorer-first.png", "explorer-last.png")]
    page.press("Home")
    page.page.screenshot(path=frames[0])
    page.press("End")
    page.page.screenshot(path=frames[1])
    for frame in frames:
        with open(frame, "rb") as image:
            assert image.read(8) == b"\x89PNG\r\n\x1a\n"
    assert page.errors == []


def test_every_date_step_draws_what_render_gives_for_that_date(samples, samples_page, open_page):
    page = open_page(samples_page)
    dates = page.steps()
    page.step_to(0)
    for index, date in enumerate(dates):
        if index:
            page.press("ArrowRight")
        graph = page.graph()
        assert graph["date"] == date
        assert drawn(graph) == expected(samples.snapshot(date)), date
    page.press("ArrowLeft", 3)
    assert page.graph()["date"] == dates[-4]
    assert drawn(page.graph()) == expected(samples.snapshot(dates[-4]))


def test_monthly_steps_draw_the_state_at_the_end_of_each_month(samples, open_page):
    path = samples.page("--every", "month", name="monthly.html")
    page = open_page(path)
    dates = page.steps()
    assert all(re.fullmatch(r"\d{4}-\d{2}", date) for date in dates)
    for index in [0, len(dates) // 2, len(dates) - 1]:
        page.step_to(index)
        assert drawn(page.graph()) == expected(samples.snapshot(dates[index]))


def test_mapping_militants_loads_and_steps_like_render(mapping_militants, mapping_militants_page, open_page):
    page = open_page(mapping_militants_page)
    dates = page.steps()
    assert len(dates) > 150
    assert os.path.getsize(mapping_militants_page) < 2_000_000
    for index in [0, 17, 60, len(dates) // 2, len(dates) - 30, len(dates) - 1]:
        page.step_to(index)
        graph = page.graph()
        assert graph["date"] == dates[index]
        assert drawn(graph) == expected(mapping_militants.snapshot(dates[index])), dates[index]
    assert page.errors == []


def test_the_slider_is_scaled_to_real_time_with_year_ticks(samples_page, open_page):
    page = open_page(samples_page)
    data = page.page.evaluate("JSON.parse(document.getElementById('explorer-data').textContent).steps")
    slider = page.page.locator("#slider")
    assert int(slider.get_attribute("min")) == data[0]["day"]
    assert int(slider.get_attribute("max")) == data[-1]["day"]
    # A day between two steps shows the earlier step: the state as of that day.
    middle = (data[2]["day"] + data[3]["day"]) // 2
    slider.evaluate("(s, day) => { s.value = day; s.dispatchEvent(new Event('input')); }", middle)
    assert page.graph()["date"] == data[2]["date"]
    # A tick per year of the range, labelled where there is room.
    ticks = page.page.locator("#ticks .year")
    first, last = int(data[0]["date"][:4]), int(data[-1]["date"][:4])
    assert ticks.count() == last - first
    assert "2020" in page.page.inner_text("#ticks")


def test_play_and_pause(samples_page, open_page, browser):
    # The page's clock is Playwright's, moved by hand: play shows a date
    # every 900 ms of it however fast this machine is.
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    try:
        tab = context.new_page()
        tab.clock.install()
        page = Explorer(tab)
        page.open(samples_page)
        page.step_to(0)
        tab.clock.pause_at(tab.evaluate("Date.now()") + 1000)
        tab.click("#play")
        assert tab.get_attribute("#play", "aria-label") == "Pause"
        tab.clock.run_for(900 * 3)
        assert page.graph()["step"] == 3
        tab.click("#play")
        assert tab.get_attribute("#play", "aria-label") == "Play"
        tab.clock.run_for(900 * 5)
        assert page.graph()["step"] == 3
        # Played to the end, it stops there; played again, it starts over.
        tab.click("#play")
        tab.clock.run_for(900 * (len(page.steps()) + 2))
        assert page.graph()["step"] == len(page.steps()) - 1
        assert tab.get_attribute("#play", "aria-label") == "Play"
        tab.click("#play")
        assert page.graph()["step"] == 0
        assert page.errors == []
    finally:
        context.close()


@pytest.mark.parametrize("query, faction", [
    ("hurras", "hurras-al-din"),
    ("Guardians of religion", "hurras-al-din"),
    ("حراس الدين", "hurras-al-din"),
    # Written without the hamza of أحرار, as one often types it.
    ("احرار الشام", "ahrar-al-sham"),
    ("Jabhat al-Nusra", "hts"),
    ("داعش", "isis"),
])
def test_search_in_latin_and_arabic_centres_and_highlights(samples_page, open_page, query, faction):
    page = open_page(samples_page, "#date=2020-06-23")
    options = page.search(query)
    assert options[0] == faction
    node = page.page.locator(f"#faction-{faction}")
    assert "selected" in node.get_attribute("class")
    assert page.page.locator(".found-ring").count() == 1
    # Centred in the pane.
    box = node.locator(".shape").bounding_box()
    stage = page.page.locator("#stage").bounding_box()
    assert abs(box["x"] + box["width"] / 2 - (stage["x"] + stage["width"] / 2)) < 3
    assert abs(box["y"] + box["height"] / 2 - (stage["y"] + stage["height"] / 2)) < 3
    assert f"({faction})" in page.details()


def test_searching_a_group_not_drawn_at_this_date_shows_the_nearest_date_with_it(samples_page, open_page):
    # Hurras al-Din dissolved on 2025-01-28: at the last date it is gone.
    page = open_page(samples_page)
    assert "hurras-al-din" not in page.graph()["factions"]
    page.search("Guardians of Religion")
    graph = page.graph()
    assert "hurras-al-din" in graph["factions"]
    assert graph["date"] == page.steps()[-2]
    assert "selected" in page.page.locator("#faction-hurras-al-din").get_attribute("class")


def test_clicking_a_relation_shows_its_quotes_with_their_sources(samples, samples_page, open_page):
    page = open_page(samples_page)
    date = page.steps()[-1]
    relation = next(r for r in samples.snapshot(date)["relations"] if r["type"] == "rivalry")
    page.click_relation(relation["type"], relation["from"], relation["to"])
    details = page.details()
    assert details.startswith("rivalry: ")
    for evidence in relation["evidence"]:
        assert evidence["quote"] in details
        assert evidence["title"] in details
        assert f"{evidence['path']}:{evidence['line']}" in details
        assert f"({evidence['published']})" in details
    assert "selected" in page.page.locator(f"#relation-rivalry-{relation['from']}-{relation['to']}").get_attribute("class")


def test_clicking_a_faction_shows_its_history_as_the_cli_prints_it(samples, samples_page, open_page):
    page = open_page(samples_page)
    page.step_to(8)
    page.page.locator("#faction-hurras-al-din .shape").click()
    history = page.page.inner_text("#details .history")
    expected_text = samples.run("history", samples.corpus, "hurras-al-din")
    # The same lines: dates, marks, changes and quotes.
    assert [line.strip() for line in history.splitlines() if line.strip()] == \
        [line.strip() for line in expected_text.splitlines() if line.strip()]
    assert "Guardians of Religion" in page.details()


def test_a_type_filter_hides_exactly_its_type(samples, samples_page, open_page):
    page = open_page(samples_page)
    page.step_to(8)
    before = page.graph()
    hidden = "combat"
    assert any(r[0] == hidden for r in before["relations"])
    page.page.click(f'.type-toggle[data-type="{hidden}"]')
    after = page.graph()
    assert after["relations"] == [r for r in before["relations"] if r[0] != hidden]
    assert page.page.locator(f'.type-toggle[data-type="{hidden}"]').get_attribute("aria-pressed") == "false"
    # Factions left are those of the relations drawn, as render --types gives them.
    others = ",".join(sorted({r[0] for r in before["relations"]} - {hidden}))
    assert after["factions"] == expected(samples.snapshot(before["date"], "--types", others))["factions"]
    page.page.click(f'.type-toggle[data-type="{hidden}"]')
    assert page.graph() == before


def test_a_confidence_filter_hides_alleged_relations(samples, samples_page, open_page):
    page = open_page(samples_page, "#date=2018-11-19")
    date = page.graph()["date"]
    alleged = [[r["type"], r["from"], r["to"]] for r in samples.snapshot(date)["relations"] if r["confidence"] == "alleged"]
    assert alleged
    page.page.click('.confidence-toggle[data-confidence="alleged"]')
    relations = page.graph()["relations"]
    assert not any(r in relations for r in alleged)
    assert len(relations) == len(expected(samples.snapshot(date))["relations"]) - len(alleged)


@pytest.mark.parametrize("depth", [1, 2, 3])
def test_focus_on_a_neighbourhood_is_render_focus(samples, samples_page, open_page, depth):
    page = open_page(samples_page, f"#date=2018-11-19&focus=hts&depth={depth}")
    assert drawn(page.graph()) == expected(samples.snapshot("2018-11-19", "--focus", "hts", "--depth", str(depth)))
    page.page.click("#clear-focus")
    assert drawn(page.graph()) == expected(samples.snapshot("2018-11-19"))


def test_the_view_lives_in_the_hash_and_is_restored(samples_page, open_page):
    page = open_page(samples_page)
    page.step_to(6)
    page.page.click('.type-toggle[data-type="split"]')
    page.search("Ahrar al-Sham")
    page.page.click("#zoom-in")
    page.settle()
    shown = page.graph()
    fragment = page.hash()
    assert "date=" in fragment and "hide=split" in fragment and "select=ahrar-al-sham" in fragment and "view=" in fragment
    again = open_page(samples_page, fragment)
    assert again.graph() == shown
    assert again.hash() == fragment
    assert "selected" in again.page.locator("#faction-ahrar-al-sham").get_attribute("class")
    # In the same place (the hash keeps the zoom to 4 decimals, the centre to 0.1 point).
    box = page.page.locator("#faction-ahrar-al-sham .shape").bounding_box()
    restored = again.page.locator("#faction-ahrar-al-sham .shape").bounding_box()
    assert all(abs(box[key] - restored[key]) < 0.5 for key in box)


def test_zoom_keeps_names_legible(mapping_militants_page, open_page):
    page = open_page(mapping_militants_page)
    def sizes():
        return page.page.evaluate("""() => [...document.querySelectorAll('#graph g.faction text')]
            .filter((t) => t.getAttribute('display') !== 'none')
            .map((t) => parseFloat(getComputedStyle(t).fontSize))""")
    shown = sizes()
    assert shown and min(shown) >= 11
    for _ in range(6):
        page.page.click("#zoom-in")
    page.settle()
    assert min(sizes()) >= 11
    # Zoomed out, names that would overlap are left out, not shrunk.
    page.page.click("#fit")
    page.page.mouse.move(500, 500)
    page.page.mouse.wheel(0, 2000)
    page.settle()
    assert all(size >= 11 for size in sizes())


@pytest.mark.parametrize("corpus, source, target, date, options", [
    ("samples", "zenki", "isis", "2018-11-19", []),
    ("samples", "foreigners", "isis", "2018-11-19", ["--types", "allegiance,alliance"]),
    ("samples", "ahrar-al-sham", "al-qaeda", "2017-07-20", []),
    ("samples", "hurras-al-din", "nlf", "2019-01-10", ["--directed"]),
    ("samples", "hts", "ahrar-al-sham", "2025-01-29", []),
])
def test_paths_are_those_of_the_cli(request, corpus, source, target, date, options, open_page):
    tool = request.getfixturevalue(corpus)
    page_path = request.getfixturevalue(f"{corpus}_page")
    fragment = f"#date={date}&path={source},{target}"
    if "--directed" in options:
        fragment += "&directed=1"
    if "--types" in options:
        kept = options[options.index("--types") + 1].split(",")
        every = open_page(page_path).page.evaluate(
            "JSON.parse(document.getElementById('explorer-data').textContent).types.map((t) => t.name)")
        fragment += "&hide=" + ",".join(t for t in every if t not in kept)
    page = open_page(page_path, fragment)
    cli = tool.paths(source, target, date, *options)
    want = [{"factions": p["factions"], "hops": [[h["type"], h["from"], h["to"], h["forward"]] for h in p["hops"]], "sign": p["sign"]}
            for p in cli["paths"]]
    assert page.paths() == want
    assert want, "the cases are chosen to have paths"


def test_paths_on_mapping_militants(mapping_militants, mapping_militants_page, open_page):
    page = open_page(mapping_militants_page)
    date = page.steps()[-1]
    snapshot = mapping_militants.snapshot(date)
    degree = {}
    for relation in snapshot["relations"]:
        for end in (relation["from"], relation["to"]):
            degree[end] = degree.get(end, 0) + 1
    ranked = sorted(degree, key=lambda f: (-degree[f], f))
    pairs = [(ranked[0], ranked[len(ranked) // 2]), (ranked[1], ranked[-1]), (ranked[3], ranked[len(ranked) // 3])]
    compared = 0
    for source, target in pairs:
        page = open_page(mapping_militants_page, f"#path={source},{target}")
        cli = mapping_militants.paths(source, target, date)
        want = [{"factions": p["factions"], "hops": [[h["type"], h["from"], h["to"], h["forward"]] for h in p["hops"]], "sign": p["sign"]}
                for p in cli["paths"]]
        assert page.paths() == want, (source, target)
        compared += len(want)
    assert compared > 0


def test_picking_two_factions_in_the_path_panel(samples, samples_page, open_page):
    page = open_page(samples_page, "#date=2018-11-19")
    for field, name in [("#path-from", "Zenki"), ("#path-to", "Daesh")]:
        box = page.page.locator(field)
        box.type(name)
        box.press("Enter")
    cli = samples.paths("zenki", "isis", "2018-11-19")
    assert [p["factions"] for p in page.paths()] == [p["factions"] for p in cli["paths"]]
    assert page.page.inner_text("#path-summary").startswith(f"{len(cli['paths'])} shortest path")
