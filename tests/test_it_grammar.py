"""Italian rules from the ninth blind round (issue #7): capitals of a noun and its adjective
typed in Title Case in a list, a role naming a field after "di", a third-person headline
around a first-person answer, a coordinated audience with "per" inside, an opinion that says
itself, a goal of now, a proof that opens by setting the scene."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

import pytest

from wizard.core.context import list_case
from wizard.core.filters import first_claim
from wizard.core.languages import language
from wizard.core.model import from_document
from wizard.core.render import Renderer
from wizard.grammar import grammar

PERSONAS = Path(__file__).resolve().parent / "fixtures" / "personas"


def _doc() -> dict[str, Any]:
    with (PERSONAS / "it-ottavio8.toml").open("rb") as fh:
        return tomllib.load(fh)


def _texts(doc: dict[str, Any]) -> dict[str, list[str]]:
    result = Renderer().render(from_document(doc))
    return {k: [o.chosen.text, *(a.text for a in o.alternatives)]
            for k, o in result.outputs.items()}


def _with(**sections: dict[str, Any]) -> dict[str, list[str]]:
    doc = copy.deepcopy(_doc())
    for section, values in sections.items():
        doc.setdefault(section, {}).update(values)
    return _texts(doc)


@pytest.mark.parametrize(("items", "expected"), [
    # every item capitalised: a noun and its adjective are a style, a name stays
    (["Contabilità Ordinaria", "Regime Forfettario", "Liquidazioni IVA", "TeamSystem"],
     ["contabilità ordinaria", "regime forfettario", "liquidazioni IVA", "TeamSystem"]),
    # among small items too
    (["Riabilitazione post-operatoria", "Terapia Manuale", "Kinesio Taping", "tecar"],
     ["riabilitazione post-operatoria", "terapia manuale", "Kinesio Taping", "tecar"]),
    (["Cucina Siciliana", "il pesce del Golfo", "HACCP"],
     ["cucina siciliana", "il pesce del Golfo", "HACCP"]),
    # both words end like adjectives, or the head is kept: a name
    (["Grana Padano", "stagionatura"], ["Grana Padano", "stagionatura"]),
])
def test_a_noun_and_its_adjective_in_title_case_are_small(items: list[str],
                                                          expected: list[str]) -> None:
    assert list_case(items, grammar("it")) == expected


def test_a_role_names_a_field_after_di_unless_it_leads_or_names_the_organisation() -> None:
    it = grammar("it")
    assert it.lower_title("Tecnico di Laboratorio / Controllo Qualità", always=True,
                          role=True) == "tecnico di laboratorio / controllo qualità"
    assert it.lower_title("Titolare di Bar Sport", always=True, role=True) == \
        "titolare di Bar Sport"
    assert it.lower_title("Responsabile di Acque Venete", always=True, role=True,
                          org="Acque Venete") == "responsabile di Acque Venete"


@pytest.mark.parametrize(("answer", "mine"), [
    ("una cucina onesta, fatta con quello che trovo al mercato", True),
    ("consegne che arrivano quando abbiamo detto", True),
    ("il mio quartiere", True),
    ("scarpe che fanno camminare senza dolore", False),
    ("consigli onesti, anche quando sono scomodi", False),
    ("una scuola in cui nessuno si sente stupido", False),
])
def test_an_answer_that_says_i(answer: str, mine: bool) -> None:
    assert grammar("it").speaks_as_writer(answer) is mine


def test_a_first_person_stand_keeps_its_i_in_the_headline() -> None:
    stand = "una cucina onesta, fatta con quello che trovo al mercato"
    texts = _with(statement={"stand_for": stand})
    headlines = " ".join(texts["headline"])
    assert "che si batte per una cucina onesta" not in headlines
    assert "| Mi batto per una cucina onesta, fatta con quello che trovo al mercato" in headlines


def test_an_audience_with_per_inside_is_no_object_of_aiuto() -> None:
    texts = _with(future={"audience": "per le aziende del Piemonte e per i miei ex colleghi"})
    summaries = " ".join(texts["summary"] + texts["pitch"])
    assert "Aiuto le aziende del Piemonte e per" not in summaries
    assert "Posso aiutarti con giri di consegna" in summaries


def test_an_opinion_that_says_itself_takes_no_secondo_me() -> None:
    opinion = "Credo che la logistica debba tornare a parlare con chi guida."
    texts = _with(expertise={"insight": opinion})
    summaries = " ".join(texts["summary"])
    assert "Secondo me, credo" not in summaries
    assert "Credo che la logistica debba tornare a parlare con chi guida." in summaries


def test_a_goal_of_now_is_not_said_for_the_coming_years() -> None:
    texts = _with(future={"doing": "trovare un posto da pianificatore, sono disponibile da subito"})
    summaries = " ".join(texts["summary"] + texts["pitch"])
    assert "Nei prossimi anni voglio trovare" not in summaries
    assert "Voglio trovare un posto da pianificatore, sono disponibile da subito." in summaries


def test_a_proof_that_sets_the_scene_is_not_cut_after_the_scene() -> None:
    it = language("it")
    proof = ("Quando rilevai la trattoria nel 2015 facevamo 30 coperti a sera, l'anno dopo "
             "arrivammo a 90, e col Covid non mandai a casa nessuno dei miei dodici dipendenti")
    assert first_claim(proof, it) == ("Quando rilevai la trattoria nel 2015 facevamo 30 "
                                      "coperti a sera, l'anno dopo arrivammo a 90")
    plain = ("Ho seguito più di 200 pazienti dopo protesi d'anca e di ginocchio, quasi tutti "
             "facevano le scale da soli entro 6 settimane dopo l'intervento")
    assert first_claim(plain, it) == ("Ho seguito più di 200 pazienti dopo protesi d'anca e "
                                      "di ginocchio")


def test_a_capital_after_an_articled_preposition_is_kept_and_asked_about() -> None:
    doc = copy.deepcopy(_doc())
    doc["expertise"]["areas"] = ["Gestione della Brigata", "cucina del Territorio", "HACCP"]
    result = Renderer().render(from_document(doc))
    said = [f.as_dict() for o in result.outputs.values() for f in o.chosen.findings
            if f.as_dict()["code"] == "rephrase"]
    assert any(f["key"] == "expertise.areas" and f["severity"] == "error"
               and "gestione della Brigata" in f["message"] for f in said), said
    # said once per sentence, however many items of the list it names
    assert len({(f["output"], f["message"]) for f in said}) == len(said)
    assert "gestione della Brigata" in result.outputs["summary"].chosen.text


def test_a_list_without_such_a_capital_is_not_asked_about() -> None:
    doc = copy.deepcopy(_doc())
    doc["expertise"]["areas"] = ["Gestione della brigata", "Università del Salento", "HACCP"]
    result = Renderer().render(from_document(doc))
    assert not [f for o in result.outputs.values() for f in o.chosen.findings
                if f.as_dict()["code"] == "rephrase" and "expertise.areas" in f.as_dict()["key"]]


@pytest.mark.parametrize(("typed", "written"), [
    ("autisti che fanno 13 ore perche' la pianificazione e' fatta male",
     "autisti che fanno 13 ore perché la pianificazione è fatta male"),
    ("E' cosi' che si fa, piu' o meno", "È così che si fa, più o meno"),
    ("l'universita' che sara' ricordata, pero' puo' andare",
     "l'università che sarà ricordata, però può andare"),
    # an apostrophe that is one stays
    ("un po' alla volta, D'Amico e l'F24", "un po' alla volta, D'Amico e l'F24"),
])
def test_an_accent_typed_as_an_apostrophe_is_the_accented_letter(typed: str,
                                                                written: str) -> None:
    assert grammar("it").tidy_line(typed) == written


def test_a_long_proof_after_a_fronted_phrase_keeps_its_claim_for_a_headline() -> None:
    it = language("it")
    proof = ("Durante l'assegno di ricerca all'Università del Salento ho analizzato più di 600 "
             "campioni di olio per un progetto sulla Xylella")
    assert first_claim(proof, it) == ("Ho analizzato più di 600 campioni di olio per un "
                                      "progetto sulla Xylella")
    # a relative before the verb: the phrase is more than a time or a place
    kept = ("Durante l'assegno di ricerca che ho svolto all'Università del Salento ho analizzato "
            "più di 600 campioni di olio per la Xylella")
    assert first_claim(kept, it) == kept
