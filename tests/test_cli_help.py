"""Tests the command line's own words: every command's --help, option help, placeholders and
click's phrases (Usage:, Missing argument, No such option) come from the interface language's
pack (ui/clihelp.toml, ui/click.toml), fit 80 columns, and a usage error is one line."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator

import click
import pytest
from test_cli import assert_one_line_error, run
from test_packs import _interface

from wizard import cli_words
from wizard.cli import cli
from wizard.core import words
from wizard.core.languages import REFERENCE_LANGUAGE, available_languages
from wizard.core.words import remember_interface_language

LANGS = available_languages()
OTHERS = [code for code in LANGS if code != REFERENCE_LANGUAGE]
# click's phrases every --help shows
HELP_PHRASES = ("Usage:", "Options", "Show this message and exit.", "[OPTIONS]")


def tree() -> Iterator[tuple[tuple[str, ...], click.Command]]:
    """Every command of the program (lazy groups and hidden ones too), as (path, command)."""
    def walk(path: tuple[str, ...], group: click.Command) -> Iterator[tuple[tuple[str, ...],
                                                                          click.Command]]:
        yield path, group
        if isinstance(group, click.Group):
            ctx = click.Context(group)
            for name in group.list_commands(ctx):
                command = group.get_command(ctx, name)
                assert command is not None, name
                yield from walk((*path, name), command)

    yield from walk((), cli)


PATHS = [path for path, _ in tree()]


def key(path: tuple[str, ...]) -> str:
    return " ".join(path) if path else cli_words.ROOT


def speak(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """The system locale is `lang`'s (and nothing chosen on the start screen)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LC_ALL", f"{lang}_XX.UTF-8")
    monkeypatch.setenv("COLUMNS", "80")


def help_of(monkeypatch: pytest.MonkeyPatch, lang: str, path: tuple[str, ...]) -> str:
    speak(monkeypatch, lang)
    code, out, err = run(*path, "--help")
    assert (code, err) == (0, ""), (path, code, err)
    return out


def english_left(text: str, lang: str, path: tuple[str, ...]) -> list[str]:
    """The English words of this command's help (its table and click's phrases) that `text`
    still holds, leaving out those the pack says are the same in `lang` (same_as_english)."""
    en = words.words(REFERENCE_LANGUAGE)
    same = set(_interface(lang).get("same_as_english", []))  # type: ignore[arg-type]
    names = [f"clihelp.{key(path)}.{n}" for n in ("help",
                                                    *cli_words.command_words(dict(tree())[path]))
             if n != "short"]
    names += [f"click.{p}" for p in HELP_PHRASES]
    left = []
    for name in names:
        english = en.text(name)
        if name in same:
            continue
        # a paragraph's lines are folded again: look for its first sentence's words
        for piece in re.split(r"\n\s*\n", english.strip()):
            first = " ".join(piece.split()[:4])
            if len(first) > 1 and re.search(rf"(?<!\w){re.escape(first)}(?!\w)",
                                            " ".join(text.split())):
                left.append(f"{name}: {first!r}")
    return left


@pytest.mark.parametrize("lang", OTHERS)
@pytest.mark.parametrize("path", PATHS, ids=key)
def test_help_of_every_command_is_in_the_interface_language(
        monkeypatch: pytest.MonkeyPatch, lang: str, path: tuple[str, ...]) -> None:
    english = help_of(monkeypatch, REFERENCE_LANGUAGE, path)
    assert english_left(english, lang, path), "the check finds English in English help"
    ours = help_of(monkeypatch, lang, path)
    assert ours != english
    assert english_left(ours, lang, path) == []
    first = ours.splitlines()[0]
    assert first.startswith(words.words(lang).text("click.Usage:")), first


@pytest.mark.parametrize("lang", LANGS)
def test_every_line_of_every_help_fits_80_columns(monkeypatch: pytest.MonkeyPatch,
                                                  lang: str) -> None:
    long = [(key(p), line) for p in PATHS for line in help_of(monkeypatch, lang, p).splitlines()
            if len(line) > 80]
    assert long == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_list_of_commands_reads_every_short_help_from_the_pack(
        monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    out = help_of(monkeypatch, lang, ())
    w = words.words(lang)
    shown = [p[0] for p in PATHS if len(p) == 1 and not dict(tree())[p].hidden]
    assert shown
    for name in shown:
        assert re.search(rf"^  {name} +{re.escape(w.text(f'clihelp.{name}.short'))}$", out,
                         re.M), (name, out)
        assert len(w.text(f"clihelp.{name}.short")) < 55


@pytest.mark.parametrize("lang", LANGS)
def test_a_usage_error_is_one_line_in_the_interface_language(
        monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    speak(monkeypatch, lang)
    w = words.words(lang)
    hint = w("clihelp.see_help", command="profile-wizard render")
    assert_one_line_error(*run("render", "--bogus"),
                          w("click.No such option {name!r}.", name="--bogus"), hint)
    assert_one_line_error(*run("render"), w.text("click.Missing argument"),
                          w("clihelp.render.FILES"), hint)
    assert_one_line_error(*run("profiles", "shwo"),
                          w("click.No such command {name!r}.", name="shwo"),
                          w("click.Did you mean {possibility}?", possibility="'show'"))
    choose = w.text("click.Choose from:\n\t{choices}").split("\n")[0]
    assert_one_line_error(*run("profiles", "edit", "someone"), w.text("click.Missing argument"),
                          choose)
    assert_one_line_error(*run("check", "--wpm", "abc"),
                          w("click.{value!r} is not a valid {number_type}.", value="abc",
                            number_type=w.text("click.integer")))
    assert_one_line_error(*run("check", "--wpm", "5"),
                          w("click.Invalid value for {param_hint}: {message}",
                            param_hint="'--wpm'", message="").rstrip())


def test_the_start_screens_language_wins_over_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    remember_interface_language("it")
    out = help_of(monkeypatch, "nl", ("check",))
    assert out.startswith(words.words("it").text("click.Usage:"))
    assert words.words("it").text("clihelp.check.--lang value") in out


def test_a_commands_lang_option_does_not_change_the_help(monkeypatch: pytest.MonkeyPatch) -> None:
    out = help_of(monkeypatch, "nl", ("check", "--lang", "fr"))
    assert out.startswith(words.words("nl").text("click.Usage:"))


def test_an_unknown_locale_speaks_the_reference(monkeypatch: pytest.MonkeyPatch) -> None:
    out = help_of(monkeypatch, "xx", ())
    assert out.startswith(words.words(REFERENCE_LANGUAGE).text("click.Usage:"))


def test_main_leaves_click_as_it_was() -> None:
    before = click.core._  # type: ignore[attr-defined]
    run("--help")
    assert click.core._ is before  # type: ignore[attr-defined]


def test_every_command_and_parameter_has_its_words_in_the_reference_pack() -> None:
    """test_packs then holds every other pack to the same keys."""
    have = words.keys(REFERENCE_LANGUAGE)
    needed = {f"clihelp.{key(p)}.{n}" for p, command in tree()
              for n in cli_words.command_words(command)}
    assert sorted(needed - have) == []
    tables = {k.split(".")[1] for k in have if k.startswith("clihelp.") and k.count(".") > 1}
    assert sorted(tables - {key(p) for p in PATHS}) == [], "a table for no command"


def test_help_does_not_import_the_commands_defined_elsewhere() -> None:
    """Listing the commands reads their short help from the pack: `profiles`, `templates`,
    `match` and the store they need are not imported for --help."""
    code = ("import sys; sys.argv = ['profile-wizard', '--help']\n"
            "from wizard.cli import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "lazy = [m for m in ('wizard.cli_profiles', 'wizard.cli_records', "
            "'wizard.cli_templates', 'wizard.cli_match', 'wizard.core.store') "
            "if m in sys.modules]\n"
            "print(lazy, file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.stderr.strip().splitlines()[-1] == "[]", done.stderr
    assert "profiles" in done.stdout


@pytest.mark.parametrize("lang", LANGS)
def test_the_version_is_said_in_the_interface_language(monkeypatch: pytest.MonkeyPatch,
                                                       lang: str) -> None:
    from wizard import __version__

    speak(monkeypatch, lang)
    sentence = words.words(lang).text("click.%(prog)s, version %(version)s")
    assert run("--version") == (0, sentence % {"prog": "profile-wizard",
                                               "version": __version__} + "\n", "")


@pytest.mark.parametrize("lang", LANGS)
def test_headings_end_the_packs_way(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """A heading ends as the pack says ("Options :" in French, with a no-break space)."""
    w = words.words(lang)
    lines = help_of(monkeypatch, lang, ()).splitlines()
    for heading in ("Options", "Commands"):
        assert w("click.{heading}:", heading=w.text(f"click.{heading}")) in lines, lines
