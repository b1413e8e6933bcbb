"""Provides each language's grammar: the rules a pack names in its data, with the pack's words.

A pack's language.toml says `grammar = "<module>"` (a module of this package: base, english,
dutch, italian, french); its grammar.toml holds the words those rules need (subject pronouns,
finite verbs, articles, contractions…). A new language usually only names an existing module.
"""

from __future__ import annotations

import importlib
from functools import cache

from wizard.core.languages import language, pack_file, read_toml
from wizard.grammar.base import Grammar


@cache
def grammar(lang: str) -> Grammar:
    """The grammar of pack `lang`."""
    lng = language(lang)
    module = importlib.import_module(f"wizard.grammar.{lng.grammar}")
    path = pack_file(lang, "grammar.toml")
    data = read_toml(path) if path.is_file() else {}
    cls: type[Grammar] = module.GRAMMAR
    return cls(lng, data)


__all__ = ["Grammar", "grammar"]
