"""Pilot tests of the stored profiles in the app: list, filter, open, new, rename, duplicate,
delete, autosave, versions, history, import, handout export, notes and a store that fails."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from conftest import MAYA, notifications, until
from textual.widgets import DataTable, Input, Static, TextArea

from wizard.core import model
from wizard.core.languages import available_languages
from wizard.core.store import Before, Store
from wizard.tui import coach as coach_module
from wizard.tui.screens.before import BeforeScreen
from wizard.tui.screens.history import CompareScreen, HistoryScreen
from wizard.tui.screens.profiles import (
    ConfirmDeleteDialog,
    ImportDialog,
    NameDialog,
    NewProfileDialog,
    NotesDialog,
)
from wizard.tui.screens.results import ResultsScreen
from wizard.tui.screens.start import StartScreen
from wizard.tui.screens.step import StepScreen
from wizard.tui.session import YOURS
from wizard.tui.widgets.profile_list import ProfileList

SIZE = (80, 24)
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(autouse=True)
def empty_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The start screen lists answers files in the current folder: keep it empty."""
    folder = tmp_path / "cwd"
    folder.mkdir()
    monkeypatch.chdir(folder)


def maya() -> model.Answers:
    return model.from_document(MAYA)


def seed(*names: str) -> dict[str, int]:
    """Profiles made one after the other (the last is the most recent); name -> id."""
    ids = {}
    with Store() as store:
        for name in names:
            answers = maya() if name.startswith("Maya") else None
            ids[name] = store.create_profile(name, "en", answers=answers).id
    return ids


def profile_list(app) -> ProfileList:
    return app.screen.query_one(ProfileList)


def names(app) -> list[str]:
    return [r.name for r in profile_list(app).rows]


def fast_autosave(app) -> None:
    app.coach.autosave.delay, app.coach.autosave.max_wait = 0.1, 0.3


async def ready(pilot) -> None:
    """The start screen mounts its list and its open section after the first paint: wait for
    the section's last part (two pauses were too few for a busy machine's timer)."""
    app = pilot.app
    assert await until(pilot, lambda: not isinstance(app.screen, StartScreen)
                       or bool(app.screen.query("#open-error"))), "the start screen never finished"
    await pilot.pause()
    await pilot.pause()


@contextlib.asynccontextmanager
async def opened(make_app, name: str) -> AsyncIterator[tuple[Any, Any, dict[str, int]]]:
    """The wizard on a store seeded with `name`, that profile open: (app, pilot, ids)."""
    ids = seed(name)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.coach.open_profile(ids[name])
        await pilot.pause()
        yield app, pilot, ids


async def test_the_list_shows_profiles_newest_first_and_filters_as_you_type(make_app) -> None:
    seed("Anna de Vries", "Jan Jansen", "Maya Okafor", "Élodie Anand")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert names(app) == ["Élodie Anand", "Maya Okafor", "Jan Jansen", "Anna de Vries"]
        assert app.focused is app.screen.query_one("#profile-filter"), \
            "with profiles stored, the filter has the focus"
        await pilot.press("a", "n")
        assert names(app) == ["Élodie Anand", "Jan Jansen", "Anna de Vries"]
        assert "3 match" in str(app.screen.query_one("#profiles-count", Static).render())
        await pilot.press("n", "a")  # "anna": only Anna; accents and case do not matter
        assert names(app) == ["Anna de Vries"]
        await pilot.press("x")
        assert names(app) == []
        note = str(app.screen.query_one("#profiles-note", Static).render())
        assert "annax" in note


async def test_the_list_reads_a_page_at_a_time(make_app, monkeypatch) -> None:
    from wizard.tui.widgets import profile_list as pl

    monkeypatch.setattr(pl, "PAGE", 10)
    seed(*(f"Client {i}" for i in range(25)))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        count = app.screen.query_one("#profiles-count", Static)
        assert len(names(app)) == 10
        # until the total is counted (off the app's thread, once typing pauses) the count says
        # there are more than a page; it never claims the page is all there is
        first = str(count.render())
        assert "10+" in first or "25 in all" in first, first
        assert await until(pilot, lambda: "25 in all" in str(count.render()))
        table = app.screen.query_one(DataTable)
        table.focus()
        table.move_cursor(row=6)  # near the end of a page: the next one is read
        assert await until(pilot, lambda: len(names(app)) == 20)
        await pilot.press("end")  # the last row of the list, not of the pages read
        assert await until(pilot, lambda: len(names(app)) == 25)
        assert table.row_count == 25 and table.cursor_row == 24
        assert names(app)[-1] == "Client 0"  # the oldest last


async def test_letters_typed_on_the_table_filter_it(make_app) -> None:
    seed("Maya Okafor", "Jan Jansen", "Maya Okafor")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        table = app.screen.query_one(DataTable)
        table.focus()
        await pilot.press("j", "a")
        field = app.screen.query_one("#profile-filter", Input)
        assert field.value == "ja" and field.has_focus
        assert await until(pilot, lambda: names(app) == ["Jan Jansen"])
        await pilot.press("backspace", "backspace")
        assert await until(pilot, lambda: len(names(app)) == 3)
        # two Maya Okafors: the id column tells them apart
        ids = [table.get_row_at(i)[1] for i in range(table.row_count)]
        assert len(set(ids)) == 3


async def test_enter_opens_the_profile_where_it_was_left(make_app) -> None:
    ids = seed("Maya Okafor", "Jan Jansen")
    with Store() as store:  # Jan answered the first step only
        answers = model.from_document({k: v for k, v in MAYA.items()
                                       if k in ("schema", "lang", "person", "future")},
                                      partial=True)
        answers.set("person.name", "Jan Jansen")
        store.save_answers(ids["Jan Jansen"], answers)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("j", "a", "n", "enter")
        await pilot.pause()
        assert isinstance(app.screen, StepScreen)
        assert app.screen.index == app.session.first_incomplete() == 2
        assert app.session.answers.text("person.name") == "Jan Jansen"
        assert app.coach.link is not None and app.coach.link.id == ids["Jan Jansen"]


async def test_a_complete_profile_opens_on_its_results(make_app) -> None:
    seed("Maya Okafor")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("down", "enter")  # the row chosen: an empty filter opens none
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)


async def test_new_profile_with_a_name_and_a_language(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, NewProfileDialog)
        await pilot.press("enter")  # no name yet: said, and the dialog stays
        assert isinstance(app.screen, NewProfileDialog)
        # English -> … -> Nederlands
        await pilot.press(*"Jo", "tab", *["right"] * available_languages().index("nl"))
        await pilot.press("tab", "enter")
        await pilot.pause()
        assert isinstance(app.screen, StepScreen)
        assert app.session.answers.lang == "nl"
        assert app.session.answers.text("person.name") == "Jo"
    with Store() as store:
        [p] = store.list_profiles()
        assert (p.name, p.lang) == ("Jo", "nl")


async def test_start_new_is_stored_on_the_first_answer_and_named_from_it(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        fast_autosave(app)
        app.start_new("en", None)
        await pilot.pause()
        with Store() as store:
            assert store.list_profiles() == [], "nothing is stored before an answer"
        with Store() as store:
            app.screen.query_one("#q-person-role-input", Input).value = "teacher"
            assert await until(pilot, lambda: len(store.list_profiles()) == 1)
            [p] = store.list_profiles()
            assert p.name.startswith("Untitled ")
            app.screen.query_one("#q-person-name-input", Input).value = "Sam Rivera"
            assert await until(pilot, lambda: store.list_profiles()[0].name == "Sam Rivera")
            [p] = store.list_profiles()
            assert store.get_profile(p.id).answers.text("person.role") == "teacher"
        assert any("Kept as “" in n for n in notifications(app))


async def test_rename_from_the_list(make_app) -> None:
    ids = seed("Anna de Vries")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("f2")
        assert isinstance(app.screen, NameDialog)
        app.screen.query_one(Input).value = "Anna Maria de Vries"
        await pilot.press("enter")
        await pilot.pause()
        assert names(app) == ["Anna Maria de Vries"]
    with Store() as store:
        assert store.get_profile(ids["Anna de Vries"]).name == "Anna Maria de Vries"


async def test_duplicate_from_the_list(make_app) -> None:
    seed("Maya Okafor")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("f4")
        await pilot.pause()
        assert names(app) == ["Maya Okafor (copy)", "Maya Okafor"]
        assert profile_list(app).highlighted().name == "Maya Okafor (copy)"
    with Store() as store:
        a, b = (store.get_profile(p.id) for p in store.list_profiles())
        assert a.answers == b.answers


async def test_delete_asks_first_and_leaves_no_trace_in_the_file(make_app,
                                                                 isolated_home: Path) -> None:
    ids = seed("Zebulon Quartzfeather", "Maya Okafor")
    with Store() as store:
        store.set_notes(ids["Zebulon Quartzfeather"], "Xylophonic marmalade plans")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert names(app) == ["Zebulon Quartzfeather", "Maya Okafor"]  # the notes were last
        await pilot.press("down", "down", "up")  # into the table, and back to the first row
        assert profile_list(app).highlighted().name == "Zebulon Quartzfeather"
        await pilot.press("delete")
        assert isinstance(app.screen, ConfirmDeleteDialog)
        await pilot.press("enter")  # Cancel has the focus: nothing happens
        assert not isinstance(app.screen, ConfirmDeleteDialog)
        assert len(names(app)) == 2
        await pilot.press("delete")
        await pilot.click("#ok")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert names(app) == ["Maya Okafor"]
        assert any("Deleted" in n and "Zebulon" in n for n in notifications(app))
    data = b"".join(p.read_bytes() for p in isolated_home.glob("profiles.sqlite3*"))
    assert b"Maya Okafor" in data
    for word in (b"Quartzfeather", b"Xylophonic"):
        assert word not in data


async def test_autosave_is_debounced_and_lands_within_a_second(make_app) -> None:
    async with opened(make_app, "Maya Okafor") as (app, pilot, ids):
        app.goto(1)
        await pilot.pause()
        field = app.screen.query_one("#q-future-change-input", Input)
        field.focus()
        saves = []
        store = app.coach.store()
        original = store.save_answers

        def counting(*args, **kwargs):
            saves.append(time.monotonic())
            return original(*args, **kwargs)

        store.save_answers = counting  # type: ignore[method-assign]
        start = time.monotonic()
        await pilot.press(*"the habit")
        typed = time.monotonic()
        assert app.session.answers.text("future.change") == "the habit"
        with Store() as other:
            assert await until(pilot, lambda: other.get_profile(ids["Maya Okafor"])
                               .answers.text("future.change") == "the habit")
        assert 1 <= len(saves) <= (typed - start) / 1.0 + 1, "saved in few writes, not per key"
        assert saves[-1] - typed < 1.5  # DELAY 0.5 s after the last key, and a tick


async def test_a_step_change_saves_at_once_and_reopening_resumes_there(make_app) -> None:
    async with opened(make_app, "Jan Jansen") as (app, pilot, ids):
        app.coach.autosave.delay = app.coach.autosave.max_wait = 60  # only the flush saves
        app.screen.query_one("#q-person-role-input", Input).value = "nurse"
        await pilot.pause()
        app.goto(1)  # leaving the step flushes
        await pilot.pause()
        app.coach.autosave.flush(wait=True)
    with Store() as store:
        saved = store.get_profile(ids["Jan Jansen"]).answers
    assert saved.text("person.role") == "nurse"
    assert saved.text("person.name") == "Jan Jansen", "the profile's name fills an empty name"
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("down", "enter")  # the row chosen: an empty filter opens none
        await pilot.pause()
        assert isinstance(app.screen, StepScreen) and app.screen.index == 1
        assert app.session.answers.text("person.role") == "nurse"


async def test_quitting_a_stored_profile_saves_and_asks_nothing(make_app) -> None:
    async with opened(make_app, "Jan Jansen") as (app, pilot, ids):
        app.coach.autosave.delay = app.coach.autosave.max_wait = 60
        app.screen.query_one("#q-person-role-input", Input).value = "pilot"
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0
    with Store() as store:
        assert store.get_profile(ids["Jan Jansen"]).answers.text("person.role") == "pilot"


async def test_copy_export_and_edit_keep_versions(make_app, monkeypatch) -> None:
    monkeypatch.setattr(coach_module, "EDIT_IDLE", 0.1)
    async with opened(make_app, "Maya Okafor") as (app, pilot, ids):
        assert isinstance(app.screen, ResultsScreen)
        await pilot.press("f3")
        await app.workers.wait_for_complete()
        await pilot.press("f3")  # the same texts again: no second version
        await app.workers.wait_for_complete()
        await pilot.press("f5")
        await pilot.pause()
        area = app.screen.query_one("#text-headline", TextArea)
        area.focus()
        area.move_cursor(area.document.end)
        await pilot.press("!")
        edited = area.text
        with Store() as store:  # kept once the editing pauses, not only at exit
            assert await until(pilot, lambda: len(store.list_versions(ids["Maya Okafor"])) == 3)
    with Store() as store:
        versions = store.list_versions(ids["Maya Okafor"])
        assert [v.reason for v in versions] == ["copy", "export", "edit"]
        last = store.get_version(versions[-1].id)
    assert last.texts["headline"] == edited
    assert last.variants["headline"] == YOURS
    assert set(last.texts) == {"headline", "summary", "pitch", "invitation"}
    app = make_app()  # reopened: the hand edit is back
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("down", "enter")  # the row chosen: an empty filter opens none
        await pilot.pause()
        assert app.screen.query_one("#text-headline", TextArea).text == edited


async def test_history_compares_two_states_with_texts_and_counts(make_app) -> None:
    ids = seed("Maya Okafor")
    before = Before("Motivated Data Engineer | Open to work", "I am passionate.",
                    "LinkedIn export", "2025-01-02")
    with Store() as store:
        store.set_before(ids["Maya Okafor"], before)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.coach.open_profile(ids["Maya Okafor"])
        await pilot.pause()
        await pilot.press("f3")
        await app.workers.wait_for_complete()
        from wizard.tui.screens.history import show_history

        show_history(app)
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        keys = [e.key for e in app.screen.entries]
        assert (keys[0], keys[-1]) == ("now", "before")
        await pilot.press("end", "enter")  # the before, against now
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        shown = " ".join(str(s.render()) for s in app.screen.query(Static))
        assert "Motivated Data Engineer | Open to work" in shown
        now = app.screen.new.texts["headline"].text
        assert now.startswith("Data engineer") and now in shown
        assert "38/220" in shown and f"{len(now)}/220" in shown
        assert "Before (LinkedIn export, 2025-01-02)" in shown
        assert "words" in shown
        await pilot.press("escape")
        await pilot.press("home", "down", "space", "end", "enter")  # the copy, against the before
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        assert app.screen.old.title.startswith("Before")
        assert app.screen.new.title.startswith("copied")


async def test_import_a_linkedin_csv_shows_the_before_then_the_wizard(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.click("#refresh")
        assert isinstance(app.screen, ImportDialog)
        app.screen.query_one(Input).value = str(FIXTURES / "linkedin" / "missing.csv")
        await pilot.press("enter")
        assert "no such file" in str(app.screen.query_one(".dialog-error", Static).render())
        app.screen.query_one(Input).value = str(FIXTURES / "linkedin" / "Profile.csv")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, BeforeScreen)
        shown = " ".join(str(s.render()) for s in app.screen.query(Static))
        assert "Open to work" in shown
        assert "beg" in shown.casefold() or "open to work" in shown.casefold()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StepScreen)
        assert app.session.answers.text("person.name") == "Maya Okafor"
    with Store() as store:
        [p] = store.list_profiles()
        full = store.get_profile(p.id)
    assert full.before is not None and full.before.headline.startswith("Motivated Data Engineer")
    assert "Profile.csv" in full.before.source


async def test_export_the_handout_from_the_app(make_app, isolated_home: Path) -> None:
    async with opened(make_app, "Maya Okafor") as (app, pilot, ids):
        from wizard.tui.transfer import export_handout

        written = export_handout(app)
        await pilot.pause()
        tag = f"maya-okafor-{ids['Maya Okafor']}"  # the id: clients may share a name
        assert [p.name for p in written] == [f"{tag}-handout.md", f"{tag}-handout.html",
                                             f"{tag}-resume.json"]
        assert all(p.parent == isolated_home / "exports" for p in written)
        assert "Data engineer" in written[0].read_text(encoding="utf-8")
        assert f"{tag}-handout.md" in notifications(app)[-1]
    with Store() as store:
        assert [v.reason for v in store.list_versions(ids["Maya Okafor"])] == ["export"]


async def test_coach_notes_from_the_list(make_app) -> None:
    ids = seed("Anna de Vries")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("f3")
        assert isinstance(app.screen, NotesDialog)
        await pilot.press(*"Wants", "ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, NotesDialog)
    with Store() as store:
        assert store.get_profile(ids["Anna de Vries"]).notes == "Wants"


async def test_the_palette_reaches_the_store_actions(make_app) -> None:
    seed("Maya Okafor")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        on_list = [c.title for c in app.get_system_commands(app.screen)]
        for title in ("New profile…", "Refresh from an existing profile…",
                      "Rename “Maya Okafor”…", "Duplicate “Maya Okafor”",
                      "Delete “Maya Okafor”…", "Coach notes on “Maya Okafor”…"):
            assert title in on_list
        await pilot.press("down", "enter")  # the row chosen: an empty filter opens none
        await pilot.pause()
        in_profile = [c.title for c in app.get_system_commands(app.screen)]
        for title in ("Profiles", "History", "Compare before and now", "Export handout",
                      "Delete “Maya Okafor”…"):
            assert title in in_profile


async def test_back_to_the_list_from_a_profile(make_app) -> None:
    ids = seed("Anna de Vries", "Maya Okafor")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.coach.open_profile(ids["Anna de Vries"])
        await pilot.pause()
        app.screen.query_one("#q-person-role-input", Input).value = "florist"
        await pilot.pause()
        from wizard.tui.profile_actions import show_profiles

        await show_profiles(app)
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert names(app)[0] == "Anna de Vries", "the saved profile comes first"
        assert app.coach.link is None


def test_a_store_that_cannot_be_opened_is_said_and_files_still_work(make_app, isolated_home,
                                                                    tmp_path) -> None:
    import asyncio

    (isolated_home / "profiles.sqlite3").write_bytes(b"this is not a database" * 100)
    target = tmp_path / "cwd" / "new.toml"

    async def run() -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await ready(pilot)
            note = str(app.screen.query_one("#profiles-note", Static).render())
            assert "not a profile store" in note and "Ctrl+S" in note
            app.start_new("en", target)
            assert await until(pilot, lambda: any("Not kept" in n
                                                  for n in notifications(app)))
            app.screen.query_one("#q-person-name-input", Input).value = "Jo"
            await pilot.press("ctrl+s")
            await pilot.pause()

    asyncio.run(run())
    assert 'name = "Jo"' in target.read_text(encoding="utf-8")
    assert (isolated_home / "profiles.sqlite3").read_bytes().startswith(b"this is not"), \
        "the file is left as it was"


def test_snapshot_of_the_profile_list(snap_compare, make_app, monkeypatch) -> None:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    from datetime import UTC, datetime, timedelta

    from wizard.core.store import search_key
    from wizard.core.store.records import encode_answers

    start = datetime(2025, 11, 3, 9, 30, tzinfo=UTC)
    with Store() as store, store._writing() as conn:
        for i, (name, lang) in enumerate([("Anna de Vries", "nl"), ("Chiara Esposito", "it"),
                                          ("Maya Okafor", "en"), ("Élodie Martin", "en")]):
            stamp = (start + timedelta(days=i, minutes=7 * i)).isoformat()
            conn.execute("INSERT INTO profiles (name, search_key, lang, notes, created, "
                         "updated, answers) VALUES (?, ?, ?, '', ?, ?, ?)",
                         (name, search_key(name), lang, stamp, stamp,
                          encode_answers(model.Answers(lang))))
    try:
        assert snap_compare(make_app(), terminal_size=SIZE)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()



WIZARD = Path(sys.executable).parent / "profile-wizard"


def _stored_name(home: Path, name: str, within: float) -> bool:
    """Whether a profile named `name` is in the store at `home`, polled for `within` s."""
    end = time.monotonic() + within
    while time.monotonic() < end:
        if (home / "profiles.sqlite3").exists():
            with Store() as store:
                if any(p.name == name for p in store.list_profiles()):
                    return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(not WIZARD.exists(), reason="profile-wizard is not installed in this venv")
def test_sigkill_mid_answer_loses_at_most_the_last_second(tmp_path: Path,
                                                          isolated_home: Path) -> None:
    """The real app in a pseudo-terminal, killed without warning while typing."""
    import pexpect

    env = {**os.environ, "PROFILE_WIZARD_HOME": str(isolated_home), "TERM": "xterm-256color"}

    def spawn() -> pexpect.spawn:
        return pexpect.spawn(str(WIZARD), [], dimensions=(24, 80), env=env, encoding="utf-8",
                             timeout=15, cwd=str(tmp_path / "cwd"))

    child = spawn()
    try:
        child.expect("Start a new profile")
        child.send("\r")
        child.expect("My name is")
        child.send("Jo Bloggs")
        child.expect("Bloggs")
        # autosaved within a second of typing on an idle machine; polled for, so that a busy
        # one that is late does not fail the test (it fails if the typing is never saved)
        assert _stored_name(isolated_home, "Jo Bloggs", within=15), "the typing was not kept"
        child.send("-Smit")  # the last instant of typing: allowed to be lost
        child.kill(signal.SIGKILL)
    finally:
        child.close(force=True)
    with Store() as store:
        [p] = store.list_profiles()
        kept = store.get_profile(p.id).answers.text("person.name")
    assert kept in ("Jo Bloggs", "Jo Bloggs-Smit")
    assert p.name == kept

    child = spawn()  # reopened: the list has it, Enter resumes at the name
    try:
        child.expect("Your profiles")
        child.expect("Jo Bloggs")
        child.send("\x1b[B\r")  # Down to the row, Enter: an empty filter opens none
        child.expect("My name is")
        child.expect("Jo Bloggs")
        child.send("\x11")  # Ctrl+Q: stored, so nothing to ask
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0


async def test_a_failing_save_is_said_once_and_quitting_then_asks(make_app) -> None:
    from wizard.core.store import StoreError
    from wizard.tui.screens.dialogs import QuitDialog

    ids = seed("Jan Jansen")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        fast_autosave(app)
        app.coach.open_profile(ids["Jan Jansen"])
        await pilot.pause()
        store = app.coach.store()

        def full(*args, **kwargs):
            raise StoreError(f"{store.path}: the disk is full, so the last change was not saved")

        store.save_answers = full  # type: ignore[method-assign]
        field = app.screen.query_one("#q-person-role-input", Input)
        field.value = "nurse"
        assert await until(pilot, lambda: any("disk is full" in n for n in notifications(app)))
        field.value = "nurse!"
        await pilot.pause(0.5)
        assert sum("disk is full" in n for n in notifications(app)) == 1, "said once"
        assert app.session.answers.text("person.role") == "nurse!", "the typing stays"
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitDialog), "not safe in the store: ask before quitting"


async def test_an_answers_file_opened_again_finds_its_profile(make_app, tmp_path: Path) -> None:
    from conftest import write_answers

    path = write_answers(tmp_path / "cwd" / "maya.toml", MAYA)
    for _ in range(2):
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await ready(pilot)
            fast_autosave(app)
            assert app.open_file(path) is None
            await pilot.pause()
            app.coach.autosave.changed()  # as if a key was typed
            link = app.coach.link
            assert await until(pilot, lambda link=link: link.id is not None)
            await pilot.press("ctrl+s")
            await pilot.pause()
    with Store() as store:
        assert [p.name for p in store.list_profiles()] == ["Maya Okafor"]


async def test_a_language_change_from_the_palette_is_saved(make_app) -> None:
    from wizard.tui.commands import set_language

    async with opened(make_app, "Maya Okafor") as (app, pilot, ids):
        set_language(app, "nl", app.screen)
        await pilot.pause()
        app.coach.autosave.flush(wait=True)
        with Store() as store:
            assert store.get_profile(ids["Maya Okafor"]).lang == "nl"


async def test_a_change_from_another_window_is_never_overwritten(make_app) -> None:
    """Two windows on one profile: the second save forks instead of erasing the first."""
    async with opened(make_app, "Maya Okafor") as (app, pilot, ids):
        fast_autosave(app)
        with Store() as other:  # the other window saves first
            theirs = other.get_profile(ids["Maya Okafor"]).answers
            theirs.set("offer.help", "help from the other window")
            other.save_answers(ids["Maya Okafor"], theirs)
        app.set_answer("offer.help", "help from this window")
        app.coach.autosave.changed()
        assert await until(pilot, lambda: app.coach.link is not None
                           and app.coach.link.id != ids["Maya Okafor"])
        # the worker forks first and tells the app just after: wait for the message too
        assert await until(pilot, lambda: any("Edited elsewhere" in n
                                              for n in notifications(app)))
    with Store() as store:
        assert store.get_profile(ids["Maya Okafor"]).answers.text("offer.help") == \
            "help from the other window"
        fork = store.get_profile(app.coach.link.id)
        assert fork.answers.text("offer.help") == "help from this window"
        assert fork.name == "Maya Okafor (this window)"


async def test_a_hand_edit_comes_back_when_the_answers_file_is_opened_again(
        make_app, tmp_path: Path) -> None:
    """`profile-wizard FILE` twice: the second run shows the text as the person edited it."""
    path = tmp_path / "maya.toml"
    model.save(maya(), path)
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, ResultsScreen)
        area = app.screen.query_one("#text-headline", TextArea)
        area.focus()
        area.move_cursor(area.document.end)
        await pilot.press("!")
        await pilot.pause()
        edited = area.text
        app.coach.keep_pending_edit()  # as after five seconds without typing
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        assert app.screen.query_one("#text-headline", TextArea).text == edited


# ── the store's file deleted, moved or replaced while the app is open ─────────────────────

def _remove_store(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


async def test_a_store_deleted_while_typing_is_said_kept_and_written_again(make_app) -> None:
    from wizard.tui.screens.dialogs import QuitDialog, SaveAgainDialog

    ids = seed("Maya Okafor", "Jan Jansen")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        fast_autosave(app)
        app.coach.open_profile(ids["Jan Jansen"])
        await pilot.pause()
        path = app.coach.store().path
        _remove_store(path)
        field = app.screen.query_one("#q-person-role-input", Input)
        field.focus()
        await pilot.press(*"nurse")
        assert await until(pilot, lambda: any("is gone; your work is still here" in n
                                              and path.name in n for n in notifications(app)))
        assert not path.exists(), "no new, empty store made in its place"
        await pilot.press("!")
        await pilot.pause(0.5)
        assert sum("is gone" in n for n in notifications(app)) == 1, "said once"
        assert app.session.answers.text("person.role") == "nurse!", "the typing stays"
        assert "not saved" in app.whose()[0]
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitDialog), "not safe in the store: ask before quitting"
        assert any(str(path) in str(s.render()) for s in app.screen.query(Static))
        await pilot.click("#save")
        await pilot.pause()
        assert isinstance(app.screen, SaveAgainDialog)
        await pilot.click("#store")
        await pilot.pause()
    assert app.return_code == 0
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    with Store(path) as store:  # every profile it held is back, with what was typed since
        assert {p.name for p in store.list_profiles()} == {"Maya Okafor", "Jan Jansen"}
        assert store.get_profile(ids["Jan Jansen"]).answers.text("person.role") == "nurse!"


async def test_a_store_deleted_with_no_change_since_is_noticed_at_quit(make_app) -> None:
    from wizard.tui.screens.dialogs import QuitDialog

    async with opened(make_app, "Maya Okafor") as (app, pilot, _ids):
        _remove_store(app.coach.store().path)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen), "Cancel: back to the work"


async def test_leaving_for_the_list_asks_to_save_a_vanished_store_first(make_app) -> None:
    from wizard.tui.profile_actions import show_profiles
    from wizard.tui.screens.dialogs import SaveAgainDialog, SaveAsDialog

    async with opened(make_app, "Jan Jansen") as (app, pilot, _ids):
        app.screen.query_one("#q-person-role-input", Input).value = "florist"
        await pilot.pause()
        _remove_store(app.coach.store().path)
        await show_profiles(app)
        await pilot.pause()
        assert isinstance(app.screen, SaveAgainDialog), "the work is not dropped"
        assert app.session.answers.text("person.role") == "florist"
        await pilot.click("#file")
        await pilot.pause()
        assert isinstance(app.screen, SaveAsDialog)
        target = Path.cwd() / "jan.toml"
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert model.load(target, partial=True).text("person.role") == "florist"
        await show_profiles(app)  # saved to a file now: leaving is fine
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)


async def test_a_store_replaced_is_left_alone_and_the_work_goes_to_a_file(make_app,
                                                                          tmp_path) -> None:
    import shutil

    from wizard.tui.screens.dialogs import SaveAgainDialog, SaveAsDialog

    ids = seed("Jan Jansen")
    other = tmp_path / "other.sqlite3"
    with Store(other) as s:
        s.create_profile("Someone else's client")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        fast_autosave(app)
        app.coach.open_profile(ids["Jan Jansen"])
        await pilot.pause()
        path = app.coach.store().path
        _remove_store(path)
        shutil.copy(other, path)
        untouched = path.read_bytes()
        app.screen.query_one("#q-person-role-input", Input).value = "baker"
        assert await until(pilot, lambda: any("was replaced; your work is here" in n
                                              for n in notifications(app)))
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SaveAgainDialog)
        assert not app.screen.query("#store"), "never written over the file now there"
        await pilot.press("enter")  # the focused "Save to a file…"
        await pilot.pause()
        assert isinstance(app.screen, SaveAsDialog)
        await pilot.press("enter")
        await pilot.pause()
        assert app.session.path is not None
        assert model.load(app.session.path, partial=True).text("person.role") == "baker"
    assert path.read_bytes() == untouched


async def test_the_list_notices_a_vanished_store_when_it_shows(make_app) -> None:
    from wizard.tui.screens.help import HelpScreen

    seed("Maya Okafor")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        path = app.coach.store().path
        _remove_store(path)
        app.push_screen(HelpScreen(app.session.catalogue))  # any screen change checks
        await pilot.pause()
        assert any(f"{path.name} is gone" in n for n in notifications(app))


def test_profiles_list_on_a_vanished_store_makes_no_store(isolated_home: Path) -> None:
    """`profile-wizard profiles list` from another shell while the app's store is gone."""
    import subprocess

    seed("Maya Okafor")
    _remove_store(isolated_home / "profiles.sqlite3")
    done = subprocess.run([sys.executable, "-m", "wizard", "profiles", "list"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert done.stderr.strip().startswith("No profiles yet") and done.stderr.count("\n") == 1
    assert not (isolated_home / "profiles.sqlite3").exists()


async def test_letters_typed_anywhere_on_the_start_screen_filter_the_list(make_app) -> None:
    """With 200 clients, Tab moved the focus off the list: the name typed next went nowhere
    and Enter pressed a button or opened another row. A letter now finds the client
    wherever the focus is (an Input keeps its own), and Enter opens the row it shows."""
    from textual.widgets import Input

    ids = seed(*(f"Client {i:03d}" for i in range(199)), "Zoë Brandt")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        inside = list(profile_list(app).query("*"))
        for _ in range(8):  # off the list, past the path field: a button, the files
            await pilot.press("tab")
            await pilot.pause()
            if app.focused not in inside and not isinstance(app.focused, Input):
                break
        assert app.focused not in inside and not isinstance(app.focused, Input), app.focused
        await pilot.press(*"zoe")
        await pilot.pause()
        assert app.focused is app.screen.query_one("#profile-filter", Input)
        assert app.screen.query_one("#profile-filter", Input).value == "zoe"
        assert names(app) == ["Zoë Brandt"]
        await pilot.press("enter")
        assert await until(pilot, lambda: app.coach.profile_id() == ids["Zoë Brandt"])


@pytest.mark.parametrize("stored", [0, 30])
async def test_the_start_screen_scrollbar_is_inside_its_border(make_app, stored: int) -> None:
    """At 80x24 the start screen scrolls; its scrollbar was drawn right of the box's border,
    at the screen's edge (a full-width scroll with the bordered box inside it)."""
    seed(*(f"Client {i}" for i in range(stored)))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        scroll = app.screen.query_one("#start-scroll")
        assert scroll.show_vertical_scrollbar, "at 80x24 the start screen scrolls"
        bar = scroll.vertical_scrollbar.region
        [framed] = [w for w in (scroll, app.screen.query_one("#start-box"))
                    if w.styles.border_right[0] not in ("", "none")]
        assert framed.region.x < bar.x and bar.right < framed.region.right, \
            (bar, framed, framed.region)
