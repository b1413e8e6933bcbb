"""Dutch classes the native editors found in round 16's blind personas (issue #7): a generic
"je" in a u-text's offer, a check that quotes a sentence an emoji ended, two "Ik ben"
sentences in one About, and an acronym or brand with its noun as one compound."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

import pytest

from wizard.core.model import from_document
from wizard.core.render import Renderer

PERSONAS = Path(__file__).resolve().parent / "fixtures" / "personas"


def _render(**answers: Any) -> tuple[str, list[str]]:
    """Every variant's text of nl-marloes with `answers` (section__field) put in, and the
    messages of the error-level checks on them."""
    with (PERSONAS / "nl-marloes.toml").open("rb") as fh:
        doc = copy.deepcopy(tomllib.load(fh))
    for key, value in answers.items():
        if key == "register":
            doc["register"] = value
            continue
        section, field = key.split("__")
        doc.setdefault(section, {})[field] = value
    result = Renderer().render(from_document(doc))
    rendered = [r for o in result.outputs.values() for r in [o.chosen, *o.alternatives]]
    errors = [f.message for r in rendered for f in r.findings if f.severity == "error"]
    return "\n".join(r.text for r in rendered), errors


def _holds(answers: dict[str, Any], expected: list[str], forbidden: list[str]) -> None:
    texts, _ = _render(**answers)
    for e in expected:
        assert e in texts
    for f in forbidden:
        assert f not in texts


FORMAL = {"register": "formal"}


# answers -> what every variant's texts hold -> what none holds
CASES: list[tuple[dict[str, Any], list[str], list[str]]] = [
    # "je" the subject of a clause in the offer: "u" and the verb in its u-form
    ({**FORMAL, "offer__help": "een plan waarmee je verder kunt"},
     ["een plan waarmee u verder kunt"], ["je verder", "u verder kan"]),
    ({**FORMAL, "offer__help": "tips die je direct kan toepassen, zodat je weet waar je staat"},
     ["tips die u direct kunt toepassen, zodat u weet waar u staat"], [" je "]),
    ({**FORMAL, "offer__help": "een plek waar je meteen terecht kunt als je wil starten"},
     ["waar u meteen terecht kunt als u wilt starten"], ["als u wil "]),
    # "je" before a noun is "uw", also where no preposition comes first
    ({**FORMAL, "offer__help": "een aanpak die zorgt dat je bedrijf groeit"},
     ["dat uw bedrijf groeit"], ["dat u bedrijf"]),
    # the informal text keeps "je"
    ({"offer__help": "een plan waarmee je verder kunt"},
     ["een plan waarmee je verder kunt"], ["waarmee u"]),
    # an offer that describes the person says "Ik ben …" already: the role is said otherwise
    ({"person__role": "Logistiek planner (werkzoekend)", "person__organisation": "",
      "offer__help": "een planner die direct inzetbaar is"},
     ["Ik ben een planner die direct inzetbaar is.",
      "Van beroep ben ik logistiek planner (werkzoekend)."],
     ["Ik ben logistiek planner"]),
    # an offer that does not keeps "Ik ben"
    ({}, ["Ik ben beleidsadviseur wonen bij de gemeente Groningen."], ["Van beroep"]),
    # an acronym or a brand and its noun are one compound
    ({"expertise__areas": ["SEO teksten", "AI tools", "Lely robots", "ICT beheer"]},
     ["SEO-teksten, AI-tools, Lely-robots en ICT-beheer"], []),
    # a verb or another word after the acronym stays apart
    ({"expertise__areas": ["AI inzetten", "AI anders gebruiken"]},
     ["AI inzetten en AI anders gebruiken"], ["AI-inzetten", "AI-anders"]),

    # an insight in a main clause's order, its subject with a phrase of its own
    ({"expertise__insight": "de fietsenwinkel van de toekomst is eerst een atelier"},
     ["Mijn overtuiging: de fietsenwinkel van de toekomst is eerst een atelier."],
     ["Ik geloof dat de fietsenwinkel"]),
    # "de zorg" is a noun, not the verb "zorg": the verb comes last, after "Ik geloof dat"
    ({"expertise__insight": "de zorg pas aantrekkelijk wordt als we roosters maken."},
     ["Ik geloof dat de zorg pas aantrekkelijk wordt als we roosters maken."],
     ["Mijn overtuiging: de zorg"]),
    # list items in Title Case among small ones
    ({"expertise__areas": ["Palliatieve Zorg", "nachtdiensten", "Leasing Via De Werkgever"]},
     ["palliatieve zorg, nachtdiensten en leasing via de werkgever"], ["Palliatieve Zorg"]),
    # a label and a colon before the plan
    ({"future__doing": "Mijn doel: de overstap maken van academia naar de industrie."},
     ["In de komende jaren ga ik de overstap maken van academia naar de industrie."],
     ["mijn doel:"]),
    # bullet lines are one list
    ({"future__doing": "- een derde winkel openen\n- de herstelplaats uitbreiden\n"
                       "- jonge mensen opleiden"},
     ["ga ik een derde winkel openen, de herstelplaats uitbreiden en jonge mensen opleiden."],
     [" - "]),
    ({"person__organisation": "KU Leuven"}, ["beleidsadviseur wonen bij de KU Leuven"],
     ["bij KU Leuven"]),
    # a role in Title Case with an aside: both lowered in a sentence
    ({"person__role": "Zelfstandig Adviseur Crisismanagement (Kolonel b.d.)",
      "person__organisation": ""},
     ["Ik ben zelfstandig adviseur crisismanagement (kolonel b.d.)."], ["Adviseur"]),
    # "en wil ik" carries the fronted stem's order: the stem stays, "jaar" or not
    ({"future__doing": "In de komende jaren ga ik me specialiseren en wil ik na een jaar "
                       "collega's begeleiden"},
     ["In de komende jaren ga ik me specialiseren en wil ik na een jaar collega's begeleiden."],
     ["Ik ga me specialiseren en wil ik"]),
    # -'s after a vowel, a school level and its noun, an acronym with "&" and its noun
    ({"expertise__proof": "26 jaar schadevrij gereden en collegas ingewerkt",
      "future__learn": "mijn post-hbo opleiding afronden",
      "offer__help": "advies over het V&VN congres"},
     ["collega's ingewerkt", "post-hbo-opleiding", "het V&VN-congres"], ["collegas"]),
    # a role "X en straks Y": the employer goes with today's role; a name typed small
    ({"person__role": "buschauffeur en straks rijinstructeur",
      "person__organisation": "qbuzz groningen"},
     ["Ik ben buschauffeur bij Qbuzz Groningen en straks rijinstructeur."],
     ["straks rijinstructeur bij"]),
    # a leader's role with its own "van": the organisation follows after a comma
    ({"person__role": "zaakvoerder van twee fietsenwinkels",
      "person__organisation": "Velo Koen bv (Gent & Sint-Niklaas)"},
     ["Ik ben zaakvoerder van twee fietsenwinkels, Velo Koen bv in Gent en Sint-Niklaas."],
     ["fietsenwinkels van Velo"]),
    # an offer of several sentences that ends on a question keeps its question mark
    # (its "u" said as "je" in a je-text, as every answer to the reader since round 20)
    ({"offer__help": "je administratie. Ik ben direct beschikbaar! Heeft u iets voor mij?"},
     ["Heb je iets voor mij?"], ["Heb je iets voor mij.", "Heeft u iets voor mij"]),
    # a main clause after "en" that follows a subordinate one is set off by a comma
    ({"drivers__why": "ik na 26 jaar weet hoe het moet en dat wil ik doorgeven"},
     ["omdat ik na 26 jaar weet hoe het moet, en dat wil ik doorgeven."], []),
    ({"future__doing": "een bijscholing volgen en daarna ga ik aan de slag"},
     ["een bijscholing volgen en daarna ga ik aan de slag"], ["volgen, en"]),
    # a list after a colon takes "en"; "btw" is written small
    ({"future__learn": "ondernemen: offertes, BTW, acquisitie"},
     ["Wat ik nog wil leren, is ondernemen: offertes, btw en acquisitie."], ["BTW"]),
    # a saying after "Ik sta voor" is quoted; a phrase with its own aside is not
    ({"statement__stand_for": "Afspraak is afspraak."},
     ["Ik sta voor ‘afspraak is afspraak’."], ["Ik sta voor afspraak is afspraak"]),
    ({"statement__stand_for": "persoonlijke zorg, ook als het druk is"},
     ["Ik sta voor persoonlijke zorg, ook als het druk is."], ["‘persoonlijke"]),
]


@pytest.mark.parametrize(("answers", "expected", "forbidden"), CASES)
def test_the_texts_read_as_an_editor_would_write_them(answers: dict[str, Any],
                                                      expected: list[str],
                                                      forbidden: list[str]) -> None:
    _holds(answers, expected, forbidden)


def test_a_je_the_grammar_cannot_swap_stays_and_is_an_error() -> None:
    # "waar je je thuis voelt" wants "zich": kept as typed, and the check names the answer
    texts, errors = _render(register="formal", offer__help="een plek waar je je thuis voelt")
    assert "waar je je thuis voelt" in texts
    # (the stem as a u-text shows it, since round 20: "Ik kan u helpen met")
    assert any("'je'" in e and "Ik kan u helpen met" in e for e in errors)


def test_a_quoted_sentence_ends_at_an_emoji_that_ended_it() -> None:
    _, errors = _render(drivers__values=["eerlijk", "humor 😄"],
                        drivers__why="omdat ik vind dat niemand alleen hoort te staan")
    quoted = [e for e in errors if "leest nu" in e]
    assert quoted
    assert all("Dat vind ik" not in e for e in quoted)
    assert any("humor 😄'" in e or "humor'" in e for e in quoted)


def test_an_offer_of_several_sentences_is_checked_on_its_first() -> None:
    _, errors = _render(offer__help="uw administratie op orde. Ik zoek een baan van 24 uur, "
                                    "graag in de buurt van Utrecht. Ik ben direct beschikbaar!")
    assert any("leest nu" in e and "administratie op orde'" in e for e in errors)


@pytest.mark.parametrize(("way", "flagged"), [
    ("I always start with the question behind the question: waarom wilt u dit weten?", True),
    ("We gaan altijd eerst samen de wijk in.", False),
    ("Ik begin met de vraag achter de vraag.", False),
])
def test_an_english_sentence_is_an_error_with_its_words_kept(way: str, flagged: bool) -> None:
    texts, errors = _render(statement__way_of_working=way)
    # the words kept; a Dutch "u" in a je-text is said as "je" (round 20: every answer)
    assert way.rstrip(".").replace("wilt u", "wil je") in texts
    assert any("Engelse zin" in e for e in errors) is flagged
