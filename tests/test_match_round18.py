"""Round 18 of the job-ad match, on the round-17 ads (tests/fixtures/ads/round17) and short
ads written like them: a language an ad asks for is the language as the ad writes it, never
the country its stem names ("vlot Nederlands" is no "Nederland") nor a town of that name
("Engels"), and a profile that names the language holds it; the packs know more pairs that
name one thing (M365 and Microsoft 365, mentoring and mentorship, time series and tijdreeksen),
inside a longer term too ("microsoft 365 administration")."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.core.match import analyse, match
from wizard.core.model import Answers

ROUND = Path(__file__).parent / "fixtures" / "ads" / "round17"


def _ad(ad: str) -> str:
    return (ROUND / ad).read_text(encoding="utf-8") if ad.endswith(".md") else ad


def held(ad: str, lang: str, expertise: list[str]) -> dict[str, bool]:
    """Each term of the ad as shown: held whole by a profile with these expertise."""
    a = Answers(lang)
    a.set("person.role", "x")
    a.set("expertise.areas", expertise)
    return {t.term.text: t.found and not t.partial
            for t in match(analyse(_ad(ad), lang), a, {}).terms}


NL_AD = ("Data analist\n\nWat vragen wij?\n- Je spreekt vlot Nederlands en goed Engels\n"
         "- Kennis van SQL en Power BI\n\nOver ons\nWe werken voor klanten in Nederland en "
         "België.\n")
EN_AD = ("Data Analyst\n\nRequirements\n- Fluent Dutch and good English\n- Strong SQL and "
         "Power BI skills\n")
IT_AD = ("Analista dati\n\nRequisiti\n- Ottimo inglese e buon tedesco\n- Conoscenza di SQL e "
         "Power BI\n")
FR_AD = ("Analyste de données\n\nProfil recherché\n- Anglais courant, allemand apprécié\n"
         "- Maîtrise de SQL et de Power BI\n")

# ad -> lang -> the profile's expertise -> the term as shown -> held whole? -> never shown
CASES = [
    (NL_AD, "nl", ["Nederlands (moedertaal)"], "Nederlands", True, ["Nederland", "vlot"]),
    (NL_AD, "nl", ["Engels"], "Engels", True, ["goed Engels"]),
    # a profile written in Dutch holds it, whatever it names (tests/test_match20.py)
    (NL_AD, "nl", ["SQL"], "Nederlands", True, ["Nederland"]),
    (EN_AD, "en", ["Dutch", "English"], "Dutch", True, ["fluent Dutch"]),
    (EN_AD, "en", ["English"], "English", True, ["good English"]),
    (IT_AD, "it", ["inglese"], "inglese", True, ["ottimo inglese"]),
    (FR_AD, "fr", ["anglais"], "anglais", True, ["anglais courant"]),
    ("nl-data-scientist-leuven.md", "nl", ["Nederlands", "Python"], "Nederlands", True,
     ["Nederland", "vlot Nederlands"]),
    ("nl-data-scientist-leuven.md", "nl", ["Engels"], "Engels", True, []),
    ("it-traduttore-tecnico.md", "it", ["tedesco"], "tedesco", True, []),
]


@pytest.mark.parametrize(("ad", "lang", "expertise", "term", "whole", "never"), CASES)
def test_a_language_is_a_term_as_written(ad: str, lang: str, expertise: list[str], term: str,
                                         whole: bool, never: list[str]) -> None:
    got = held(ad, lang, expertise)
    assert got.get(term) is whole, got
    assert not set(never) & set(got), got


EN_IT = ("IT Support Analyst\n\nRequirements\n- Microsoft 365 administration and Entra ID\n"
         "- Mentorship of junior analysts\n- Time series forecasting in Python\n")
NL_DS = ("Data scientist\n\nWat vragen wij?\n- Ervaring met tijdreeksen en overlevingsanalyse\n"
         "- Kennis van M365\n- Mentoring van junior collega's\n")
IT_TR = ("Traduttore tecnico\n\nRequisiti\n- Uso di strumenti CAT e memorie di traduzione\n"
         "- Esperienza di mentoring\n- Microsoft 365\n")
FR_CO = ("Coordinateur\n\nProfil\n- Maîtrise de Microsoft 365\n- Expérience du mentorat\n"
         "- Rédaction des procès-verbaux\n")

# ad -> lang -> the profile's expertise -> the term (folded as shown) it holds whole through a
# synonym -> and what else holds nothing of it
SYNONYMS = [
    (EN_IT, "en", ["mentoring"], "mentorship", ["leadership"]),
    (EN_IT, "en", ["M365 administration"], "microsoft 365 administration", ["administration"]),
    (EN_IT, "en", ["Azure AD"], "entra id", ["Azure DevOps"]),
    (NL_DS, "nl", ["time series"], "tijdreeksen", ["reeksen"]),
    (NL_DS, "nl", ["Microsoft 365"], "m365", ["Microsoft Teams"]),
    (NL_DS, "nl", ["mentorship"], "mentoring", ["coaching"]),
    (NL_DS, "nl", ["survival analysis"], "overlevingsanalyse", ["analysis"]),
    (IT_TR, "it", ["CAT tools"], "strumenti cat", ["strumenti"]),
    (IT_TR, "it", ["translation memory"], "memorie di traduzione", ["memory"]),
    (IT_TR, "it", ["M365"], "microsoft 365", ["Microsoft"]),
    (IT_TR, "it", ["mentorship"], "mentoring", ["leadership"]),
    (FR_CO, "fr", ["M365"], "microsoft 365", ["Microsoft"]),
    (FR_CO, "fr", ["mentoring"], "mentorat", ["management"]),
]


@pytest.mark.parametrize(("ad", "lang", "expertise", "term", "other"), SYNONYMS)
def test_a_synonym_the_pack_knows_holds_the_term(ad: str, lang: str, expertise: list[str],
                                                 term: str, other: list[str]) -> None:
    got = {t.casefold(): whole for t, whole in held(ad, lang, expertise).items()}
    assert got.get(term) is True, got
    assert {t.casefold(): w for t, w in held(ad, lang, other).items()}.get(term) is False, got
