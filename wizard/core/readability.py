"""Provides the reading ease of an About text in its language's own formula, as a finding.

The formula and its bands are pack data (`[readability]` in language.toml): Flesch for
English, Flesch–Douma for Dutch, Gulpease for Italian, Kandel–Moles for French, all computed by
textstat. textstat and its hyphenation dictionaries cost more to load than `render`'s whole
work, so nothing here runs while rendering: `check` and the app ask for it.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from wizard.core.checks import Finding, specs_by_code
from wizard.core.dataclass_cache import dataclass
from wizard.core.languages import language
from wizard.core.words import words

# Fewer words than this give a score that means nothing.
MIN_WORDS = 30


@dataclass(frozen=True)
class Reading:
    """A score, the formula's name and the pack's verdict on it ("easy", "fair", "hard")."""

    score: float
    formula: str
    band: str


@cache
def _meter(code: str) -> Any:
    from textstat.textstat import textstatistics  # deferred: ~160 ms with its dictionaries

    meter = textstatistics()
    meter.set_lang(code)
    return meter


def reading(text: str, lang: str) -> Reading | None:
    """The text's reading ease, or None when the pack names no formula or the text is too
    short to judge."""
    spec = language(lang).readability
    formula = str(spec.get("formula", ""))
    if not formula or len(text.split()) < MIN_WORDS:
        return None
    score = float(getattr(_meter(str(spec.get("textstat_lang", lang))), formula)(text))
    easy, hard = float(spec.get("easy", 60)), float(spec.get("hard", 40))
    band = "easy" if score >= easy else "hard" if score < hard else "fair"
    return Reading(round(score, 1), str(spec.get("name", formula)), band)


def readability_findings(output: str, text: str, lang: str) -> list[Finding]:
    """The pack's readability check on `text`, when it applies to `output`."""
    found = []
    for spec in specs_by_code(lang).values():
        if spec.kind != "readability" or output not in spec.outputs:
            continue
        r = reading(text, lang)
        if r is None:
            continue
        verdict = str(language(lang).readability.get(f"verdict_{r.band}", r.band))
        message = spec.message.format(score=words(lang).number(r.score), formula=r.formula,
                                      verdict=verdict)
        found.append(Finding(output, spec.code, spec.severity, message))
    return found
