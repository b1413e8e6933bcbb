"""Round 19 of the job-ad match: a language an ad asks for is held across packs (an nl ad's
"Nederlands" by an English profile's "Dutch"), from each pack's `[languages.names]`, a table
keyed by language code; a language not named is not held."""

from __future__ import annotations

import pytest

from wizard.core.match import analyse, match
from wizard.core.model import Answers


def held(ad: str, ad_lang: str, lang: str, expertise: list[str]) -> dict[str, bool]:
    """Each term of the ad as shown: held whole by a `lang` profile with these expertise."""
    a = Answers(lang)
    a.set("person.role", "x")
    a.set("expertise.areas", expertise)
    return {t.term.text: t.found and not t.partial
            for t in match(analyse(ad, ad_lang), a, {}).terms}


NL_AD = ("Data analist\n\nWat vragen wij?\n- Je spreekt vlot Nederlands en goed Engels\n"
         "- Kennis van SQL en Power BI\n")
EN_AD = ("Data Analyst\n\nRequirements\n- Fluent Dutch and good German\n- Strong SQL and "
         "Power BI skills\n")
IT_AD = ("Analista dati\n\nRequisiti\n- Ottimo inglese e buon tedesco\n- Conoscenza di SQL e "
         "Power BI\n")
FR_AD = ("Analyste de données\n\nProfil recherché\n- Néerlandais courant, allemand apprécié\n"
         "- Maîtrise de SQL et de Power BI\n")

# ad -> its language -> the profile's language -> its expertise -> the term -> held whole?
CASES = [
    (NL_AD, "nl", "en", ["Dutch (native)"], "Nederlands", True),
    (NL_AD, "nl", "en", ["Flemish"], "Nederlands", True),
    (NL_AD, "nl", "fr", ["néerlandais"], "Nederlands", True),
    (NL_AD, "nl", "en", ["English"], "Engels", True),
    (NL_AD, "nl", "en", ["English"], "Nederlands", False),
    (NL_AD, "nl", "fr", ["German"], "Engels", False),  # (an English profile holds it)
    (EN_AD, "en", "nl", ["Nederlands"], "Dutch", True),
    (EN_AD, "en", "it", ["tedesco"], "German", True),
    (EN_AD, "en", "fr", ["Engels"], "Dutch", False),
    (IT_AD, "it", "en", ["English"], "inglese", True),
    (IT_AD, "it", "fr", ["anglais"], "inglese", True),
    (IT_AD, "it", "fr", ["Italian"], "inglese", False),
    (IT_AD + "- Italiano madrelingua\n", "it", "en", ["Federazione Italiana Sommelier"],
     "italiano", False),
    (FR_AD, "fr", "nl", ["Nederlands"], "néerlandais", True),
    (FR_AD, "fr", "en", ["Dutch"], "néerlandais", True),
    (FR_AD, "fr", "en", ["French"], "néerlandais", False),
]


@pytest.mark.parametrize(("ad", "ad_lang", "lang", "expertise", "term", "whole"), CASES)
def test_a_language_is_held_in_any_language(ad: str, ad_lang: str, lang: str,
                                            expertise: list[str], term: str,
                                            whole: bool) -> None:
    got = held(ad, ad_lang, lang, expertise)
    assert got.get(term, False) is whole, got
    assert term in got, got
