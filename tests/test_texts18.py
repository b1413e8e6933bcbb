"""Round 18 text classes (issue #7): a Dutch or Italian answers file that names no register
but types the other one ("uw administratie", "La ringrazio") is told, in the pack's words,
that the texts keep the language's default and how to choose (default_register, as French
had); and an English comma splice whose second clause opens with a noun phrase ("…, the
first coffee's on me")."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

import pytest

from wizard.core.model import from_document
from wizard.core.render import Renderer

PERSONAS = Path(__file__).resolve().parent / "fixtures" / "personas"
ANSWERS = Path(__file__).resolve().parent / "fixtures" / "answers"


def _render(persona: str, answers: dict[str, Any]) -> tuple[str, list[str]]:
    """Every variant's text of `persona` with `answers` (section__field, or "register")
    put in, and its check findings as "code|message"."""
    path = next(p for d in (PERSONAS, ANSWERS) for p in [d / f"{persona}.toml"] if p.exists())
    with path.open("rb") as fh:
        doc = copy.deepcopy(tomllib.load(fh))
    for key, value in answers.items():
        section, _, field = key.rpartition("__")  # "register" stands at the top
        (doc.setdefault(section, {}) if section else doc)[field] = value
    result = Renderer().render(from_document(doc))
    rendered = [r for o in result.outputs.values() for r in [o.chosen, *o.alternatives]]
    found = [f"{f.code}|{f.message}" for r in rendered for f in r.findings]
    found += [f"{f.code}|{f.message}" for f in result.findings]
    return "\n".join(r.text for r in rendered), found


DEFAULT_REGISTER = [
    # Dutch: the texts say "je"; the u-answers are told how to choose "u"
    ("nl-ingrid17", {}, ["default_register|Je antwoord op", "spreekt de lezer met u aan",
                         "de teksten zeggen je", 'register = "formal"'], []),
    ("nl-ingrid17", {"offer__call_to_action": "Kunt u mij helpen? Stuur een bericht."},
     ["default_register|", "('u')"], []),
    # a register chosen: no such warning (mixed_register, an error, says the rest)
    ("nl-ingrid17", {"register": "informal"}, [], ["default_register|"]),
    ("nl-ingrid17", {"register": "formal"}, [], ["default_register|"]),
    # answers in "je" only: nothing to tell
    ("nl-ingrid17", {"offer__help": "je administratie op orde",
                     "offer__call_to_action": "Ken je een vacature? Laat het me weten."},
     [], ["default_register|"]),
    # Flemish "ge" is no register one can choose: not this warning
    ("nl-ingrid17", {"offer__help": "administratie op orde",
                     "offer__call_to_action": "Hebt ge een vacature? Laat het me weten."},
     [], ["default_register|"]),
    # Italian: the texts say "tu"; the Lei is told how to choose it
    ("it-giulia17", {"offer__call_to_action": "La ringrazio se mi scrive per un preventivo."},
     ["default_register|La risposta", "dà del Lei al lettore ('La ringrazio')",
      "i testi danno del tu", 'register = "formal"'], []),
    ("it-giulia17", {"offer__help": "manuali tradotti per il Suo ufficio tecnico"},
     ["default_register|", "('Suo')"], []),
    ("it-giulia17", {"offer__call_to_action": "Buongiorno. Le scrivo volentieri un preventivo."},
     ["('Le scrivo')"], []),
    # "La" as an article, or a place, at a sentence's start says nothing
    ("it-giulia17", {"offer__call_to_action":
                     "Scrivimi. La documentazione tecnica è il mio lavoro, anche a La Spezia."},
     [], ["default_register|"]),
    ("it-giulia17", {"offer__call_to_action": "La ringrazio se mi scrive.", "register": "formal"},
     [], ["default_register|"]),
]


@pytest.mark.parametrize(("persona", "answers", "expected", "forbidden"), DEFAULT_REGISTER)
def test_default_register_is_told(persona: str, answers: dict[str, Any], expected: list[str],
                                  forbidden: list[str]) -> None:
    _, found = _render(persona, answers)
    said = "\n".join(found)
    for e in expected:
        assert e in said, f"{e!r} not in\n{said}"
    for f in forbidden:
        assert f not in said, f"{f!r} in\n{said}"


def _splice_row(answer: str, fires: bool) -> tuple[str, dict[str, Any], list[str], list[str]]:
    said = ["comma_splice|"]
    return ("en-mick17", {"offer__call_to_action": answer},
            said if fires else [], [] if fires else said)


COMMA_SPLICE = [
    # a second clause that opens with a noun phrase and its own verb
    _splice_row("Give me a bell or send a message, the first coffee's on me", True),
    _splice_row("Drop by the workshop any time, my door is always open", True),
    _splice_row("Send me a message, the quote won't cost you anything", True),
    # an apposition, a list, a clause that goes on with "that" or a pronoun: no splice
    _splice_row("Ask for Jane, the owner of Hale & Co", False),
    _splice_row("Send me your plans, the drawings and the budget", False),
    _splice_row("Ask about dashboards, the kind that is actually used", False),
    _splice_row("Ask me how I plan a kitchen, the way I did for Hale & Co", False),
    _splice_row("Say hello to Jane, the company's new designer", False),
    _splice_row("When you are ready, the first visit is free", False),
]


@pytest.mark.parametrize(("persona", "answers", "expected", "forbidden"), COMMA_SPLICE)
def test_comma_splice_after_a_noun_phrase(persona: str, answers: dict[str, Any],
                                          expected: list[str], forbidden: list[str]) -> None:
    test_default_register_is_told(persona, answers, expected, forbidden)
