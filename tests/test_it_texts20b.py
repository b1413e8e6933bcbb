"""Round 20, second pass on the Italian blind set (text20it2)."""

from __future__ import annotations

import re
import tomllib

import pytest
from test_en_texts19 import _said

from wizard.core.languages import pack_file
from wizard.grammar import grammar

HINT = "una «e» sembra il verbo «è» scritto senza accento"
CHANGE, LEARN, INSIGHT = "future__change", "future__learn", "expertise__insight"


def _accent_rule() -> re.Pattern[str]:
    with pack_file("it", "questions.toml").open("rb") as fh:
        rules = tomllib.load(fh)["rephrase"]
    return re.compile(next(r["pattern"] for r in rules if HINT in r.get("hint", "")))


# "e" typed for "è", in the shapes the blind set showed; and the conjunction, which stays quiet
ACCENTS = [
    ("nessuno gli spiega quanto e bello", True),
    ("la propulsione a GNL e ibrida, il futuro e quello", True),
    ("la transizione green nel navale e inevitabile ma servono ingegneri", True),
    ("dopo 25 anni di mare e ora di stare a Messina con la famiglia", True),
    ("un percorso lungo e inevitabile", False),
    ("ho chiuso il negozio e ora vivo di consulenze", False),
    ("il pane e il vino", False),
    ("capire quanto e come lavorare", False),
    ("pane e quello che resta", False),
]


@pytest.mark.parametrize(("typed", "asks"), ACCENTS)
def test_unaccented_e(typed: str, asks: bool) -> None:
    assert bool(_accent_rule().search(typed)) is asks


@pytest.mark.parametrize(("key", "typed"), [
    (CHANGE, "che i giovani non vogliono piu fare questo mestiere perche nessuno gli spiega "
             "quanto e bello"),
    (LEARN, "la propulsione a GNL e ibrida, il futuro e quello"),
    (INSIGHT, "la transizione green nel navale e inevitabile ma servono ingegneri"),
])
def test_unaccented_e_is_asked(key: str, typed: str) -> None:
    assert HINT in _said("it-salvatore20", {key: typed})


# an audience listed without articles: the last item loses the one typed before it
AUDIENCES = [
    ("ristoratori, cantine piccole e i turisti che vengono in Langa per il Barolo",
     "ristoratori, cantine piccole e turisti che vengono in Langa per il Barolo"),
    ("armatori, cantieri navali e i picciotti che escono dal Nautico",
     "armatori, cantieri navali e picciotti che escono dal Nautico"),
    ("medici, infermieri e gli enologi", "medici, infermieri ed enologi"),
    # a possessive keeps its article; so does a list whose items have theirs
    ("pazienti, anziani e i loro familiari", "pazienti, anziani e i loro familiari"),
    ("i ristoratori, le cantine e i turisti", "i ristoratori, le cantine e i turisti"),
    ("ristoratori, le cantine e i turisti", "ristoratori, le cantine e i turisti"),
]


@pytest.mark.parametrize(("typed", "reads"), AUDIENCES)
def test_audience_articles(typed: str, reads: str) -> None:
    assert grammar("it").reshape(typed, "future.audience") == reads


def test_audience_articles_in_texts() -> None:
    said = _said("it-davide20", {})
    assert "per ristoratori, cantine piccole e turisti che vengono in Langa" in said
    assert "e i turisti" not in said


CV_LINE = "sembra una riga del CV incollata"


@pytest.mark.parametrize(("typed", "asks"), [
    ("IT Support Specialist presso Liceo cantonale di Lugano 2 · set 2019 - oggi · Gestione "
     "di 800+ dispositivi, migrazione da Google Workspace a M365 in 6 mesi", True),
    ("Responsabile acquisti | Rossi Spa | 120 fornitori seguiti", True),
    ("Da settembre 2019 - oggi gestisco 800 dispositivi", True),
    # a sentence, or one dot between two names, stays quiet
    ("ho seguito 800 dispositivi e migrato la scuola a M365 in 6 mesi", False),
    ("ho lavorato per Rossi · Bianchi per dieci anni", False),
])
def test_cv_line_is_asked(typed: str, asks: bool) -> None:
    assert (CV_LINE in _said("it-marco20", {"expertise__proof": typed})) is asks


# a "se"/"quando" clause before an invitation in the imperative takes its comma
INVITES = [
    ("Se hai un ristorante in Langa scrivimi, magari davanti a un bicchiere",
     "Se hai un ristorante in Langa, scrivimi, magari davanti a un bicchiere"),
    ("Quando vuole mi scriva", "Quando vuole, mi scriva"),
    ("Se vuoi, scrivimi", "Se vuoi, scrivimi"),
    ("scrivimi se ti serve una mano", "scrivimi se ti serve una mano"),
]


@pytest.mark.parametrize(("typed", "reads"), INVITES)
def test_invitation_comma(typed: str, reads: str) -> None:
    assert grammar("it").respell(typed) == reads
