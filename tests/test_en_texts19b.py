"""Round 19b English text classes (issue #7), one table: answers put into a persona's file,
and what its texts must (and must not) say. Renders through round 19's helper."""

from __future__ import annotations

from typing import Any

import pytest
from test_en_texts19 import _said

WAY, CTA = "statement__way_of_working", "offer__call_to_action"
ORG, LEARN, DOING = "person__organisation", "future__learn", "future__doing"
CASES = [
    # a place in brackets after the firm: "founder of Farrell Electrical in Galway"
    ("en-declan19", {ORG: "Farrell Electrical Ltd (Galway)"},
     "founder of Farrell Electrical in Galway", "(Galway)"),
    ("en-declan19", {ORG: "Byrne Plumbing (County Cork)"},
     "Byrne Plumbing in County Cork", "(County Cork)"),
    # a bracket that is no place stays ("(founder)" is the round-19 role note)
    ("en-declan19", {ORG: "Farrell Electrical (Sparks Division)"},
     "Farrell Electrical (Sparks Division)", " in Sparks Division"),
    # a clause typed where the learn stem wants a phrase: the phrase alone
    ("en-declan19", {LEARN: "we're all learning battery storage (SEAI grants too)"},
     "want to learn is battery storage (SEAI grants too)", "learn is we're"),
    ("en-declan19", {LEARN: "I am still learning about heat pumps"},
     "want to learn is heat pumps", "learn is I am"),
    # a phrase stays as typed
    ("en-declan19", {LEARN: "learning from older sparks"},
     "learning from older sparks", "learn is from older"),
    # a spaced hyphen as a dash in prose is an en dash; a range and a hyphenated word stay
    ("en-obi19", {DOING: "keep gigging but teach more - ideally 10-15 students a week"},
     "teach more – ideally 10-15 students", "more - ideally"),
    ("en-obi19", {DOING: "teach 10 - 15 students a week in a full-time job"},
     "10 - 15 students a week in a full-time job", "10 – 15"),
    # "…" inside an answer before its next item is dropped
    ("en-obi19", {LEARN: "music production in Logic… and how to run group classes"},
     "in Logic and how to run", "Logic…"),
    # three clauses with one subject, the last with "and": a list, no splice warning
    ("en-declan19", {WAY: "We give a quote within 48 hours, we hoover up and we ring you back"},
     "we hoover up and we ring you back", "reads: 'We give a quote within 48 hours"),
    # a real splice still warns
    ("en-declan19", {WAY: "We give a quote within 48 hours, we hoover up after ourselves"},
     "reads: 'We give a quote within 48 hours, we hoover up after ourselves'. It runs", "xx"),
]


def _check(persona: str, answers: dict[str, Any], wanted: str, unwanted: str) -> None:
    said = _said(persona, answers)
    assert wanted in said
    assert unwanted not in said


@pytest.mark.parametrize(("persona", "answers", "wanted", "unwanted"), CASES)
def test_en_texts19b(persona: str, answers: dict[str, Any], wanted: str, unwanted: str) -> None:
    _check(persona, answers, wanted, unwanted)
