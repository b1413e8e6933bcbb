"""Pilot tests of the wizard's flow: a whole profile, Back/Next, resume, required answers."""

from __future__ import annotations

from pathlib import Path

from conftest import FakeClipboard, notifications, on_one_line
from textual.widgets import Input

from wizard.core import model
from wizard.tui.screens.results import ResultsScreen
from wizard.tui.screens.start import StartScreen
from wizard.tui.screens.step import StepScreen
from wizard.tui.widgets.list_editor import ListQuestion
from wizard.tui.widgets.question import QuestionWidget

SIZE = (80, 24)


def field(app, key: str) -> Input:
    return app.screen.query_one(f"#q-{key.replace('.', '-').replace('_', '-')}-input", Input)


async def fill(pilot, app, values: dict[str, str]) -> None:
    """Set long answers directly (typing costs ~80 ms a key); the model gets them at once."""
    for key, value in values.items():
        field(app, key).value = value
    await pilot.pause()


async def add_items(pilot, app, key: str, items: list[str]) -> None:
    for item in items:
        field(app, key).value = item
        field(app, key).focus()
        await pilot.press("enter")


async def test_whole_profile_from_start_to_copied_results(make_app, tmp_path: Path) -> None:
    clipboard = FakeClipboard("works")
    app = make_app(clipboard=clipboard)
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, StartScreen)
        await pilot.click("#new")
        assert isinstance(app.screen, StepScreen) and app.screen.index == 0
        await pilot.press(*"Sam")  # typed for real: the first field has focus
        await fill(pilot, app, {"person.role": "UX researcher"})
        await pilot.press("pagedown")
        await fill(pilot, app, {"future.doing": "make public services easier to use",
                                "future.audience": "city councils"})
        await pilot.press("pagedown")
        await add_items(pilot, app, "drivers.values", ["curiosity", "fairness"])
        await pilot.press("pagedown")
        await add_items(pilot, app, "expertise.areas", ["usability testing"])
        await pilot.press("pagedown")
        await fill(pilot, app, {"statement.stand_for": "research that people can check"})
        await pilot.press("pagedown")
        await fill(pilot, app, {"offer.help": "services your residents finish on their own"})
        await pilot.press("pagedown")
        assert app.screen.index == 6  # the optional invitation step
        await pilot.press("pagedown")
        assert isinstance(app.screen, ResultsScreen)
        answers = app.session.answers
        assert answers.text("person.name") == "Sam"
        assert answers.items("drivers.values") == ["curiosity", "fairness"]
        headline = app.screen.texts()["headline"]
        assert "UX researcher" in headline
        await pilot.press("f3")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert clipboard.text == headline
        saved = app.export_path("headline.txt")
        assert saved.read_text(encoding="utf-8") == headline + "\n"
        assert notifications(app)[-1] == on_one_line(
            f"Headline copied. File: {saved}")


async def test_back_and_next_keep_every_answer(make_app, partial_file: Path) -> None:
    app = make_app(partial_file)
    async with app.run_test(size=SIZE) as pilot:
        assert app.screen.index == 2
        await pilot.press("pageup")
        assert app.screen.index == 1
        await fill(pilot, app, {"future.change": "gut-feeling decisions"})
        await pilot.press("pageup", "pagedown", "pagedown")
        assert app.screen.index == 2
        await pilot.press("pageup")
        assert field(app, "future.change").value == "gut-feeling decisions"
        assert field(app, "future.doing").value.startswith("build data platforms")


async def test_keys_typed_just_before_next_are_not_lost(make_app, partial_file: Path) -> None:
    app = make_app(partial_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("pageup")
        field(app, "future.learn").focus()
        await pilot.press(*"SQL", "pagedown")  # Next queued right behind the keys
        assert app.screen.index == 2
        assert app.session.answers.text("future.learn") == "SQL"


async def test_required_answer_is_enforced_at_the_field(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.click("#new")
        await pilot.press("pagedown")
        assert app.screen.index == 0
        name = app.screen.query_one("#q-person-name", QuestionWidget)
        assert name.has_class("-invalid")
        assert "Required: complete this sentence" in str(name.query_one(".notes").render())
        assert app.focused is field(app, "person.name")
        await pilot.press(*"Al")
        assert not name.has_class("-invalid")


async def test_incomplete_file_resumes_at_the_first_missing_answer(make_app,
                                                                   partial_file: Path) -> None:
    app = make_app(partial_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StepScreen) and app.screen.index == 2
        assert app.focused is field(app, "drivers.values")
        assert app.screen.query_one("#q-drivers-values", ListQuestion).items == []


async def test_complete_file_opens_on_the_results(make_app, complete_file: Path) -> None:
    app = make_app(complete_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        assert "Data engineer" in app.screen.texts()["headline"]


async def test_new_file_is_saved_where_the_command_line_said(make_app, tmp_path: Path) -> None:
    target = tmp_path / "new.toml"
    app = make_app(target)
    async with app.run_test(size=SIZE) as pilot:
        assert "New profile, saved to" in str(app.screen.query_one("#new-at").render())
        await pilot.click("#new")
        await pilot.press(*"Jo", "ctrl+s")
        assert model.load(target, partial=True).text("person.name") == "Jo"
        assert notifications(app)[-1] == on_one_line(f"Saved your answers to {target}.")


async def test_jump_to_a_finished_step_from_the_step_bar(make_app, complete_file: Path) -> None:
    app = make_app(complete_file)
    async with app.run_test(size=SIZE) as pilot:
        bar = app.screen.query_one("#step-bar")
        bar.focus()
        await pilot.press("left", "left", "enter")  # from Results to step 6
        assert isinstance(app.screen, StepScreen) and app.screen.index == 5


async def test_shift_tab_from_the_first_field_reaches_the_step_bar(make_app,
                                                                  partial_file: Path) -> None:
    app = make_app(partial_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("shift+tab")
        assert app.focused is app.screen.query_one("#step-bar")
        await pilot.press("left", "enter")
        assert app.screen.index == 1


async def test_every_step_previews_the_texts_its_answers_go_into(make_app) -> None:
    """The templates say most answers through the sentence frames (`f.doing()` in
    frames.j2): the preview of the future step showed no text at all, only the note about
    the invitation, and what was typed there appeared nowhere until Results."""
    from wizard.tui.widgets.preview import OutputPreview

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.click("#new")
        await pilot.press(*"Dana")
        await fill(pilot, app, {"person.role": "designer"})
        await pilot.press("pagedown")
        assert app.screen.index == 1
        field(app, "future.doing").focus()
        await pilot.press(*"help clinics")
        await pilot.pause(0.5)
        shown = {p.output: p.text for p in app.screen.query(OutputPreview) if p.display}
        assert "help clinics" in shown.get("pitch", ""), shown
        assert "help clinics" in shown.get("summary", ""), shown
