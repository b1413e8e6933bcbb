"""Round 17 of the job-ad match, on eight ads written the way companies write them
(tests/fixtures/ads/round17: a night-shift nurse coordinator, an IT support lead, a driving
instructor, a data scientist in Flanders, a sommelier and wine buyer, a technical translator,
a volunteer coordinator, a paralegal): an acronym glued to the paper that proves it
("VCA-diploma") is the acronym; an acronym before the bracket that names it ("AIS
(Associazione Italiana Sommelier)") is defined as well as the other way round; whether a paper
is valid or required, how advanced a skill is, is no word of a term."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.core.match import analyse, match
from wizard.core.match.acronyms import definitions
from wizard.core.match.fold import fold, tokens
from wizard.core.match.packs import pack
from wizard.core.model import Answers

ROUND = Path(__file__).parent / "fixtures" / "ads" / "round17"
ADS = sorted(p.name for p in ROUND.glob("*.md"))


def text(name: str) -> str:
    return (ROUND / name).read_text(encoding="utf-8")


def shown(ad: str, lang: str | None = None) -> list[str]:
    body = text(ad) if ad.endswith(".md") else ad
    return [t.text for t in analyse(body, lang).terms]


def found(ad: str, lang: str, expertise: list[str]) -> dict[str, tuple[bool, bool]]:
    """Each term of the ad: (found, found whole) against a profile with these expertise."""
    a = Answers(lang)
    a.set("person.role", "x")
    a.set("expertise.areas", expertise)
    body = text(ad) if ad.endswith(".md") else ad
    return {t.term.text: (t.found, t.found and not t.partial)
            for t in match(analyse(body, lang), a, {}).terms}


@pytest.mark.parametrize("name", ADS)
def test_each_ad_is_a_real_one_of_its_language(name: str) -> None:
    ad = analyse(text(name))
    assert (ad.lang, ad.source, len(ad.terms)) == (name[:2], "detected", 25)
    assert 2000 <= len(text(name)) <= 5000 and len(ADS) == 8


# acronyms each ad defines, either way round
DEFINED = [
    ("nl-rijinstructeur.md", "WRM", "Wet rijonderricht motorrijtuigen"),   # WRM-certificaat (…)
    ("nl-rijinstructeur.md", "VOG", "Verklaring Omtrent het Gedrag"),      # … (VOG)
    ("it-sommelier-buyer.md", "AIS", "Associazione Italiana Sommelier"),   # AIS (…)
    ("en-it-support-lead.md", "MDM", "Mobile Device Management"),
    ("en-night-nurse-coordinator.md", "ILS", "Immediate Life Support"),
]


@pytest.mark.parametrize(("ad", "acronym", "name"), DEFINED)
def test_an_acronym_is_defined_before_or_after_its_name(ad: str, acronym: str,
                                                        name: str) -> None:
    got = {d.acronym: d.name for d in definitions(text(ad), pack(ad[:2]))}
    assert got.get(acronym) == name, got
    terms = shown(ad)
    assert f"{name} ({acronym})" in terms, terms
    assert fold(acronym) not in {fold(t) for t in terms}, terms


NO_DEFINITION = ["Responsable RH (H/F)", "CDI (35 h)", "Sommelier AIS (Catania)",
                 "VCA (verplicht)", "ISO (9001 e 14001)"]


@pytest.mark.parametrize("line", NO_DEFINITION)
def test_a_bracket_after_an_acronym_that_is_not_its_name_defines_nothing(line: str) -> None:
    assert definitions(line, pack("it")) == ()


VCA_AD = ("Monteur elektrotechniek\n\nWat vragen wij?\n- Een geldig VCA-diploma of "
          "VCA-certificaat\n- VCA is verplicht voor werk op de bouwplaats\n- Kennis van "
          "installatietechniek en storingzoeken\n- Ervaring met elektrische installaties in "
          "woningen\n\nWat ga je doen?\n- Je installeert en onderhoudt installaties bij klanten\n")
IT_AD = ("Tecnico informatico\n\nRequisiti\n- ITIL-certificazione o attestato equivalente\n"
         "- Conoscenza di ITIL e della gestione degli incidenti\n- Uso avanzato di strumenti "
         "di ticketing\n- Esperienza di assistenza agli utenti\n\nAttività\n- Gestione delle "
         "richieste degli utenti\n")
EN_AD = ("Support Engineer\n\nWhat you'll do\n- Resolve tickets and keep the knowledge base "
         "current\n\nAbout you\n- A current PRINCE2-certification or ITIL-certified\n- ITIL "
         "and PRINCE2 in practice\n- Basic networking and Active Directory\n- Customer "
         "service experience\n")

ML_AD = ("Data scientist\n\nWat vragen wij?\n- Ervaring met machine learning-modellen en "
         "statistische modellen\n- Kennis van Python en SQL\n- Je werkt graag in een team van "
         "onderzoekers\n- Je rapporteert aan de medische staf\n")

# ad -> lang -> the one term its acronym is, and words never in any term
ONE_TERM = [
    (VCA_AD, "nl", "VCA", ["geldig", "verplicht", "diploma", "certificaat"]),
    (IT_AD, "it", "ITIL", ["certificazione", "avanzato"]),
    (EN_AD, "en", "ITIL", ["current", "certified", "basic"]),
    (EN_AD, "en", "PRINCE2", ["certification"]),
    ("nl-rijinstructeur.md", "nl", "VCA", ["diploma"]),
]


@pytest.mark.parametrize(("ad", "lang", "acronym", "never"), ONE_TERM)
def test_an_acronym_and_its_paper_are_one_term(ad: str, lang: str, acronym: str,
                                               never: list[str]) -> None:
    terms = shown(ad, lang)
    assert [t for t in terms if fold(acronym) in fold(t)] == [acronym], terms
    said = {t.folded for term in terms for t in tokens(term)}
    assert not said & {fold(w) for w in never}, terms


# ad -> lang -> what the profile says -> the term it holds (whole)
HELD = [
    (VCA_AD, "nl", ["VCA"], "VCA"),
    (VCA_AD, "nl", ["VCA-certificaat (2024)"], "VCA"),
    ("nl-rijinstructeur.md", "nl", ["wrm papieren"], "Wet rijonderricht motorrijtuigen (WRM)"),
    ("nl-rijinstructeur.md", "nl", ["VCA-diploma"], "VCA"),
    ("it-sommelier-buyer.md", "it", ["sommelier AIS"], "Associazione Italiana Sommelier (AIS)"),
    (EN_AD, "en", ["ITIL-certified since 2019"], "ITIL"),
    # a phrase whose last word is glued to a light head ("modellen") is carried without it
    ("nl-data-scientist-leuven.md", "nl", ["machine learning"], "machine learning-modellen"),
    (ML_AD, "nl", ["machine learning", "statistiek"], "machine learning-modellen"),
]

# … but not the other way: the profile's light head alone carries nothing
NOT_HELD = [
    ("nl-data-scientist-leuven.md", "nl", ["modellen bouwen"], "machine learning-modellen"),
    (ML_AD, "nl", ["learning"], "machine learning-modellen"),
    (VCA_AD, "nl", ["diploma elektrotechniek"], "VCA"),
]


@pytest.mark.parametrize(("ad", "lang", "expertise", "term"), NOT_HELD)
def test_the_paper_or_light_head_alone_holds_nothing(ad: str, lang: str, expertise: list[str],
                                                     term: str) -> None:
    got = found(ad, lang, expertise)
    assert term in got and not got[term][1], got


@pytest.mark.parametrize(("ad", "lang", "expertise", "term"), HELD)
def test_a_held_acronym_is_found_whole(ad: str, lang: str, expertise: list[str],
                                       term: str) -> None:
    got = found(ad, lang, expertise)
    assert got.get(term) == (True, True), got


# a variant text weighed again (the renderer does, on every keystroke) weighs the same against
# its own ad, and another ad is weighed afresh
COVERED = [("Rijinstructeur met WRM-certificaat en VCA", "nl-rijinstructeur.md",
            "nl-data-scientist-leuven.md"),
           ("Data scientist: Python, pandas en machine learning", "nl-data-scientist-leuven.md",
            "nl-rijinstructeur.md")]


@pytest.mark.parametrize(("variant", "ad", "other"), COVERED)
def test_coverage_is_kept_per_ad(variant: str, ad: str, other: str) -> None:
    from wizard.core.match import coverage
    from wizard.core.match.result import _COVERED

    first, second = analyse(text(ad)), analyse(text(other))
    _COVERED.clear()
    fresh = (coverage(variant, first), coverage(variant, second))
    assert fresh[0] > 0 and fresh[0] != fresh[1]
    assert (coverage(variant, first), coverage(variant, second)) == fresh
    assert (coverage(variant, analyse(text(ad))), coverage(variant, first)) == (fresh[0],) * 2
