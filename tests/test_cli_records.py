"""Tests for the record on the command line: imports that fill suggestions and notice the same
person, exports that carry hand edits and choices, edit/choose/restore, privacy, and delete."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from wizard.cli import cli
from wizard.core.store import Store

FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXPORT_ZIP = FIXTURES / "linkedin" / "Basic_LinkedInDataExport_03-01-2026.zip"
EXPORT_DIR = FIXTURES / "linkedin" / "export"
MAYA = FIXTURES / "answers" / "en-maya.toml"
MINE = "Data engineer | small teams trust their numbers"


def run(*args: str | Path, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, ["profiles", *map(str, args)], input=input)


def one_error(result: Result, pattern: str) -> None:
    """One line on stderr naming the problem, nothing on stdout, exit 2."""
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert re.search(pattern, lines[0]), lines[0]


@pytest.fixture
def maya() -> int:
    assert run("import", MAYA).exit_code == 0
    with Store() as store:
        return store.resolve("Maya Okafor").id


# ── import ────────────────────────────────────────────────────────────────────────────────

def test_a_linkedin_export_fills_role_organisation_and_expertise() -> None:
    result = run("import", EXPORT_ZIP)
    assert result.exit_code == 0, result.output
    # the questions as the person sees them, never the answers' keys
    assert "as profile 1 'Jonas Becker' (en); suggested (to check): 'I am (or am becoming) " \
           "a …', 'I work at …', " in result.stdout
    assert "; still to answer: 'In the coming years I will …'" in result.stdout
    assert "person." not in result.stdout and "future." not in result.stdout
    with Store() as store:
        p = store.get_profile(1)
    assert p.answers.text("person.role") == "Senior Data Analyst"  # the position still held
    assert p.answers.text("person.organisation") == "Northwind Logistics"
    assert p.answers.items("expertise.areas") == ["SQL", "Python", "Data Analysis", "Power BI",
                                                  "dbt"]
    assert p.before is not None and p.before.headline.startswith("Senior Data Analyst @")
    assert '"what happened"' in p.before.summary and "\n\n" in p.before.summary
    assert p.origin == "linkedin"
    shown = run("show", "1").stdout
    assert ("Suggested by the import (check them in the wizard): "
            "'I am (or am becoming) a …'") in shown
    assert "Before (LinkedIn export Basic_LinkedInDataExport_03-01-2026.zip, " in shown


def test_importing_the_same_export_again_asks_for_update_or_as_new() -> None:
    assert run("import", EXPORT_ZIP).exit_code == 0
    again = run("import", EXPORT_ZIP)
    one_error(again, r"Jonas Becker is already stored from this kind of file \(profile 1: "
                     r"Senior Data Analyst · Northwind Logistics · \d{4}-\d\d-\d\d\); add "
                     r"--update to refresh that profile or --as-new to add another")
    assert len(run("list").stdout.splitlines()) == 1
    with Store() as store:  # the person's own answer is never overwritten by an update
        answers = store.get_profile(1).answers
        answers.set("person.role", "analytics lead")
        store.save_answers(1, answers)
    updated = run("import", EXPORT_ZIP, "--update")
    assert updated.exit_code == 0 and "Updated profile 1 'Jonas Becker'" in updated.stdout
    with Store() as store:
        assert store.get_profile(1).answers.text("person.role") == "analytics lead"
        assert store.list_versions(1)[-1].reason == "import"  # the state before is kept
    assert run("import", EXPORT_ZIP, "--as-new").exit_code == 0
    assert len(run("list").stdout.splitlines()) == 2
    one_error(run("import", EXPORT_ZIP, "--update", "--as-new"), "give one of them")


def test_a_before_is_attached_to_an_existing_profile(maya: int) -> None:
    result = run("import", EXPORT_ZIP, "--into", str(maya))
    assert result.exit_code == 0, result.output
    assert f"Added {EXPORT_ZIP} to profile {maya} 'Maya Okafor'" in result.stdout
    with Store() as store:
        p = store.get_profile(maya)
        assert p.before is not None and p.before.headline.startswith("Senior Data Analyst")
        assert p.answers.text("person.role") == "data engineer"  # her own answers stay
        assert store.count_profiles() == 1
    one_error(run("import", EXPORT_ZIP, EXPORT_ZIP, "--into", str(maya)), "--into takes one file")


def test_import_takes_several_files_and_folders(tmp_path: Path) -> None:
    folder = tmp_path / "clients"
    folder.mkdir()
    shutil.copy(MAYA, folder / "maya.toml")
    shutil.copy(FIXTURES / "jsonresume" / "career.json", folder / "chiara.json")
    shutil.copytree(EXPORT_DIR, folder / "Basic_LinkedInDataExport")  # unpacked by a browser
    (folder / "notes.txt").write_text("not a profile")
    (folder / "broken.json").write_text("{")
    result = run("import", folder, FIXTURES / "answers" / "nl-sanne.toml")
    assert result.exit_code == 2  # one bad file: the others are still imported
    assert result.stderr.count("\n") == 1 and "broken.json: not valid JSON" in result.stderr
    with Store() as store:
        names = sorted(p.name for p in store.list_profiles())
    assert names == ["Chiara Rossi", "Jonas Becker", "Maya Okafor", "Sanne Verhoeven"]
    with Store() as store:
        chiara = store.get_profile(store.resolve("Chiara").id)
    assert chiara.answers.text("person.role") == "Senior project manager"
    assert chiara.answers.text("person.organisation") == "Acme Italia"
    assert chiara.answers.items("expertise.areas") == ["Agile", "Scrum", "Stakeholder management",
                                                       "Budgeting", "Risk management"]


# ── the record: edits, choices, history ───────────────────────────────────────────────────

def test_a_hand_edit_is_in_every_export_and_each_export_keeps_it(maya: int,
                                                                 tmp_path: Path) -> None:
    assert run("edit", maya, "headline", MINE).exit_code == 0
    assert run("choose", maya, "summary", "short").exit_code == 0
    md = run("export", maya, "--format", "md")
    assert md.exit_code == 0, md.output
    assert f"## Headline\n\n{MINE}\n\n*47/220 characters · edited by hand · fits*" in md.stdout
    answers = run("export", maya)
    assert f'[edits.headline]\ntext = "{MINE}"' in answers.stdout
    assert '[variants]\nsummary = "short"' in answers.stdout
    resume = json.loads(run("export", maya, "--format", "json-resume").stdout)
    assert resume["basics"]["label"] == MINE
    html = run("export", maya, "--format", "html").stdout
    assert MINE in html
    with Store() as store:
        exported = [store.get_version(v.id) for v in store.list_versions(maya)
                    if v.reason == "export"]
    assert exported and all(v.texts["headline"] == MINE and "headline" in v.edits
                            for v in exported)
    assert all(v.variants["summary"] == "short" for v in exported)
    shown = run("show", maya).stdout
    assert "What shows\n  headline: the hand edit\n  summary: the variant 'Short'" in shown


def test_a_stale_edit_is_marked_and_kept_or_dropped(maya: int, tmp_path: Path) -> None:
    run("edit", maya, "headline", MINE)
    with Store() as store:
        answers = store.get_profile(maya).answers
        answers.set("person.role", "analytics engineer")
        store.save_answers(maya, answers)
    shown = run("show", maya).stdout
    assert f"made for earlier answers: `profiles edit {maya} headline --keep` keeps it" in shown
    exported = run("export", maya, "--format", "md")
    assert "hand edit was made for earlier answers" in exported.stderr
    assert "edited by hand for earlier answers" in exported.stdout
    assert run("edit", maya, "headline", "--keep").exit_code == 0
    assert "made for earlier answers" not in run("show", maya).stdout
    assert run("edit", maya, "headline").stdout.strip() == MINE
    assert run("edit", maya, "headline", "--drop").exit_code == 0
    one_error(run("edit", maya, "headline"), "has no hand edit of the headline")


def test_restore_brings_back_any_version(maya: int) -> None:
    run("edit", maya, "headline", MINE)
    run("export", maya, "--format", "md")
    with Store() as store:
        first = store.list_versions(maya)[-1].id
    run("edit", maya, "headline", "Something else entirely")
    result = run("restore", maya, first)
    assert result.exit_code == 0
    assert "what it was before is kept as a version" in result.stdout
    assert run("edit", maya, "headline").stdout.strip() == MINE
    assert re.search(r"\d+\s+\S+ \S+\s+restore\s+Something else entirely",
                     run("show", maya).stdout)


def test_choose_names_the_variants_there_are(maya: int) -> None:
    one_error(run("choose", maya, "headline", "nope"),
              r"no headline variant 'nope' \(there are: (?:[\w, ]+ · )*Role and readers · ")


def test_choose_takes_a_variants_name_in_words_and_show_says_it(maya: int) -> None:
    assert run("choose", maya, "headline", "role AND proof").exit_code == 0
    with Store() as store:
        assert store.get_profile(maya).variants == {"headline": "role-proof"}
    assert "headline: the variant 'Role and proof'" in run("show", maya).stdout


# ── privacy, delete, read-only commands ───────────────────────────────────────────────────

def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_exports_are_private_and_deleting_removes_them(maya: int, tmp_path: Path) -> None:
    out = tmp_path / "handouts" / "maya.html"
    assert run("export", maya, "--format", "html", "-o", out).exit_code == 0
    md = tmp_path / "maya.md"
    assert run("export", maya, "--format", "md", "-o", md).exit_code == 0
    assert (_mode(out), _mode(out.parent), _mode(md)) == (0o600, 0o700, 0o600)
    one_error(run("export", maya, "-o", md), "already exists")
    listed = run("show", maya).stdout
    assert str(out) in listed and str(md) in listed
    result = run("delete", maya, "--yes")
    assert result.exit_code == 0, result.output
    assert "Deleted profile 1 'Maya Okafor'." in result.stdout
    assert "Removed the 2 files written about the person:" in result.stdout
    assert not out.exists() and not md.exists()


def test_commands_that_only_read_never_create_a_store(isolated_home: Path) -> None:
    store = isolated_home / "profiles.sqlite3"
    for args in (("list",), ("show", "x"), ("export", "x"), ("notes", "x"), ("notes", "x", "y"),
                 ("edit", "x", "headline"), ("edit", "x", "headline", "t"),
                 ("choose", "x", "headline"), ("restore", "x", "1"), ("rename", "x", "y"),
                 ("copy", "x"), ("delete", "x", "--yes")):
        result = run(*args)
        assert not store.exists(), args
        if args != ("list",):
            one_error(result, "there are no profiles yet")


def test_the_commands_speak_the_interface_language(maya: int,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "it_IT.UTF-8")
    assert "Salvate le note del profilo" in run("notes", maya, "ciao").stdout
    assert run("show", maya).stdout.startswith(f"Profilo {maya} 'Maya Okafor' · en · creato ")
    one_error(run("show", "nessuno"), "nessun profilo di nome 'nessuno'")


def test_names_from_outside_reach_the_terminal_without_escapes(tmp_path: Path) -> None:
    hostile = tmp_path / "evil\x1b]52;c;aGVsbG8=\x07.toml"
    hostile.write_text(MAYA.read_text(encoding="utf-8").replace(
        'name = "Maya Okafor"', 'name = "Maya\\u001b[31m Okafor"'), encoding="utf-8")
    result = run("import", hostile)
    assert result.exit_code == 0
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "evil?]52;c;aGVsbG8=?.toml" in result.stdout
    assert "\x1b" not in run("list").stdout


def test_an_export_through_the_persons_own_link_records_the_real_file(maya: int,
                                                                     tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "maya.md"
    os.symlink(victim, link)
    result = run("export", maya, "--format", "md", "-o", link, "--force")
    # our own link is written through on purpose; the victim is the real file behind it
    assert result.exit_code == 0
    assert link.is_symlink()
    with Store() as store:
        assert store.files(maya) == [victim.absolute()]
