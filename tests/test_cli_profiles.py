"""Tests for `profile-wizard profiles …`: listing, showing, import, export, delete, errors."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from wizard.cli import cli
from wizard.core.languages import REFERENCE_LANGUAGE, available_languages
from wizard.core.model import load
from wizard.core.store import Store
from wizard.core.words import words

ROOT = Path(__file__).resolve().parent
COMPLETE = """\
schema = 1
lang = "en"

[person]
name = "Maya Okafor"
role = "data engineer"

[future]
doing = "build data platforms that let small teams trust their numbers"
audience = "scale-ups in logistics and retail"

[drivers]
values = ["clarity", "craftsmanship"]

[expertise]
areas = ["data modelling", "Python"]

[statement]
stand_for = "data work that is transparent, checkable and explained in plain words"

[offer]
help = "a data platform your analysts can rely on"
"""


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, ["profiles", *args], input=input)


def assert_error(result: Result, pattern: str) -> None:
    """The CLI's error contract: exit 2, nothing on stdout, one line on stderr, no traceback."""
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("profile-wizard: error: ")
    assert re.search(pattern, lines[0]), lines[0]


@pytest.fixture
def complete_file(tmp_path: Path) -> Path:
    path = tmp_path / "maya.toml"
    path.write_text(COMPLETE, encoding="utf-8")
    return path


@pytest.fixture
def maya(complete_file: Path) -> int:
    result = run("import", str(complete_file))
    assert result.exit_code == 0, result.output
    with Store() as store:
        return store.resolve("Maya Okafor").id


def test_list_of_an_empty_store_says_how_to_start() -> None:
    result = run("list")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "No profiles yet" in result.stderr


def test_new_and_list_most_recent_first() -> None:
    assert run("new", "Anna de Vries", "--lang", "nl").stdout.startswith("Created profile 1 ")
    run("new", "Giulia Rossi", "--lang", "it")
    run("new", "Élodie Dupont")
    lines = run("list").stdout.splitlines()
    assert [re.split(r"\s{2,}", line.strip())[:3] for line in lines] == [
        ["3", "Élodie Dupont", "en"], ["2", "Giulia Rossi", "it"], ["1", "Anna de Vries", "nl"]]
    assert all(re.search(r"  \d{4}-\d\d-\d\d \d\d:\d\d  \d{4}-\d\d-\d\d$", line) for line in lines)
    assert run("list", "ELODIE").stdout.splitlines() == [lines[0]]
    assert run("list", "--limit", "1").stdout.splitlines() == [lines[0]]
    assert "No profiles match" in run("list", "zzz").stderr


def test_new_with_an_unknown_language_is_an_error() -> None:
    assert_error(run("new", "Anna", "--lang", "xx"), r"unknown language 'xx' \(use one of .*en")


def test_import_an_answers_file_and_show_everything(maya: int) -> None:
    with Store() as store:
        store.set_notes(maya, "Met at PyData.")
    result = run("show", "maya")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith(f"Profile {maya} 'Maya Okafor' · en · created ")
    assert "Notes\n  Met at PyData." in out
    assert 'role = "data engineer"' in out
    assert "── Headline · " in out and "Data engineer" in out
    assert "── About (summary)" in out and "── Elevator pitch" in out


def test_show_an_unfinished_profile_says_what_is_missing() -> None:
    run("new", "Anna")
    out = run("show", "anna").stdout
    assert "Texts: not rendered: missing required answer 'person.name' (My name is …) " \
           "(and 7 more: 'person.role' (I am (or am becoming) a …), " in out


def test_import_a_linkedin_export_keeps_the_before() -> None:
    fixture = ROOT / "fixtures" / "linkedin" / "Profile.csv"
    if not fixture.exists():
        pytest.skip("the LinkedIn fixture belongs to the importers' tests")
    result = run("import", str(fixture))
    assert result.exit_code == 0, result.output
    assert "still to answer: 'I am (or am becoming) a …'" in result.stdout
    with Store() as store:
        p = store.get_profile(store.resolve("1").id)
    assert p.before is not None and p.before.headline
    assert "Before (" in run("show", "1").stdout


def test_import_with_a_name_and_import_errors(complete_file: Path, tmp_path: Path) -> None:
    assert "as profile 1 'Client A'" in run("import", str(complete_file), "--name",
                                            "Client A").stdout
    bad = tmp_path / "bad.toml"
    bad.write_text("schema = 1\nlang = 'en'\n[person]\nnmae = 'x'\n", encoding="utf-8")
    assert_error(run("import", str(bad)), r"bad.toml: .*unknown key 'person.nmae'")
    assert_error(run("import", str(tmp_path / "missing.toml")), r"missing.toml: no such file")
    assert len(run("list").stdout.splitlines()) == 1


def test_a_name_that_matches_several_profiles_lists_them() -> None:
    run("new", "Anna de Vries")
    run("new", "Anna Rossi")
    assert_error(run("show", "anna"),
                 r"'anna' matches 2 profiles: 2 Anna Rossi, 1 Anna de Vries; give the id")
    assert_error(run("delete", "anna", "--yes"), r"matches 2 profiles")
    assert_error(run("show", "nobody"), r"no profile named 'nobody'")
    assert_error(run("show", "42"), r"no profile with id or name '42'")
    assert run("show", "1").exit_code == 0


def test_export_answers_round_trips(maya: int, complete_file: Path, tmp_path: Path) -> None:
    result = run("export", "maya")
    assert result.exit_code == 0
    out = tmp_path / "again.toml"
    out.write_text(result.stdout, encoding="utf-8")
    assert load(out).to_document() == load(complete_file).to_document()
    as_json = tmp_path / "maya.json"
    assert run("export", "maya", "-o", str(as_json)).exit_code == 0
    assert json.loads(as_json.read_text(encoding="utf-8"))["person"]["name"] == "Maya Okafor"
    assert_error(run("export", "maya", "-o", str(as_json)), r"maya.json: already exists .*--force")
    assert run("export", "maya", "-o", str(as_json), "--force").exit_code == 0


def test_export_rendered_formats_and_keep_a_version(maya: int, tmp_path: Path) -> None:
    md = run("export", str(maya), "--format", "md").stdout
    assert md.startswith("# Profile texts — Maya Okafor")
    resume = json.loads(run("export", str(maya), "--format", "json-resume").stdout)
    assert resume["basics"]["name"] == "Maya Okafor"
    page = tmp_path / "maya.html"
    result = run("export", str(maya), "--format", "html", "-o", str(page))
    assert result.exit_code == 0 and "Wrote " in result.stderr
    assert "Maya Okafor" in page.read_text(encoding="utf-8")
    with Store() as store:
        versions = store.list_versions(maya)
        kept = store.get_version(versions[0].id)
    assert [v.reason for v in versions] == ["export"]  # three exports of the same texts
    assert kept.texts["headline"] in md
    assert kept.variants["headline"]


def test_coach_notes_stay_out_of_the_handout_unless_asked(maya: int, tmp_path: Path) -> None:
    run("notes", str(maya), "Private: nervous about interviews")
    page = tmp_path / "h.html"
    run("export", str(maya), "--format", "html", "-o", str(page))
    assert "nervous about interviews" not in page.read_text(encoding="utf-8")
    run("export", str(maya), "--format", "html", "-o", str(page), "--force", "--notes")
    assert "nervous about interviews" in page.read_text(encoding="utf-8")


def test_export_of_an_unfinished_profile_is_an_error() -> None:
    run("new", "Anna")
    assert_error(run("export", "anna", "--format", "md"),
                 r"profile 1 'Anna' cannot be exported as md: missing required answer")
    assert run("export", "anna").exit_code == 0  # the answers file needs no rendering


def test_delete_asks_unless_yes(maya: int) -> None:
    assert_error(run("delete", "maya"), r"not deleting profile \d+ 'Maya Okafor' without "
                                        r"confirmation: add --yes")
    result = run("delete", "maya", "--yes")
    assert result.exit_code == 0
    assert result.stdout == f"Deleted profile {maya} 'Maya Okafor'.\n"
    assert run("list").stdout == ""


def test_delete_in_a_terminal_asks_and_no_keeps_it(maya: int) -> None:
    pexpect = pytest.importorskip("pexpect")
    command = f"{sys.executable} -m wizard profiles delete {maya}"
    child = pexpect.spawn(command, encoding="utf-8", timeout=10)
    child.expect(r"Delete profile \d+ 'Maya Okafor'\? This cannot be undone \[y/N\]")
    child.sendline("n")
    child.expect("Nothing was deleted.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert run("show", str(maya)).exit_code == 0
    child = pexpect.spawn(command, encoding="utf-8", timeout=10)
    child.expect(r"\[y/N\]")
    child.sendline("y")
    child.expect("Deleted profile")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert_error(run("show", str(maya)), "no profile with id or name")


@pytest.mark.parametrize("lang", [c for c in available_languages() if c != REFERENCE_LANGUAGE])
def test_delete_asks_with_the_interface_languages_keys(maya: int, lang: str) -> None:
    """The question's [y/N] is the pack's ("[o/N]" in French), and its yes key deletes."""
    pexpect = pytest.importorskip("pexpect")
    w = words(lang)
    yes, no = w.text("prompts.yes_key"), w.text("prompts.no_key")
    child = pexpect.spawn(f"{sys.executable} -m wizard profiles delete {maya}",
                          env={**os.environ, "LC_ALL": f"{lang}_XX.UTF-8"}, encoding="utf-8",
                          timeout=10)
    child.expect_exact(f"[{yes}/{no.upper()}]")
    child.sendline(yes)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert run("show", str(maya)).exit_code != 0


def test_notes_rename_and_copy(maya: int) -> None:
    assert run("notes", "maya", "First line\nsecond line").exit_code == 0
    assert run("notes", "maya").stdout == "First line\nsecond line\n"
    assert run("notes", "maya", "-", input="From stdin\n").exit_code == 0
    assert run("notes", "maya").stdout == "From stdin\n"
    assert "to 'Maya O.'" in run("rename", "maya", "Maya O.").stdout
    assert f"to {maya + 1} 'Maya O. (copy)'" in run("copy", "Maya O.").stdout
    assert f"to {maya + 2} 'Twin'" in run("copy", str(maya), "Twin").stdout
    names = [re.split(r"\s{2,}", line.strip())[1] for line in run("list").stdout.splitlines()]
    assert names == ["Twin", "Maya O. (copy)", "Maya O."]


def test_errors_from_a_real_process_are_one_line(isolated_home: Path) -> None:
    """Through the real entry point: a damaged store and an unknown name, no traceback."""
    (isolated_home / "profiles.sqlite3").write_bytes(b"not a database at all" * 100)
    done = subprocess.run([sys.executable, "-m", "wizard", "profiles", "list"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == (f"profile-wizard: error: {isolated_home / 'profiles.sqlite3'}: not a "
                           "profile store (the file is not a database); it was left untouched — "
                           "move it aside to start a new store\n")
    assert (isolated_home / "profiles.sqlite3").read_bytes() == b"not a database at all" * 100


def test_help_lists_the_commands() -> None:
    out = run("--help").stdout
    for command in ("list", "show", "import", "export", "delete", "new", "notes", "rename",
                    "copy"):
        assert re.search(rf"^\s+{command}\s", out, re.MULTILINE), command
