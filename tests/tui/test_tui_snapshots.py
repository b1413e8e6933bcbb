"""SVG snapshots of each kind of screen at 80×24 (update with `pytest --snapshot-update`)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def empty_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The start screen lists answers files in the current folder: keep it empty."""
    folder = tmp_path / "cwd"
    folder.mkdir()
    monkeypatch.chdir(folder)


def test_start_screen(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=(80, 24))


def test_a_step_with_its_preview(snap_compare, make_app, partial_file: Path) -> None:
    assert snap_compare(make_app(partial_file), press=["pageup"], terminal_size=(80, 24))


def test_results_screen(snap_compare, make_app, complete_file: Path) -> None:
    assert snap_compare(make_app(complete_file), terminal_size=(80, 24))
