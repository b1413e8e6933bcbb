"""Provides the word-level comparison of two texts, marked for showing side by side."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from textual.content import Content

_TOKENS = re.compile(r"\s+|[^\s]+")
GONE = "strike $text-error on $error 15%"
ADDED = "bold $text-success on $success 15%"


@dataclass(frozen=True)
class WordDiff:
    """Both texts with what changed marked, and how many words went and came."""

    old: Content
    new: Content
    removed: int
    added: int


def tokens(text: str) -> list[str]:
    """Words and the spaces between them, so the texts are shown exactly as they are."""
    return _TOKENS.findall(text)


def _words(parts: list[str]) -> int:
    return sum(1 for p in parts if not p.isspace())


def word_diff(old: str, new: str) -> WordDiff:
    """Mark the words of `old` that are gone and the words of `new` that are new."""
    a, b = tokens(old), tokens(new)
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    left: list[str | tuple[str, str]] = []
    right: list[str | tuple[str, str]] = []
    removed = added = 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            left.append("".join(a[i1:i2]))
            right.append("".join(b[j1:j2]))
            continue
        left += [p if p.isspace() else (p, GONE) for p in a[i1:i2]]
        right += [p if p.isspace() else (p, ADDED) for p in b[j1:j2]]
        removed += _words(a[i1:i2])
        added += _words(b[j1:j2])
    return WordDiff(Content.assemble(*left), Content.assemble(*right), removed, added)
