"""Round 17: in every language, what is left of a job ad's term once its light words go must say
more than a generic word (the pack's `not_core`): a profile that says "data" / "digitale" /
"dati" / "données" somewhere has not got "data models" / "digitale tools" / "modelli di dati" /
"modèles de données"; a specific word left ("e-learning") still carries its term."""

from __future__ import annotations

import pytest

from wizard.core.languages import available_languages
from wizard.core.match import analyse, match
from wizard.core.match.packs import pack
from wizard.core.model import Answers

HEADINGS = {"en": "Requirements", "nl": "Wat vragen wij", "it": "Requisiti",
            "fr": "Profil recherché"}

# (language, the ad's term, the profile's areas, found?)
CASES = [
    ("en", "data models", ["data analysis"], False),
    ("en", "e-learning modules", ["e-learning"], True),
    ("nl", "digitale tools", ["digitale marketing"], False),
    ("nl", "data modellen", ["data-analyse", "data"], False),
    ("nl", "klantsystemen", ["klantenservice"], False),
    ("nl", "e-learning modules", ["e-learning"], True),
    ("nl", "SAP systeem", ["SAP"], True),
    ("it", "modelli di dati", ["analisi dei dati"], False),
    ("it", "piattaforma digitale", ["comunicazione digitale"], False),
    ("it", "piattaforma e-learning", ["e-learning"], True),
    ("it", "software gestionale SAP", ["SAP"], True),
    ("fr", "modèles de données", ["analyse de données"], False),
    ("fr", "outils numériques", ["communication numérique"], False),
    ("fr", "plateforme e-learning", ["e-learning"], True),
    ("fr", "logiciel Salesforce", ["Salesforce"], True),
]


def found(lang: str, term: str, areas: list[str]) -> bool:
    """Whether the profile with these areas holds `term` of a short ad in `lang`."""
    read = analyse(f"Analyst\n\n{HEADINGS[lang]}\n- {term}\n", lang)
    answers = Answers(lang)
    answers.set("expertise.areas", areas)
    terms = {t.term.text.casefold(): t for t in match(read, answers, {}).terms}
    assert term.casefold() in terms, sorted(terms)  # the ad's term was read as one
    return terms[term.casefold()].found


@pytest.mark.parametrize(("lang", "term", "areas", "expected"), CASES)
def test_a_generic_word_alone_does_not_carry_a_term(lang: str, term: str, areas: list[str],
                                                    expected: bool) -> None:
    assert found(lang, term, areas) is expected


@pytest.mark.parametrize("lang", available_languages())
def test_every_match_pack_has_its_generic_words(lang: str) -> None:
    assert len(pack(lang).not_core) >= 5, lang
