"""Dutch classes left over from round 19 and found in round 20's blind personas (issue #7):
offer items typed as bare labels, a list of two things after "Wat ik nog wil leren", and "u"
in a text that says "je"."""

from __future__ import annotations

from typing import Any

import pytest
from test_nl_texts19 import FORMAL, _render
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
    # round 20's blind set: words people start with, and the stem's verb typed again
    ({"future__doing": "Eerlijk gezegd, na vijf jaar thuis wil ik weer terug in het vak."},
     ["Na vijf jaar thuis wil ik weer terug in het vak."], ["Eerlijk gezegd"], ""),
    ({"expertise__insight": "Eerlijk gezegd denk ik dat we straten anders moeten ontwerpen"},
     ["Ik geloof dat we straten anders moeten ontwerpen."], ["denk ik dat", "Eerlijk"], ""),
    # items typed with numbers are one list
    ({"future__learn": "1) werken met de Omgevingswet 2) GIS bijspijkeren 3) een team leiden"},
     ["werken met de Omgevingswet, GIS bijspijkeren en een team leiden."], ["1)", "2)"], ""),
    # a bio in the third person, told in the past, by a writer with a title before her name
    ({"person__name": "ir. Marieke Hendrikx",
      "expertise__proof": "Marieke Hendrikx studeerde aan de TU Delft en werkte acht jaar bij "
                          "Arcadis, waar zij het ontwerp van de wadi's leidde."},
     ["Ik studeerde aan de TU Delft en werkte acht jaar bij Arcadis, waar ik het ontwerp"],
     ["Marieke Hendrikx studeerde", "waar zij", "Ik heb Marieke"], ""),
    # a CV line: no frame makes a sentence of it, so an error says how to write it
    ({"expertise__proof": "Senior Test Engineer @ Coolblue | 2019 - 2023 | Opgezet: E2E-tests"},
     [], [], "regel uit een cv"),
    # "n.v.t." typed for an optional answer is no answer
    ({"statement__boundary": "n.v.t."}, [], ["n.v.t", "verwijs ik door naar"], ""),
    # typed in haste: "ca", "&", "collega chauffeurs", "ov bedrijven", a program, a greeting
    ({"future__audience": "collega chauffeurs & ov bedrijven in stad en ommeland",
      "expertise__proof": "ca 17 jaar gereden zonder schade", "future__learn": "excel",
      "offer__call_to_action": "moi appen mag altijd"},
     ["collega-chauffeurs en ov-bedrijven in Stad en Ommeland", "ca. 17 jaar",
      "Wat ik nog wil leren, is Excel.", "Moi, appen mag altijd."], [" & ", "ca 17"], ""),
    # "als …" first, then the main clause's verb: "want", and a comma between the clauses
    ({"drivers__why": "als het rooster klopt is iedereen blij"},
     ["Dat vind ik belangrijk, want als het rooster klopt, is iedereen blij."],
     ["omdat als"], ""),
    # a common noun that heads a list item with names in it is small like the others
    ({"expertise__areas": ["Uitvaartregeling", "Crematies", "Repatriëring (Nederland, Italië)"]},
     ["uitvaartregeling, crematies en repatriëring (Nederland, Italië)"], ["Repatriëring"], ""),
    # "de familie centraal" keeps its article among bare values; "de eerlijkheid" loses it
    ({"drivers__values": ["warmte", "De familie centraal", "de eerlijkheid"]},
     ["warmte, de familie centraal en eerlijkheid"], ["familie centraal en de"], ""),
    # "…, maar ook voor …" after "Ik richt me op": "maar ook op"
    ({"future__audience": "families in Haspengouw, maar ook voor rusthuizen"},
     ["Ik richt me op families in Haspengouw, maar ook op rusthuizen."], [], ""),
    # the wish itself typed as a sentence
    ({"future__change": "Ik wil niet meer dat families alles op een uur moeten beslissen."},
     ["Ik wil niet meer dat families alles op een uur moeten beslissen."],
     ["Wat ik wil veranderen: ik wil"], ""),
    # "u mag altijd je hand opsteken" in a u-text: the possessive is "uw"
    ({**FORMAL, "statement__way_of_working": "Ik leg alles uit, en u mag altijd je hand "
                                             "opsteken als het pijn doet."},
     ["u mag altijd uw hand opsteken"], ["u hand"], ""),
    # "het … maken van je wijk" is a noun: no error that asks for one
    ({"offer__help": "het klimaatbestendig maken van je wijk, van schets tot oplevering"},
     ["het klimaatbestendig maken van je wijk"], [], ""),
    # "zonder 1 schade", "12 min" in a running sentence
    ({"expertise__proof": "17 jaar gereden zonder 1 schade",
      "future__change": "diensten van 10 uur met een pauze van 12 min"},
     ["zonder één schade", "een pauze van 12 minuten."], ["zonder 1 ", "12 min."], ""),
    # what no frame can make right: kept, and an error says how to write it
    ({"drivers__values": ["rust", "op tijd", "collega's"]}, ["op tijd"], [], "stiptheid"),
    ({"future__doing": "meer planner worden minder rijden"}, [], [], "zonder 'en'"),
    # a pasted CV line is no headline proof: its own "|" and "@" would read as a cut headline
    ({"expertise__proof": "Senior Test Engineer @ Coolblue | 2019 - 2023 | 40 min gewonnen"},
     [], ["| Senior Test Engineer @"], ""),
    # two main clauses typed with a comma: a semicolon; a phrase without a verb keeps its comma
    ({"expertise__insight": "testers developers worden en developers testers, de grens verdwijnt",
      "expertise__proof": "een protocol ingevoerd, het aantal longontstekingen daalde met 20%",
      "future__change": "de werkdruk op de afdelingen, het is soms niet meer te doen"},
     ["developers testers; de grens verdwijnt.", "ingevoerd; het aantal longontstekingen daalde",
      "afdelingen; het is soms"], [", de grens", ", het aantal"], ""),
    ({"future__doing": "weer terug in het vak, het liefst bij een gemeente"},
     ["in het vak, het liefst bij een gemeente"], ["; het liefst"], ""),
    # a formal text keeps its "u"
    ({**FORMAL, "offer__call_to_action": "Zoekt u een planner? Bel me gerust."},
     ["Zoekt u een planner?"], ["Zoek je"], ""),
]


@pytest.mark.parametrize(("answers", "expected", "forbidden", "error"), CASES)
def test_the_texts_read_as_an_editor_would_write_them(answers: dict[str, Any],
                                                      expected: list[str],
                                                      forbidden: list[str], error: str) -> None:
    _check(answers, expected, forbidden, error)  # the round-19 assertions, on these cases


def test_a_nominalised_verb_after_helpen_met_raises_no_error() -> None:
    """ "het klimaatbestendig maken van je wijk" is a noun phrase: the rephrase check that asks
    for a noun after "Ik kan je helpen met" does not fire on it."""
    _, errors = _render({"offer__help": "het klimaatbestendig maken van je wijk"})
    assert not any("zelfstandig naamwoord" in m for m in errors), errors


@pytest.mark.parametrize(("typed", "joined"), [
    ("1) werken met de Omgevingswet 2) GIS en BIM bijspijkeren 3) een projectteam leiden",
     "werken met de Omgevingswet, GIS en BIM bijspijkeren en een projectteam leiden"),
    # one verb cannot carry them all: numbered as typed, also once the shared reshape has
    # seen it (it joined what the Dutch rule had refused)
    ("1) 29 jaar bij de politie 2) budgetten beheerd 3) een team geleid", None),
    ("1) een plan maken. 2) het team leiden", None),
])
def test_a_numbered_list_is_joined_by_one_rule(typed: str, joined: str | None) -> None:
    from wizard.grammar import grammar

    g = grammar("nl")
    assert g.reshape(g.respell(typed), "expertise.proof") == (joined or typed)
