"""Every word the program adds to a text is spelt right: the rendered golden texts of every
persona, read by Hunspell with the language's dictionaries, flag only words the person typed
(names, brands, acronyms, their own typos, which checks name). A word the templates, the
frames or the grammar made (an inflection, an article fused with a preposition, a stem
rejoined) that no dictionary knows is a defect.

Hunspell and its dictionaries come from Debian (.ci/run installs them); without them the test
is skipped, as the browser tests are without Chromium."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tomllib
import unicodedata
from functools import cache
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden"
SOURCES = (HERE / "fixtures" / "personas", HERE / "fixtures" / "answers")
DICTIONARIES = Path("/usr/share/hunspell")
PACKS = HERE.parent / "wizard" / "data" / "lang"
# each pack names its dictionaries (language.toml `spelling`): a new language is files only
HUNSPELL = {p.name: tuple(tomllib.loads((p / "language.toml").read_text(encoding="utf-8"))
                          .get("spelling", ())) for p in sorted(PACKS.iterdir())
            if (p / "language.toml").is_file()}
# Hunspell reads an elision as a word of its own ("dell'Osteria" -> "dell"): these are the
# elided forms a template makes, whole words in the language
ELIDED = {"it": {"all", "dell", "dall", "nell", "sull", "coll", "quell", "un", "l", "d"},
          "fr": {"l", "d", "j", "qu", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu"}}
WORD = re.compile(r"[^\W\d_]+")


def _source(persona: str) -> Path | None:
    for folder in SOURCES:
        for suffix in (".toml", ".json"):
            if (path := folder / f"{persona}{suffix}").is_file():
                return path
    return None


PERSONAS = sorted(d.name for d in GOLDEN.iterdir() if d.is_dir() and "-" in d.name
                  and d.name.split("-")[0] in HUNSPELL and not d.name.endswith("-hostile")
                  and _source(d.name) is not None)


def _have(lang: str) -> bool:
    return shutil.which("hunspell") is not None and bool(HUNSPELL[lang]) and all(
        (DICTIONARIES / f"{d}.dic").is_file() for d in HUNSPELL[lang])


def unknown_words(text: str, lang: str) -> set[str]:
    found = subprocess.run(["hunspell", "-i", "UTF-8", "-d", ",".join(HUNSPELL[lang]), "-l"],
                           input=text.encode(), capture_output=True, check=True, timeout=60,
                           env={**os.environ, "LC_ALL": "C.UTF-8"})
    return set(found.stdout.decode().split())


def test_hunspell_flags_a_misspelt_word() -> None:
    """The reader works: a word no dictionary holds is flagged, a common one is not."""
    if not _have("en"):
        pytest.skip("hunspell with the en_GB and en_US dictionaries is not installed")
    assert unknown_words("I help teams recieve their data", "en") == {"recieve"}


def test_every_pack_names_its_dictionaries() -> None:
    assert all(HUNSPELL.values()), {k: v for k, v in HUNSPELL.items() if not v}


def _golden_text(persona: str) -> str:
    return "\n".join(p.read_text(encoding="utf-8")
                     for p in sorted(GOLDEN.glob(f"{persona}/*/*.txt")))


# A line between two personas' texts in one Hunspell run: no dictionary has the word
APART = "qxzjvkwqapart"


@cache
def _unknown_by_persona(lang: str) -> dict[str, set[str]]:
    """The words Hunspell flags in each persona's golden texts, from one run over all the
    language's personas: each run loads the dictionaries again (~0.2-1 s of CPU, most of the
    test). `hunspell -l` prints every flagged word in the order read, so a line of a word no
    dictionary has between two personas' texts tells whose each word is."""
    names = [p for p in PERSONAS if p.split("-")[0] == lang]
    text = f"\n{APART}\n".join(_golden_text(p) for p in names)
    found = subprocess.run(["hunspell", "-i", "UTF-8", "-d", ",".join(HUNSPELL[lang]), "-l"],
                           input=text.encode(), capture_output=True, check=True, timeout=120,
                           env={**os.environ, "LC_ALL": "C.UTF-8"})
    parts = " ".join(found.stdout.decode().split()).split(APART)
    assert len(parts) == len(names), f"hunspell did not flag {APART!r} between every two"
    return {name: set(part.split()) for name, part in zip(names, parts, strict=True)}


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_word_the_program_adds_is_in_the_dictionary(persona: str) -> None:
    lang = persona.split("-")[0]
    if not _have(lang):
        pytest.skip(f"hunspell with the {lang} dictionaries {HUNSPELL[lang]} is not installed")
    source = _source(persona)
    assert source is not None
    typed = {w.casefold() for w in WORD.findall(
        unicodedata.normalize("NFC", source.read_text(encoding="utf-8")))}
    made = sorted(w for w in _unknown_by_persona(lang)[persona]
                  if any(part.casefold() not in typed | ELIDED.get(lang, set())
                         for part in WORD.findall(w)))
    assert not made, f"{persona}: words the texts add that no {lang} dictionary knows: {made}"
