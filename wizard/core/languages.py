"""Provides the language packs: which exist, where their files are, and each one's facts.

A pack is a folder `<code>/` holding `language.toml` (the facts below), `questions.toml`,
`checks.toml`, `help.md` and `ui/*.toml` (every word of every front end); its templates are in
`templates/<code>/`. Built-in packs live in wizard/data/lang/; a translator's own packs in the
config folder's `lang/` (their templates in its `templates/<code>/`) are found first. This is
the only module that knows where a pack's files are.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import field
from functools import cache
from pathlib import Path
from typing import Any

from wizard.core.dataclass_cache import dataclass

DATA = Path(__file__).resolve().parent.parent / "data"
LANG_DIR = DATA / "lang"
# The pack every other pack is checked against, and whose words fill a gap in another.
REFERENCE_LANGUAGE = "en"


def pack_roots() -> tuple[Path, ...]:
    """Where packs are looked for: the user's own first, then the built-in ones."""
    from wizard.core.paths import config_dir

    return (config_dir() / "lang", LANG_DIR)


@cache
def _packs() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for root in pack_roots():
        for p in sorted(root.glob("*/questions.toml")):
            found.setdefault(p.parent.name, p.parent)
    return found


def available_languages() -> tuple[str, ...]:
    """Language codes that have a pack (a folder with a question catalogue), sorted."""
    return tuple(sorted(_packs()))


def pack_dir(code: str) -> Path:
    """The folder of pack `code` (the built-in one's path when there is no such pack)."""
    return _packs().get(code, LANG_DIR / code)


def pack_file(code: str, name: str) -> Path:
    """A file of pack `code`: `pack_file("nl", "checks.toml")`, `pack_file("it", "ui/app.toml")`."""
    return pack_dir(code) / name


def forget_packs() -> None:
    """Look for packs again (a test that adds one; the app reads them once)."""
    for f in (_packs, language, language_name):
        f.cache_clear()
    from wizard import grammar
    from wizard.core import catalogue, checks, context, shaping, words

    for g in (catalogue.catalogue, checks.check_specs, checks.messages, checks._applying,
              checks.specs_by_code, words.words, words.area, grammar.grammar,
              shaping._shaped, context._shaped):
        g.cache_clear()
    from wizard.core.render import forget_measured

    forget_measured()


def read_toml(path: Path) -> dict[str, Any]:
    from wizard.core.datacache import read_toml as cached  # parsed once, kept as JSON

    return cached(path)


@dataclass(frozen=True)
class Language:
    """The words of one language that text shaping needs."""

    code: str
    name: str
    and_word: str
    or_word: str
    lowercase_starters: frozenset[str]
    keep_capital: frozenset[str]
    decimal: str = "."
    thousands: str = ","
    grammar: str = "base"  # the module of wizard/grammar/ with this language's rules
    default_register: str = "informal"
    # The words each register uses in templates (greetings, the default call to action).
    registers: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    # The reading-ease formula and its bands (see core/readability.py).
    readability: Mapping[str, Any] = field(default_factory=dict)
    # Marks that the interface's words set after a no-break space (French: ": ; ? ! »"),
    # so a line never wraps before them; "«" takes one after it.
    space_before: str = ""
    # The counts that take a word's singular form (`{terms:key term|key terms}`): 1 in
    # English, 0 and 1 in French ("0 terme clé").
    plural_one: frozenset[int] = frozenset({1})
    # Short words frequent in this language and rare in others: an imported text whose language
    # is not given is guessed from them (core/langguess.py).
    guess_words: frozenset[str] = frozenset()

    def register(self, chosen: str = "") -> str:
        """The register texts are written in: the chosen one, else the language's usual."""
        return chosen if chosen in self.registers else self.default_register

    def register_words(self, chosen: str = "") -> Mapping[str, str]:
        return self.registers.get(self.register(chosen), {})

    @property
    def default_call_to_action(self) -> str:
        return self.register_words().get("call_to_action", "")


@cache
def language(code: str) -> Language:
    data = read_toml(pack_file(code, "language.toml"))
    return Language(
        code=code,
        name=data["name"],
        and_word=data["and"],
        or_word=data["or"],
        lowercase_starters=frozenset(w.casefold() for w in data.get("lowercase_starters", [])),
        keep_capital=frozenset(w.casefold() for w in data.get("keep_capital", [])),
        decimal=data.get("decimal", "."),
        thousands=data.get("thousands", ","),
        grammar=data.get("grammar", "base"),
        default_register=data.get("default_register", "informal"),
        registers={k: dict(v) for k, v in data.get("registers", {}).items()},
        readability=dict(data.get("readability", {})),
        space_before=data.get("space_before", ""),
        plural_one=frozenset(data.get("plural_one", [1])),
        guess_words=frozenset(w.casefold().replace("’", "'")
                              for w in data.get("guess_words", [])),
    )


@cache
def language_name(code: str, lang: str) -> str:
    """The name of language `code` in language `lang`, as a sentence writes it ("Frans" in
    Dutch, "français" in French): the first of `lang`'s pack's `[languages.names]` for it
    (match.toml), else the language's own name ("Français"), else the code."""
    try:
        names = read_toml(pack_file(lang, "match.toml")).get("languages", {}).get("names", {})
    except (KeyError, OSError):
        names = {}
    if names.get(code):
        return str(names[code][0])
    try:
        return language(code).name
    except (KeyError, OSError):
        return code


def typeset(lang: str, text: str) -> str:
    """Interface words with a no-break space before the marks the pack names (French
    "Enregistrer :" never wraps before its colon) and after an opening «."""
    marks = language(lang).space_before
    if not marks:
        return text
    text = re.sub(f"[ \u202f]([{re.escape(marks)}])", "\u00a0\\1", text)
    return text.replace("« ", "«\u00a0") if "»" in marks else text
