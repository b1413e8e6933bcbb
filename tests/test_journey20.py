"""Round 20, the journeys: the match report names the ad's language in the profile's words, not
by its code ("Taal van de vacature: nl" read like a typo to a Dutch job seeker); a handout shows
the stems in the profile's register."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.core import model
from wizard.core.match import analyse, match
from wizard.core.match.report import format_match

ADS = Path(__file__).resolve().parent / "fixtures" / "ads"
ANSWERS = Path(__file__).resolve().parent / "fixtures" / "answers"

# (answers file, ad, the line the report starts with under its title)
CASES = [
    ("en-maya.toml", "nl-hr-adviseur.md", "Ad language: Dutch (detected)"),
    ("nl-messy.toml", "nl-hr-adviseur.md", "Taal van de vacature: Nederlands (herkend)"),
    ("fr-claire.toml", "fr-chef-de-projet.md", "Langue de l'offre\u00a0: français (reconnue)"),
    ("it-chiara.toml", "en-data-analyst.md", "Lingua dell'annuncio: inglese (riconosciuta)"),
]


@pytest.mark.parametrize(("answers_file", "ad_file", "line"), CASES)
def test_the_ad_language_is_named_in_the_profiles_language(answers_file: str, ad_file: str,
                                                          line: str) -> None:
    answers = model.load(ANSWERS / answers_file)
    ad = analyse((ADS / ad_file).read_text(encoding="utf-8"), fallback=answers.lang)
    report = format_match(match(ad, answers, {}), answers, "text")
    assert report.splitlines()[1].replace("\u202f", "\u00a0") == line, report.splitlines()[1]


# (language, register, the stem a handout shows before "how you can help")
HANDOUT_STEMS = [
    ("nl", "formal", "Ik kan u helpen met"),
    ("nl", "", "Ik kan je helpen met"),
    ("it", "formal", "La posso aiutare con"),
    ("fr", "informal", "Je peux t'aider avec"),
    ("fr", "", "Je peux vous aider avec"),
]


@pytest.mark.parametrize(("lang", "register", "stem"), HANDOUT_STEMS)
def test_the_handout_shows_the_answers_stems_in_the_profiles_register(
        lang: str, register: str, stem: str) -> None:
    """A handout for a client in u listed "Ik kan je helpen met: …" under the answers."""
    from wizard.core.handout import answer_groups

    answers = model.from_document({"schema": 1, "lang": lang, "register": register,
                                   "person": {"name": "Sanne de Vries"},
                                   "offer": {"help": "campagnes die leads opleveren"}},
                                  partial=True)
    lines = {line.key: line for group in answer_groups(answers, {"yes": "yes"})
             for line in group.lines}
    assert lines["offer.help"].stem == stem


# (the ad's first line, its language, the title read, a word that must be no term of it)
LABELLED_TITLES = [
    ("Vacature: Senior Marketingmanager B2B (32-40 uur)", "nl",
     "Senior Marketingmanager B2B", "vacature"),
    ("Offre d'emploi : Chef de projet informatique (H/F)", "fr",
     "Chef de projet informatique", "offre"),
    ("Offerta di lavoro: Project Manager junior", "it", "Project Manager junior", "offerta"),
    ("Vacancy: Senior Data Analyst (m/f/d)", "en", "Senior Data Analyst", "vacancy"),
]


@pytest.mark.parametrize(("first_line", "lang", "title", "no_term"), LABELLED_TITLES)
def test_a_label_before_the_titles_colon_is_no_role(first_line: str, lang: str, title: str,
                                                   no_term: str) -> None:
    """A Dutch ad headed "Vacature: Senior Marketingmanager B2B" was matched as the job
    "Vacature": its report was titled so and "vacature" topped the missing terms (1,00)."""
    body = {"nl": "Je ontwikkelt campagnes en werkt met HubSpot en Google Analytics.",
            "fr": "Vous pilotez des projets informatiques avec Jira et une équipe agile.",
            "it": "Gestirai progetti con Jira e coordinerai un team agile.",
            "en": "You will build dashboards in Power BI and write SQL for the team."}[lang]
    ad = analyse(f"{first_line}\n\n{body}\n", lang)
    assert ad.title == title
    assert no_term not in {t.text.casefold() for t in ad.terms}
