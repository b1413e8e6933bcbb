"""Tests that `render` read without click behaves exactly as click: output, errors, help."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wizard.fastargs import Request, parse

HERE = Path(__file__).resolve().parent
ANSWERS = HERE / "fixtures" / "answers"
MAYA = ANSWERS / "en-maya.toml"
SANNE = ANSWERS / "nl-sanne.toml"
EXE = Path(sys.executable).parent / "profile-wizard"
CLICK = [sys.executable, "-c", "import sys; from wizard.cli import main; main()"]


def both(args: list[str], cwd: Path, env: dict[str, str] | None = None,
         ) -> tuple[subprocess.CompletedProcess[str], ...]:
    """The installed command (the fast path where it applies) and the click command line."""
    if not EXE.exists():
        pytest.skip(f"{EXE} is not installed")
    env = {**os.environ, **(env or {})}
    return tuple(subprocess.run([*cmd, *args], capture_output=True, text=True, cwd=cwd,
                                env=env, timeout=60, check=False, errors="surrogateescape")
                 for cmd in ([str(EXE)], CLICK))


def test_plain_arguments_are_read_without_click(tmp_path: Path) -> None:
    templates = tmp_path / "mine"
    templates.mkdir()
    request = parse([str(MAYA), "--format=json", "--wpm", "120", "--variant", "headline=x",
                     "--templates", str(templates), str(SANNE), "--out", "o/", "--format",
                     "md"])
    assert request == Request((str(MAYA), str(SANNE)), "md", 120, ("headline=x",),
                              (templates,), Path("o"))


@pytest.mark.parametrize("args", [
    ["--help"], ["-h"], ["--format"], ["--format", "xml"], ["--format=JSON"], ["--", "x"],
    ["-"], [""], ["--wpm", "59"], ["--wpm", "+100"], ["--wpm", "1e2"], ["--wpm=٣٠٠"],
    ["--templates", "nowhere"], ["--form", "json"], ["--variant", "-x"], ["--out", __file__],
])
def test_anything_unusual_is_left_to_click(args: list[str]) -> None:
    assert parse([str(MAYA), *args]) is None
    assert parse(args) is None


@pytest.mark.parametrize("args", [
    [str(MAYA)],
    [str(MAYA), "--format", "json"],
    [str(MAYA), "--format=md", "--wpm", "100"],
    [str(MAYA), str(SANNE), "--format", "json"],
    [str(ANSWERS), "--format", "json"],
    [str(MAYA), "nope.toml", "--format", "json"],
    ["nope.toml"],
    [str(MAYA), "--variant", "headline=nope"],
    [str(MAYA), "--variant", "nonsense"],
    [str(MAYA), "--variant", "headline=role-short", "--format", "json"],
    [str(MAYA), str(SANNE), "--out", "texts", "--format", "json"],
    [str(MAYA), "--out", "texts"],
    # click's own words for these
    [str(MAYA), "--format", "xml"],
    [str(MAYA), "--wpm", "20"],
    [str(MAYA), "--colour"],
    ["--help"],
    [],
])
def test_the_fast_path_prints_what_click_prints(args: list[str], tmp_path: Path) -> None:
    fast, slow = both(["render", *args], tmp_path)
    assert (fast.returncode, fast.stdout, fast.stderr) == \
        (slow.returncode, slow.stdout, slow.stderr)
    if "--out" in args:
        assert sorted(p.name for p in (tmp_path / "texts").iterdir())


def test_the_fast_path_does_not_import_click(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "wizard", "render",
                           str(MAYA), "--format", "json"], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0 and done.stdout.startswith("{")
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert "jinja2" in imported and "wizard.core.render" in imported
    assert not {"click", "textual", "rich", "questionary"} & imported


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_an_ascii_terminal_gets_the_same_from_both(fmt: str, tmp_path: Path) -> None:
    env = {"PYTHONIOENCODING": "ascii", "LC_ALL": "C"}
    fast, slow = both(["render", str(SANNE), "--format", fmt], tmp_path, env)
    assert fast.returncode == 0 and (fast.stdout, fast.stderr) == (slow.stdout, slow.stderr)
    assert fast.stdout.isascii()


def test_a_hostile_file_name_and_a_full_disk_get_the_same_from_both(tmp_path: Path) -> None:
    hostile = tmp_path / "\x1b]0;PWNED\x07.toml"
    hostile.write_text("schema = 1\n", encoding="utf-8")
    fast, slow = both(["render", str(hostile)], tmp_path)
    assert fast.returncode == 2 and (fast.stdout, fast.stderr) == (slow.stdout, slow.stderr)
    assert "\x1b" not in fast.stderr and "\x07" not in fast.stderr
    with open("/dev/full", "wb") as full:
        done = [subprocess.run([*cmd, "render", str(MAYA)], stdout=full, stderr=subprocess.PIPE,
                               text=True, timeout=60, check=False) for cmd in ([str(EXE)], CLICK)]
    assert [(d.returncode, d.stderr) for d in done] == [(2, done[1].stderr)] * 2
    assert "the disk is full" in done[0].stderr  # the pack's words (round 18)
