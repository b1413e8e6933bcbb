"""Every toast, in every language pack, fits one line at 80 columns with the longest realistic
values in it: a 40-character profile name, a deep path, an OS error, a job ad's title.

A toast sits on the step bar's line (app.tcss); a second line covers the tabs, and a line cut
at the edge loses its end ("…paste to ch…"). Paths may give way in the middle
(presenters/toast.shorten_paths keeps their start and file name); nothing else may be cut.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from rich.cells import cell_len

from wizard.core.languages import available_languages
from wizard.core.templates import OUTPUTS
from wizard.core.words import words
from wizard.tui.clipboard import CopyReport
from wizard.tui.labels import label
from wizard.tui.presenters.toast import shorten_paths

WIDTH = 80 - 2  # the toast's padding (app.tcss: Toast { padding: 0 1 })
NAME = "Maria-Alessandra van den Berg-Castellano"  # 40 characters
DEEP = Path.home() / ".local/share/profile-wizard/exports/p-0123abcd-4567/handout.html"
VALUES = {
    "name": NAME, "old": NAME, "new": NAME, "path": str(DEEP),
    "file": "~/.local/share/profile-wizard/profiles.sqlite3",
    "folder": "~/Documents/clients/2026/maria-alessandra",
    "files": "handout.md, handout.html, resume.json",
    "error": "No space left on device", "title": "Senior Product Manager, Payments Platform",
    "key": "Ctrl+Q", "when": "2026-12-03 14:05", "seconds": 2,
    "count": 8,
}
# the toasts whose words reach app.say through a variable (delivery's told/failed, a
# lost store's line and its hint, the copy report): the rest are found in the code below
INDIRECT = {"tui_store.store_gone", "tui_store.store_replaced", "tui_store.again_hint",
            "tui_store.handout_written", "tui_store.export_failed", "tui.exported",
            "tui.save_failed", "serve.copied", "serve.offered"}
LOST = ("tui_store.store_gone", "tui_store.store_replaced")
TUI = Path(__file__).parents[2] / "wizard" / "tui"
SECTION = {"ct": "tui_store", "label": "tui"}


def said_keys() -> set[str]:
    """Every pack key a `say(...)` call in wizard/tui names through ct() or label()."""
    keys: set[str] = set()
    for source in TUI.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "say"):
                continue
            for inner in ast.walk(node):
                if (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name)
                        and inner.func.id in SECTION and len(inner.args) >= 2
                        and isinstance(inner.args[1], ast.Constant)):
                    keys.add(f"{SECTION[inner.func.id]}.{inner.args[1].value}")
    return keys


def fits(message: str) -> bool:
    return cell_len(shorten_paths(message, WIDTH)) <= WIDTH


def shown(message: str) -> str:
    line = shorten_paths(message, WIDTH)
    return f"{cell_len(line)} cells: {line}"


def test_the_toast_keys_are_found() -> None:
    found = said_keys()
    assert {"tui_store.autosave_created", "tui.not_complete", "tui.saved"} <= found
    assert len(found) > 15


@pytest.mark.parametrize("lang", available_languages())
def test_every_toast_fits_one_line_at_80_columns(lang: str) -> None:
    say = words(lang)
    longest = max((label(lang, o) for o in ("all_texts", *OUTPUTS)), key=cell_len)
    values = {**VALUES, "what": longest}
    lines = {key: say(key, **values) for key in sorted(said_keys() | INDIRECT)}
    for lost in LOST:  # a lost store's toast adds how to save it again (Coach.store_lost)
        lines[lost] = f"{lines[lost]} {say('tui_store.again_hint')}"
    too_long = [f"{key}: {shown(line)}" for key, line in lines.items() if not fits(line)]
    assert not too_long, "\n".join(too_long)


@pytest.mark.parametrize("lang", available_languages())
def test_every_copy_message_fits_one_line_at_80_columns(lang: str) -> None:
    """The copy toast joins two pack texts: how it was copied (or why not) and where the
    file is, or why there is none."""
    # what was copied, and the file it is saved in (app.copy_texts)
    whats = [(label(lang, "all_texts"), "all.txt"),
             *((label(lang, o), f"{o}.txt") for o in OUTPUTS)]
    reasons = [label(lang, "why_no_tool"), label(lang, "why_not_kept"),
               label(lang, "why_timeout", seconds=2.0)]
    too_long = []
    for what, name in whats:
        for reason in reasons:
            for report in (CopyReport(what, native=True),
                           CopyReport(what, osc52=True, reason=reason),
                           CopyReport(what, reason=reason)):
                for saved, error in ((DEEP.with_name(name), ""), (None, "No space left on device")):
                    report.saved, report.save_error = saved, error
                    line = report.message(lang)
                    if not fits(line):
                        too_long.append(shown(line))
    assert not too_long, "\n".join(sorted(set(too_long)))


async def test_a_vanished_store_is_said_on_one_whole_line_off_the_tabs(make_app) -> None:
    """The error toast of a store deleted while open wrapped to two lines at 80x24 and
    covered the tabs of the results (its words in every pack: the tests above)."""
    from textual.widgets import Tabs
    from textual.widgets._toast import Toast

    from tests.tui.test_tui_store import _remove_store, ready, seed

    ids = seed(NAME)
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await ready(pilot)
        app.coach.open_profile(ids[NAME])
        await pilot.pause()
        path = app.coach.store().path
        _remove_store(path)
        app.coach.store_lost("gone")  # what the autosave does when it finds the file gone
        await pilot.pause()
        await pilot.pause(0.1)
        [toast] = list(app.screen.query(Toast))
        shown = str(toast.render()).strip()
        assert toast.region.height == 1, (shown, toast.region)
        assert path.name in shown and shown.endswith("Ctrl+S saves it again."), shown
        for tabs in app.screen.query(Tabs):
            assert toast.region.bottom <= tabs.region.y, (shown, toast.region, tabs.region)
