"""A corpus written to attack the page: names, aliases, titles, addresses and
quotes that would run script if they became markup. Each payload sets
`window.__pwned`; after loading the page and showing every text it holds,
the flag must still be unset, and the text must read exactly as written."""
import os

import pytest

from conftest import Tool, binary

PAYLOADS = [
    "</script><script>window.__pwned = 'script'</script>",
    "<img src=x onerror=\"window.__pwned = 'img'\">",
    "\"><svg onload=\"window.__pwned = 'svg'\">",
    "]]><script>window.__pwned = 'cdata'</script>",
    "<!-- <script>window.__pwned = 'comment'</script> -->",
]



def quoted(text):
    """A YAML double-quoted string."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


REGISTRY = f"""evil:
  name: {quoted(PAYLOADS[0])}
  aliases: [{quoted(PAYLOADS[1])}, {quoted(PAYLOADS[3])}]
  note: {quoted(PAYLOADS[2])}
victim:
  name: "Victim Brigade"
bystander:
  name: "Bystander Front"
"""

ARTICLE = f"""---
article:
  title: {quoted("Title " + PAYLOADS[1])}
  published: 2020-01-02
  url: "javascript:window.__pwned = 'url'"
  source: {quoted(PAYLOADS[4])}
relations:
  - combat: evil -- victim
    evidence: {quoted(PAYLOADS[2])}
  - rivalry: evil -- victim
    date: 2020-01-01
    evidence: {quoted(PAYLOADS[0])}
---
Both quotes are here: {PAYLOADS[2]} and {PAYLOADS[0]}.
"""


# An article with a real address, beside the hostile one: its title is the link.
URL = "https://example.org/report?id=7&lang=ar#p2"
LINKED = f"""---
article:
  title: "A <b>plain</b> report"
  published: 2020-03-04
  url: "{URL}"
relations:
  - truce: victim -- bystander
    evidence: "Both sides agreed to a truce."
---
Both sides agreed to a truce.
"""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("hostile-corpus")
    (corpus / "factions.yaml").write_text(REGISTRY, encoding="utf-8")
    (corpus / "a.md").write_text(ARTICLE, encoding="utf-8")
    (corpus / "b.md").write_text(LINKED, encoding="utf-8")
    tool = Tool(binary(), str(corpus), str(tmp_path_factory.mktemp("hostile")))
    assert "0 errors" in tool.run("check", str(corpus))
    return tool


def pwned(page):
    return page.page.evaluate("window.__pwned === undefined ? null : String(window.__pwned)")


def test_no_script_from_the_articles_runs_and_their_text_reads_as_written(hostile, open_page):
    page = open_page(hostile.page())
    assert pwned(page) is None
    # Every text on show: the evil faction (search, details, history), the
    # combat that replaced the rivalry, and what changed.
    page.search("window.__pwned = 'img'")
    details = page.details()
    assert PAYLOADS[0] in details
    assert PAYLOADS[1] in details and PAYLOADS[3] in details
    assert PAYLOADS[2] in details
    page.click_relation("combat", "evil", "victim")
    details = page.details()
    assert PAYLOADS[2] in details
    assert "Title " + PAYLOADS[1] in details
    assert PAYLOADS[4] in details
    page.press("Home")
    assert PAYLOADS[0] in page.page.inner_text("#changes")
    page.page.locator("#faction-evil .shape").click()
    assert PAYLOADS[0] in page.page.inner_text("#details .history")
    # Nothing became markup, and the javascript: address is no link.
    assert page.page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert page.page.evaluate("document.querySelectorAll('script').length") == 2
    links = page.page.evaluate("[...document.querySelectorAll('a[href]')].map((a) => a.href)")
    assert all(link.startswith(("http://", "https://")) for link in links)
    assert pwned(page) is None
    assert page.errors == []


def test_a_quote_links_to_its_article_by_its_title(hostile, open_page):
    page = open_page(hostile.page(name="linked.html"))
    page.click_relation("truce", "bystander", "victim")
    link = page.page.locator("#details a", has_text="A <b>plain</b> report")
    assert link.count() == 1
    assert link.first.get_attribute("href") == URL
    assert "Both sides agreed to a truce." in page.details()
    # The line of the article where the quote stands (its body, after the front matter).
    assert "b.md:10" in page.details()
    assert "2020-03-04" in page.details()


def test_the_policy_refuses_any_other_script(hostile, open_page):
    page = open_page(hostile.page(name="policy.html"))
    policy = page.page.get_attribute('meta[http-equiv="Content-Security-Policy"]', "content")
    assert "script-src 'sha256-" in policy and "unsafe-inline" not in policy
    # A script added to the page (as an injection would) is refused by the browser.
    # The image's error event comes after its inline handler would have run,
    # and the policy's refusals are reported as events: waited for, not timed.
    refused = page.page.evaluate("""() => new Promise((resolve) => {
        // Done when the image has failed and both scripts were refused.
        const refusals = [];
        let failed = false;
        const done = () => { if (failed && refusals.length >= 2) resolve(refusals); };
        document.addEventListener('securitypolicyviolation', (event) => { refusals.push(event.violatedDirective); done(); });
        const script = document.createElement('script');
        script.textContent = "window.__pwned = 'injected'";
        document.body.append(script);
        const image = document.createElement('img');
        image.setAttribute('onerror', "window.__pwned = 'handler'");
        image.addEventListener('error', () => { failed = true; done(); });
        image.src = 'data:,x';
        document.body.append(image);
    })""")
    assert len(refused) >= 2 and all(directive.startswith("script-src") for directive in refused)
    assert pwned(page) is None
