"""Counted words agree with their count in every pack: "Removed the file …" for one, "the 3
files" for three — never "the 1 files", never the clerk's "version(s)"."""

from __future__ import annotations

import re
import string

import pytest

from wizard.core.languages import available_languages
from wizard.core.words import area, areas, words

LANGS = sorted(available_languages())

# `{count} <plural word>` in the English pack is fine only where the count is never 1: a name
# that matches several profiles, a list or key over its limit, a variant list (a word, not a
# count), click's own "requires {nargs} arguments", an ad's least words
ALWAYS_MANY = {"store.matches_many", "errors.too_many_items", "prompts.too_many",
               "errors.key_too_long", "errors.no_such_variant", "match.err_ad_too_short",
               "errors.number_too_long", "match.err_stdin_silent",
               "click.Option {name!r} requires {nargs} arguments."}
LAZY_PLURAL = re.compile(r"\w\((?:s|en|e|i|es|x)\)")
# a count of one before a plural noun, once every field of a message is given 1
ONE_BEFORE_PLURAL = re.compile(r"\b1 (?:more |kept |more than )?([a-z]+s)\b")
NOT_PLURALS = {"is", "has", "was", "does", "as", "its", "this", "plus", "requires", "holds",
               "takes", "uses"}


def with_ones(text: str) -> str:
    # a size or limit written with thousands separators ({size:,}) is never one
    fields = {name.split(".")[0].split("[")[0]: 1000 if spec and "," in spec else 1
              for _, name, spec, _ in string.Formatter().parse(text) if name}
    return words("en")._format.format(text, **fields)


def messages(lang: str) -> list[tuple[str, str]]:
    return [(f"{a}.{k}", v) for a in areas(lang) for k, v in area(lang, a).items()
            if isinstance(v, str)]


@pytest.mark.parametrize("lang", LANGS)
def test_no_message_writes_a_lazy_plural(lang: str) -> None:
    lazy = [key for key, text in messages(lang) if LAZY_PLURAL.search(text)]
    assert lazy == [], f"{lang}: write the two forms ({{n:one|other}}) in {lazy}"


def test_an_english_count_before_a_plural_word_has_its_singular() -> None:
    bare = [key for key, text in messages("en")
            if key not in ALWAYS_MANY
            and set(ONE_BEFORE_PLURAL.findall(with_ones(text))) - NOT_PLURALS]
    assert bare == [], f"a count of 1 would read '1 …s' in {bare}"


@pytest.mark.parametrize(("lang", "one", "three"), [
    ("en", "Removed the file written about the person: a",
     "Removed the 3 files written about the person: a"),
    ("nl", "Het bestand over deze persoon is verwijderd: a",
     "De 3 bestanden over deze persoon zijn verwijderd: a"),
    ("it", "Rimosso il file scritto su questa persona: a",
     "Rimossi i 3 file scritti su questa persona: a"),
    ("fr", "Le fichier écrit sur cette personne a été supprimé\u00a0: a",
     "Les 3 fichiers écrits sur cette personne ont été supprimés\u00a0: a"),
])
def test_a_whole_phrase_follows_the_count(lang: str, one: str, three: str) -> None:
    w = words(lang)
    assert w("profiles.removed_files", n=1, files="a") == one
    assert w("profiles.removed_files", n=3, files="a") == three


@pytest.mark.parametrize(("lang", "key", "values", "expected"), [
    ("en", "tui_store.changed_words", {"removed": 1, "added": 2}, "−1 word, +2 words"),
    ("nl", "tui_store.changed_words", {"removed": 1, "added": 2}, "−1 woord, +2 woorden"),
    ("it", "tui_store.changed_words", {"removed": 1, "added": 2}, "−1 parola, +2 parole"),
    ("fr", "tui_store.changed_words", {"removed": 0, "added": 2}, "−0 mot, +2 mots"),
    ("en", "cli.templates_checked", {"n": 1, "errors": 2}, "1 template checked, 2 problems."),
    ("fr", "cli.templates_checked", {"n": 1, "errors": 0},
     "1 modèle vérifié, 0 problème."),
    ("en", "prompts.resume_continue", {"count": 1},
     "Continue: ask only what is still open (1 question)"),
    ("nl", "store.wipe_left_edits", {"n": 1}, "1 eigen bewerking op een beschadigde pagina"),
])
def test_counted_words_take_the_packs_singular(lang: str, key: str,
                                               values: dict[str, int], expected: str) -> None:
    assert words(lang)(key, **values) == expected
