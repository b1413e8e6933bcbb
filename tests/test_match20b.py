"""Round 20 (match20b) of the job-ad match (issue #11).

1. A language's other forms hold it, as the profile writes them: an adjective beside a word
   for a language itself ("lingua tedesca", "langue anglaise", "Duitse taal") and a form that
   always names one ("English-speaking", "anglophone"), in any pack's words; a people or a
   country's things ("importatori tedeschi", "Duitse klanten", "Nord Italia") still do not.
"""

from __future__ import annotations

import pytest
from test_match20 import terms

IT_AD = "Traduttore\n\nRequisiti\n- Ottimo tedesco\n- Ottimo inglese\n- Esperienza con SDL Trados\n"
FR_AD = ("Assistant juridique\n\nProfil recherché\n- Anglais courant\n- Allemand apprécié\n"
         "- Maîtrise de la rédaction des contrats\n")
NL_AD = ("Projectleider\n\nWat vragen wij?\n- Je spreekt vlot Duits en Engels\n"
         "- Kennis van MS Project\n")
EN_AD = "Support Analyst\n\nRequirements\n- Fluent English and German\n- Strong SQL skills\n"
ADS = {"it": IT_AD, "fr": FR_AD, "nl": NL_AD, "en": EN_AD}

# ad's language -> the profile's language -> its answers -> a language term -> held?
FORMS = [
    ("it", "it", {"expertise.areas": ["traduzioni dalla lingua tedesca"]}, "tedesco", True),
    ("it", "it", {"future.audience": "gli importatori tedeschi"}, "tedesco", False),
    ("it", "it", {"future.audience": "aziende tedesche"}, "tedesco", False),
    ("it", "en", {"future.audience": "importers in Nord Germania"}, "tedesco", False),
    ("it", "fr", {"expertise.areas": ["traduction de la langue allemande"]}, "tedesco", True),
    ("fr", "fr", {"expertise.areas": ["traduction de la langue anglaise"]}, "anglais", True),
    ("fr", "fr", {"future.audience": "des clients anglophones"}, "anglais", True),
    ("fr", "fr", {"future.audience": "une cliente anglaise"}, "anglais", False),
    ("nl", "nl", {"expertise.areas": ["vertalingen uit de Duitse taal"]}, "Duits", True),
    ("nl", "nl", {"future.audience": "Nederlandse en Duitse klanten"}, "Duits", False),
    ("nl", "en", {"expertise.areas": ["German-speaking markets"]}, "Duits", True),
    ("en", "it", {"expertise.areas": ["support for English-speaking clients"]}, "English", True),
    ("en", "it", {"expertise.areas": ["German-speaking markets"]}, "German", True),
    ("en", "it", {"future.audience": "clients in Germany"}, "German", False),
]


@pytest.mark.parametrize(("ad_lang", "lang", "answers", "term", "held"), FORMS)
def test_a_language_s_other_forms_hold_it(ad_lang: str, lang: str, answers: dict[str, object],
                                          term: str, held: bool) -> None:
    got = terms(ADS[ad_lang], ad_lang, lang, answers)
    assert term in got and got[term].found == held, got[term]  # type: ignore[attr-defined]
