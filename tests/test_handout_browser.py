"""Tests the HTML handout in a real browser: headless Chromium shows and prints it, runs nothing."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from wizard.core.exporters import handout_html
from wizard.core.importers import Before
from wizard.core.model import load
from wizard.core.render import Renderer

SAMPLES = Path(__file__).parent.parent / "wizard" / "data" / "lang" / "en" / "samples"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
EVIL = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>'


def browser() -> str:
    for name in BROWSERS:
        if found := shutil.which(name):
            return found
    pytest.skip("no chromium binary found (on Debian: apt-get install chromium; .ci/run does)")


def run_browser(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "chromium-profile"
    command = [browser(), "--headless", "--no-sandbox", "--disable-gpu",
               "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run", f"--user-data-dir={profile}", *args]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"chromium did not finish in 120 s: {' '.join(command)}")
    assert done.returncode == 0, done.stderr[-2000:]
    return done


@pytest.fixture
def page(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    answers = load(SAMPLES / "full.toml")
    answers.set("person.name", f"Maya {EVIL} Okafor")
    result = Renderer().render(answers)
    texts = {k: o.chosen.text for k, o in result.outputs.items()}
    path = tmp_path / "handout.html"
    path.write_text(handout_html(answers, result, before=Before("Open to work", "", "old.csv"),
                                 notes=f"Coach note {EVIL}", when=dt.date(2025, 11, 22)),
                    encoding="utf-8")
    return path, texts


def visible_text(dom: str) -> str:
    import html

    body = re.sub(r"<style.*?</style>|<head.*?</head>", "", dom, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", body))


def test_chromium_renders_the_handout_and_runs_nothing(
        tmp_path: Path, page: tuple[Path, dict[str, str]]) -> None:
    path, texts = page
    dom = run_browser(tmp_path, "--dump-dom", path.as_uri()).stdout
    assert "<h1>" in dom and "</html>" in dom
    shown = visible_text(dom)
    for text in texts.values():
        assert text.replace("\n\n", "\n") in shown.replace("\n\n", "\n")
    assert f"Coach note {EVIL}" in shown  # the user's markup is shown as text ...
    title = re.search(r"<title>(.*?)</title>", dom, re.S)
    assert title is not None and title.group(1).startswith("Profile texts — Maya")
    assert "<script" not in dom and "<img" not in dom  # ... and never became elements
    assert "'open to work' begs for a job" in shown


def test_chromium_prints_the_handout_to_pdf(tmp_path: Path,
                                            page: tuple[Path, dict[str, str]]) -> None:
    path, _ = page
    pdf = tmp_path / "handout.pdf"
    run_browser(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", path.as_uri())
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    assert 1 <= pages <= 6, f"{pages} pages"
    assert len(data) > 20_000  # fonts and text are embedded: a blank page is much smaller
