"""Faults found in round 17's triage (hard17): each case failed before its fix.

Every case runs the installed command (or the app under Pilot) with its own store and config
(PROFILE_WIZARD_HOME in tmp_path), as a person would: one clear line or the documented
behaviour, never a traceback, a hang or a raw library message.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from faultkit import WIZARD, Ran, needs_wizard, patience, run

pytestmark = needs_wizard

MAYA = Path(__file__).parents[1] / "fixtures/answers/en-maya.toml"


def home_env(tmp_path: Path, lang: str = "en_US.UTF-8") -> dict[str, str]:
    return {"PROFILE_WIZARD_HOME": str(tmp_path / "home"), "HOME": str(tmp_path),
            "LANG": lang, "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}


# ── 1. Ctrl+C that Python wrapped while a class is made at import ────────────────────────

WRAPPED = """
import sys
sys.argv = ["/x/bin/profile-wizard", "profiles", "list"]
import importlib.abc


class CtrlCWhileAClassIsMade(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == {module!r}:
            class Field:
                def __set_name__(self, owner, attr):
                    raise {raised}
            type("Made", (), {{"field": Field()}})  # Python wraps it in a RuntimeError
        return None


sys.meta_path.insert(0, CtrlCWhileAClassIsMade())
from wizard.entry import main
main()
"""


@pytest.mark.parametrize("module, raised, code, shown", [
    ("wizard.cli", "KeyboardInterrupt", 130, b""),  # was a traceback and exit 1
    ("wizard.fastargs", "KeyboardInterrupt", 130, b""),
    ("wizard.cli", "ValueError('a bug')", 1, b"RuntimeError"),  # a real bug stays one
])
def test_a_ctrl_c_wrapped_at_import_ends_as_ctrl_c(tmp_path: Path, module: str, raised: str,
                                                   code: int, shown: bytes) -> None:
    script = WRAPPED.format(module=module, raised=raised)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True,
                          env={**os.environ, **home_env(tmp_path)}, timeout=patience(),
                          check=False)
    assert done.returncode == code, done.stderr
    assert done.stdout == b"" and (shown in done.stderr if shown else done.stderr == b""), \
        done.stderr


def test_the_package_answers_ctrl_c_before_it_imports_anything_slow() -> None:
    """`import signal` (its enums: ~9 ms on a busy machine) came before the handler: a Ctrl+C
    in there was a traceback through wizard/__init__.py. The handler now needs nothing that
    Python has not loaded already."""
    script = ("import sys; before = set(sys.modules); sys.argv = ['/x/bin/profile-wizard']; "
              "import wizard, _signal; "
              "print(sorted(set(sys.modules) - before - {'wizard'}), "
              "_signal.getsignal(_signal.SIGINT) is wizard.ctrl_c_at_start)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True,
                          timeout=patience(), check=False, text=True)
    assert done.stdout.split() == ["[]", "True"], (done.stdout, done.stderr)


# ── 2. folders that cannot be written: named, nothing lost ───────────────────────────────

def _bound_by_modes() -> list[str] | None:
    """How to run the command as someone the file modes bind: as it is when not root; root
    without its capabilities (CAP_DAC_OVERRIDE ignores modes); None when neither can be."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    return [setpriv, "--bounding-set=-all", "--inh-caps=-all"]


def run_bound(tmp_path: Path, *args: str | Path, lang: str = "en_US.UTF-8") -> Ran:
    prefix = _bound_by_modes()
    if prefix is None:
        pytest.skip("no way to run the command under file modes here (root, no setpriv)")
    start = time.monotonic()
    done = subprocess.run([*prefix, str(WIZARD), *map(str, args)], cwd=tmp_path,
                          env={**os.environ, **home_env(tmp_path, lang)}, input=b"",
                          capture_output=True, timeout=patience(), check=False)
    if done.returncode != 0 and b"setpriv" in done.stderr:
        pytest.skip(f"setpriv cannot drop the capabilities here: {done.stderr!r}")
    return Ran(done.returncode, done.stdout, done.stderr, time.monotonic() - start)


@pytest.fixture
def locked(tmp_path: Path, seeded: Path) -> Iterator[Callable[[str], Path]]:
    """A store with Maya (a copy of the module's imported home: each case ran the import in
    a child process), a folder 'work' with her answers; folders made read-only (0555) are
    given their mode back at the end."""
    shutil.copytree(seeded, tmp_path / "home", dirs_exist_ok=True)
    (tmp_path / "work").mkdir()
    shutil.copy(MAYA, tmp_path / "work" / "maya.toml")
    made: list[Path] = []

    def lock(name: str) -> Path:
        folder = tmp_path / name
        folder.mkdir(exist_ok=True)
        folder.chmod(0o555)
        made.append(folder)
        return folder

    yield lock
    for folder in made:
        folder.chmod(0o755)


@pytest.mark.parametrize("folder, args, problem", [
    ("work", ("new", "work/x.toml"), "work/x.toml: cannot write (the folder work is not "
                                     "writable)"),
    ("work", ("new", "work/sub/x.toml"), "work/sub/x.toml: cannot write (the folder work/sub "
                                         "does not exist)"),
    ("work", ("profiles", "export", "1", "-o", "work/maya.md"),
     "work/maya.md: cannot write (the folder work is not writable)"),
    ("work", ("render", "--out", "work/texts", "work/maya.toml"),
     "work/texts: cannot use this folder for the texts (the folder work is not writable)"),
    ("work/texts", ("render", "--out", "work/texts", "work/maya.toml"),
     "work/texts/maya.txt: cannot write (the folder work/texts is not writable)"),
    ("home", ("profiles", "new", "Ben"), "the profile store cannot be written: the folder "),
    ("home", ("profiles", "rename", "1", "Ben"), "the folder "),
])
def test_a_folder_that_cannot_be_written_is_named_and_nothing_is_lost(
        tmp_path: Path, locked: Callable[[str], Path], folder: str, args: tuple[str, ...],
        problem: str) -> None:
    locked(folder)
    problem = problem.replace("the folder ", f"the folder {tmp_path}/home ") \
        if folder == "home" else problem
    line = run_bound(tmp_path, *args).one_error_line(problem)
    assert "Permission denied" not in line and "(the file or its folder" not in line
    if folder != "home":
        assert not any((tmp_path / folder).glob(".*.tmp"))  # no half-written file
    listed = run("profiles", "list", env=home_env(tmp_path))
    assert "Maya Okafor" in listed.stdout and "Ben" not in listed.stdout  # nothing lost


@pytest.mark.parametrize("lang, words", [
    ("nl_NL.UTF-8", "in de map"), ("it_IT.UTF-8", "nella cartella"),
    ("fr_FR.UTF-8", "dans le dossier"), ("en_US.UTF-8", "the folder"),
])
def test_the_store_folder_is_named_in_every_language(
        tmp_path: Path, locked: Callable[[str], Path], lang: str, words: str) -> None:
    locked("home")
    run_bound(tmp_path, "profiles", "new", "Ben", lang=lang).one_error_line(
        f"{words} {tmp_path}/home ")


def test_a_store_file_that_cannot_be_written_is_said_to_be_the_file(
        tmp_path: Path, locked: Callable[[str], Path]) -> None:
    locked("work")  # (only to have the fixture's store)
    store = tmp_path / "home" / "profiles.sqlite3"
    store.chmod(0o400)
    try:
        run_bound(tmp_path, "profiles", "new", "Ben").one_error_line(
            f"{store}: the profile store is read-only (the file cannot be written)")
    finally:
        store.chmod(0o600)


# ── 3. a search with nothing to look for ─────────────────────────────────────────────────

EMPTY_SEARCH = "the search has nothing to look for (only spaces or combining marks)"


@pytest.mark.parametrize("query, listed, problem", [
    ("\u0301\u0301\u0301", None, EMPTY_SEARCH),  # listed Anna and Ben
    ("\u0301" * 5_000, None, EMPTY_SEARCH),
    ("   ", None, EMPTY_SEARCH),
    ("\t\u3000", None, EMPTY_SEARCH),
    ("!", "", "No profiles match."),  # punctuation is looked for as it is
    ("\u0301an", "Anna", ""),  # the marks fold away, "an" is left
    ("", "Anna Ben", ""),
], ids=["marks", "5000-marks", "spaces", "tab-ideographic", "punctuation", "marks-then-an",
        "none"])
def test_a_search_made_only_of_marks_or_spaces_is_refused_not_everyone(
        tmp_path: Path, query: str, listed: str | None, problem: str) -> None:
    env = home_env(tmp_path)
    for name in ("Anna", "Ben"):
        assert run("profiles", "new", name, env=env).code == 0
    done = run("profiles", "list", query, env=env)
    if listed is None:
        done.one_error_line(problem)
        return
    assert done.code == 0 and problem in done.stderr, done.stderr
    assert sorted(line.split()[1] for line in done.stdout.splitlines()) == \
        sorted(listed.split())


def test_the_store_matches_no_name_for_marks_and_every_name_for_a_blank_filter(
        tmp_path: Path) -> None:
    from wizard.core.store import Store, StoreError

    with Store(tmp_path / "profiles.sqlite3") as store:
        for name in ("Anna", "Ben"):
            store.create_profile(name, "en")
        assert [p.name for p in store.list_profiles("\u0301\u0301")] == []
        assert store.count_profiles("\u0301") == 0
        assert len(store.list_profiles("  ")) == 2  # a filter box cleared to spaces
        with pytest.raises(StoreError, match="no profile named"):
            store.resolve("\u0301")  # was "matches several: 2 Ben, 1 Anna"


@pytest.mark.parametrize("lang", ["en", "nl", "it", "fr"])
def test_the_empty_search_line_is_in_every_pack(lang: str) -> None:
    from wizard.core.words import words

    said = words(lang)("profiles.query_empty")
    assert said and "{" not in said and (lang == "en" or said != words("en")(
        "profiles.query_empty"))


# ── 5. the starter file `new` writes speaks its own language ─────────────────────────────

ENGLISH_STARTER = ("answers file. Each answer", "Fill in the answers", "Then run:",
                   "(required)", "(optional)", "A list of", "e.g.")


@pytest.mark.parametrize("lang, words", [
    ("en", ("# profile-wizard answers file.", "(required)", "A list of 1 to 5 items.",
            "render THIS-FILE")),
    ("nl", ("# Antwoordenbestand van profile-wizard.", "(verplicht)", "Een lijst van 1 tot 5",
            "render DIT-BESTAND", "bijv. ")),
    ("it", ("# File di risposte di profile-wizard.", "(obbligatoria)", "Un elenco da 1 a 5",
            "render QUESTO-FILE", "es. ")),
    ("fr", ("# Fichier de réponses de profile-wizard.", "(obligatoire)", "Une liste de 1 à 5",
            "render CE-FICHIER", "p. ex. ")),
])
def test_the_starter_file_is_written_in_its_language_header_and_all(
        tmp_path: Path, lang: str, words: tuple[str, ...]) -> None:
    import tomllib

    done = run("new", "-", "--lang", lang, env=home_env(tmp_path))
    assert done.code == 0, done.stderr
    for word in words:
        assert word in done.stdout, (word, done.stdout[:400])
    if lang != "en":  # the header and the marks were English in every language
        for english in ENGLISH_STARTER:
            assert english not in done.stdout, (english, done.stdout[:400])
    assert tomllib.loads(done.stdout)["lang"] == lang  # still the answers file it was


# ── 6. a template that is a FIFO or too large, met in the app ────────────────────────────

@pytest.mark.parametrize("kind, problem", [
    ("fifo", "1-fifo.j2' is not a regular file (a pipe or a device)"),
    ("huge", "1-huge.j2' is too large for a template (1,000,000 bytes; the limit is 100,000)"),
])
async def test_the_app_names_a_template_that_is_a_fifo_or_too_large_and_its_limit(
        tmp_path: Path, kind: str, problem: str) -> None:
    from faultkit import answers_text, toasts_said, until

    from wizard.core.paths import config_dir
    from wizard.tui.app import WizardApp
    from wizard.tui.launch import prepare

    folder = config_dir() / "templates" / "en" / "headline"
    folder.mkdir(parents=True)
    bad = folder / f"1-{kind}.j2"
    if kind == "fifo":
        os.mkfifo(bad)
    else:
        bad.write_text("x " * 500_000)
    path = tmp_path / "maya.toml"
    path.write_text(answers_text(), encoding="utf-8")
    session, _ = prepare(path)
    assert session is not None
    app = WizardApp(session, blink=False, terminal_clipboard=False)
    messages = toasts_said(app)
    async with app.run_test(size=(100, 40)) as pilot:
        assert await until(pilot, lambda: bool(messages))
        # was "your templates are not used until the app starts again: …/1-huge.j2: …/1-hu…"
        assert any(problem in m for m in messages), messages
        assert app.renderer.render(session.answers).outputs["headline"].chosen.variant != kind
        await pilot.press("ctrl+q")
    assert app.return_code in (0, None) and app.crash_message == ""


# ── 4. the app's name bar and titles cap a flood of marks and a long name ────────────────

FLOOD = "q" + "\u0301" * 150 + "oe"  # (no letter q with an acute: NFC keeps all 150)
LONG = "N" * 200


def _too_much(shown: str) -> str | None:
    """What is wrong with a name as shown: a run of marks over the cap, or over 40 long."""
    from wizard.core.sanitize import MAX_MARKS

    if "\u0301" * (MAX_MARKS + 1) in shown:
        return "marks"
    return "long" if "N" * 40 in shown else None


@pytest.mark.parametrize("name", [FLOOD, LONG], ids=["marks", "long"])
async def test_the_apps_name_bar_and_titles_cap_a_name_and_keep_it_whole(
        tmp_path: Path, name: str) -> None:
    from faultkit import answers_text, until
    from textual.widgets import Static

    from wizard.tui.app import WizardApp
    from wizard.tui.launch import prepare
    from wizard.tui.screens.profiles import ConfirmDeleteDialog, NotesDialog
    from wizard.tui.widgets.step_bar import StepBar

    path = tmp_path / "maya.toml"
    path.write_text(answers_text().replace("Maya Okafor", name), encoding="utf-8")
    session, _ = prepare(path)
    assert session is not None
    app = WizardApp(session, blink=False, terminal_clipboard=False)
    async with app.run_test(size=(120, 40)) as pilot:
        assert await until(pilot, lambda: bool(app.screen.query(StepBar)))
        bar = app.screen.query_one(StepBar)
        wide, narrow, shown = bar.badge
        for text in (wide, narrow, shown, str(bar.render())):
            assert _too_much(text) is None, text  # was the raw name, all of it
        assert shown.startswith(name[0]) and (shown.endswith("…") or shown.endswith("oe"))
        for dialog in (ConfirmDeleteDialog("en", name, 2), NotesDialog("en", name, "",
                                                                      blink=False)):
            await app.push_screen(dialog)
            await pilot.pause(0.1)
            title = str(app.screen.query(".dialog-title").results(Static).__next__().render())
            assert _too_much(title) is None and title.startswith(("Delete", "Coach notes")), title
            app.pop_screen()
            await pilot.pause(0.05)
        assert session.answers.text("person.name") == name  # never changed
        await pilot.press("ctrl+q")


# ── 7. more hostile inputs found this round ──────────────────────────────────────────────

@pytest.mark.parametrize("args", [("profiles", "new", "\u0301\u0301"),
                                  ("profiles", "rename", "1", "\u0301"),
                                  ("profiles", "copy", "1", "\u0301\u0301\u0301")],
                         ids=["new", "rename", "copy"])
def test_a_name_made_only_of_combining_marks_is_no_name(tmp_path: Path,
                                                        args: tuple[str, ...]) -> None:
    env = home_env(tmp_path)
    assert run("profiles", "new", "Ann", env=env).code == 0
    # it was kept: a profile nobody could find by its name, shown as nothing
    run(*args, env=env).one_error_line("a profile needs a name")
    listed = run("profiles", "list", env=env).stdout
    assert listed.count("\n") == 1 and "Ann" in listed, listed


def test_an_imported_file_whose_name_is_only_marks_is_named_after_the_file(
        tmp_path: Path) -> None:
    from faultkit import answers_text

    env = home_env(tmp_path)
    marks = tmp_path / "marks.toml"
    marks.write_text(answers_text().replace("Maya Okafor", "\u0301\u0301"), encoding="utf-8")
    done = run("profiles", "import", marks, env=env)
    assert done.code == 0 and "as profile 1 'marks' (en)" in done.stdout, done.stderr


@pytest.mark.parametrize("text, lang, problem", [
    (b'schema = 1\nlang = "en"\n[person]\nname = "Maya\x00"\n', "en_US.UTF-8",
     "not valid TOML: a character that TOML does not allow there (line 4, column 13)"),
    (b'schema = 1\nlang = "en"\nlang = "nl"\n', "en_US.UTF-8",
     "not valid TOML: a key or a table is given twice (line 3, column 12)"),
    (b'schema = 1\nlang = "en"\n[person]\nname = Maya\n', "nl_NL.UTF-8",
     "geen geldige TOML: een waarde die TOML niet kan lezen"),
    (b'schema = 1\nlang = "en"\n[person\n', "it_IT.UTF-8",
     "una parentesi che non viene chiusa (riga 3, colonna 8)"),
    (b'schema = 1\nlang = "en"\nname\n', "fr_FR.UTF-8",
     "ni valeur après (ligne 3, colonne 5)"),
    (b'schema = [1, 2', "en_US.UTF-8", "a bracket that is not closed (at the end of the file)"),
], ids=["nul", "twice", "bare-word", "bracket", "no-equals", "end"])
def test_a_toml_mistake_is_told_in_the_packs_words_not_tomllibs(
        tmp_path: Path, text: bytes, lang: str, problem: str) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_bytes(text)
    line = run("render", bad, env=home_env(tmp_path, lang)).one_error_line("bad.toml: ",
                                                                           problem)
    for english in ("Illegal character", "Cannot overwrite", "Invalid value", "Unclosed",
                    "Expected", "at line"):
        assert english not in line, line


@pytest.mark.parametrize("args", [("profiles", "show", "q" + "\u0301" * 180),
                                  ("render", "q" + "\u0301" * 180 + ".toml")],
                         ids=["typed-ref", "file-name"])
def test_an_error_line_caps_a_flood_of_marks_from_outside(tmp_path: Path,
                                                          args: tuple[str, ...]) -> None:
    from wizard.core.sanitize import MAX_MARKS

    env = home_env(tmp_path)
    assert run("profiles", "new", "Ann", env=env).code == 0
    line = run(*args, env=env).one_error_line("q" + "\u0301" * MAX_MARKS + "?")
    assert "\u0301" * (MAX_MARKS + 1) not in line and len(line) < 200, line  # was 440 long
