"""Dutch frames that must say only what is true of the person (issue #7, the eighth blind
round): whom the work is for after a career plan, an employee's offer, a past role in
brackets, a whole sentence after "Wat ik wil veranderen", a title in a spoken pitch."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.core.model import load
from wizard.core.render import Renderer

PERSONAS = Path(__file__).resolve().parent / "fixtures" / "personas"


@pytest.fixture(scope="module")
def jorien() -> dict[str, list[str]]:
    """A planner employed by a transport company, her past job in brackets in her role."""
    result = Renderer().render(load(PERSONAS / "nl-jorien8.toml"))
    return {k: [o.chosen.text, *(a.text for a in o.alternatives)]
            for k, o in result.outputs.items()}


def test_a_career_plan_is_not_done_for_the_readers(jorien: dict[str, list[str]]) -> None:
    texts = " ".join(jorien["summary"] + jorien["pitch"])
    assert "Dat doe ik voor" not in texts
    assert "Ik richt me op transportbedrijven en verladers" in texts


def test_an_employee_does_not_help_the_readers_as_clients(jorien: dict[str, list[str]]) -> None:
    assert not any("Ik help transportbedrijven" in t for t in jorien["summary"])


def test_a_past_role_in_brackets_follows_the_employer(jorien: dict[str, list[str]]) -> None:
    texts = " ".join(jorien["summary"] + jorien["pitch"])
    assert "(was 12 jaar chauffeur) bij" not in texts
    assert "transportplanner bij Van Gorp Transport in Waalwijk (was 12 jaar chauffeur)" in texts


def test_a_whole_sentence_to_change_takes_a_colon(jorien: dict[str, list[str]]) -> None:
    texts = " ".join(jorien["summary"])
    assert "is planners weten" not in texts
    assert "Wat ik wil veranderen: planners weten vaak niet" in texts


def test_a_spoken_pitch_says_the_name_without_its_title() -> None:
    result = Renderer().render(load(PERSONAS / "nl-hidde8.toml"))
    pitches = [result.outputs["pitch"].chosen.text,
               *(a.text for a in result.outputs["pitch"].alternatives)]
    assert all("ik ben Hidde van Leeuwen," in p for p in pitches), pitches


def test_sentence_case_items_in_a_capitalised_list_begin_small_names_and_acronyms_stay() -> None:
    from wizard.core.context import list_case
    from wizard.grammar import grammar

    nl = grammar("nl")
    items = ["BTW-aangiften", "Vennootschapsbelasting", "Het oprichten van een BV",
             "E-facturatie via Peppol"]
    assert list_case(items, nl) == ["BTW-aangiften", "vennootschapsbelasting",
                                    "het oprichten van een BV", "e-facturatie via Peppol"]
    kept = ["Microsoft Teams beheer", "Het Nieuwe Werken", "Excel dashboards"]
    assert list_case(kept, nl) == kept


@pytest.mark.parametrize(("role", "lowered"), [
    ("Zaakvoerder en Erkend Boekhouder-Fiscalist", "zaakvoerder en erkend boekhouder-fiscalist"),
    ("Directeur-Eigenaar", "directeur-eigenaar"),
    ("Accountmanager Noord-Holland", "Accountmanager Noord-Holland"),  # a place: no role ending
])
def test_a_role_compound_in_title_case_is_lowered_a_place_is_not(role: str, lowered: str) -> None:
    from wizard.grammar import grammar

    assert grammar("nl").lower_title(role, always=True, role=True) == lowered


@pytest.mark.parametrize(("lang", "line", "tidied"), [
    ("nl", "Ik ga weer aan het werk! ik ben flexibel.",
     "Ik ga weer aan het werk! Ik ben flexibel."),
    ("nl", "Zoals bijv. een plan en o.a. de gemeente.", None),
    ("nl", "Bij Installatietechniek B.V. in Eindhoven.", None),
    ("en", "I build apps. iPhone ones mostly.", None),
    ("en", "Kitchens, e.g. ours, are loud. most are.", "Kitchens, e.g. ours, are loud. Most are."),
    ("it", "Lavoro a Napoli. seguo i pazienti, ecc. anche a casa.",
     "Lavoro a Napoli. Seguo i pazienti, ecc. anche a casa."),
])
def test_a_sentence_begun_small_inside_an_answer_gets_its_capital(
        lang: str, line: str, tidied: str | None) -> None:
    """None: the line stays as it is (an abbreviation, a word with a capital inside)."""
    from wizard.grammar import grammar

    assert grammar(lang).tidy_line(line) == (tidied or line)


def test_years_of_experience_are_said_not_given_as_an_example() -> None:
    result = Renderer().render(load(PERSONAS / "nl-sjoerd8.toml"))
    texts = " ".join(a.text for a in (result.outputs["summary"].chosen,
                                      *result.outputs["summary"].alternatives))
    assert "Zo heb ik bijvoorbeeld 15 jaar" not in texts
    assert "Ik heb 15 jaar in de keuken gestaan" in texts


def test_a_flemish_u_kan_in_the_offer_is_met_by_kan_u_in_the_frame() -> None:
    result = Renderer().render(load(PERSONAS / "nl-lieselot8.toml"))
    texts = " ".join(a.text for a in (result.outputs["summary"].chosen,
                                      *result.outputs["summary"].alternatives))
    assert "Bij mij kan u terecht voor uw boekhouding" in texts
    assert "kunt u terecht" not in texts


@pytest.mark.parametrize(("why", "shape"), [
    ("mensen pas goed werken als ze zich veilig voelen", "phrase"),  # verb last: after "omdat"
    ("een ondernemer die zijn cijfers kent, betere beslissingen neemt", "phrase"),
    ("mensen werken pas goed als ze zich veilig voelen", "main"),    # verb second: "want"
    ("schoenmakers en podotherapeuten moeten veel meer samenwerken", "main"),
])
def test_a_reason_with_its_verb_last_follows_omdat_with_it_second_want(
        why: str, shape: str) -> None:
    from wizard.grammar import grammar

    assert grammar("nl").analyse(why, "subclause").shape == shape
