"""Every language pack is complete against the reference pack, and a new pack is only files."""

from __future__ import annotations

import shutil
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
from wizard.core.model import load
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


def test_a_copied_pack_works_without_touching_python(isolated_home: Path) -> None:
    """A translator copies a pack to a new code in the config folder: render speaks it."""
    config = isolated_home / "config"
    shutil.copytree(pack_dir("nl"), config / "lang" / "xx")
    shutil.copytree(builtin_templates() / "nl", config / "templates" / "xx")
    sample = (config / "lang" / "xx" / "samples" / "full.toml")
    sample.write_text(sample.read_text(encoding="utf-8").replace('lang = "nl"', 'lang = "xx"'),
                      encoding="utf-8")
    forget_packs()
    try:
        assert "xx" in available_languages()
        answers = load(sample)
        result = Renderer(TemplateSet([config / "templates"])).render(answers)
        nl = Renderer().render(load(pack_dir("nl") / "samples" / "full.toml"))
        assert result.outputs["summary"].chosen.text == nl.outputs["summary"].chosen.text
        assert words.words("xx")("outputs.headline") == "Kopregel"
        assert languages.language("xx").decimal == ","
    finally:
        forget_packs()


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
