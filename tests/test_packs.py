"""Every language pack is complete against the reference pack, and a new pack is only files."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from wizard.core import languages, words
from wizard.core.catalogue import catalogue
from wizard.core.checks import check_specs
from wizard.core.languages import (
    REFERENCE_LANGUAGE,
    available_languages,
    forget_packs,
    pack_dir,
    read_toml,
)
from wizard.core.model import load, save
from wizard.core.outputs import names
from wizard.core.render import Renderer
from wizard.core.templates import TemplateSet, builtin_templates

LANGS = available_languages()
OTHERS = [code for code in LANGS if code != REFERENCE_LANGUAGE]


def _toml_keys(path: Path) -> set[str]:
    return set(read_toml(path))


@pytest.mark.parametrize("lang", OTHERS)
def test_every_word_of_the_reference_exists_in_every_pack(lang: str) -> None:
    missing = sorted(words.keys(REFERENCE_LANGUAGE) - words.keys(lang))
    assert missing == [], f"{lang} lacks {missing}"
    unknown = sorted(words.keys(lang) - words.keys(REFERENCE_LANGUAGE))
    assert unknown == [], f"{lang} has words the reference does not: {unknown}"


@pytest.mark.parametrize("lang", OTHERS)
def test_every_fact_of_the_reference_exists_in_every_pack(lang: str) -> None:
    ref = _toml_keys(pack_dir(REFERENCE_LANGUAGE) / "language.toml")
    assert sorted(ref - _toml_keys(pack_dir(lang) / "language.toml")) == []


@pytest.mark.parametrize("lang", OTHERS)
def test_every_check_and_step_of_the_reference_exists_in_every_pack(lang: str) -> None:
    assert {s.code for s in check_specs(lang)} == {s.code for s in check_specs(REFERENCE_LANGUAGE)}
    assert [s.id for s in catalogue(lang).steps] == \
        [s.id for s in catalogue(REFERENCE_LANGUAGE).steps]


@pytest.mark.parametrize("lang", LANGS)
def test_every_pack_has_help_and_samples(lang: str) -> None:
    assert (pack_dir(lang) / "help.md").read_text(encoding="utf-8").strip()
    assert {p.name for p in (pack_dir(lang) / "samples").glob("*.toml")} >= \
        {"full.toml", "minimal.toml"}


@pytest.mark.parametrize("lang", LANGS)
def test_every_output_has_variants_and_a_sample_renders(lang: str) -> None:
    ts = TemplateSet()
    for output in names():
        assert ts.variants(lang, output), f"{lang} has no {output} templates"
    result = Renderer(ts).render(load(pack_dir(lang) / "samples" / "full.toml"))
    assert set(result.outputs) == set(names())
    assert all(o.chosen.ok for o in result.outputs.values())


@pytest.fixture
def copied_pack(isolated_home: Path) -> Iterator[Path]:
    """A translator copies the Dutch pack (data and templates) to a new code, `xx`, in the
    config folder, and gives it its own name and one word of its own; no Python is touched."""
    config = isolated_home / "config"
    pack = config / "lang" / "xx"
    shutil.copytree(pack_dir("nl"), pack)
    shutil.copytree(builtin_templates() / "nl", config / "templates" / "xx")
    sample = pack / "samples" / "full.toml"
    sample.write_text(sample.read_text(encoding="utf-8").replace('lang = "nl"', 'lang = "xx"'),
                      encoding="utf-8")
    facts = pack / "language.toml"
    facts.write_text(facts.read_text(encoding="utf-8").replace(
        'name = "Nederlands"', 'name = "Xxaans"', 1), encoding="utf-8")
    tui = pack / "ui" / "tui.toml"
    tui.write_text(tui.read_text(encoding="utf-8").replace(
        'results = "Resultaat"', 'results = "Uitkomst-xx"', 1), encoding="utf-8")
    forget_packs()
    try:
        assert "xx" in available_languages()
        yield pack
    finally:
        forget_packs()


def test_a_copied_pack_renders_without_touching_python(copied_pack: Path) -> None:
    config = copied_pack.parent.parent
    answers = load(copied_pack / "samples" / "full.toml")
    result = Renderer(TemplateSet([config / "templates"])).render(answers)
    nl = Renderer().render(load(pack_dir("nl") / "samples" / "full.toml"))
    assert result.outputs["summary"].chosen.text == nl.outputs["summary"].chosen.text
    assert words.words("xx")("outputs.headline") == "Kopregel"
    assert languages.language("xx").decimal == ","
    assert languages.language("xx").name == "Xxaans"


def test_a_copied_pack_asks_in_the_plain_prompts(
        copied_pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`profile-wizard ask` offers the new language, asks its questions and renders with its
    templates."""
    from test_prompts import ENTER, PROFILES, drive, keystrokes

    from wizard.prompts.messages import messages

    monkeypatch.chdir(tmp_path)
    number = available_languages().index("xx") + 1  # chosen from the menu, as a person would
    target = tmp_path / "mine.toml"
    status = drive(f"{number}{ENTER}" + keystrokes("xx", PROFILES["nl"]), lang=None, file=target)
    out = capsys.readouterr().out
    assert status == 0
    answers = load(target)
    assert answers.lang == "xx"
    for key, value in PROFILES["nl"].items():
        assert answers[key] == value, key
    assert messages("xx")("saved", path="mine.toml") in out
    config = copied_pack.parent.parent
    headline = Renderer(TemplateSet([config / "templates"])).render(answers)
    assert headline.outputs["headline"].chosen.text in out


async def test_a_copied_pack_runs_the_app(copied_pack: Path, tmp_path: Path) -> None:
    """The app opens a profile in the new language: its words (one changed in the copy), its
    name on the badge, and the other packs offered in the palette."""
    from wizard.tui.app import WizardApp
    from wizard.tui.launch import prepare
    from wizard.tui.screens.results import ResultsScreen

    answers = load(copied_pack / "samples" / "full.toml")
    path = tmp_path / "xx.toml"
    save(answers, path)
    session, new_path = prepare(path)
    app = WizardApp(session, new_path=new_path, blink=False, terminal_clipboard=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        bar = app.screen.query_one("#step-bar").render()
        shown = getattr(bar, "plain", str(bar))
        assert "Uitkomst-xx" in shown and "Xxaans" in shown, shown
        assert "Opslaan" in app.screen.query_one("#key-bar").render().plain
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert words.words("xx")("tui_palette.language", name="English") in titles
        texts = app.screen.result
        assert texts is not None and texts.outputs["headline"].chosen.ok
        app.goto(0)
        await pilot.pause()
        assert words.words("xx")("tui.step_of", n=1, total=app.session.step_count) in \
            app.screen.query_one("#step-bar").render().plain


def test_french_interface_words_never_wrap_before_a_colon_or_question_mark() -> None:
    """French sets a no-break space before : ; ? ! and inside « »; translators type plain
    spaces and the pack's `space_before` makes them no-break ones, in every word file, the
    check messages and the questions' help. Other languages are left as typed."""
    from wizard.core.languages import typeset

    assert typeset("fr", "Quelle offre ? « - » : oui") == \
        "Quelle offre\u00a0? «\u00a0-\u00a0»\u00a0: oui"
    assert typeset("en", "Which ad? a : b") == "Which ad? a : b"
    assert words.words("fr")("match.pick_title").endswith("fiche\u00a0?")
    french = [v for a in words.areas("fr") for v in words.area("fr", a).values()]
    french += [s.message for s in check_specs("fr")]
    french += [q.help for step in catalogue("fr").steps for q in step.questions]
    plain = [v for v in french if any(f" {m}" in v for m in ":;?!»") or "« " in v]
    assert not plain, plain[:5]


# The words the app shows on a button or in the key bar as an action, by area: the button-verb
# convention a pack declares in language.toml ([interface] buttons) holds for each of them.
ACTION_WORDS = {
    "tui": ("new", "open", "copy", "copy_all", "reset", "export", "save", "cancel", "save_quit",
            "quit_anyway", "stale_keep", "stale_drop", "quit"),
    "tui_store": ("create", "rename", "delete", "import", "before_go", "again_store",
                  "again_file", "key_rename", "key_duplicate", "key_delete", "key_mark",
                  "key_compare", "key_cancel", "key_save_notes", "key_close", "key_restore"),
    "keys": ("dismiss_menu", "open_link", "exit_the_command_palette"),
}


def _interface(lang: str) -> dict[str, object]:
    table = read_toml(pack_dir(lang) / "language.toml").get("interface", {})
    assert isinstance(table, dict), f"{lang}: [interface] in language.toml must be a table"
    return table


@pytest.mark.parametrize("lang", LANGS)
def test_buttons_follow_the_verb_convention_the_pack_declares(lang: str) -> None:
    """Dutch software names a button with an infinitive ("Opslaan", "Alles kopiëren"), and so
    does French ("Tout copier"): a pack that says so in language.toml is held to it, so an
    imperative ("Kopieer", "Copiez") among its buttons fails."""
    face = _interface(lang)
    assert face.get("buttons") in ("imperative", "infinitive"), lang
    if face["buttons"] != "infinitive":
        return
    infinitive = re.compile(str(face["infinitive"]))
    at = str(face["verb_at"])
    assert at in ("first", "last", "any"), lang
    wrong = []
    for area, keys in ACTION_WORDS.items():
        for key in keys:
            label = words.area(lang, area)[key]
            plain = re.sub(r"\([^)]*\)", "", label)  # "(LinkedIn-export, JSON Resume)"
            found = re.findall(r"[^\W\d_]+", plain)
            candidates = {"first": found[:1], "last": found[-1:], "any": found}[at]
            if not any(infinitive.search(w.casefold()) for w in candidates):
                wrong.append(f"{area}.{key} = {label!r}")
    assert not wrong, f"{lang}: not an infinitive ({at} word): {wrong}"


def test_the_verb_convention_catches_an_imperative() -> None:
    """The convention test can fail: Dutch imperatives match none of the pack's infinitives."""
    face = _interface("nl")
    infinitive = re.compile(str(face["infinitive"]))
    assert not any(infinitive.search(w) for w in ("kopieer", "herstel", "exporteer", "alles"))
    assert all(infinitive.search(w) for w in ("kopiëren", "opslaan", "sluiten", "openen"))


def _left_in_english(lang: str) -> list[str]:
    allowed = set(_interface(lang).get("same_as_english", []))  # type: ignore[arg-type]
    left = []
    for area in words.areas(REFERENCE_LANGUAGE):
        english = words.area(REFERENCE_LANGUAGE, area)
        ours = words.area(lang, area)
        for key, value in english.items():
            letters = re.sub(r"\{[^}]*\}", "", value)
            if ours.get(key) == value and re.search(r"[A-Za-z]{2}", letters) \
                    and f"{area}.{key}" not in allowed:
                left.append(f"{area}.{key} = {value!r}")
    return left


@pytest.mark.parametrize("lang", OTHERS)
def test_no_english_word_is_left_in_another_pack(lang: str) -> None:
    """A word of the screen equal to the English one is a word nobody translated, unless the
    pack says it is the same on purpose (same_as_english: "Pitch", "Tab")."""
    assert _left_in_english(lang) == []
    allowed = _interface(lang).get("same_as_english", [])
    assert isinstance(allowed, list)
    stale = [k for k in allowed
             if words.area(lang, k.split(".")[0]).get(k.split(".", 1)[1])
             != words.area(REFERENCE_LANGUAGE, k.split(".")[0]).get(k.split(".", 1)[1])]
    assert stale == [], f"{lang}: same_as_english lists words that differ now: {stale}"


@pytest.mark.parametrize("lang", [c for c in LANGS if languages.language(c).space_before])
def test_no_break_spaces_are_never_typed(lang: str) -> None:
    """The program sets French no-break spaces (space_before); a typed one is invisible in an
    editor and goes astray when the sentence is edited, so translators type plain spaces."""
    files = [*sorted((pack_dir(lang) / "ui").glob("*.toml")), pack_dir(lang) / "help.md"]
    typed = [p.name for p in files if {"\u00a0", "\u202f"} & set(p.read_text(encoding="utf-8"))]
    assert typed == []
