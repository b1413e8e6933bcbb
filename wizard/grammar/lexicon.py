"""Provides word classes from a maintained lexicon, for what a pack's hand lists cannot reach.

A pack names its lexicon in grammar.toml (`verb_lexicon = "lemminflect"`). The sets are built
once from the library's tables (about half a second) and kept in the data cache under a name
that changes with the installed library; the library itself is imported only when that entry is
missing, so a start costs a JSON read.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from wizard.core.datacache import package_stamp, read_json, write_json


def verbs(source: str) -> frozenset[str]:
    """Words the lexicon knows only as verbs, in their base form ("understand", "ensure",
    "collaborate"); a word that is also a noun or adjective ("change", "design") is not here:
    the pack's own lists decide those."""
    return frozenset(_tables(source)["verbs"])


def nouns(source: str) -> frozenset[str]:
    """Words the lexicon knows as nouns and never as verbs, in any form ("roofers",
    "photographers"): an answer that opens with one is a noun phrase."""
    return frozenset(_tables(source)["nouns"])


def common(source: str) -> frozenset[str]:
    """Words the lexicon knows as nouns or adjectives, verbs too or not ("clinical",
    "interviews", "management"): common words, so a capital on each word of a list item in
    Title Case is a style, not a name ("Patient Safety"; "Epic and Cerner" and "Google
    Classroom" hold a word it does not know so)."""
    tables = _tables(source)
    return frozenset(tables["nouns"]) | frozenset(tables["common"])


@cache
def _tables(source: str) -> dict[str, list[str]]:
    build = _SOURCES.get(source)
    if build is None:
        raise ValueError(f"unknown word lexicon {source!r} (known: {', '.join(_SOURCES)})")
    name = f"lexicon-{source}-{package_stamp(source)}-2"
    cached = read_json(name)
    if isinstance(cached, dict) and {"verbs", "nouns", "common"} <= cached.keys():
        return cached
    tables = build()
    write_json(name, tables)
    return tables


def _lemminflect() -> dict[str, list[str]]:
    from lemminflect import Lemmatizer

    table: dict[str, dict[str, Any]] = Lemmatizer()._getLemmaDict()
    plain = {w: v for w, v in table.items() if w.isalpha() and w.islower()}
    only_verbs = sorted(w for w, v in plain.items() if set(v) == {"VERB"} and w in v["VERB"])
    only_nouns = sorted(w for w, v in plain.items() if "NOUN" in v and "VERB" not in v)
    # nouns that are verbs too, and adjectives ("change", "clinical"): with the nouns above,
    # the common words (kept apart so the nouns are not stored twice)
    common = sorted(w for w, v in plain.items() if ("NOUN" in v and "VERB" in v) or (
        "ADJ" in v and "NOUN" not in v))
    return {"verbs": only_verbs, "nouns": only_nouns, "common": common}


_SOURCES: dict[str, Callable[[], dict[str, list[str]]]] = {"lemminflect": _lemminflect}
