"""Dutch classes left over from round 19 and found in round 20's blind personas (issue #7):
offer items typed as bare labels, a list of two things after "Wat ik nog wil leren", and "u"
in a text that says "je"."""

from __future__ import annotations

from typing import Any

import pytest
from test_nl_texts19 import FORMAL
from test_nl_texts19 import test_the_texts_read_as_an_editor_would_write_them as _check

# answers -> what the texts hold -> what they never hold -> an error message's words (or "")
CASES: list[tuple[dict[str, Any], list[str], list[str], str]] = [
    # labels typed with semicolons: "helpen met veiligheidsplan" misses its article
    ({**FORMAL, "offer__help": "Risicoanalyse; Veiligheidsplan; Opleiding Van Uw Stewards"},
     ["Waarvoor u bij mij terechtkunt: risicoanalyse, veiligheidsplan en opleiding van uw "
      "stewards."],
     ["met risicoanalyse", "voor risicoanalyse"], ""),
    ({"offer__help": "Boekhouding; Loonadministratie; Jaarrekening"},
     ["Waarvoor je bij mij terechtkunt: boekhouding, loonadministratie en jaarrekening."],
     ["met boekhouding"], ""),
    # items that all have their article are noun phrases: "met" fits them
    ({"offer__help": "een risicoanalyse; een veiligheidsplan"},
     ["met een risicoanalyse en een veiligheidsplan"], ["terechtkunt:"], ""),
    # two things after "leren", the first with a preposition in it: no "is" or "zijn" to pick
    ({"future__learn": "Nederlands op C1-niveau en de Nederlandse richtlijnen"},
     ["Wat ik nog wil leren: Nederlands op C1-niveau en de Nederlandse richtlijnen."],
     ["leren, is Nederlands"], ""),
    # two activities, or one thing that holds "en": "is", as before
    ({"future__learn": "fundraisen en een salesteam opbouwen"},
     ["Wat ik nog wil leren, is fundraisen en een salesteam opbouwen."], [], ""),
    ({"future__learn": "alles rond zonnepanelen en de nieuwe AREI-regels"},
     ["Wat ik nog wil leren, is alles rond zonnepanelen"], [], ""),
    # "u" in a je-text, in an answer said to the reader: the reader, whom the text calls "je"
    ({"offer__call_to_action": "Zoekt u een planner? Ik wil graag bij u aan de slag."},
     ["Zoek je een planner? Ik wil graag bij jou aan de slag."], ["Zoekt u", "bij u "], ""),
    ({"offer__call_to_action": "Heeft u een vacature? Bel me gerust."},
     ["Heb je een vacature?"], ["Heeft u"], ""),
    ({"statement__stand_for": "een school waar ook u als ouder welkom bent"},
     ["waar ook jij als ouder welkom bent"], ["ook u ", "ook je "], ""),
    # "uw" goes with the "u" it belonged to
    ({"statement__stand_for": "eerlijk advies over uw installatie, ook als u minder koopt"},
     ["eerlijk advies over je installatie, ook als je minder koopt"], ["uw installatie"], ""),
    # "u zich" would need "je je": kept as typed, and the register check says so
    ({"offer__call_to_action": "Bel me, zodat u zich kunt concentreren op uw zaak."},
     ["zodat u zich kunt"], [], "'u'"),
    # a formal text keeps its "u"
    ({**FORMAL, "offer__call_to_action": "Zoekt u een planner? Bel me gerust."},
     ["Zoekt u een planner?"], ["Zoek je"], ""),
]


@pytest.mark.parametrize(("answers", "expected", "forbidden", "error"), CASES)
def test_the_texts_read_as_an_editor_would_write_them(answers: dict[str, Any],
                                                      expected: list[str],
                                                      forbidden: list[str], error: str) -> None:
    _check(answers, expected, forbidden, error)  # the round-19 assertions, on these cases
