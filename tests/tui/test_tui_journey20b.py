"""Round 20, after the journeys: what journey20 saw but did not fix, and the one key its own
fix lost (a letter typed on the register choice), kept fixed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import until, write_answers
from test_tui_typeahead import burst

from wizard.core.store import Store
from wizard.tui.app import WizardApp
from wizard.tui.screens.start import StartScreen
from wizard.tui.screens.step import StepScreen
from wizard.tui.widgets.question import dom_id

SIZE = (80, 24)


@pytest.fixture(autouse=True)
def empty_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The start screen lists answers files in the current folder: keep it empty."""
    folder = tmp_path / "cwd"
    folder.mkdir()
    monkeypatch.chdir(folder)


async def first_step(pilot, app: WizardApp) -> None:
    app.goto(0)
    assert await until(pilot, lambda: isinstance(app.screen, StepScreen)
                       and bool(app.screen.query("#register-choice")))
    app.screen.query_one(f"#{dom_id('person.name')}").focus_field()


@pytest.mark.parametrize("lang", ["en", "fr", "it", "nl"])
async def test_a_letter_typed_on_the_register_lands_in_the_next_steps_first_field(
        make_app: Callable[..., WizardApp], tmp_path: Path, lang: str) -> None:
    """Enter on the organisation stops on the register choice; a fast typist's "org⏎grow"
    (typed as the step used to go on) lost "grow" there. The letter goes on to step 2, and
    the keys behind it follow it into the same field, in order."""
    app = make_app(write_answers(tmp_path / "new.toml", {"schema": 1, "lang": lang}))
    async with app.run_test(size=SIZE) as pilot:
        await first_step(pilot, app)
        burst(app, "Jo\rnurse\rorg\rgrow")
        assert await until(pilot, lambda: app.screen.index == 1
                           and app.session.answers["future.doing"] == "grow")
        await pilot.pause()
        answers = app.session.answers
        assert answers["person.organisation"] == "org"
        assert answers["future.doing"] == "grow"


async def test_a_letter_pressed_on_the_register_is_not_lost(
        make_app: Callable[..., WizardApp], tmp_path: Path) -> None:
    """The same at a person's pace, one key handled after the other."""
    app = make_app(write_answers(tmp_path / "new.toml", {"schema": 1, "lang": "nl"}))
    async with app.run_test(size=SIZE) as pilot:
        await first_step(pilot, app)
        await pilot.press(*"Jo", "enter", *"coach", "enter", "enter")
        assert app.focused is app.screen.query_one("#register-choice")
        await pilot.press(*"groei")
        assert await until(pilot, lambda: app.session.answers["future.doing"] == "groei")
        assert app.screen.index == 1


def seed(*profiles: tuple[str, str]) -> None:
    """Stored profiles (name, language), the last the most recent."""
    with Store() as store:
        for name, lang in profiles:
            store.create_profile(name, lang)


async def ready(pilot) -> None:
    app = pilot.app
    assert await until(pilot, lambda: not isinstance(app.screen, StartScreen)
                       or bool(app.screen.query("#open-error"))), "the start screen never finished"
    await pilot.pause()


async def test_enter_on_an_empty_filter_opens_no_profile(
        make_app: Callable[..., WizardApp]) -> None:
    """With profiles stored the filter has the focus; Enter on it, empty, opened the top
    profile, and what was typed next went into its headline as a hand edit."""
    seed(("Sanne de Vries", "nl"), ("Jan de Wit", "nl"))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.focused is app.screen.query_one("#profile-filter")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        await pilot.press(*"jan", "enter")  # a name typed still finds and opens its row
        assert await until(pilot, lambda: not isinstance(app.screen, StartScreen))


@pytest.mark.parametrize(("keys", "lang"), [(("right",), "fr"), (("left",), "nl"),
                                            (("right", "right"), "it")])
async def test_the_arrows_pick_the_language_with_profiles_stored(
        make_app: Callable[..., WizardApp], keys: tuple[str, ...], lang: str) -> None:
    """A first-timer's →, Enter (as on a start screen without profiles) starts a new profile
    in the language picked, and opens none of those stored."""
    seed(("Sanne de Vries", "nl"))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press(*keys)
        await pilot.pause()
        assert app.focused is app.screen.query_one("#language")
        await pilot.press("enter")
        assert await until(pilot, lambda: isinstance(app.screen, StepScreen))
        assert app.session.answers.lang == lang
        assert not app.session.answers["person.name"]


FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


async def test_after_an_import_the_wizard_opens_on_the_first_step_with_its_register(
        make_app: Callable[..., WizardApp]) -> None:
    """An import fills the first step, so the wizard opened on the second and its register
    choice (the first step's last question) was never shown: the first step is shown."""
    from textual.widgets import Input

    from wizard.tui.screens.before import BeforeScreen
    from wizard.tui.screens.profiles import ImportDialog

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.click("#refresh")
        assert isinstance(app.screen, ImportDialog)
        export = FIXTURES / "linkedin" / "Basic_LinkedInDataExport_03-01-2026.zip"
        app.screen.query_one(Input).value = str(export)
        await pilot.press("enter")
        assert await until(pilot, lambda: isinstance(app.screen, BeforeScreen))
        await pilot.press("enter")
        assert await until(pilot, lambda: isinstance(app.screen, StepScreen))
        assert app.session.answers.text("person.name") == "Jonas Becker"
        assert app.screen.index == 0
        assert app.screen.query("#register-choice")


@pytest.mark.parametrize("focused", ["#ad-open", "#ad-prefer"])
async def test_a_paste_on_a_button_of_the_job_ad_screen_goes_into_the_ad_box(
        make_app: Callable[..., WizardApp], focused: str) -> None:
    """Tab from the ad box, then a paste: nothing happened and nothing was said."""
    from conftest import MAYA
    from textual import events
    from textual.widgets import TextArea

    from wizard.core import model
    from wizard.tui.screens.job_ad import JobAdScreen, show_job_ad

    with Store() as store:
        pid = store.create_profile("Maya Okafor", "en", answers=model.from_document(MAYA)).id
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.coach.open_profile(pid)
        await pilot.pause()
        show_job_ad(app)
        assert await until(pilot, lambda: isinstance(app.screen, JobAdScreen)
                           and bool(app.screen.query("#ad-text")))
        await pilot.pause()
        app.screen.query_one(focused).focus()
        await pilot.pause()
        ad = "Senior Data Analyst\nWe look for SQL and Python."
        app.post_message(events.Paste(ad))
        area = app.screen.query_one("#ad-text", TextArea)
        assert await until(pilot, lambda: area.text == ad)
        assert app.focused is area


# (language, register, a placeholder answer: how it stands in the texts)
PLACEHOLDERS = [("it", "formal", "future.doing", "⟨che cosa farà⟩"),
                ("it", "formal", "offer.help", "⟨come aiuta⟩"),
                ("it", "informal", "future.doing", "⟨che cosa farai⟩"),
                ("it", "", "offer.help", "⟨come aiuti⟩"),
                ("fr", "informal", "future.doing", "⟨ce que tu feras⟩"),
                ("fr", "", "future.doing", "⟨ce que vous ferez⟩"),
                ("nl", "formal", "offer.help", "⟨waarmee u helpt⟩"),
                ("en", "formal", "person.role", "⟨role⟩")]


@pytest.mark.parametrize(("lang", "register", "key", "shown"), PLACEHOLDERS)
def test_placeholders_follow_the_register(lang: str, register: str, key: str,
                                          shown: str) -> None:
    """An Italian profile in Lei showed ⟨che cosa farai⟩ and ⟨come aiuti⟩ (tu) among texts
    in Lei, and a French one in tu ⟨ce que vous ferez⟩; Dutch ones followed u (in the texts,
    by the swap of "je"), and now also on their own."""
    from wizard.core import model
    from wizard.tui.live import placeholder_answers

    answers = model.Answers(lang=lang, register=register)
    filled, missing = placeholder_answers(answers)
    assert key in missing
    value = filled.values[key]
    assert (value[0] if isinstance(value, list) else value) == shown
