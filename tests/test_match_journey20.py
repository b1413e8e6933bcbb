"""Round 20: the match report names the ad's language in the profile's words, not by its code
("Taal van de vacature: nl" read like a typo to a Dutch job seeker)."""

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
