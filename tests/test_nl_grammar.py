"""Dutch rules from round 14 (issue #7): a list whose items hold "en" themselves, a value typed
as a saying, "Rust" among the values, a verb phrase after "helpen met", main-clause order typed
after "omdat", an object put before "leg ik", an infinitive read as a finite verb, a title in
the sign-off, a role with " - " in a sentence, the person's own company at the start of an
answer, punctuation after a quoted question and a smiley."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

import pytest

from wizard.core.context import shaped_values
from wizard.core.model import from_document
from wizard.core.render import Renderer
from wizard.grammar import grammar

PERSONAS = Path(__file__).resolve().parent / "fixtures" / "personas"
NL = grammar("nl")


def _doc() -> dict[str, Any]:
    with (PERSONAS / "nl-marloes.toml").open("rb") as fh:
        return tomllib.load(fh)


def _with(**sections: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(_doc())
    for section, values in sections.items():
        doc.setdefault(section, {}).update(values)
    return doc


def _texts(doc: dict[str, Any]) -> str:
    result = Renderer().render(from_document(doc))
    return "\n".join(t for o in result.outputs.values()
                     for t in [o.chosen.text, *(a.text for a in o.alternatives)])


def _checks(doc: dict[str, Any]) -> list[str]:
    result = Renderer().render(from_document(doc))
    return [f.code for o in result.outputs.values() for a in o.alternatives
            for f in a.findings if f.severity == "error"]


@pytest.mark.parametrize(("items", "expected"), [
    (["dementiezorg", "palliatieve zorg", "wondzorg en decubituspreventie"],
     "wondzorg en decubituspreventie, dementiezorg en palliatieve zorg"),
    (["waterzuivering", "procestechnologie", "MATLAB en Python", "statistiek"],
     "MATLAB en Python, waterzuivering, procestechnologie en statistiek"),
    # an item with "en" that does not touch the list's own "en" stays where it was typed
    (["schoolbeleid", "zorgbeleid en leerlingbegeleiding", "het M-decreet", "teamcoaching"],
     "schoolbeleid, zorgbeleid en leerlingbegeleiding, het M-decreet en teamcoaching"),
    # fewer than two plain items: the comma keeps them apart, as before
    (["recht en fiscaliteit", "schenkingen en erfopvolging", "vennootschapsrecht"],
     "recht en fiscaliteit, schenkingen en erfopvolging, en vennootschapsrecht"),
])
def test_items_that_hold_en_go_first(items: list[str], expected: str) -> None:
    assert NL.join(items) == expected


def test_a_value_typed_as_a_saying_is_quoted() -> None:
    assert NL.sayings(["vakmanschap", "afspraak is afspraak"]) == \
        ["vakmanschap", "‘afspraak is afspraak’"]
    assert NL.sayings(["elk kind telt"]) == ["‘elk kind telt’"]
    # no saying: a noun that is a verb elsewhere, an infinitive, a relative clause
    kept = ["palliatieve zorg", "buiten zijn", "mensen laten groeien",
            "collega's die je kunt bellen", "rust in de tent"]
    assert NL.sayings(kept) == kept


def test_rust_among_the_values_is_the_word_not_the_language() -> None:
    doc = _with(drivers={"values": ["Klantgerichtheid", "Rust", "Rust in de tent"]})
    assert [str(v) for v in shaped_values(from_document(doc))["drivers.values"]] == \
        ["klantgerichtheid", "rust", "rust in de tent"]


def test_an_abstract_value_loses_its_article_among_bare_ones() -> None:
    assert NL.bare_abstract(["creativiteit", "de humor", "samenwerken"]) == \
        ["creativiteit", "humor", "samenwerken"]
    assert NL.bare_abstract(["de patiënt", "collegialiteit"]) == ["de patiënt", "collegialiteit"]


@pytest.mark.parametrize("help_", [
    "je rugpijn de baas worden, zonder wachtlijst",
    "een project dat vastzit weer vlot trekken",
    "de weg vinden naar subsidies en vergunningen",
])
def test_a_verb_phrase_after_helpen_met_is_an_error(help_: str) -> None:
    assert "rephrase" in _checks(_with(offer={"help": help_}))


@pytest.mark.parametrize("help_", ["een plek die je kunt vinden", "teksten die je klanten lezen",
                                   "advies over de stappen die je moet zetten"])
def test_a_noun_phrase_with_its_own_verb_is_no_error(help_: str) -> None:
    assert "rephrase" not in _checks(_with(offer={"help": help_}))


def test_main_order_typed_after_omdat_is_a_main_clause() -> None:
    assert NL.spoken_main("omdat wij hebben jaren geleden samengewerkt")
    assert NL.spoken_main("als de planning niet klopt dan staat er een chauffeur te wachten")
    for sub in ("ik wil bijdragen aan een duurzamere productie", "ik weet hoe het is",
                "we hebben samengewerkt bij Van Dijk", "ik het zonde vind"):
        assert not NL.spoken_main(sub), sub
    texts = _texts(_with(drivers={"why": "omdat wij hebben jaren samengewerkt met corporaties"}))
    assert "belangrijk, want wij hebben jaren samengewerkt" in texts


def test_a_word_between_a_pronoun_and_its_verb_is_subordinate_order() -> None:
    texts = _texts(_with(drivers={"why": "iedereen recht heeft op een betaalbaar huis"}))
    assert "belangrijk omdat iedereen recht heeft" in texts
    assert "want iedereen" not in texts


def test_an_object_before_leg_ik_is_a_sentence_of_its_own() -> None:
    boundary = "Juridische vragen leg ik bij onze juristen neer."
    texts = _texts(_with(statement={"boundary": boundary}))
    assert "Juridische vragen leg ik bij onze juristen neer." in texts
    assert "door naar Juridische" not in texts
    # a sentence that ends before "ik" is no object put first
    assert NL.analyse("heel graag weer aan het werk!! ik ben flexibel", "verb").shape != "clause"


def test_an_object_and_an_infinitive_complete_the_plan() -> None:
    for doing in ("de overheid helpen om oude systemen uit te faseren",
                  "meer huisstijlen maken voor ondernemers"):
        assert NL.analyse(doing, "verb").shape == "phrase", doing
    assert NL.analyse("mijn masterproef ging over proceswater", "verb").shape == "clause"


def test_a_title_is_not_signed_and_a_dash_role_reads_as_two() -> None:
    texts = _texts(_with(person={"name": "mr. Fatima El Amrani",
                                 "role": "advocaat - mediator"},
                         invitation={"recipient": "mevrouw De Groot"}))
    assert "Met vriendelijke groet, Fatima El Amrani" in texts and "groet, mr." not in texts
    assert "Ik ben advocaat en mediator bij" in texts
    assert "Advocaat - mediator" in texts  # the headline keeps the role as typed


def test_the_own_company_keeps_its_capital() -> None:
    texts = _texts(_with(person={"organisation": "Planbaar B.V."},
                         future={"doing": "Planbaar uitbouwen tot een roosterplatform"}))
    assert "ga ik Planbaar uitbouwen" in texts


def test_a_two_word_name_opening_an_answer_keeps_its_capitals() -> None:
    texts = _texts(_with(future={"learn": "After Effects beter onder de knie krijgen"}))
    assert "is After Effects beter" in texts


def test_no_full_stop_after_a_quoted_question_or_a_smiley() -> None:
    texts = _texts(_with(statement={"stand_for": 'les waarin je mag vragen: "waarom?"'}))
    assert '"waarom?".' not in texts and '"waarom?"' in texts
    texts = _texts(_with(statement={"stand_for": "beeld dat mensen laat glimlachen:)"}))
    assert "glimlachen:)" in texts and ":)." not in texts


def test_a_second_met_keeps_the_frame_helpen_met() -> None:
    texts = _texts(_with(offer={"help": "rekenangst bij je kind of met een lesmethode"}))
    assert "terecht voor rekenangst" not in texts
    assert "helpen met rekenangst bij je kind of met een lesmethode" in texts


def test_an_adjective_and_a_noun_in_title_case_are_small() -> None:
    from wizard.core.context import list_case
    assert list_case(["Rugrevalidatie", "sportletsels", "Manuele Therapie"], NL) == \
        ["rugrevalidatie", "sportletsels", "manuele therapie"]
    assert list_case(["erfgoed", "Grote Markt"], NL) == ["erfgoed", "Grote Markt"]


def test_a_plural_change_takes_zijn() -> None:
    assert "Wat ik wil veranderen, zijn al die tegels in de voortuin." in \
        _texts(_with(future={"change": "al die tegels in de voortuin"}))
    assert "Wat ik wil veranderen, is al het papierwerk." in \
        _texts(_with(future={"change": "al het papierwerk"}))


def test_an_acronym_in_brackets_makes_no_name() -> None:
    from wizard.core.context import list_case
    assert list_case(["Python", "data-analyse", "Projectmanagement (PRINCE2)", "wiskunde"], NL) \
        == ["Python", "data-analyse", "projectmanagement (PRINCE2)", "wiskunde"]
