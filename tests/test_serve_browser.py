"""Tests the served wizard in a real headless Chromium (Debian's, driven by Playwright): open
the link, answer a step and watch the live preview, copy into the browser's clipboard, take
an export and a handout as downloads, and be refused without the token.

The terminal in the page draws on a canvas, so the test reads the screen the way the page
does: every byte the page's websocket receives is fed to a terminal emulator (pyte).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyte
import pytest
from playwright.sync_api import Browser, Page, sync_playwright
from serving import EXE, Served, serving

from wizard.core.model import load
from wizard.core.render import Renderer

ANSWERS = Path(__file__).resolve().parent / "fixtures" / "answers"
MAYA = ANSWERS / "en-maya.toml"
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]

# Records what the page's websocket receives (the terminal's bytes) and its size changes.
RECORD = """
(() => {
  const Native = window.WebSocket;
  const decoder = new TextDecoder();
  window.__terminal = "";
  class Recorded extends Native {
    constructor(url, protocols) {
      super(url, protocols);
      const q = new URL(url).searchParams;
      window.__terminal += `\\u0000SIZE ${q.get("width")} ${q.get("height")}\\u0000`;
      this.addEventListener("message", (e) => {
        if (typeof e.data !== "string")
          window.__terminal += decoder.decode(new Uint8Array(e.data), {stream: true});
      });
    }
    send(data) {
      try {
        const m = JSON.parse(data);
        if (m[0] === "resize")
          window.__terminal += `\\u0000SIZE ${m[1].width} ${m[1].height}\\u0000`;
      } catch (e) {}
      return super.send(data);
    }
  }
  window.WebSocket = Recorded;
})();
"""


class Tab:
    """A browser tab on the served wizard, with the screen its terminal shows."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.read = 0
        self.screen = pyte.Screen(80, 24)
        self.stream = pyte.Stream(self.screen)

    def text(self) -> str:
        data: str = self.page.evaluate("window.__terminal")
        for part in re.split(r"(\x00SIZE \d+ \d+\x00)", data[self.read:]):
            if size := re.fullmatch(r"\x00SIZE (\d+) (\d+)\x00", part):
                self.screen.resize(int(size.group(2)), int(size.group(1)))
            else:
                self.stream.feed(part)
        self.read = len(data)
        return "\n".join(line.rstrip() for line in self.screen.display)

    def wait_for(self, needle: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if needle in (shown := self.text()):
                return shown
            self.page.wait_for_timeout(100)
        pytest.fail(f"the page never showed {needle!r}; it shows:\n{self.text()}")

    def focus(self) -> None:
        """The terminal takes the keys, as after a click on it: a reloaded page starts with
        the focus on its body, where keys go nowhere."""
        self.page.focus("#terminal textarea")

    def type(self, text: str) -> None:
        self.page.keyboard.type(text, delay=25)  # a fast typist, not a paste


@pytest.fixture
def chromium() -> Iterator[Browser]:
    # The system's chromium, never one Playwright downloads; only its absence skips
    found = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    if found is None:
        pytest.skip("no chromium binary (/usr/bin/chromium or chromium on PATH); on Debian: "
                    "apt-get install chromium (.ci/run does)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=found, headless=True, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    done = subprocess.run([str(EXE), "profiles", "import", str(MAYA)], capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    with serving() as s:
        yield s


def open_tab(browser: Browser, served: Served, tmp_path: Path, requests: list[str]) -> Tab:
    context = browser.new_context(viewport={"width": 1200, "height": 800}, accept_downloads=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=served.base[:-1])
    context.add_init_script(RECORD)
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    response = page.goto(served.link)
    assert response is not None and response.status == 200
    return Tab(page)


def headline() -> str:
    return Renderer().render(load(MAYA)).outputs["headline"].chosen.text


def test_the_served_wizard_in_chromium(chromium: Browser, served: Served,
                                       tmp_path: Path) -> None:
    requests: list[str] = []
    tab = open_tab(chromium, served, tmp_path, requests)
    tab.wait_for("Start a new profile")
    tab.wait_for("Maya Okafor")  # the stored profile is listed
    tab.focus()

    # answer a step and watch the live preview change with it; the filter has the focus,
    # the button to start a new profile is two fields up
    for key in ("Shift+Tab", "Shift+Tab", "Enter"):
        tab.page.keyboard.press(key)
        tab.page.wait_for_timeout(200)
    tab.wait_for("My name is")
    tab.type("Sam de Vries")
    tab.wait_for("Hi, I'm Sam")
    tab.page.keyboard.press("Tab")
    # a key that follows Tab at once lands in the field just left, in a terminal too: the
    # app's own bug, left to its restructuring; a person's pause avoids it
    tab.page.wait_for_timeout(500)
    tab.type("primary school teacher")
    shown = tab.wait_for("Primary school teacher for")
    assert "Hi, I'm Sam" in re.sub(r"\s+", " ", shown)

    # a stored profile on its results: copy into the browser's clipboard, export, handout;
    # a reload ends the tab's app (the new profile is kept) and starts another
    second = tab
    second.page.reload()
    second.read = 0
    second.wait_for("2 in all")
    second.focus()
    second.type("Maya")  # the filter has the focus
    second.wait_for("1 match")
    second.page.keyboard.press("Enter")  # opens the profile at its results
    second.wait_for("Copy all")
    second.page.keyboard.press("F3")
    second.wait_for("sent to the browser's clipboard")
    assert second.page.evaluate("navigator.clipboard.readText()") == headline()

    with second.page.expect_download(timeout=30_000) as download:
        second.page.keyboard.press("F5")
    assert download.value.suggested_filename.endswith("-texts.md")
    assert headline() in Path(download.value.path()).read_text(encoding="utf-8")

    second.page.keyboard.press("Control+p")
    second.wait_for("Search for commands")
    second.type("handout")
    second.page.wait_for_timeout(500)
    with second.page.expect_download(timeout=30_000) as download:
        second.page.keyboard.press("Enter")
    assert download.value.suggested_filename.endswith("-handout.zip")
    with zipfile.ZipFile(io.BytesIO(Path(download.value.path()).read_bytes())) as zf:
        names = sorted(zf.namelist())
        assert [n.rsplit("-", 1)[1] for n in names] == ["handout.html", "handout.md",
                                                        "resume.json"]
        assert headline() in zf.read(names[1]).decode("utf-8")
    exports = served_home_exports()
    assert exports == [], f"the server kept files about the person: {exports}"

    # everything the pages loaded came from the server itself
    assert requests and all(url.startswith(served.base) for url in requests), requests

    # without the token: refused, in a browser that never had the link
    stranger = chromium.new_context()
    page = stranger.new_page()
    response = page.goto(served.base)
    assert response is not None and response.status == 403
    assert "Refused" in page.content()
    opened: Any = page.evaluate("""() => new Promise((done) => {
        const ws = new WebSocket(location.origin.replace("http", "ws") + "/ws");
        ws.onopen = () => done(true); ws.onerror = () => done(false);
    })""")
    assert opened is False
    stranger.close()


def served_home_exports() -> list[str]:
    from wizard.core.paths import export_dir

    folder = export_dir()
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []
