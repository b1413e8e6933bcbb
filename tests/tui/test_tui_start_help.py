"""The start screen as a first-time user meets it: F1 opens its own help (how to start, open
and import, in the language the screen speaks), and switching the language relabels every
word on it, the note under the empty list too."""

from __future__ import annotations

import pytest
from conftest import until
from textual.widgets import Markdown, Static

from wizard.core.languages import available_languages
from wizard.core.words import words
from wizard.tui.screens.help import HelpScreen, start_help_markdown
from wizard.tui.screens.start import StartScreen
from wizard.tui.widgets.light import ChoiceLine

SIZE = (80, 24)


def choose(line: ChoiceLine, lang: str) -> None:
    """Pick a language on the start screen's line, as ← → do."""
    line.index = [code for _, code in line.options].index(lang)


@pytest.mark.parametrize("lang", available_languages())
def test_the_start_help_is_the_start_screens_own_in_each_language(lang: str) -> None:
    text = start_help_markdown(lang)
    say = words(lang)
    assert text.splitlines()[0] == f"# {say('tui.help')}"  # as the key bar says (F1 Hulp)
    # it names what the start screen shows, in the screen's own words
    for key in ("tui.language", "tui.new", "tui_store.profiles_title"):
        assert say(key).casefold() in text.casefold(), key
    assert say("tui.open_title").casefold() in text.casefold()
    assert say("tui_store.refresh").split(" (")[0].casefold() in text.casefold()
    assert "PgDn" not in text and "F9" not in text  # not the wizard's keys
    if lang != "en":
        assert "Start here" not in text


async def test_f1_on_the_start_screen_opens_its_help_in_the_chosen_language(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, StartScreen)
        assert await until(pilot, lambda: bool(app.screen.query("#open-path")))
        choose(app.screen.query_one(ChoiceLine), "nl")  # switched live
        await pilot.pause()
        await pilot.press("f1")
        assert await until(pilot, lambda: isinstance(app.screen, HelpScreen))
        shown = app.screen.query_one(Markdown)
        assert await until(pilot, lambda: "Zo begin je" in shown.source)
        assert shown.source == start_help_markdown("nl")
        assert "## Toetsen" not in shown.source  # the wizard's help is not this one
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)


async def test_switching_the_language_relabels_the_note_of_an_empty_list(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        assert await until(pilot, lambda: bool(app.screen.query("#open-path")))
        note = app.screen.query_one("#profiles-note", Static)
        assert str(note.render()) == words("en")("tui_store.no_profiles")
        for lang in ("nl", "fr", "it", "en"):
            choose(app.screen.query_one(ChoiceLine), lang)
            await pilot.pause()
            assert str(note.render()) == words(lang)("tui_store.no_profiles"), lang
