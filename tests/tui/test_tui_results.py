"""Pilot tests of the results: editing in place, re-rendering, variants, copy, export, save."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FakeClipboard, notifications, on_one_line, until
from textual.widgets import Input, Select, TextArea

from wizard.tui.screens.results import ResultsScreen
from wizard.tui.session import YOURS

SIZE = (80, 24)


async def copy_now(pilot, app, key: str = "f3") -> str:
    await pilot.press(key)
    await app.workers.wait_for_complete()
    await pilot.pause()
    return notifications(app)[-1]


async def test_an_edited_text_is_kept_when_the_answers_change(make_app,
                                                              complete_file: Path) -> None:
    app = make_app(complete_file)
    async with app.run_test(size=SIZE) as pilot:
        area = app.screen.query_one("#text-headline", TextArea)
        area.focus()
        area.move_cursor(area.document.end)
        await pilot.press(*"!!")
        await until(pilot, lambda: app.session.choice.get("headline") == YOURS)
        mine = area.text
        assert mine.endswith("!!")
        assert app.session.choice["headline"] == YOURS
        assert app.session.edits["headline"] == mine
        counter = str(app.screen.query_one("#pane-headline .counter").render())
        assert f"{len(mine)}/220" in counter

        app.goto(0)  # change the role: the template text changes, the user's edit does not
        await pilot.pause()
        app.screen.query_one("#q-person-role-input", Input).value = "data architect"
        await pilot.pause()
        app.goto(app.session.step_count)
        await pilot.pause()
        assert app.screen.query_one("#text-headline", TextArea).text == mine

        await pilot.press("f8")  # Reset: the template text, with the new role
        await pilot.pause()
        assert app.screen.query_one("#text-headline", TextArea).text.startswith("Data architect")
        select = app.screen.query_one("#variant-headline", Select)
        assert (app.screen.query_one("#variant-headline", Select)._options[0][1] == YOURS), \
            "the edit stays one pick away"
        select.value = YOURS
        await pilot.pause()
        assert app.screen.query_one("#text-headline", TextArea).text == mine


async def test_switching_variant_renders_that_template(make_app, complete_file: Path) -> None:
    app = make_app(complete_file)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, ResultsScreen)
        out = screen.result.outputs["headline"]
        other = next(r for r in out.alternatives if r.variant != out.chosen.variant)
        screen.query_one("#variant-headline", Select).value = other.variant
        await pilot.pause()
        assert screen.query_one("#text-headline", TextArea).text == other.text
        assert app.session.choice["headline"] == other.variant


async def test_checks_fire_live_while_editing(make_app, complete_file: Path) -> None:
    app = make_app(complete_file)
    async with app.run_test(size=SIZE) as pilot:
        area = app.screen.query_one("#text-headline", TextArea)
        area.load_text("Data engineer open to work " + "x" * 220)
        pane = app.screen.query_one("#pane-headline .checks")
        # counted just after the keystroke; a busy machine needs longer
        await until(pilot, lambda: "over the limit" in str(pane.render()))
        checks = str(pane.render())
        assert "over the limit of 220" in checks
        assert "begs for a job" in checks


async def test_copy_falls_back_to_osc52_and_a_file(make_app, complete_file: Path) -> None:
    app = make_app(complete_file, clipboard=FakeClipboard("missing"))
    async with app.run_test(size=SIZE) as pilot:
        text = app.screen.texts()["headline"]
        message = await copy_now(pilot, app)
        saved = complete_file.with_name("maya-headline.txt")
        assert message == on_one_line(
            f"Headline sent via OSC 52: paste to check. File: {saved}")
        assert app.clipboard == text  # what Textual sent with OSC 52
        assert saved.read_text(encoding="utf-8") == text + "\n"


async def test_copy_with_no_terminal_says_only_the_file(make_app, complete_file: Path) -> None:
    app = make_app(complete_file, clipboard=FakeClipboard("drops"), terminal_clipboard=False)
    async with app.run_test(size=SIZE) as pilot:
        message = await copy_now(pilot, app)
        saved = complete_file.with_name("maya-headline.txt")
        assert message == on_one_line(
            f"Headline not copied (not kept). File: {saved}")
        assert "Headline copied" not in message


async def test_a_hanging_clipboard_does_not_freeze_the_app(make_app,
                                                           complete_file: Path) -> None:
    clipboard = FakeClipboard("hangs")
    app = make_app(complete_file, clipboard=clipboard)
    app.copy_timeout = 0.2
    async with app.run_test(size=SIZE) as pilot:
        message = await copy_now(pilot, app)
        clipboard.release.set()
        assert message.startswith("Headline sent via OSC 52")  # on one line at 80 columns


async def test_copy_all_and_export(make_app, complete_file: Path) -> None:
    app = make_app(complete_file)
    async with app.run_test(size=SIZE) as pilot:
        message = await copy_now(pilot, app, "f4")
        saved = complete_file.with_name("maya-all.txt")
        assert message == on_one_line(f"All texts copied. File: {saved}")
        body = saved.read_text(encoding="utf-8")
        assert body.startswith("Headline\n\n") and "\nInvitation\n\n" in body
        await pilot.press("f5")
        exported = complete_file.with_name("maya-texts.md")
        assert notifications(app)[-1] == on_one_line(
            f"Exported the texts as Markdown to {exported}.")
        assert exported.read_text(encoding="utf-8").startswith("# Profile texts")


@pytest.mark.parametrize("choice", ["cancel", "quit", "save"])
async def test_quitting_with_unsaved_answers_asks_first(make_app, complete_file: Path,
                                                        choice: str) -> None:
    before = complete_file.read_text(encoding="utf-8")
    app = make_app(complete_file)
    async with app.run_test(size=SIZE) as pilot:
        app.goto(0)
        await pilot.pause()
        await pilot.press(*"!", "ctrl+q")
        assert app.screen.query_one("#save")  # the dialog
        await pilot.click(f"#{choice}")
        await pilot.pause()
        assert app.is_running == (choice == "cancel")
    after = complete_file.read_text(encoding="utf-8")
    assert (after != before) == (choice == "save")
    if choice == "save":
        assert 'name = "Maya Okafor!"' in after


async def test_quitting_with_nothing_changed_does_not_ask(make_app, complete_file: Path) -> None:
    app = make_app(complete_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running


async def test_edited_texts_are_exported_on_save_and_quit(make_app, complete_file: Path) -> None:
    app = make_app(complete_file)
    async with app.run_test(size=SIZE) as pilot:
        area = app.screen.query_one("#text-headline", TextArea)
        area.load_text("My own headline, in my own words")
        await pilot.pause()
        await pilot.press("ctrl+q")  # the answers did not change, the texts did: ask anyway
        await pilot.click("#save")
        await pilot.pause()
        assert not app.is_running
    exported = complete_file.with_name("maya-texts.md").read_text(encoding="utf-8")
    assert "My own headline, in my own words" in exported


async def test_the_overview_follows_the_width(make_app, complete_file: Path) -> None:
    app = make_app(complete_file)
    async with app.run_test(size=(120, 40)) as pilot:
        overview = app.screen.query_one("#preview")
        assert overview.display
        assert "Data engineer" in str(overview.query_one("#preview-headline").render())
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not overview.display
        await pilot.press("f2")  # below the editor on demand
        assert overview.display


async def test_ctrl_pagedown_goes_through_the_texts(make_app, complete_file: Path) -> None:
    app = make_app(complete_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+pagedown")
        assert app.screen.active == "summary"
        assert app.focused is app.screen.query_one("#text-summary")
        await pilot.press("ctrl+pageup", "ctrl+pageup")
        assert app.screen.active == "invitation"


async def test_f9_shows_the_history_with_the_copy_kept(make_app, complete_file: Path) -> None:
    """`profile-wizard FILE` is kept in the store too: a copy is a version F9 can compare."""
    from wizard.core.store import Store
    from wizard.tui.screens.history import HistoryScreen

    app = make_app(complete_file)
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, ResultsScreen)
        await copy_now(pilot, app)
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        profile_id = app.coach.profile_id()
    assert profile_id is not None
    with Store() as store:
        assert [v.reason for v in store.list_versions(profile_id)] == ["copy"]
