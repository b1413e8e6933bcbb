"""Round 20 of the job-ad match (issue #11).

1. A profile holds the language it is written in (its answers' `lang`): an Italian profile
   holds the ad's "italiano" and "italiano scritto" however few words name it, and a country
   or a people it names holds no language ("Nord Italia" is no "italiano", "importatori
   tedeschi" no "tedesco", "Noord-Nederland" no "Nederlands", "Franse klanten" no "Frans").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.core.match import analyse, match
from wizard.core.match.report import format_match
from wizard.core.model import Answers, load
from wizard.core.render import Renderer

FIXTURES = Path(__file__).parent / "fixtures"


def _ad(ad: str) -> str:
    """A fixture ad by its file name, an ad of this file by its name, or the ad itself."""
    if ad in globals() and ad.endswith("_AD"):
        return str(globals()[ad])
    if ad.endswith(".md"):
        return next((FIXTURES / "ads").rglob(ad)).read_text(encoding="utf-8")
    return ad


def persona_match(persona: str, ad: str):  # type: ignore[no-untyped-def]
    answers = load(FIXTURES / "personas" / f"{persona}.toml")
    texts = {k: o.chosen.text for k, o in Renderer().render(answers).outputs.items()}
    return answers, match(analyse(_ad(ad), None, fallback=answers.lang), answers, texts)


def terms(ad: str, ad_lang: str, lang: str, answers: dict[str, object]) -> dict[str, object]:
    a = Answers(lang)
    a.set("person.role", "x")
    for k, v in answers.items():
        a.set(k, v)
    return {t.term.text: t for t in match(analyse(_ad(ad), ad_lang), a, {}).terms}


# persona -> ad -> the language term it holds by being written in it -> at least this score
WRITTEN_IN = [
    ("it-giulia3", "it-traduttore-tecnico.md", "italiano", 10),
    ("it-giulia3", "it-traduttore-tecnico.md", "italiano scritto", 10),
    ("nl-kobe4", "nl-data-scientist-leuven.md", "Nederlands", 3),
    ("nl-lieke", "nl-data-scientist-leuven.md", "Nederlands", 3),
    ("nl-sander", "nl-financieel-administratief.md", "Nederlands", 6),
    ("nl-sevda", "nl-projectleider-vlaanderen.md", "Nederlands", 3),
    ("nl-kobe4", "nl-financieel-administratief.md", "Nederlands", 3),
]


@pytest.mark.parametrize(("persona", "ad", "term", "score"), WRITTEN_IN)
def test_a_profile_holds_the_language_it_is_written_in(persona: str, ad: str, term: str,
                                                       score: int) -> None:
    answers, m = persona_match(persona, ad)
    got = {t.term.text: t for t in m.terms}
    assert got[term].found and not got[term].partial, got[term]
    assert got[term].where[0] == "lang", got[term]
    assert m.score >= score, m.score
    # the report says why, in the profile's language, without quoting a word of it
    assert term in format_match(m, answers, "text")


def test_the_json_names_the_answers_lang_key() -> None:
    _, m = persona_match("it-giulia3", "it-traduttore-tecnico.md")
    row = next(t for t in m.json()["terms"] if t["term"] == "italiano")
    assert (row["found"], row["where"][0], row["matched_as"]) == (True, "lang", "exact")


NL_AD = ("Projectleider\n\nWat vragen wij?\n- Je spreekt vlot Nederlands en goed Frans\n"
         "- Ervaring met planning en budgetbeheer\n- Kennis van MS Project\n")
IT_AD = ("Traduttore\n\nRequisiti\n- Ottimo italiano scritto\n- Ottimo tedesco\n"
         "- Esperienza con SDL Trados e memorie di traduzione\n")
FR_AD = ("Assistant juridique\n\nProfil recherché\n- Excellent français écrit\n- Anglais "
         "juridique apprécié\n- Maîtrise de la rédaction des contrats\n")
EN_AD = ("Support Analyst\n\nRequirements\n- Fluent Italian and written English\n- Strong SQL "
         "and Power BI skills\n- Ticketing tools\n")

# ad -> its language -> the profile's language -> its answers -> a language term it does NOT
# hold: a country or a people is no language, and a profile in another language holds only
# the languages it names
NOT_HELD = [
    ("NL_AD", "nl", "en", {"future.audience": "clients in Noord-Nederland"}, "Nederlands"),
    ("NL_AD", "nl", "en", {"expertise.areas": ["projects across Nederland"]}, "Nederlands"),
    ("NL_AD", "nl", "nl", {"future.audience": "Franse klanten"}, "Frans"),
    ("IT_AD", "it", "en", {"future.audience": "restaurants in Nord Italia"}, "italiano scritto"),
    ("IT_AD", "it", "it", {"future.audience": "gli importatori tedeschi"}, "tedesco"),
    ("FR_AD", "fr", "en", {"future.audience": "law firms in France"}, "français écrit"),
    ("FR_AD", "fr", "fr", {"expertise.areas": ["droit des contrats"]}, "anglais juridique"),
    ("EN_AD", "en", "it", {"expertise.areas": ["SQL"]}, "written English"),
]


@pytest.mark.parametrize(("ad", "ad_lang", "lang", "answers", "term"), NOT_HELD)
def test_a_country_or_a_people_holds_no_language(ad: str, ad_lang: str, lang: str,
                                                 answers: dict[str, object],
                                                 term: str) -> None:
    got = terms(ad, ad_lang, lang, answers)
    assert term in got and not got[term].found, got[term]  # type: ignore[attr-defined]


# … and a profile written in the language holds it, and what the ad says of it in writing
HELD = [
    ("NL_AD", "nl", "nl", {}, "Nederlands"),
    ("IT_AD", "it", "it", {}, "italiano scritto"),
    ("FR_AD", "fr", "fr", {}, "français écrit"),
    ("EN_AD", "en", "en", {}, "written English"),
    ("EN_AD", "en", "en", {"expertise.areas": ["Italian"]}, "Italian"),
]


@pytest.mark.parametrize(("ad", "ad_lang", "lang", "answers", "term"), HELD)
def test_a_profile_in_the_language_holds_it(ad: str, ad_lang: str, lang: str,
                                            answers: dict[str, object], term: str) -> None:
    got = terms(ad, ad_lang, lang, answers)
    assert term in got and got[term].found, got  # type: ignore[attr-defined]


# 2. A title's role and the terms inside it: the title's mentions are the role's, counted
#    once, not once more in each of its parts; a role of four words is one term.
ROLE_ADS = {
    "nl": "Teamleider Klantenservice\n\nOver de functie\nAls **Teamleider Klantenservice** "
          "stuur je een team van twintig medewerkers aan.\n\nWat vragen wij?\n- Ervaring als "
          "teamleider\n- Kennis van Zendesk\n- Ervaring met coaching en planning\n",
    "fr": "Chef d'équipe logistique\n\nLe poste\nEn tant que **Chef d'équipe logistique**, "
          "vous animez une équipe de vingt préparateurs.\n\nProfil recherché\n- Expérience "
          "comme chef d'équipe\n- Maîtrise de SAP\n- Gestion des stocks\n",
    "en": "Night Shift Nurse Coordinator\n\nAbout the role\nAs our **Night Shift Nurse "
          "Coordinator** you lead the wards at night.\n\nRequirements\n- Experience of night "
          "shift work\n- Registered nurse (NMC)\n- Clinical assessment skills\n",
}

# ad (a fixture's file name, or a language of ROLE_ADS) -> the role -> a part of it that is a
# term of its own only by what is said outside the role -> terms that must not be shown
ROLES = [
    ("en-warehouse-team-leader.md", "Warehouse Team Leader", "team leader", []),
    ("en-customer-success.md", "Customer Success Manager", "Customer Success", []),
    ("en-night-nurse-coordinator.md", "Night Shift Nurse Coordinator", "night shift",
     ["Night Shift Nurse", "Shift Nurse Coordinator"]),
    ("en", "Night Shift Nurse Coordinator", "night shift",
     ["Night Shift Nurse", "Shift Nurse Coordinator"]),
    ("fr", "Chef d'équipe logistique", "chef d'équipe", []),
    ("nl", "Teamleider Klantenservice", "teamleider", []),
]


@pytest.mark.parametrize(("ad", "role", "part", "never"), ROLES)
def test_a_title_role_counts_its_parts_once(ad: str, role: str, part: str,
                                            never: list[str]) -> None:
    text = ROLE_ADS[ad] if ad in ROLE_ADS else _ad(ad)
    got = {t.text: t.weight for t in analyse(text).terms}
    assert got[role] >= 0.95, got  # the role leads
    assert got[part] < 0.5 * got[role], got  # its part weighs what is said of it elsewhere
    assert not set(never) & set(got), got


# 3. A term whose head the profile lacks is not found by its qualifier alone, and the report
#    says what it did see: "you mention 'time series analysis'".
DS_ADS = {
    "en": "Data Scientist\n\nRequirements\n- Time series forecasting\n- Forecasting of sales "
          "volumes\n- Experience with SQL\n- Machine learning models\n",
    "nl": "Data scientist\n\nWat vragen wij?\n- Voorspelling van tijdreeksen\n- Kennis van SQL\n"
          "- Machine learning modellen\n",
    "it": "Analista dati\n\nRequisiti\n- Previsione delle serie storiche\n- Conoscenza di SQL\n"
          "- Modelli di machine learning\n",
    "fr": "Analyste\n\nProfil recherché\n- Prévision des séries temporelles\n- Maîtrise de SQL\n"
          "- Modèles de machine learning\n",
}

# language -> the profile's expertise -> the ad's term -> the words the report says it saw
RELATED = [
    ("en", "time series analysis", "time series forecasting", "time series analysis"),
    ("en", "analysis of sales volumes", "forecasting of sales volumes",
     "analysis of sales volumes"),
    ("nl", "analyse van tijdreeksen", "voorspelling van tijdreeksen", "analyse van tijdreeksen"),
    ("it", "analisi delle serie storiche", "previsione delle serie storiche",
     "analisi delle serie storiche"),
    ("fr", "analyse des séries temporelles", "prévision des séries temporelles",
     "analyse des séries temporelles"),
]


@pytest.mark.parametrize(("lang", "expertise", "term", "seen"), RELATED)
def test_a_shared_qualifier_is_no_hit_but_is_said(lang: str, expertise: str, term: str,
                                                  seen: str) -> None:
    a = Answers(lang)
    a.set("person.role", "x")
    a.set("expertise.areas", [expertise])
    m = match(analyse(DS_ADS[lang], lang), a, {})
    got = {t.term.text.casefold(): t for t in m.terms}
    assert not got[term].found, got[term]  # neither whole nor in part
    assert got[term].related == seen, got[term]
    report = format_match(m, a, "text")
    line = next(x for x in report.splitlines() if f"✗ {got[term].term.text} " in x)
    assert seen in line, report


def test_a_term_found_says_nothing_related() -> None:
    a = Answers("en")
    a.set("person.role", "x")
    a.set("expertise.areas", ["time series forecasting"])
    got = {t.term.text: t for t in match(analyse(DS_ADS["en"], "en"), a, {}).terms}
    assert got["time series forecasting"].found and not got["time series forecasting"].related


# 4. A brand or product name keeps its capitals where the start of an item or the title case
#    would lower it: "Microsoft 365" opening an item, "Python" that the ad writes with its
#    capital elsewhere; a word the ad writes in lower case somewhere is lowered as before.
NAME_ADS = {
    "en": "IT Support Lead\n\nRequirements\n- Microsoft 365 administration and Entra ID\n"
          "- Python scripting\n- Windows 11 rollout\n\nAbout you\nYou have worked with Python "
          "and Intune before.\n",
    "it": "Traduttore\n\nRequisiti\n- Microsoft 365\n- Ottima conoscenza di SDL Trados\n"
          "- memorie di traduzione\n",
    "nl": "Servicedesk\n\nWat vragen wij?\n- Microsoft 365 beheer\n- Kennis van Intune\n"
          "- Ervaring met Jira\n",
    "fr": "Technicien\n\nProfil recherché\n- Microsoft 365 et Intune\n- Maîtrise de Jira\n"
          "- Windows 11\n",
}

# language -> terms shown as written -> terms shown lowered (a capital only its place gave)
NAMES = [
    ("en", ["Microsoft 365 administration", "Python scripting", "Windows", "Python"],
     ["IT support lead", "rollout"]),
    ("it", ["Microsoft 365", "SDL Trados"], ["traduttore"]),
    ("nl", ["Microsoft 365 beheer", "Intune", "Jira"], ["servicedesk"]),
    ("fr", ["Microsoft 365", "Windows"], ["technicien"]),
]


@pytest.mark.parametrize(("lang", "named", "plain"), NAMES)
def test_a_name_keeps_its_capitals(lang: str, named: list[str], plain: list[str]) -> None:
    shown = [t.text for t in analyse(NAME_ADS[lang], lang).terms]
    assert set(named) <= set(shown), shown
    assert set(plain) <= set(shown), shown


@pytest.mark.parametrize("ad", ["en-payroll-specialist.md", "en-it-support-lead.md",
                                "it-project-manager.md", "en-payroll-officer.md"])
def test_a_word_the_title_case_capitalises_is_lowered_as_before(ad: str) -> None:
    shown = [t.text for t in analyse(_ad(ad)).terms]
    assert not {"Payroll specialist", "Payroll processing", "Lead", "project Manager IT",
                "Payroll officer"} & set(shown), shown
