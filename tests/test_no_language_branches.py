"""No Python outside the pack loader branches on a language: a language is only files.

`lang == "nl"`, `code in ("it", "fr")`, `case "fr":`, `x != REFERENCE_LANGUAGE` or a dict keyed
by language codes ({"en": ..., "nl": ...}) in wizard/ would make a new pack silently behave
like none of them. What differs between languages is data in its pack (language.toml names a
grammar module when a rule needs code). Only the loader (core/languages.py) and the words
lookup (core/words.py) may name a code.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from wizard.core.languages import REFERENCE_LANGUAGE, available_languages

WIZARD = Path(__file__).resolve().parent.parent / "wizard"
LOADER = {WIZARD / "core" / "languages.py", WIZARD / "core" / "words.py"}
CODES = frozenset(available_languages()) | {REFERENCE_LANGUAGE}


def _strings(node: ast.AST) -> set[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return {e.value for e in node.elts
                if isinstance(e, ast.Constant) and isinstance(e.value, str)}
    return set()


def _is_code(node: ast.AST) -> bool:
    named = isinstance(node, ast.Name | ast.Attribute) and \
        (node.id if isinstance(node, ast.Name) else node.attr) == "REFERENCE_LANGUAGE"
    return named or bool(_strings(node) & CODES)


def branches(source: str) -> list[str]:
    """Each place in `source` that compares with a language code, or keys words by codes."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare) and any(map(_is_code, [node.left, *node.comparators])):
            found.append(f"{node.lineno}: {ast.unparse(node)}")
        elif isinstance(node, ast.match_case) and isinstance(node.pattern, ast.MatchValue) \
                and _is_code(node.pattern.value):
            found.append(f"{node.pattern.lineno}: case {ast.unparse(node.pattern)}")
        elif isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys
                    if isinstance(k, ast.Constant) and isinstance(k.value, str)}
            if len(keys & CODES) >= 2:
                found.append(f"{node.lineno}: a dict keyed by language codes")
    return found


def test_no_python_outside_the_pack_loader_compares_a_language_code() -> None:
    found = {str(p.relative_to(WIZARD.parent)): hits
             for p in sorted(WIZARD.rglob("*.py")) if p not in LOADER
             if (hits := branches(p.read_text(encoding="utf-8")))}
    assert found == {}


@pytest.mark.parametrize("source", [
    'if lang == "nl":\n    pass',
    'x = code in ("it", "fr")',
    'x = "fr" != answers.lang',
    'match lang:\n    case "it":\n        pass',
    'x = lang == REFERENCE_LANGUAGE',
    'WORDS = {"en": "Save", "nl": "Opslaan"}',
])
def test_the_scan_finds_each_kind_of_branch(source: str) -> None:
    assert branches(source)


def test_the_scan_leaves_other_strings_alone() -> None:
    """A Dutch suffix ("en"), a default argument and a lookup are no branch on a language."""
    assert branches('ok = word.endswith("en")\ndef f(lang="en"): pass\nw = words("nl")') == []
