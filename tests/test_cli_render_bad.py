"""Tests `render` of many files when some of them are not answers files at all: a folder named
*.toml, a pipe, a link loop, a link to nothing, a file that vanishes mid-run, an unreadable one.
Each gets one line naming it and what is wrong, the good ones still render, the exit status is 2,
and nothing hangs (a pipe read as a file would wait forever for a writer)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from test_cli import ERROR_LINE, proc, run

import wizard.rendering

HERE = Path(__file__).resolve().parent
MAYA = HERE / "fixtures" / "answers" / "en-maya.toml"


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """Two good files and every kind of entry that is named like one but is not."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    for name in ("a-good.toml", "z-good.toml"):
        shutil.copy(MAYA, folder / name)
    (folder / "b-folder.toml").mkdir()
    os.mkfifo(folder / "c-pipe.toml")
    os.symlink("d-loop2.toml", folder / "d-loop1.toml")
    os.symlink("d-loop1.toml", folder / "d-loop2.toml")
    os.symlink(folder / "nowhere", folder / "e-dangling.json")
    return folder


BAD = {"b-folder.toml": "is a directory", "c-pipe.toml": "not a regular file",
       "d-loop1.toml": "leads back to itself", "d-loop2.toml": "leads back to itself",
       "e-dangling.json": "does not exist"}


def one_line_each(err: str, folder: Path) -> None:
    lines = err.splitlines(keepends=True)
    assert all(ERROR_LINE.match(line) for line in lines), err
    assert "Traceback" not in err and "RuntimeError" not in err
    assert len(lines) == len(BAD), err
    for line, (name, what) in zip(lines, sorted(BAD.items()), strict=True):
        assert f"{folder / name}: " in line and what in line, line


def test_a_folder_with_bad_entries_names_each_and_renders_the_good(mixed: Path) -> None:
    code, out, err = run("render", mixed, "--format", "json")
    assert code == 2
    one_line_each(err, mixed)
    assert [json.loads(line)["file"] for line in out.splitlines()] == [
        str(mixed / "a-good.toml"), str(mixed / "z-good.toml")]


def test_bad_entries_given_one_by_one_with_good_ones(mixed: Path) -> None:
    given = [mixed / "a-good.toml", *(mixed / name for name in sorted(BAD)),
             mixed / "z-good.toml"]
    code, out, err = run("render", *given, "--format", "json")
    assert code == 2
    lines = err.splitlines()
    assert len(lines) == len(BAD) and "Traceback" not in err and "RuntimeError" not in err, err
    for line, name in zip(lines, sorted(BAD), strict=True):
        assert f"{mixed / name}: " in line and BAD[name].split()[-1] in line, line
    assert len(out.splitlines()) == 2


def test_out_with_bad_entries_writes_the_good_ones(mixed: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "texts"
    code, out, err = run("render", mixed, "--out", out_dir)
    assert code == 2
    one_line_each(err, mixed)
    assert sorted(p.name for p in out_dir.iterdir()) == ["a-good.txt", "z-good.txt"]
    assert "2 of 7" in out


def test_a_link_loop_in_the_out_folder_is_one_line(tmp_path: Path) -> None:
    out_dir = tmp_path / "texts"
    out_dir.mkdir()
    os.symlink("x.txt", out_dir / "en-maya.txt")
    os.symlink("en-maya.txt", out_dir / "x.txt")
    code, _, err = run("render", MAYA, "--out", out_dir)
    assert code == 2
    [line] = err.splitlines(keepends=True)
    assert ERROR_LINE.match(line) and f"{out_dir / 'en-maya.txt'}: " in line, err


def test_a_file_that_vanishes_mid_run_is_one_line(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("a.toml", "b.toml", "c.toml"):
        shutil.copy(MAYA, tmp_path / name)
    real = wizard.rendering.render_file

    def render_and_delete(path: Path, *args: object) -> object:
        if path.name == "a.toml":
            (tmp_path / "b.toml").unlink()  # listed already, gone before it is read
        return real(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(wizard.rendering, "render_file", render_and_delete)
    code, out, err = run("render", tmp_path, "--format", "json")
    assert code == 2
    [line] = err.splitlines(keepends=True)
    assert ERROR_LINE.match(line) and f"{tmp_path / 'b.toml'}: no such file" in line, err
    assert [Path(json.loads(o)["file"]).name for o in out.splitlines()] == ["a.toml", "c.toml"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file of mode 000")
def test_an_unreadable_file_is_one_line(tmp_path: Path) -> None:
    locked = tmp_path / "locked.toml"
    shutil.copy(MAYA, locked)
    locked.chmod(0)
    code, out, err = run("render", locked, MAYA, "--format", "json")
    assert code == 2
    [line] = err.splitlines(keepends=True)
    assert ERROR_LINE.match(line) and f"{locked}: " in line, err
    assert len(out.splitlines()) == 1


def test_the_installed_command_with_300_files_and_a_pipe_does_not_hang(mixed: Path) -> None:
    for i in range(300):
        shutil.copy(MAYA, mixed / f"f{i:03}.toml")
    done = proc("render", mixed, "--format", "json")  # proc's timeout: a hang fails
    assert done.returncode == 2
    one_line_each(done.stderr, mixed)
    assert len(done.stdout.splitlines()) == 302
