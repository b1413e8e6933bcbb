"""SVG snapshots of each kind of screen at 80×24 and 120×36 (update with
`pytest --snapshot-update`)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def empty_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The start screen lists answers files in the current folder: keep it empty."""
    folder = tmp_path / "cwd"
    folder.mkdir()
    monkeypatch.chdir(folder)


SIZES = pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=["80x24", "120x36"])
# The quit dialog is a box of the same width at any size; at 120×36 it showed that box over
# the wide step, which test_a_step_with_its_preview[120x36] shows on its own. (The help
# shows more of its text when wide, so it keeps both sizes.)
SMALL = pytest.mark.parametrize("size", [(80, 24)], ids=["80x24"])


@SIZES
def test_start_screen(snap_compare, make_app, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(), terminal_size=size)


@SIZES
def test_a_step_with_its_preview(snap_compare, make_app, partial_file: Path,
                                 size: tuple[int, int]) -> None:
    assert snap_compare(make_app(partial_file), press=["pageup"], terminal_size=size)


@SIZES
def test_results_screen(snap_compare, make_app, complete_file: Path,
                        size: tuple[int, int]) -> None:
    assert snap_compare(make_app(complete_file), terminal_size=size)


ADS = Path(__file__).parent.parent / "fixtures" / "ads"


@SIZES
def test_job_ad_screen(snap_compare, make_app, complete_file: Path, size: tuple[int, int]) -> None:
    async def open_ad(pilot) -> None:
        from textual.widgets import TextArea

        from wizard.tui.screens.job_ad import show_job_ad

        show_job_ad(pilot.app)
        await pilot.pause()
        area = pilot.app.screen.query_one("#ad-text", TextArea)
        area.load_text((ADS / "en-data-analyst.md").read_text(encoding="utf-8"))
        pilot.app.screen.read_ad()
        await pilot.pause()

    assert snap_compare(make_app(complete_file), run_before=open_ad, terminal_size=size)


@SIZES
def test_help_screen(snap_compare, make_app, complete_file: Path, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(complete_file), press=["f1"], terminal_size=size)


@SMALL
def test_quit_dialog(snap_compare, make_app, complete_file: Path, size: tuple[int, int]) -> None:
    async def change_and_quit(pilot) -> None:
        pilot.app.goto(0)
        await pilot.pause()
        await pilot.press("x", "ctrl+q")
        await pilot.pause()

    assert snap_compare(make_app(complete_file), run_before=change_and_quit, terminal_size=size)
