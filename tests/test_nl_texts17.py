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


@pytest.mark.parametrize(("answers", "expected", "forbidden"), [
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
])
def test_a_generic_je_in_a_u_offer_is_the_reader(answers: dict[str, Any], expected: list[str],
                                                 forbidden: list[str]) -> None:
    _holds(answers, expected, forbidden)


def test_a_je_the_grammar_cannot_swap_stays_and_is_an_error() -> None:
    # "waar je je thuis voelt" wants "zich": kept as typed, and the check names the answer
    texts, errors = _render(register="formal", offer__help="een plek waar je je thuis voelt")
    assert "waar je je thuis voelt" in texts
    assert any("'je'" in e and "Ik kan je helpen met" in e for e in errors)


def test_a_quoted_sentence_ends_at_an_emoji_that_ended_it() -> None:
    _, errors = _render(drivers__values=["eerlijk", "humor 😄"],
                        drivers__why="omdat ik vind dat niemand alleen hoort te staan")
    quoted = [e for e in errors if "leest nu" in e]
    assert quoted
    assert all("Dat vind ik" not in e for e in quoted)
    assert any("humor 😄'" in e or "humor'" in e for e in quoted)


@pytest.mark.parametrize(("answers", "expected", "forbidden"), [
    # an offer that describes the person says "Ik ben …" already: the role is said otherwise
    ({"person__role": "Logistiek planner (werkzoekend)", "person__organisation": "",
      "offer__help": "een planner die direct inzetbaar is"},
     ["Ik ben een planner die direct inzetbaar is.",
      "Van beroep ben ik logistiek planner (werkzoekend)."],
     ["Ik ben logistiek planner"]),
    # an offer that does not keeps "Ik ben"
    ({}, ["Ik ben beleidsadviseur wonen bij de gemeente Groningen."], ["Van beroep"]),
])
def test_one_about_says_ik_ben_once(answers: dict[str, Any], expected: list[str],
                                    forbidden: list[str]) -> None:
    _holds(answers, expected, forbidden)


@pytest.mark.parametrize(("areas", "expected", "forbidden"), [
    (["SEO teksten", "AI tools", "Lely robots", "ICT beheer"],
     "SEO-teksten, AI-tools, Lely-robots en ICT-beheer", []),
    # a verb or another word after the acronym stays apart
    (["AI inzetten", "AI anders gebruiken"], "AI inzetten en AI anders gebruiken",
     ["AI-inzetten", "AI-anders"]),
])
def test_an_acronym_or_brand_and_its_noun_are_one_compound(areas: list[str], expected: str,
                                                           forbidden: list[str]) -> None:
    _holds({"expertise__areas": areas}, [expected], forbidden)
