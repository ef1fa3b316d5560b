"""Drives the explorer page as a user would (keys, clicks, typing) and reads
what it shows from the DOM: the drawn factions and relations carry the ids
and data attributes that `render`'s SVG uses (`faction-ID`,
`relation-TYPE-FROM-TO`, data-type, data-from, data-to)."""

READ_GRAPH = """() => {
  const svg = document.querySelector('#graph');
  return {
    date: svg.dataset.date,
    step: Number(svg.dataset.step),
    relations: [...svg.querySelectorAll('g.relation')].map((g) => [g.dataset.type, g.dataset.from, g.dataset.to]).sort(),
    factions: [...svg.querySelectorAll('g.faction')].map((g) => g.dataset.id).sort(),
  };
}"""


class Explorer:
    def __init__(self, page):
        self.page = page
        self.errors = []
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        page.on("dialog", lambda dialog: (self.errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))

    def open(self, path, fragment=""):
        self.page.goto(f"file://{path}{fragment}")
        self.page.wait_for_selector("body[data-ready]", timeout=30000)

    def graph(self):
        """The date shown and what is drawn: relations as (type, from, to), factions as ids."""
        return self.page.evaluate(READ_GRAPH)

    def press(self, key, times=1):
        for _ in range(times):
            self.page.keyboard.press(key)

    def step_to(self, index):
        """Goes to step `index` with Home, then the right arrow."""
        self.page.click("#date")  # somewhere that takes no keys itself
        self.press("Home")
        self.press("ArrowRight", index)
        assert self.graph()["step"] == index

    def steps(self):
        return self.page.evaluate("JSON.parse(document.getElementById('explorer-data').textContent).steps.map((s) => s.date)")

    def search(self, text):
        """Types into the search box and picks the first match with Enter."""
        box = self.page.locator("#search")
        box.fill("")
        box.type(text)
        self.page.wait_for_selector("#search-results li")
        options = self.page.locator("#search-results li").evaluate_all("(items) => items.map((li) => li.dataset.id)")
        box.press("Enter")
        self.settle()  # centred once the redraw has run
        return options

    def click_relation(self, type_, from_, to):
        """Clicks a relation's line at its middle (where it is once drawn)."""
        self.settle()
        element = self.page.locator(f'g.relation[data-type="{type_}"][data-from="{from_}"][data-to="{to}"] path.hit')
        point = element.evaluate("(path) => { const p = path.getPointAtLength(path.getTotalLength() / 2);"
                                 " const box = path.ownerSVGElement.getBoundingClientRect(); return [p.x + box.left, p.y + box.top]; }")
        self.page.mouse.click(point[0], point[1])

    def details(self):
        return self.page.inner_text("#details")

    def settle(self):
        """Waits until the page has drawn and written the hash for what was
        done last (it marks the body `data-settling` until then): a condition,
        not a time, so that a slow machine waits longer and a fast one less."""
        self.page.wait_for_function("() => !document.body.hasAttribute('data-settling')")

    def hash(self):
        """The address's hash, once the page has written it (it waits for changes to settle)."""
        self.settle()
        return self.page.evaluate("location.hash")

    def paths(self):
        """The path panel's paths: factions, hops (type, from, to, forward), sign."""
        return self.page.evaluate("""() => [...document.querySelectorAll('#path-list li')].map((li) => ({
          factions: li.dataset.factions.split(' '),
          hops: li.dataset.hops.split(' ').map((hop) => {
            const backward = hop.endsWith('<');
            const [type, from, to] = hop.replace(/<$/, '').split(':');
            return [type, from, to, !backward];
          }),
          sign: li.dataset.sign,
        }))""")
