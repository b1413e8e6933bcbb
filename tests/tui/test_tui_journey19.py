"""Round 19b, a first-timer's journey at 80x24: the start screen's keys begin on the language
line (the first thing on it) and go down the screen in the order it is drawn; Enter there
starts the profile in the language picked; the key bar names the page keys as the language's
keyboards print them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import until
from textual.widgets import Static, TextArea

from wizard.tui.app import WizardApp
from wizard.tui.labels import label
from wizard.tui.screens.results import ResultsScreen
from wizard.tui.screens.start import StartScreen
from wizard.tui.screens.step import StepScreen
from wizard.tui.widgets.output_pane import OutputPane

SIZE = (80, 24)


async def test_the_start_screens_keys_follow_the_screen(make_app: Callable[..., WizardApp]) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, StartScreen)
        order = [app.screen.focused.id if app.screen.focused else None]
        for _ in range(2):
            await pilot.press("tab")
            await pilot.pause()
            order.append(app.screen.focused.id if app.screen.focused else None)
        assert order == ["language", "new", "refresh"]
        assert isinstance(app.screen, StartScreen)  # a Tab moves, it opens nothing


# (keys on the start screen, language of the profile, the key bar's page keys, English left out)
JOURNEYS = [
    (("enter",), "en", "PgDn", None),
    (("right", "enter"), "fr", "Pg.Suiv", "PgDn"),
    (("right", "right", "enter"), "it", "Pag↓", "PgDn"),
    (("left", "enter"), "nl", "PgDn", "Next"),
]


@pytest.mark.parametrize(("keys", "lang", "page_key", "forbidden"), JOURNEYS)
async def test_enter_on_the_language_starts_the_profile_in_it(
        make_app: Callable[..., WizardApp], keys: tuple[str, ...], lang: str, page_key: str,
        forbidden: str | None) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*keys)
        assert await until(pilot, lambda: isinstance(app.screen, StepScreen))
        assert app.session.answers.lang == lang
        await pilot.pause()
        bar = str(app.screen.query_one("#key-bar").render())
        assert page_key in bar, bar
        if forbidden:
            assert forbidden not in bar, bar


async def test_a_kept_edit_says_so_when_the_profile_is_reopened(
        make_app: Callable[..., WizardApp], complete_file: Path) -> None:
    """Reopened the next day, a hand-edited text shows the note that says the edit is kept
    (it used to be an empty line there)."""
    for run in range(2):
        app = make_app(complete_file)
        async with app.run_test(size=SIZE) as pilot:
            assert isinstance(app.screen, ResultsScreen)
            pane = app.screen.query_one("#pane-headline", OutputPane)
            if run == 0:
                pane.query_one(TextArea).focus()
                await pilot.press("end", "!", "ctrl+s")
                await pilot.pause()
            note = pane.query_one(".edited-note", Static)
            assert note.display and str(note.render()) == label(app.session.answers.lang,
                                                                 "edited"), run
