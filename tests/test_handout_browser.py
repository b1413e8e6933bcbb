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


def _handout(folder: Path) -> tuple[Path, dict[str, str]]:
    answers = load(SAMPLES / "full.toml")
    answers.set("person.name", f"Maya {EVIL} Okafor")
    result = Renderer().render(answers)
    texts = {k: o.chosen.text for k, o in result.outputs.items()}
    path = folder / "handout.html"
    path.write_text(handout_html(answers, result, before=Before("Open to work", "", "old.csv"),
                                 notes=f"Coach note {EVIL}", when=dt.date(2025, 11, 22)),
                    encoding="utf-8")
    return path, texts


@pytest.fixture(scope="module")
def shown(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, bytes, dict[str, str]]:
    """One start of Chromium both shows the handout (its DOM once scripts would have run) and
    prints it to PDF: (the DOM, the PDF, the texts the handout holds). A browser start is
    seconds of a small machine; the two tests below read what this one start did."""
    folder = tmp_path_factory.mktemp("handout")
    with pytest.MonkeyPatch.context() as mp:  # before the per-test isolated home exists
        mp.setenv("PROFILE_WIZARD_HOME", str(folder / "wizard-home"))
        path, texts = _handout(folder)
    pdf = folder / "handout.pdf"
    dom = run_browser(folder, "--dump-dom", "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
                      path.as_uri()).stdout
    return dom, pdf.read_bytes(), texts


def visible_text(dom: str) -> str:
    import html

    body = re.sub(r"<style.*?</style>|<head.*?</head>", "", dom, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", body))


def test_chromium_renders_the_handout_and_runs_nothing(
        shown: tuple[str, bytes, dict[str, str]]) -> None:
    dom, _, texts = shown
    assert "<h1>" in dom and "</html>" in dom
    visible = visible_text(dom)
    for text in texts.values():
        assert text.replace("\n\n", "\n") in visible.replace("\n\n", "\n")
    assert f"Coach note {EVIL}" in visible  # the user's markup is shown as text ...
    title = re.search(r"<title>(.*?)</title>", dom, re.S)
    assert title is not None and title.group(1).startswith("Profile texts — Maya")
    assert "<script" not in dom and "<img" not in dom  # ... and never became elements
    assert "'open to work' begs for a job" in visible


def test_chromium_prints_the_handout_to_pdf(shown: tuple[str, bytes, dict[str, str]]) -> None:
    _, data, _ = shown
    assert data.startswith(b"%PDF-")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    assert 1 <= pages <= 6, f"{pages} pages"
    assert len(data) > 20_000  # fonts and text are embedded: a blank page is much smaller
