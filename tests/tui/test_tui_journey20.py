"""Round 20, journeys through the wizard as a Dutch job seeker, a coach with many clients and
first-timers in French and Italian would make them: what broke on the way, kept fixed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import until, write_answers
from textual.widgets import DataTable, Static

from wizard.core.languages import language
from wizard.core.store import Store
from wizard.tui.app import WizardApp
from wizard.tui.screens.start import StartScreen
from wizard.tui.screens.step import StepScreen
from wizard.tui.widgets.profile_list import ProfileList
from wizard.tui.widgets.question import dom_id

SIZE = (80, 24)


@pytest.fixture(autouse=True)
def empty_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The start screen lists answers files in the current folder: keep it empty."""
    folder = tmp_path / "cwd"
    folder.mkdir()
    monkeypatch.chdir(folder)


async def ready(pilot) -> None:
    app = pilot.app
    assert await until(pilot, lambda: not isinstance(app.screen, StartScreen)
                       or bool(app.screen.query("#open-error"))), "the start screen never finished"
    await pilot.pause()


def seed(*profiles: tuple[str, str]) -> None:
    """Stored profiles (name, language), the last the most recent."""
    with Store() as store:
        for name, lang in profiles:
            store.create_profile(name, lang)


def language_cells(app: WizardApp) -> list[str]:
    table = app.screen.query_one(ProfileList).query_one(DataTable)
    return [str(table.get_cell_at((row, 2))) for row in range(table.row_count)]


# (keys on the start screen's language line, the language cells of a fr and an nl client)
LIST_LANGUAGES = [
    ((), ["Dutch", "French"]),
    (("right",), ["Néerlandais", "Français"]),
    (("right", "right"), ["Olandese", "Francese"]),
    (("left",), ["Nederlands", "Frans"]),
]


@pytest.mark.parametrize(("keys", "cells"), LIST_LANGUAGES)
async def test_the_list_names_each_profiles_language_in_the_screens_words(
        make_app: Callable[..., WizardApp], keys: tuple[str, ...], cells: list[str]) -> None:
    """The list's language column said "fr" and "nl"; it names them, in the language the start
    screen speaks, and follows it when that changes."""
    seed(("Élodie Anand", "fr"), ("Jan de Wit", "nl"))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.screen.query_one("#language").focus()
        await pilot.press(*keys)
        await pilot.pause()
        assert language_cells(app) == cells


@pytest.mark.parametrize("lang", ["en", "fr", "it", "nl"])
async def test_enter_on_the_register_goes_on_to_the_next_step(
        make_app: Callable[..., WizardApp], tmp_path: Path, lang: str) -> None:
    """The register is the first step's last choice; Enter on it did nothing, so someone
    pressing Enter through the step (as every other field lets them) was stuck on it."""
    path = write_answers(tmp_path / "p.toml", {"schema": 1, "lang": lang,
                                              "person": {"name": "Sanne de Vries",
                                                         "role": "marketingmanager"}})
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        app.goto(0)
        assert await until(pilot, lambda: isinstance(app.screen, StepScreen)
                           and bool(app.screen.query("#register-choice")))
        app.screen.query_one("#register-choice").focus()
        await pilot.press("right", "enter")
        assert await until(pilot, lambda: isinstance(app.screen, StepScreen)
                           and app.screen.index == 1)
        other = {"formal": "informal", "informal": "formal"}
        assert app.session.answers.register == other[language(lang).default_register]


# (language, register chosen, the stems of "how you can help" and of the invitation's reason)
STEMS = [
    ("nl", "formal", "Ik kan u helpen met", "Ik wil u graag toevoegen aan mijn netwerk, omdat"),
    ("nl", "informal", "Ik kan je helpen met",
     "Ik wil je graag toevoegen aan mijn netwerk, omdat"),
    ("it", "formal", "La posso aiutare con", "La vorrei aggiungere alla mia rete perché"),
    ("it", "informal", "Posso aiutarti con", "Vorrei aggiungerti alla mia rete perché"),
    ("fr", "informal", "Je peux t'aider avec", "J'aimerais t'ajouter à mon réseau parce que"),
    ("fr", "formal", "Je peux vous aider avec", "J'aimerais vous ajouter à mon réseau parce que"),
    ("en", "formal", "I can help you with", "I'd like to connect because"),
]


def stem_shown(app: WizardApp, key: str) -> str:
    widget = app.screen.query_one(f"#{dom_id(key)}")
    return str(widget.query_one(".stem", Static).render())


@pytest.mark.parametrize(("lang", "register", "help_stem", "context_stem"), STEMS)
async def test_the_stems_speak_to_the_reader_in_the_register_chosen(
        make_app: Callable[..., WizardApp], tmp_path: Path, lang: str, register: str,
        help_stem: str, context_stem: str) -> None:
    """A Dutch job seeker who chose u read "Ik kan je helpen met" over the field whose answer
    the About then wrote as "Ik kan u helpen met …" (and the French in tu read "vous"). The
    stem follows the register, also when it is changed after the step was seen."""
    other = {"formal": "informal", "informal": "formal"}[register]
    path = write_answers(tmp_path / "p.toml", {"schema": 1, "lang": lang, "register": other,
                                              "person": {"name": "Sanne de Vries",
                                                         "role": "marketingmanager"}})
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        steps = [s.questions[0].key for s in app.session.catalogue.steps]
        help_step = next(i for i, s in enumerate(app.session.catalogue.steps)
                         if any(q.key == "offer.help" for q in s.questions))
        invite_step = next(i for i, s in enumerate(app.session.catalogue.steps)
                           if any(q.key == "invitation.context" for q in s.questions))
        assert steps
        app.goto(help_step)  # seen first in the other register
        assert await until(pilot, lambda: bool(app.screen.query(f"#{dom_id('offer.help')}")))
        app.session.answers.register = register
        app.goto(help_step - 1)
        await pilot.pause()
        app.goto(help_step)
        assert await until(pilot, lambda: stem_shown(app, "offer.help") == help_stem), \
            stem_shown(app, "offer.help")
        app.goto(invite_step)
        assert await until(pilot, lambda: bool(
            app.screen.query(f"#{dom_id('invitation.context')}")))
        assert stem_shown(app, "invitation.context") == context_stem


@pytest.mark.parametrize("lang", ["en", "fr", "it", "nl"])
async def test_enter_through_the_first_step_stops_at_the_register(
        make_app: Callable[..., WizardApp], tmp_path: Path, lang: str) -> None:
    """Enter on the organisation (the last field) went straight to step 2: a first-timer
    pressing Enter never saw how the texts address the reader. It lands on the choice, and
    the next Enter goes on."""
    app = make_app(write_answers(tmp_path / "new.toml", {"schema": 1, "lang": lang}))
    async with app.run_test(size=SIZE) as pilot:
        assert app.session.answers.lang == lang
        app.goto(0)
        assert await until(pilot, lambda: isinstance(app.screen, StepScreen)
                           and bool(app.screen.query("#register-choice")))
        app.screen.query_one(f"#{dom_id('person.name')}").focus_field()
        await pilot.press(*"Sanne", "enter", *"coach", "enter", "enter")
        await pilot.pause()
        assert app.screen.index == 0
        assert app.focused is app.screen.query_one("#register-choice")
        await pilot.press("enter")
        assert await until(pilot, lambda: app.screen.index == 1)


async def test_the_language_column_widens_for_the_names_of_another_interface_language(
        make_app: Callable[..., WizardApp]) -> None:
    """Switched to Nederlands, the list showed "Italiaa" and "Nederla": the column kept the
    width of "Italian"."""
    seed(("Chiara Bellandi", "it"), ("Jan de Wit", "nl"))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.screen.query_one("#language").focus()
        await pilot.press("left")
        await pilot.pause()
        table = app.screen.query_one(ProfileList).query_one(DataTable)
        width = table.columns[table.ordered_columns[2].key].content_width
        assert width >= len("Nederlands"), width


# (language, the source as the store keeps it, the start of the before screen's intro)
BEFORE_SOURCES = [
    ("nl", "LinkedIn export Basic.zip", "Uit LinkedIn-export Basic.zip, 2026-12-07"),
    ("en", "LinkedIn export Basic.zip", "From LinkedIn export Basic.zip, 2026-12-07"),
]


@pytest.mark.parametrize(("lang", "source", "intro"), BEFORE_SOURCES)
async def test_the_before_screen_names_the_source_in_the_profiles_words(
        make_app: Callable[..., WizardApp], tmp_path: Path, lang: str, source: str,
        intro: str) -> None:
    """The Dutch before screen said "Uit LinkedIn export …" where every other Dutch word
    of the app (and the handout) says "LinkedIn-export"."""
    from wizard.core.record import Before
    from wizard.tui.screens.before import BeforeScreen

    path = write_answers(tmp_path / "p.toml", {"schema": 1, "lang": lang,
                                              "person": {"name": "Sanne de Vries"}})
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(BeforeScreen(lang, Before("Open voor nieuwe kansen", "", source,
                                                        "2026-12-07"), {}))
        await pilot.pause()
        shown = str(app.screen.query_one(".step-intro", Static).render())
        assert shown.startswith(intro), shown


async def test_back_at_the_list_a_new_name_typed_replaces_the_filter_kept(
        make_app: Callable[..., WizardApp]) -> None:
    """A coach filtered "oguz", opened the client, went back to the list and typed "chiara":
    the filter read "oguzchiara" and found no one."""
    from wizard.tui.profile_actions import show_profiles

    seed(("Chiara Bellandi", "it"), ("Oğuz Çelik", "fr"))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press(*"oguz")
        await pilot.pause()
        await pilot.press("enter")
        assert await until(pilot, lambda: not isinstance(app.screen, StartScreen))
        await show_profiles(app)
        assert await until(pilot, lambda: isinstance(app.screen, StartScreen))
        await pilot.pause()
        await pilot.press(*"chiara")
        await pilot.pause()
        rows = app.screen.query_one(ProfileList).rows
        assert [r.name for r in rows] == ["Chiara Bellandi"]
