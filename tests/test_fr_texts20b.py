"""Round 20, second French pass (issue #7): what is left of the blind set, by class."""

from __future__ import annotations

from typing import Any

import pytest
from test_en_texts19 import _said

from wizard.grammar import grammar

ROLE, ORG = "person__role", "person__organisation"


@pytest.mark.parametrize(("persona", "answers", "reads", "never"), [
    # a status after the role's comma is said after the organisation, not as a post in it
    ("fr-claire20", {}, "biologie végétale au sein de l'EPFL (contrat jusqu'au 31.03.2027), "
     "en recherche d'emploi", "en recherche d'emploi au sein de"),
    ("fr-claire20", {ROLE: "ingénieure qualité, en reconversion", ORG: "Danone"},
     "ingénieure qualité chez Danone, en reconversion", "en reconversion chez"),
    # nor does the headline's audience follow it ("en recherche d'emploi pour les départements")
    ("fr-claire20", {}, "Chercheuse postdoctorale en biologie végétale, en recherche d'emploi\n",
     "en recherche d'emploi pour les"),
    # a role without a status keeps its frame
    ("fr-claire20", {ROLE: "chercheuse postdoctorale en biologie végétale"},
     "chercheuse postdoctorale en biologie végétale au sein de l'EPFL (contrat", "emploi au"),
])
def test_status_after_org(persona: str, answers: dict[str, Any], reads: str, never: str) -> None:
    said = _said(persona, answers)
    assert reads in said, said
    assert never not in said, said


@pytest.mark.parametrize(("typed", "cased"), [
    ("Norme ARS 1000", "norme ARS 1000"),
    ("Méthode HACCP", "méthode HACCP"),
    # a number alone, or a word French does not hold, is a product's name
    ("Office 365", "Office 365"),
    ("Power BI", "Power BI"),
    ("Banque Populaire", "Banque Populaire"),
])
def test_common_word_before_acronym(typed: str, cased: str) -> None:
    g = grammar("fr")
    items = ["Agroforesterie cacaoyère", typed, "Formation des producteurs"]
    assert g.list_names(items, ["agroforesterie cacaoyère", typed,
                                "formation des producteurs"])[1] == cased


@pytest.mark.parametrize(("typed", "reads"), [
    # a time phrase at the head of "parce que" is set off before the subject
    ("former la relève parce qu'après 22 ans dans les airs je veux rester au sol",
     "former la relève parce qu'après 22 ans dans les airs, je veux rester au sol"),
    ("quand depuis trois ans on travaille ensemble", "quand depuis trois ans, on travaille "
     "ensemble"),
    # never inside the phrase's own clause, nor after a comma already there
    ("parce qu'après ce que je sais je reste", "parce qu'après ce que je sais je reste"),
    ("parce que depuis que je suis petite je rêve", "parce que depuis que je suis petite je rêve"),
    ("parce qu'après 22 ans, je veux rester", "parce qu'après 22 ans, je veux rester"),
])
def test_comma_after_fronted_time(typed: str, reads: str) -> None:
    assert grammar("fr").respell(typed) == reads


@pytest.mark.parametrize(("typed", "reads"), [
    # "beaucoup de choses :" says nothing the frame's own colon does not
    ("bcp de choses : simulations, briefings, coaching des chefs de cabine, etc.",
     "simulations, briefings, coaching des chefs de cabine, etc."),
    ("Plein de choses: des audits et des formations", "des audits et des formations"),
    ("des choses concrètes : audits et formations", "des choses concrètes : audits et formations"),
])
def test_vague_offer_head(typed: str, reads: str) -> None:
    assert grammar("fr").reshape(typed, "offer.help") == reads


def test_sylvie_offer_frame() -> None:
    said = _said("fr-sylvie20", {})
    assert "propose : beaucoup de choses" not in said and "Beaucoup de choses :" not in said
    assert "dans les airs, je veux" in said
