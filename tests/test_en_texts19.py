"""Round 19 English text classes (issue #7), one table: answers put into a persona's file,
and what its texts and checks must (and must not) say."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

import pytest

from wizard.core.model import from_document
from wizard.core.render import Renderer

PERSONAS = Path(__file__).resolve().parent / "fixtures" / "personas"


def _said(persona: str, answers: dict[str, Any]) -> str:
    """Every variant's text of `persona` with `answers` (section__field) put in, then its
    findings, one "code|message" a line."""
    with (PERSONAS / f"{persona}.toml").open("rb") as fh:
        doc = copy.deepcopy(tomllib.load(fh))
    for key, value in answers.items():
        section, _, field = key.rpartition("__")
        (doc.setdefault(section, {}) if section else doc)[field] = value
    result = Renderer().render(from_document(doc))
    shown = [r for o in result.outputs.values() for r in [o.chosen, *o.alternatives]]
    lines = [r.text for r in shown]
    lines += [f"{f.code}|{f.message}" for r in shown for f in r.findings]
    return "\n".join(lines + [f"{f.code}|{f.message}" for f in result.findings])


CTA, WAY, ROLE = "offer__call_to_action", "statement__way_of_working", "person__role"
DOING, LEARN = "future__doing", "future__learn"
PAST = "Put what you did before in brackets"
THIRD = "It speaks of you in the third person"
CASES = [
    # a comma splice whose second clause opens with a possessive and its noun + a verb
    ("en-mick17", {CTA: "Send me a message, our clients get answers the same day"},
     ["comma_splice|", "our clients get answers"], []),
    ("en-mick17", {WAY: "I listen before I treat, my patients come first"},
     ["comma_splice|", "my patients come first"], []),
    # a list item or an apposition with no verb of its own stays quiet
    ("en-mick17", {CTA: "Ask me about rewires, our clients' boards or EV chargers"},
     [], ["comma_splice|"]),
    # a role typed with its past: the past as an aside in brackets, no rephrase error
    ("en-mick17", {ROLE: "driving instructor (PDI) used to be a bus driver"},
     ["Driving instructor (PDI, formerly a bus driver) |"], [PAST, "(PDI) used"]),
    ("en-mick17", {ROLE: "nurse, formerly a paramedic"},
     ["Nurse (formerly a paramedic) |", "nurse (formerly a paramedic) behind Tarrant Advisory."],
     [PAST, "(founder)"]),
    ("en-mick17", {ROLE: "ex-teacher now tutor"},
     ["Tutor (former teacher) |"], [PAST, "now tutor"]),
    ("en-mick17", {ROLE: "Police Lieutenant turned Security Consultant"},
     ["Security consultant (former police lieutenant) |"], []),
    # unsure: the words stay and the error asks for the brackets
    ("en-mick17", {ROLE: "nurse who was a paramedic for years"}, ["rephrase|", PAST], []),
    # an organisation with the role in brackets: the person leads it; prose drops "Pty Ltd"
    ("en-mick17", {}, ["consultant and founder of Tarrant Advisory."], ["(founder)", "Pty Ltd"]),
    ("en-mick17", {"person__organisation": "Kobo Ledger Ltd (CEO)"},
     ["consultant and CEO of Kobo Ledger."], ["(CEO)", "Ledger Ltd"]),
    ("en-mick17", {"person__organisation": "Kobo Ledger Ltd (Lagos)"},
     ["Kobo Ledger (Lagos)"], ["Ledger Ltd", "and lagos"]),
    # Title Case on common words inside a sentence is lowered; names, titles, acronyms stay
    ("en-mick17", {DOING: "apply my skills in Data Science and Machine Learning"},
     ["skills in data science and machine learning"], ["Data Science", "Machine Learning"]),
    ("en-mick17", {LEARN: "Workforce Analytics and how to use Power BI properly"},
     ["workforce analytics and how to use Power BI"], ["Workforce Analytics"]),
    ("en-mick17", {DOING: "work with Apollo Hospitals across South East Queensland"},
     ["Apollo Hospitals across South East Queensland"], []),
    ("en-mick17", {DOING: "take Loopline from Series B to the Local Development Plan"},
     ["from Series B to the Local Development Plan"], []),
    # "a" before a vowel sound is "an"; "a user", "a one-off", "plan a" stay
    ("en-mick17", {DOING: "work as a intern with a user group on a one-off audit"},
     ["work as an intern with a user group on a one-off audit"], ["an user", "an one"]),
    # a capitalised name before an acronym in a role's bracket keeps its capital
    ("en-mick17", {ROLE: "Security Consultant (formerly Police Lieutenant, Columbus PD)"},
     ["Security consultant (formerly police lieutenant, Columbus PD) |"], ["columbus"]),
    # a spaced slash between items is the list's comma; "UX/UI" and "Java / Spring Boot" stay
    ("en-mick17", {"expertise__areas": ["Inventory / stock control", "UX/UI", "funk / gospel"]},
     ["inventory, stock control, UX/UI, funk and gospel"], [" / "]),
    ("en-mick17", {LEARN: "CPP certification / cyber basics / how to price consulting work"},
     ["learn is CPP certification, cyber basics and how to price consulting work"], [" / "]),
    # "its" where only "it's" fits; "8 years experiance" -> "8 years' experience"
    ("en-mick17", {DOING: "show its never too late, with its own team and 8 years experiance"},
     ["show it's never too late, with its own team and 8 years' experience"], []),
    # a bio pasted in the third person, naming the person: said as "I" (English.as_writer)
    ("en-mick17", {DOING: "Mick will lead the safety team"},
     ["I will lead the safety team"], [THIRD, "Mick will", "will will"]),
    ("en-mick17", {"drivers__why": "Mick believes safety is a habit"},
     ["because I believe safety is a habit"], [THIRD, "Mick believes"]),
    ("en-mick17", {"expertise__proof": "Mick has rewired 40 farms since 2019.\nIn 2022 he set "
                   "up the first EV course in the county.",
                   WAY: "He listens first, writes the quote with the client, and checks in "
                   "after a week and whenever he's needed.",
                   "statement__boundary": "refers to a structural engineer and makes the "
                   "handover in person",
                   CTA: "Drop Mick a message if his team can help."},
     ["I have rewired 40 farms since 2019", "In 2022 I set up the first EV course",
      "I listen first, write the quote with the client, and check in after a week and "
      "whenever I'm needed", "I refer to a structural engineer and make the handover",
      "Drop me a message if my team can help"],
     [THIRD, "Mick has", "he set", "He listens", "Drop Mick"]),
    # CV lines parted by ";" or "•" after a verb stem: one list of verb phrases
    ("en-mick17", {"expertise__proof": "Led the rewire of 12 farms; implemented EV chargers; "
                   "cut call-outs 40% in one year; budget under $85k"},
     ["I led the rewire of 12 farms, implemented EV chargers and cut call-outs 40% in one "
      "year (budget under $85k)"], ["farms; implemented"]),
    ("en-mick17", {DOING: "• advise farms, schools and shops on safety • train apprentices"},
     ["I will advise farms, schools and shops on safety and train apprentices"],
     ["•", "safety; and"]),
    # a line that opens with no verb in the middle: kept as typed
    ("en-mick17", {"expertise__proof": "Led the rewire of 12 farms; 40 farms; cut call-outs"},
     ["12 farms; 40 farms; cut call-outs"], []),
    # "he" with no name as the subject anywhere: whose it is is not sure, the error asks
    ("en-mick17", {WAY: "He listens first and writes it down."}, ["rephrase|", THIRD], []),
    # a clause of its own after "because", or "sales grew": no third person
    ("en-mick17", {"drivers__why": "soil is the foundation of our food system"}, [], [THIRD]),
]


@pytest.mark.parametrize(("persona", "answers", "expected", "forbidden"), CASES)
def test_en_texts19(persona: str, answers: dict[str, Any], expected: list[str],
                    forbidden: list[str]) -> None:
    said = _said(persona, answers)
    for e in expected:
        assert e in said, f"{e!r} not in\n{said}"
    for f in forbidden:
        assert f not in said, f"{f!r} in\n{said}"
