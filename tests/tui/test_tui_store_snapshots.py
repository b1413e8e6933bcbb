"""Snapshots (80x24) of the stored-profile screens and dialogs: History, Compare, Before,
new/rename/delete/notes/import, and saving a vanished store again. Times are a fixed clock."""

from __future__ import annotations

import itertools
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import MAYA, until

from wizard.core import model
from wizard.core.store import Before, Store

SIZE = (80, 24)
START = datetime(2025, 11, 3, 9, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def fixed_clock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Every store time a minute after the last, from 2025-11-03 09:30 UTC; an empty folder."""
    from wizard.core.store import importing, profiles, record_ops, records, versions

    ticks = itertools.count()

    def now() -> str:
        return (START + timedelta(minutes=next(ticks))).isoformat(timespec="microseconds")

    for module in (records, versions, profiles, record_ops, importing):
        monkeypatch.setattr(module, "now", now)
    folder = tmp_path / "cwd"
    folder.mkdir()
    monkeypatch.chdir(folder)
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.delenv("TZ")
    time.tzset()


def seed() -> int:
    """Maya's profile with a before and two kept versions (copied, then exported)."""
    answers = model.from_document(MAYA)
    with Store() as store:
        p = store.create_profile("Maya Okafor", "en", answers=answers)
        store.set_before(p.id, Before("Motivated Data Engineer | Open to work",
                                      "I am passionate about data.", "LinkedIn export",
                                      "2025-01-02"))
        store.set_notes(p.id, "Met at the data meetup; wants logistics.")
    return p.id


async def started(pilot) -> None:
    """The start screen has built its list and open section (after its first paint)."""
    assert await until(pilot, lambda: bool(pilot.app.screen.query("#open-error")))
    await pilot.pause()
    await pilot.pause()


async def opened(pilot) -> None:
    await started(pilot)
    app = pilot.app
    app.coach.open_profile(1)
    await pilot.pause()
    app.coach.keep_version("copy")
    app.session.edits["headline"] = "Data engineer who makes logistics numbers trustworthy"
    app.session.choice["headline"] = "yours"
    app.coach.keep_version("export")


@pytest.mark.parametrize("screen", ["history", "compare", "before"])
def test_store_screen(snap_compare, make_app, screen: str) -> None:
    """History, Compare (the before against now: End, Enter) and Before."""
    seed()

    async def show(pilot) -> None:
        from wizard.tui.screens.history import show_history
        from wizard.tui.transfer import show_before

        await opened(pilot)
        (show_before if screen == "before" else show_history)(pilot.app)
        await pilot.pause()
        if screen == "compare":
            await pilot.press("end", "enter")
            await pilot.pause()

    assert snap_compare(make_app(), run_before=show, terminal_size=SIZE)


@pytest.mark.parametrize("dialog", ["new", "rename", "delete", "notes", "import"])
def test_store_dialog(snap_compare, make_app, dialog: str) -> None:
    seed()

    async def show(pilot) -> None:
        from wizard.tui import profile_actions as pa
        from wizard.tui import transfer

        await started(pilot)
        app = pilot.app
        {"new": lambda: pa.ask_new(app),
         "rename": lambda: pa.ask_rename(app, 1, "Maya Okafor"),
         "delete": lambda: pa.ask_delete(app, 1, "Maya Okafor"),
         "notes": lambda: pa.ask_notes(app, 1),
         "import": lambda: transfer.ask_import(app)}[dialog]()
        await pilot.pause()

    assert snap_compare(make_app(), run_before=show, terminal_size=SIZE)


def test_saving_a_vanished_store_again(snap_compare, make_app, monkeypatch) -> None:
    from wizard.tui import session

    seed()
    shown = "~/.local/share/profile-wizard/profiles.sqlite3"  # not the test's own folder
    monkeypatch.setattr(session, "display_path", lambda path: shown)

    async def vanish(pilot) -> None:
        await started(pilot)
        app = pilot.app
        app.coach.open_profile(1)
        await pilot.pause()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{app.coach.store().path}{suffix}").unlink(missing_ok=True)
        app.coach.check_store()
        app.clear_notifications()
        await pilot.press("ctrl+s")
        await pilot.pause()

    assert snap_compare(make_app(), run_before=vanish, terminal_size=SIZE)
