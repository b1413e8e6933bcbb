"""Dutch classes the native editors found in round 15's blind personas (issue #7): Title Case
on a phrase, a list typed with commas only, organisation answers that name no employer, the
d/t slip, and names that keep their capitals when a list or answer is lowered."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

import pytest

from wizard.core.model import from_document
from wizard.core.render import Renderer

PERSONAS = Path(__file__).resolve().parent / "fixtures" / "personas"


def _texts(**answers: Any) -> str:
    with (PERSONAS / "nl-marloes.toml").open("rb") as fh:
        doc = tomllib.load(fh)
    doc = copy.deepcopy(doc)
    for key, value in answers.items():
        section, field = key.split("__")
        doc.setdefault(section, {})[field] = value
    result = Renderer().render(from_document(doc))
    return "\n".join(t for o in result.outputs.values()
                     for t in [o.chosen.text, *(a.text for a in o.alternatives)])


@pytest.mark.parametrize(("audience", "expected"), [
    ("Ondernemers In De Zorg", "Ik richt me op ondernemers in de zorg."),
    ("MKB Eigenaren", "Ik richt me op MKB-eigenaren."),
    ("MKB eigenaren en ICT bedrijven", "Ik richt me op MKB-eigenaren en ICT-bedrijven."),
    # a place after "in", "uit" keeps its capital; a known name of two words keeps both
    ("Boeren In Het Westland Die Met Lely Werken",
     "Ik richt me op boeren in het Westland die met Lely werken."),
    ("Ondernemers Uit Brabant En Limburg", "Ik richt me op ondernemers uit Brabant en Limburg."),
    ("Gebruikers Van Exact Online", "Ik richt me op gebruikers van Exact Online."),
    ("Mensen In Den Haag", "Ik richt me op mensen in Den Haag."),
])
def test_a_title_case_audience_is_lowered_where_it_is_no_name(audience: str,
                                                               expected: str) -> None:
    assert expected in _texts(future__audience=audience)


def test_a_verb_after_an_acronym_stays_apart() -> None:
    texts = _texts(offer__help="AI inzetten in je bedrijf")
    assert "AI inzetten" in texts
    assert "AI-inzetten" not in texts


@pytest.mark.parametrize(("audience", "expected"), [
    ("ouders, leerkrachten, directies", "Ik richt me op ouders, leerkrachten en directies."),
    ("Ouders, Leerkrachten, Directies", "Ik richt me op ouders, leerkrachten en directies."),
    ("ouders, leerkrachten", "Ik richt me op ouders en leerkrachten."),
    # an aside, an "enz." or a list with its own "en" stays as typed
    ("scholen, vooral in Utrecht", "Ik richt me op scholen, vooral in Utrecht."),
    ("ouders, leerkrachten, directies, enz.",
     "Ik richt me op ouders, leerkrachten, directies, enz."),
    ("ouders, leerkrachten en directies", "Ik richt me op ouders, leerkrachten en directies."),
])
def test_a_comma_list_typed_in_one_answer_gets_en(audience: str, expected: str) -> None:
    assert expected in _texts(future__audience=audience)


def test_a_comma_list_of_plans_gets_en() -> None:
    texts = _texts(future__doing="projecten leiden, teams coachen, beleid schrijven")
    assert "ga ik projecten leiden, teams coachen en beleid schrijven." in texts


@pytest.mark.parametrize(("org", "expected"), [
    ("Gemeente Utrecht", "beleidsadviseur wonen bij de gemeente Utrecht"),
    ("gemeente Utrecht", "beleidsadviseur wonen bij de gemeente Utrecht"),
    ("De Gemeente Utrecht", "beleidsadviseur wonen bij de gemeente Utrecht"),
    ("Gemeente", "beleidsadviseur wonen bij de gemeente."),
    ("Het Ministerie van Financiën", "beleidsadviseur wonen bij het ministerie van Financiën"),
    ("mijn eigen bedrijf", "beleidsadviseur wonen met een eigen bedrijf"),
    ("Eigen praktijk", "beleidsadviseur wonen met een eigen praktijk"),
    ("regio Twente", "beleidsadviseur wonen in de regio Twente"),
    ("Noord-Brabant", "beleidsadviseur wonen in Noord-Brabant"),
    ("Utrecht", "beleidsadviseur wonen in Utrecht"),
])
def test_an_organisation_answer_takes_the_frame_that_fits(org: str, expected: str) -> None:
    texts = _texts(person__organisation=org)
    assert expected in texts
    assert f"bij {org}" not in texts


@pytest.mark.parametrize(("typed", "expected"), [
    ("ik wordt vaak gebeld als het misgaat", "Ik word vaak gebeld als het misgaat."),
    ("Soms wordt ik gebeld als het misgaat", "Soms word ik gebeld als het misgaat."),
    ("ik vindt samenwerken belangrijk", "Ik vind samenwerken belangrijk."),
    ("hij vind dat ik te snel ga", "hij vindt dat ik te snel ga"),
    ("jij word er blij van", "jij wordt er blij van"),
    # "ze" and "u" as an object keep the stem: "als ik ze vind"
    ("als ik ze vind, bel ik ze", "als ik ze vind, bel ik ze"),
    ("dat vind ik belangrijk", "dat vind ik belangrijk"),
])
def test_the_dt_slip_is_mended(typed: str, expected: str) -> None:
    texts = _texts(statement__way_of_working=typed)
    assert expected.lower() in texts.lower()
    assert expected[1:] in texts


@pytest.mark.parametrize(("areas", "expected"), [
    (["melkveehouderij", "lely robots", "exact online"],
     "melkveehouderij, Lely-robots en Exact Online"),
    (["Boekhouding In Exact Online", "advies"], "boekhouding in Exact Online en advies"),
    (["weidegang", "kalveropfok", "Utrecht"], "weidegang, kalveropfok en Utrecht"),
])
def test_names_keep_their_capitals_when_a_list_is_lowered(areas: list[str],
                                                          expected: str) -> None:
    assert f"Ik weet veel van {expected}." in _texts(expertise__areas=areas)


def test_a_name_in_an_address_is_left_alone() -> None:
    texts = _texts(offer__call_to_action="Mail me via info@lely.com of kijk op utrecht.nl")
    assert "info@lely.com" in texts
    assert "utrecht.nl" in texts


# --- round 16's blind personas (tests/fixtures/personas/nl-*16.toml) ---------------------


def _checks(**answers: Any) -> list[tuple[str, str]]:
    with (PERSONAS / "nl-marloes.toml").open("rb") as fh:
        doc = tomllib.load(fh)
    for key, value in answers.items():
        section, field = key.split("__")
        doc.setdefault(section, {})[field] = value
    result = Renderer().render(from_document(doc))
    return [(f.code, f.message) for o in result.outputs.values()
            for a in [o.chosen, *o.alternatives] for f in a.findings if f.severity == "error"]


def test_a_possessive_of_the_other_register_takes_the_texts() -> None:
    texts = _texts(offer__help="onderhoud en verduurzaming van uw woning")
    assert "van je woning" in texts
    assert "uw woning" not in texts
    assert not [c for c, _ in _checks(offer__help="onderhoud en verduurzaming van uw woning")
                if c == "mixed_register"]


def test_gaan_typed_after_ga_ik_is_not_said_twice() -> None:
    texts = _texts(future__doing="terug aan de slag gaan als planner in de haven")
    assert "ga ik terug aan de slag als planner in de haven." in texts
    assert "slag gaan" not in texts


def test_an_offer_that_describes_the_person_says_ik_ben() -> None:
    texts = _texts(person__role="Logistiek Planner",
                   offer__help="een planner die direct inzetbaar is, ook in het weekend")
    assert "Ik ben een planner die direct inzetbaar is, ook in het weekend." in texts
    assert "met een planner" not in texts


def test_two_places_joined_by_a_spaced_hyphen_are_one_name() -> None:
    texts = _texts(future__audience="bedrijven in de regio Antwerpen - Mechelen")
    assert "in de regio Antwerpen-Mechelen." in texts


def test_a_lone_n_is_een() -> None:
    texts = _texts(statement__way_of_working="Ik ben altijd n kwartier te vroeg en ik heb z'n tijd")
    assert "Ik ben altijd een kwartier te vroeg en ik heb z'n tijd." in texts


def test_a_title_in_the_greeting_is_small() -> None:
    texts = _texts(invitation__recipient="Dokter Vermeulen",
                   invitation__context="we samen een patiënt opvolgen")
    assert "Beste dokter Vermeulen," in texts  # a titled recipient is greeted formally


def test_an_adverb_before_the_verb_puts_the_reason_after_omdat() -> None:
    texts = _texts(drivers__why="data pas waarde heeft als mensen erop durven te sturen")
    assert "omdat data pas waarde heeft" in texts
    assert "want data pas" not in texts


def test_a_law_keeps_its_capital_in_a_lowered_list() -> None:
    texts = _texts(expertise__areas=["Woonbeleid", "Omgevingswet", "Participatie"])
    assert "Ik weet veel van woonbeleid, Omgevingswet en participatie." in texts


def test_a_capitalised_plural_among_small_items_is_lowered() -> None:
    texts = _texts(expertise__areas=["CV-ketels", "Warmtepompen", "sanitair"])
    assert "Ik weet veel van CV-ketels, warmtepompen en sanitair." in texts


def test_a_spaced_slash_between_two_words_of_a_role() -> None:
    texts = _texts(person__role="Installateur / Eigenaar")
    assert "Installateur/eigenaar" in texts
    assert "Ik ben installateur en eigenaar van" in texts
    assert "Installateur / eigenaar" not in texts


def test_an_adjective_among_the_values_is_an_error_that_says_how() -> None:
    found = _checks(drivers__values=["ownership", "pragmatisch", "humor"])
    assert any(c == "rephrase" and "pragmatisme" in m for c, m in found)


@pytest.mark.parametrize(("org", "expected"), [
    ("Coolblue (Rotterdam)", "beleidsadviseur wonen bij Coolblue in Rotterdam."),
    ("Groepspraktijk Kine Sint-Kruis (Brugge)", "bij Groepspraktijk Kine Sint-Kruis in Brugge."),
    # an acronym or a note in brackets is no place
    ("Rijkswaterstaat (RWS)", "bij Rijkswaterstaat (RWS)."),
])
def test_a_place_in_brackets_after_the_organisation_reads_in(org: str, expected: str) -> None:
    assert expected in _texts(person__organisation=org)


def _formal_texts(help_: str) -> str:
    with (PERSONAS / "nl-marloes.toml").open("rb") as fh:
        doc = tomllib.load(fh)
    doc["register"] = "formal"
    doc["offer"]["help"] = help_
    result = Renderer().render(from_document(doc))
    return "\n".join(t for o in result.outputs.values()
                     for t in [o.chosen.text, *(a.text for a in o.alternatives)])


@pytest.mark.parametrize(("help_", "expected"), [
    ("een eerlijk verhaal over overstappen na je 50e", "Ik kan u helpen met een eerlijk "
     "verhaal over overstappen na uw 50e."),
    ("een gesprek over je toekomst", "Ik kan u helpen met een gesprek over uw toekomst."),
    # "met je praten": "je" before a verb (or a word in -en) is no possessive; it stays
    ("een plek om met je praten te oefenen", "een plek om met je praten te oefenen"),
])
def test_a_generic_je_in_the_offer_of_a_u_text_is_uw(help_: str, expected: str) -> None:
    assert expected in _formal_texts(help_)


def test_a_generic_je_elsewhere_in_a_u_text_is_the_reader_too() -> None:
    # round 17: no "je" is left in a u-text (tests/test_nl_texts17.py)
    with (PERSONAS / "nl-ellen16.toml").open("rb") as fh:
        doc = tomllib.load(fh)
    result = Renderer().render(from_document(doc))
    texts = "\n".join(o.chosen.text for o in result.outputs.values())
    assert "het beeld dat u na uw 50e niet meer" in texts


def test_an_object_put_first_keeps_the_stem_before_ik() -> None:
    texts = _texts(statement__way_of_working="Ze vind ik de leukste klanten. Hij vind dat ook")
    assert "Ze vind ik de leukste klanten. Hij vindt dat ook." in texts
