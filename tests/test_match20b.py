"""Round 20 (match20b) of the job-ad match (issue #11).

1. A language's other forms hold it, as the profile writes them: an adjective beside a word
   for a language itself ("lingua tedesca", "langue anglaise", "Duitse taal") and a form that
   always names one ("English-speaking", "anglophone"), in any pack's words; a people or a
   country's things ("importatori tedeschi", "Duitse klanten", "Nord Italia") still do not.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from test_match20 import terms

from wizard.core.match import analyse

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


# 2. What an ad says of its wishes or in a figure of speech is no term ("bij voorkeur Excel",
#    "op één lijn brengt"): the packs' `[phrases] never`, and a verb there is a verb. And "de
#    Nederlandse taal" is the language "Nederlands", held by a profile written in it.
STOP_ADS = {
    "nl": "Projectleider\n\nWat vragen wij?\n- Je hebt bij voorkeur ervaring met Excel\n"
          "- Bij voorkeur een HBO-diploma\n- Je zorgt dat je het team op één lijn brengt\n"
          "- Je brengt partijen op een lijn\n- Kennis van MS Project\n",
    "en": "Project Manager\n\nRequirements\n- By preference experience with Excel\n"
          "- You bring stakeholders in line\n- You keep everyone on the same page\n"
          "- Experience with MS Project\n",
    "it": "Project manager\n\nRequisiti\n- Di preferenza esperienza con Excel\n"
          "- Metti tutti sulla stessa linea\n- Esperienza con MS Project\n",
    "fr": "Chef de projet\n\nProfil recherché\n- De préférence une expérience avec Excel\n"
          "- Vous mettez les équipes sur la même longueur d'onde\n"
          "- Vous alignez les équipes sur une même ligne\n- Expérience de MS Project\n",
}
# language -> terms the ad must not make -> terms it still makes
STOPS = [
    ("nl", ["voorkeur", "voorkeur ervaring", "lijn brengt", "lijn", "brengt"],
     ["Excel", "MS Project"]),
    ("en", ["preference", "line", "page"], ["Excel", "MS Project"]),
    ("it", ["preferenza", "linea", "metti"], ["Excel", "MS Project"]),
    ("fr", ["préférence", "longueur d'onde", "ligne"], ["Excel", "MS Project"]),
]


@pytest.mark.parametrize(("lang", "never", "kept"), STOPS)
def test_a_wish_or_a_figure_of_speech_is_no_term(lang: str, never: list[str],
                                                 kept: list[str]) -> None:
    got = {t.text for t in analyse(STOP_ADS[lang], lang).terms}
    assert not got & set(never), got
    assert set(kept) <= got, got


# ad's language -> its requirement -> the profile's language -> a term held by the profile's
# language (or None: not held)
LANG_ADS = [
    ("nl", "Goede beheersing van de Nederlandse taal", "nl", "Nederlandse taal", True),
    ("nl", "Goede beheersing van de Nederlandse taal", "en", "Nederlandse taal", False),
    ("it", "Ottima conoscenza della lingua italiana", "it", "lingua italiana", True),
    ("it", "Ottima conoscenza della lingua italiana", "fr", "lingua italiana", False),
    ("fr", "Maîtrise de la langue française", "fr", "langue française", True),
    ("en", "Excellent command of the English language", "en", "English language", True),
]


@pytest.mark.parametrize(("ad_lang", "said", "lang", "term", "held"), LANG_ADS)
def test_a_language_s_adjective_in_the_ad_is_the_language(ad_lang: str, said: str, lang: str,
                                                          term: str, held: bool) -> None:
    ad = f"Projectleider\n\nRequirements\n- {said}\n- MS Project\n"
    got = terms(ad, ad_lang, lang, {})
    assert term in got and got[term].found == held, got  # type: ignore[attr-defined]
    if held:
        assert [h.where for h in got[term].hits] == ["lang"]  # type: ignore[attr-defined]


# 3. The match bench times CPU time: on a shared, loaded machine the wall time of a whole
#    match says how busy the machine is (42 ms wall for 13 ms of CPU in match20's runs).
def test_the_match_bench_times_cpu_time(monkeypatch: pytest.MonkeyPatch) -> None:
    bench = Path(__file__).resolve().parent.parent / "bench"
    monkeypatch.syspath_prepend(str(bench))
    import match_bench

    assert match_bench._per_call(lambda: time.sleep(0.02), 2, 1) < 5  # asleep: no CPU
