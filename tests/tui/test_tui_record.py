"""Pilot tests of the app writing the profile record: a hand edit survives quit and reopen and is
in the command line's export, an edit made for earlier answers stays marked as such, and going
back to the best template keeps the edit one pick away."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import MAYA
from textual.widgets import TextArea

from wizard.cli import cli
from wizard.core import model
from wizard.core.record import BEST, YOURS
from wizard.core.store import Store
from wizard.tui.screens.results import ResultsScreen

SIZE = (80, 24)


@pytest.fixture(autouse=True)
def empty_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "cwd"
    folder.mkdir()
    monkeypatch.chdir(folder)


def stored_maya() -> int:
    with Store() as store:
        return store.create_profile("Maya Okafor", "en", answers=model.from_document(MAYA)).id


def bar(app) -> str:
    return str(app.screen.query_one("#step-bar").render())


async def open_stored(app, pilot, pid: int) -> None:
    """Open a stored profile from the start screen, as Enter on its row does."""
    await pilot.pause()
    app.coach.open_profile(pid)
    await pilot.pause()


async def quit_app(pilot) -> None:
    """Ctrl+Q, as a person quits: a stored profile is kept without a question."""
    await pilot.press("ctrl+q")
    await pilot.pause()


async def edit_headline(app, pilot, text: str) -> str:
    area = app.screen.query_one("#text-headline", TextArea)
    area.focus()
    area.move_cursor(area.document.end)
    await pilot.press(*text)
    await pilot.pause()
    return area.text


async def test_a_hand_edit_survives_quit_and_is_in_the_exported_markdown(make_app) -> None:
    pid = stored_maya()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(app, pilot, pid)
        assert isinstance(app.screen, ResultsScreen)
        edited = await edit_headline(app, pilot, " (mine)")
        await quit_app(pilot)
    with Store() as store:  # quitting wrote it into the record, not only into a version
        record = store.get_profile(pid).record
    assert record.edits["headline"].text == edited and record.choice("headline") == YOURS
    exported = CliRunner().invoke(cli, ["profiles", "export", str(pid), "--format", "md"])
    assert f"## Headline\n\n{edited}\n" in exported.stdout
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(app, pilot, pid)
        assert app.screen.query_one("#text-headline", TextArea).text == edited


async def test_an_edit_made_for_earlier_answers_stays_marked(make_app) -> None:
    pid = stored_maya()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(app, pilot, pid)
        edited = await edit_headline(app, pilot, " (mine)")
        app.coach.sync()
        app.set_answer("future.learn", "how to lead a team of analysts")
        assert app.session.stale() == ["headline"]
        await quit_app(pilot)
    with Store() as store:
        p = store.get_profile(pid)
    assert p.answers.text("future.learn") == "how to lead a team of analysts"
    assert p.edits["headline"].text == edited
    assert p.record.stale() == ["headline"]  # not silently made to look fresh
    shown = CliRunner().invoke(cli, ["profiles", "show", str(pid)]).stdout
    assert "made for earlier answers" in shown


async def test_back_to_the_best_template_keeps_the_edit(make_app) -> None:
    pid = stored_maya()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(app, pilot, pid)
        edited = await edit_headline(app, pilot, " (mine)")
        app.screen.recount()
        app.screen.action_reset()
        await pilot.pause()
        template = app.screen.query_one("#text-headline", TextArea).text
        assert template != edited
        await quit_app(pilot)
    with Store() as store:
        p = store.get_profile(pid)
    assert p.edits["headline"].text == edited and p.variants["headline"] == BEST
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(app, pilot, pid)
        assert app.screen.query_one("#text-headline", TextArea).text == template
        assert app.session.edits["headline"] == edited  # one pick away


async def test_an_export_imported_in_the_app_fills_suggestions_the_cli_then_knows(
        make_app) -> None:
    from textual.widgets import Input

    from wizard.tui.screens.profiles import ImportDialog

    export = Path(__file__).resolve().parent.parent / "fixtures" / "linkedin" / \
        "Basic_LinkedInDataExport_03-01-2026.zip"
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.pause()
        await pilot.click("#refresh")
        assert isinstance(app.screen, ImportDialog)
        app.screen.query_one(Input).value = str(export)
        await pilot.press("enter")
        await pilot.pause()
        assert app.session.answers.text("person.role") == "Senior Data Analyst"
        assert app.session.answers.text("person.organisation") == "Northwind Logistics"
        await quit_app(pilot)
    with Store() as store:
        [p] = store.list_profiles()
        full = store.get_profile(p.id)
    assert full.origin == "linkedin" and full.record.suggestions() == [
        "person.role", "person.organisation", "expertise.areas"]
    again = CliRunner().invoke(cli, ["profiles", "import", str(export)])
    assert again.exit_code == 2 and "is already stored from this kind of file" in again.stderr


@pytest.mark.parametrize("keep", [True, False])
async def test_an_edit_for_earlier_answers_is_re_applied_or_dropped(make_app, keep: bool) -> None:
    pid = stored_maya()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(app, pilot, pid)
        edited = await edit_headline(app, pilot, " (mine)")
        app.coach.sync()
        app.set_answer("future.learn", "how to lead a team of analysts")
        app.screen.refresh_texts()
        await pilot.pause()
        row = app.screen.query_one("#pane-headline .stale-row")
        assert row.display  # marked, with its two ways out
        await pilot.click(f"#stale-{'keep' if keep else 'drop'}-headline")
        await pilot.pause()
        assert not row.display and app.session.stale() == []
        await quit_app(pilot)
    with Store() as store:
        p = store.get_profile(pid)
    assert p.record.stale() == []
    assert (p.edits["headline"].text == edited) if keep else "headline" not in p.edits


async def test_history_restores_a_version_with_its_hand_edit(make_app) -> None:
    from wizard.tui.screens.history import HistoryScreen, show_history

    pid = stored_maya()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(app, pilot, pid)
        edited = await edit_headline(app, pilot, " (v1)")
        app.coach.keep_version("copy")  # a version with the edit
        app.set_answer("person.role", "analytics engineer")
        app.session.drop("headline")
        app.coach.sync()
        show_history(app)
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        keys = [e.key for e in app.screen.entries]
        app.screen.query_one("#history-table").move_cursor(row=keys.index(
            next(k for k in keys if k.startswith("v"))))
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        assert app.session.answers.text("person.role") == "data engineer"
        assert app.screen.query_one("#text-headline", TextArea).text == edited
        await quit_app(pilot)
    with Store() as store:
        p = store.get_profile(pid)
        reasons = [v.reason for v in store.list_versions(pid)]
    assert p.edits["headline"].text == edited and "restore" in reasons


def jens_file(tmp_path: Path) -> Path:
    source = Path(__file__).resolve().parent.parent / "fixtures" / "personas" / "nl-jens.toml"
    path = tmp_path / "jens.toml"
    path.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def rendered_headline(path: Path) -> str:
    """The headline `profile-wizard render FILE` shows (the text under its title line)."""
    out = CliRunner().invoke(cli, ["render", str(path)])
    assert out.exit_code == 0, out.output
    return out.stdout.split("\n\n")[1].strip()


async def test_a_variant_picked_for_an_answers_file_is_unsaved_until_saved_into_it(
        make_app, tmp_path: Path) -> None:
    """Picking a variant for a file-backed profile left the badge at 'bewaard' and the file
    without [variants]: `render FILE` then showed the best fit, not what the app showed."""
    from textual.widgets import Select

    from wizard.core.record_file import load_file

    path = jens_file(tmp_path)
    best = rendered_headline(path)
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        assert bar(app).endswith("· bewaard")
        select = app.screen.query_one("#variant-headline", Select)
        other = next(v for _, v in select._options if v not in (select.value, YOURS))
        select.value = other
        await pilot.pause()
        shown = app.screen.query_one("#text-headline", TextArea).text
        assert shown != best
        assert bar(app).endswith("· niet bewaard")  # the file does not hold it yet
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert bar(app).endswith("· bewaard")
    assert load_file(path).variants == {"headline": other}
    assert rendered_headline(path) == shown  # the app and the CLI agree


async def test_a_hand_edit_of_an_answers_file_profile_goes_into_the_file_on_save(
        make_app, tmp_path: Path) -> None:
    from wizard.core.record_file import load_file

    path = jens_file(tmp_path)
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        edited = await edit_headline(app, pilot, " (zelf)")
        app.screen.recount()
        await pilot.pause(0.5)
        assert bar(app).endswith("· niet bewaard")
        await pilot.press("ctrl+q")  # asks, and "save" writes the edit into the file
        await pilot.pause()
        await pilot.click("#save")
        await pilot.pause()
    record = load_file(path)
    assert record.edits["headline"].text == edited and record.choice("headline") == YOURS
    assert rendered_headline(path) == edited


async def test_quit_without_saving_a_variant_picked_for_an_answers_file_keeps_it_nowhere(
        make_app, tmp_path: Path) -> None:
    """The quit used to ask nothing (the answers had not changed) and the store kept the
    choice: reopening the file showed a variant `render FILE` did not."""
    from textual.widgets import Select

    from wizard.tui.screens.dialogs import QuitDialog

    path = jens_file(tmp_path)
    before = path.read_text(encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.set_answer("person.premium", True)  # stored, so the store could keep the choice
        app.set_answer("person.premium", False)
        app.coach.autosave.flush(wait=True)
        select = app.screen.query_one("#variant-headline", Select)
        best = select.value
        select.value = next(v for _, v in select._options if v not in (best, YOURS))
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitDialog)
        said = " ".join(str(s.render()) for s in app.screen.query("Static"))
        assert "nog niet in jens.toml" in said
        await pilot.click("#quit")
        await pilot.pause()
    assert path.read_text(encoding="utf-8") == before
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.screen.query_one("#variant-headline", Select).value == best
        assert bar(app).endswith("· bewaard")
