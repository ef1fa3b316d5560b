"""The page's own script is a real JavaScript file in the repository
(compiled into the binary): Node's parser accepts it, and the page written by
`factiongraph timeline` carries exactly that file."""
import os
import subprocess

from conftest import NODE, ROOT

SCRIPT = os.path.join(ROOT, "Sources", "FactionGraph", "Timeline", "explorer.js")


def test_node_check_accepts_the_script():
    result = subprocess.run([NODE, "--check", SCRIPT], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_node_check_rejects_a_broken_copy(tmp_path):
    # The check can fail: the script cut short is refused.
    with open(SCRIPT, encoding="utf-8") as file:
        text = file.read()
    broken = tmp_path / "broken.js"
    broken.write_text(text[: len(text) // 2], encoding="utf-8")
    assert subprocess.run([NODE, "--check", str(broken)], capture_output=True).returncode != 0


def test_the_page_carries_the_file_as_written(samples_page):
    with open(SCRIPT, encoding="utf-8") as file:
        script = file.read()
    with open(samples_page, encoding="utf-8") as file:
        page = file.read()
    assert f"<script>{script}</script>" in page
