"""Tests the verb lexicon a language pack names (wizard/grammar/lexicon.py): the words it adds
to the pack's hand lists, and that it is built once and then read from the data cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.core import datacache
from wizard.core.languages import language
from wizard.grammar import lexicon
from wizard.grammar.base import Grammar
from wizard.grammar.english import English

EN = language("en")


def _english(**data: object) -> Grammar:
    return English(EN, {"base_verbs": ["help"], "not_verbs": ["design"], **data})


def test_a_verb_only_the_lexicon_knows_starts_a_verb_phrase() -> None:
    g = _english(verb_lexicon="lemminflect")
    assert "understand" in lexicon.verbs("lemminflect")
    assert g.is_verb_start("understand")
    assert g.analyse("understand where you are exposed", "noun").shape == "verb"
    # without the lexicon the hand list alone does not reach it
    assert not _english().is_verb_start("understand")


def test_a_noun_is_no_verb_start_and_opens_a_noun_phrase_where_a_verb_was_asked() -> None:
    g = _english(verb_lexicon="lemminflect")
    verbs = lexicon.verbs("lemminflect")
    assert "roofers" not in verbs and "design" not in verbs  # also a noun: the lists decide
    assert "change" not in verbs and "support" not in verbs
    assert not g.is_verb_start("roofers")
    assert not g.is_verb_start("design")  # the pack's not_verbs still wins
    assert g.analyse("roofers for anything structural", "verb").shape == "noun"
    assert g.analyse("web designers I trust", "verb").shape == "noun"
    assert g.analyse("help teams ship", "verb").shape == "phrase"
    assert g.analyse("refer staff to occupational health", "verb").shape == "phrase"
    assert 2000 < len(verbs) < 4000


def test_the_lexicon_is_built_once_and_read_from_the_cache(
        isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lexicon._tables.cache_clear()
    try:
        built = lexicon.verbs("lemminflect")
        entries = list((isolated_home / "cache" / "data").glob("lexicon-lemminflect-*.json"))
        # named by what changes with the installed library
        assert len(entries) == 1 and datacache.package_stamp("lemminflect") in entries[0].name
        lexicon._tables.cache_clear()
        # a cache hit never builds the tables again (nor imports the library to do so)
        monkeypatch.setitem(lexicon._SOURCES, "lemminflect",
                            lambda: pytest.fail("the lexicon was built again"))
        assert lexicon.verbs("lemminflect") == built
        stored = datacache.read_json(entries[0].stem)
        assert "understand" in stored["verbs"]
    finally:
        lexicon._tables.cache_clear()


def test_a_pack_without_a_lexicon_and_an_unknown_one() -> None:
    assert Grammar(EN, {}).lexicon_verbs == frozenset()
    with pytest.raises(ValueError, match="unknown word lexicon"):
        lexicon.verbs("no-such-lexicon")
