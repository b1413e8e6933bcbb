"""Pilot tests: whose profile is on screen, quitting without saving keeps nothing, the palette
and the dialogs speak the language on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MAYA, FakeClipboard, write_answers
from textual.command import CommandPalette

from wizard.core.store import Store
from wizard.tui.screens.dialogs import QuitDialog

SIZE = (80, 24)


def bar(app) -> str:
    return str(app.screen.query_one("#step-bar").render())


async def test_the_open_profile_says_whose_it_is_on_every_step(make_app,
                                                               complete_file: Path) -> None:
    app = make_app(complete_file)
    async with app.run_test(size=(120, 36)) as pilot:
        assert "Maya Okafor · English · saved in maya.toml" in bar(app)  # the results
        app.goto(0)
        await pilot.pause()
        await pilot.press("!")
        assert "Maya Okafor! · English ·" in bar(app)  # follows the answer as it is typed
        assert "saved in maya.toml" not in bar(app)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Maya Okafor! · English · saved in maya.toml" in bar(app)


async def test_quit_without_saving_keeps_nothing_of_the_session(make_app,
                                                                complete_file: Path) -> None:
    before = complete_file.read_text(encoding="utf-8")
    app = make_app(complete_file)
    async with app.run_test(size=SIZE) as pilot:
        app.goto(0)
        await pilot.pause()
        await pilot.press("!")
        app.coach.autosave.flush(wait=True)  # the change reached the store copy
        await pilot.press("ctrl+q")
        assert isinstance(app.screen, QuitDialog)
        said = " ".join(str(s.render()) for s in app.screen.query(".dialog-note"))
        assert "leaves maya.toml as it was" in said
        await pilot.click("#quit")
        await pilot.pause()
        assert not app.is_running
    assert complete_file.read_text(encoding="utf-8") == before
    with Store() as store:
        names = {store.get_profile(s.id).answers.text("person.name")
                 for s in store.list_profiles()}
    assert "Maya Okafor!" not in names  # not kept in the profiles either


async def test_a_dutch_profile_has_a_dutch_palette_and_ctrl_c(make_app, tmp_path: Path) -> None:
    path = write_answers(tmp_path / "anna.toml", {**MAYA, "lang": "nl",
                                                  "person": {"name": "Anna", "role": "coach"}})
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        assert bar(app).endswith("Anna · NL · bewaard")  # the narrow form at 80
        await pilot.press("ctrl+c")
        await pilot.pause()
        toast = [n.message for n in app._notifications]
        assert any("om de app te sluiten" in m for m in toast), toast
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        commands = [c.title for c in app.get_system_commands(app.screen_stack[-2])]
        for word in ("Thema", "Stoppen", "Toetsen", "Schermafdruk", "Alle teksten kopiëren"):
            assert word in commands, commands
        for english in ("Theme", "Quit", "Keys", "Screenshot", "Copy all texts", "Help"):
            assert english not in commands


# One case per language (not one loop over the four) so that the test workers share them out:
# the loop took ~15 s of one worker.
@pytest.mark.parametrize("code", ("it", "fr", "nl", "en"))
async def test_at_80x24_every_step_keeps_the_language_and_saved_state_in_view(
        make_app, tmp_path: Path, code: str) -> None:
    """A long name is shortened; the language and the state never are (Italian's 'salvato'
    was cut to 's…' on the Invitation step)."""
    from wizard.core.words import words
    from wizard.tui.screens.results import ResultsScreen

    name = "Maria Giovanna Esposito-Castellammare"
    path = write_answers(tmp_path / f"{code}.toml", {**MAYA, "lang": code, "person": {
        **MAYA["person"], "name": name}})
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        tail = f" · {code.upper()} · {words(code)('tui.whose_saved')}"
        # the complete file opens on the results: they are checked there, and every step
        # after them (a second results screen to build would add ~1 s and no new line)
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        for i in (app.session.step_count, *range(app.session.step_count)):
            if i < app.session.step_count:
                app.goto(i)
                await pilot.pause()
            shown = bar(app)
            assert len(shown) <= SIZE[0], shown
            assert shown.endswith(tail), (code, i, shown)
            assert "Maria" in shown, shown


async def test_a_second_toast_replaces_the_first_and_both_stay_off_the_tabs(
        make_app, complete_file: Path) -> None:
    """Two messages in a row (copy, then save) stacked four lines over the badge and the
    tabs at 80x24: the second replaces the first, and it sits on the step bar's line."""
    from textual.widgets._toast import Toast

    app = make_app(complete_file)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        app.say("Copied the headline to the clipboard.")
        await pilot.pause()
        app.say("Saved in maya.toml.")
        await pilot.pause()
        await pilot.pause(0.1)
        toasts = list(app.screen.query(Toast))
        assert [str(t.render()) for t in toasts] == ["Saved in maya.toml."], toasts
        top = app.screen.query_one("#step-bar").region
        assert all(t.region.y == top.y and t.region.height == 1 for t in toasts), \
            [(t.region, top) for t in toasts]


async def test_a_long_message_stays_on_one_line_off_the_tabs_in_every_language(
        make_app, tmp_path: Path) -> None:
    """The copy-all message ('… Ook opgeslagen in ~/…/jens-all.txt.', now 'Ook bewaard in')
    wrapped to two lines at 80x24 and covered the tabs of the results."""
    from textual.widgets import Tabs
    from textual.widgets._toast import Toast

    deep = tmp_path / "klanten" / "een-heel-lange-mapnaam-voor-deze-klant" / "2026"
    deep.mkdir(parents=True)
    for code in ("nl", "en", "it", "fr"):
        path = write_answers(deep / f"jens-{code}.toml", {**MAYA, "lang": code})
        app = make_app(path, clipboard=FakeClipboard())
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await pilot.press("f4")
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.pause(0.1)
            [toast] = list(app.screen.query(Toast))
            shown = str(toast.render())
            assert f"jens-{code}-all.txt" in shown, shown  # the file it was saved to, named
            tabs = app.screen.query_one(Tabs).region
            assert toast.region.height == 1 and toast.region.bottom <= tabs.y, \
                (code, shown, toast.region, tabs)
            assert toast.region.right <= SIZE[0]


def test_a_message_is_fitted_to_one_line_its_path_giving_way_first() -> None:
    from wizard.tui.presenters.toast import one_line

    long = "Ook opgeslagen in /home/jens/Documenten/klanten/2026/maart/jens-all.txt."
    assert one_line("Klaar.\nOok opgeslagen.", 40) == "Klaar. Ook opgeslagen."
    assert one_line(long, 80) == long
    assert one_line(long, 50) == "Ook opgeslagen in /home/…/2026/maart/jens-all.txt."
    assert one_line(long, 49) == "Ook opgeslagen in /home/…/maart/jens-all.txt."
    assert one_line(long, 40) == "Ook opgeslagen in /home/…/jens-all.txt."
    assert one_line(long, 36) == "Ook opgeslagen in …/jens-all.txt."
    assert one_line("Kon niet kopiëren (geen klembord gevonden, geen terminal).", 30) == \
        "Kon niet kopiëren (geen klemb…"
    gone = "~/.local/share/profile-wizard/profiles.sqlite3 was deleted or moved while open."
    assert one_line(gone, 40) == "…/profiles.sqlite3 was deleted or moved…"


async def test_a_message_too_long_for_the_line_ends_in_an_ellipsis_on_screen(
        make_app, complete_file: Path) -> None:
    """The toast's rack kept a scrollbar's gutter: a fitted line lost its last cells (and the
    '…' that says it was cut) at the screen's edge."""
    from textual.widgets._toast import Toast

    app = make_app(complete_file)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        app.say("Geen systeemklembord (geen klembordprogramma gevonden): alle teksten naar het "
                "klembord van de terminal gestuurd (OSC 52), plak om te controleren.")
        await pilot.pause()
        await pilot.pause(0.1)
        [toast] = list(app.screen.query(Toast))
        assert toast.region.right == SIZE[0] and toast.region.height == 1, toast.region
        assert str(toast.render()).endswith("…")
