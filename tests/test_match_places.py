"""A place in a job ad says where the job is, not what it asks: "Den Haag", "regio Rotterdam",
"Milano" or "Clermont-Ferrand" is never a key term, in any language, while the skills around
them still are, and a product that shares a word with a town ("Meta Ads") stays a term."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.core import datacache
from wizard.core.match import analyse
from wizard.core.match.places import key, places

ADS = {
    "en": """# Payroll Administrator

We are a growing accountancy firm with offices in Leeds and Manchester, and a client base
across Yorkshire and the North West of England.

## What you will do
- Run the monthly payroll for our clients in Leeds, using Sage Payroll.
- Handle PAYE, pension auto-enrolment and statutory payments.
- Travel to Manchester once a month for the team day.

## What you bring
- Experience with Sage Payroll and Excel pivot tables.
- You live within commuting distance of Leeds or Bradford.
""",
    "nl": """# Teamleider klantenservice

Voor ons kantoor in Den Haag en onze vestiging in Amersfoort zoeken wij een teamleider
klantenservice.

## Wat ga je doen
- Je coacht een team van twaalf medewerkers in Den Haag.
- Je bewaakt de kwaliteit van de klantcontacten en rapporteert aan het management in Amersfoort.

## Wie ben jij
- Ervaring met klantenservice en coaching van medewerkers.
- Je woont bij voorkeur in de regio Rotterdam of Den Haag.
""",
    "it": """# Addetto marketing digitale

Azienda di moda con sede a Milano e showroom a Firenze cerca un addetto marketing digitale.

## Attività
- Gestione delle campagne Meta Ads e Google Ads per i negozi di Milano e Firenze.
- Analisi dei risultati delle campagne e reportistica mensile.

## Requisiti
- Esperienza con Meta Ads, Google Ads e Google Analytics.
- Disponibilità a trasferte a Torino e a Bologna.
""",
    "fr": """# Responsable d'entrepôt

Notre groupe logistique recrute pour son entrepôt de Clermont-Ferrand un responsable d'entrepôt.

## Vos missions
- Vous encadrez les équipes de préparation de commandes à Clermont-Ferrand.
- Vous pilotez les indicateurs de performance et la gestion des stocks.

## Votre profil
- Expérience en gestion des stocks et en management d'équipe.
- Des déplacements ponctuels à Lyon et à Saint-Étienne sont à prévoir.
""",
}

PLACES = {
    "en": {"leeds", "manchester", "bradford", "yorkshire"},
    "nl": {"den haag", "haag", "amersfoort", "regio rotterdam", "rotterdam"},
    "it": {"milano", "firenze", "torino", "bologna"},
    "fr": {"clermont-ferrand", "lyon", "saint-étienne", "étienne"},
}
SKILLS = {
    "en": {"sage payroll", "excel pivot tables"},
    "nl": {"teamleider klantenservice", "klantcontacten"},
    "it": {"meta ads", "google ads", "google analytics"},
    "fr": {"responsable d'entrepôt", "gestion des stocks"},
}


@pytest.mark.parametrize("lang", sorted(ADS))
def test_no_place_is_a_term_and_the_skills_still_are(lang: str) -> None:
    terms = {t.text.casefold() for t in analyse(ADS[lang], lang).terms}
    assert not terms & PLACES[lang], terms & PLACES[lang]
    assert SKILLS[lang] <= terms, SKILLS[lang] - terms


def test_places_are_towns_under_their_names_but_not_names_in_other_scripts() -> None:
    nl = places(("NL", "BE", "SR", "CW", "AW"))
    assert {"den haag", "amersfoort", "antwerpen", "anvers", "aalst"} <= nl
    assert key("'s-Gravenhage") in nl  # an alternate name of a town of the pack's countries
    assert "milano" in nl and "mailand" in nl  # a city of millions, in other languages too
    # "メーダ" (Meda) folds to "meta" by sound: no name in another script is taken
    assert "meta" not in places(("IT", "CH", "SM", "VA"))


def test_the_place_names_are_kept_for_the_next_run(isolated_home: Path) -> None:
    countries = ("MT",)
    found = places(countries)
    kept = list((isolated_home / "cache" / "data").glob("places*-MT.json"))
    assert len(kept) == 1 and set(datacache.read_json(kept[0].stem)) == found
    assert "valletta" in found
