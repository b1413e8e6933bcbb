"""Round 20: a toast said while the first screen is made counts its seconds from when that
screen is up, not from before it: the 'Not kept' warning of an answers file opened on a store
that keeps nothing expired during a slow start (a busy machine) and was shown to no one
(tests/faults/test_fault_round18.py's app case failed at load 10 for this)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import notifications

from wizard.core.store import Store, StoreError, database
from wizard.tui.screens.results import ResultsScreen


async def test_a_toast_said_before_the_first_screen_starts_its_clock_on_it(
        make_app, complete_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store() as store:
        store.create_profile("Anna", "en")

    def refused(at: Path) -> None:
        raise StoreError(f"{at}: the profile store is read-only (the file cannot be written)",
                         "readonly")

    monkeypatch.setattr(database, "_prepare_file", refused)
    mounted: list[float] = []
    mount = ResultsScreen.on_mount

    def on_mount(screen: ResultsScreen) -> None:
        mounted.append(time.time())  # the clock Textual's notifications keep (Unix time)
        mount(screen)

    monkeypatch.setattr(ResultsScreen, "on_mount", on_mount)
    app = make_app(complete_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        said = list(app._notifications)
        assert [n.message for n in said] == notifications(app)
        assert len(said) == 1 and "Not kept" in said[0].message, said
        assert mounted and said[0].raised_at >= mounted[0], (said[0].raised_at, mounted)
