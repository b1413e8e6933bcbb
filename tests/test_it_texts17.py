"""Italian texts from the seventeenth round (issue #7), the classes native editors found last
round: "E fondamentale" as a sentence inside an answer, "&" in prose and roles, the d eufonica
before a different vowel, the voi said in the register chosen, the subjunctive after "Mi batto
perché", a headline whose areas repeat the role."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from wizard.core.model import from_document
from wizard.core.render import Renderer

_DOC: dict[str, Any] = {
    "schema": 1, "lang": "it",
    "person": {"name": "Lucia Ferri", "role": "enologa", "organisation": "Cantina Ferri"},
    "future": {"doing": "portare i vini della Maremma all'estero", "audience": "le enoteche"},
    "drivers": {"values": ["pazienza", "onestà"]},
    "expertise": {"areas": ["vinificazione", "export"], "proof": "ho aperto 12 mercati"},
    "statement": {"stand_for": "un vino onesto"},
    "offer": {"help": "la scelta dei vini per la carta"},
}


def _render(override: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Every text the answers give (each output, each variant), and the error checks."""
    doc = copy.deepcopy(_DOC)
    for section, values in override.items():
        if isinstance(values, dict):
            doc.setdefault(section, {}).update(values)
        else:
            doc[section] = values
    result = Renderer().render(from_document(doc))
    texts = [a.text for o in result.outputs.values() for a in o.alternatives]
    errors = [c["message"] for c in result.json()["checks"] if c["severity"] == "error"]
    return texts, errors


# answers override -> a substring some text must hold -> substrings no text may hold
CASES = [
    # "E" for "è" at the start of a sentence inside an answer
    ({"drivers": {"why": "il vino mi ha cambiato la vita. E molto importante per me"}},
     "la vita. È molto importante per me", ["E molto"]),
    ({"drivers": {"why": "il vino mi ha cambiato la vita. E per questo che lavoro"}},
     "È per questo che lavoro", ["E per questo"]),
    ({"drivers": {"why": "il vino mi ha cambiato la vita (E stato mio nonno)"}},
     "(È stato mio nonno)", ["(E stato"]),
    ({"drivers": {"why": "il vino mi ha cambiato la vita; E fondamentale per me"}},
     "la vita; è fondamentale per me", ["; E"]),
    ({"drivers": {"why": "E' stato mio nonno a insegnarmelo"}},
     "perché è stato mio nonno", ["È stato mio", "E' stato"]),
    ({"drivers": {"why": "il vino mi ha cambiato la vita. E tante altre cose"}},
     "E tante altre cose", ["È tante"]),
    ({"drivers": {"why": "il vino mi ha cambiato la vita. E finalmente ho capito"}},
     "E finalmente ho capito", ["È finalmente"]),
    ({"drivers": {"why": "il vino mi ha cambiato la vita. E vale per tutti"}},
     "E vale per tutti", ["È vale"]),
    # a sentence opened by "E magari", "E poi" goes on from the one before
    ({"future": {"doing": "Vorrei fare rete. E magari, tra qualche anno, aprire uno studio."}},
     "fare rete e magari, tra qualche anno, aprire uno studio", ["E magari"]),
    # a list typed as dashed lines after a colon
    ({"future": {"doing": "passare ai sistemi, in particolare:\n- networking\n- cloud\n- script"}},
     "in particolare: networking, cloud e script", [" - "]),
    # a colon-led answer that types its own stem-like opening
    ({"future": {"doing": "Il mio obiettivo: portare i volontari da 40 a 150 entro il 2028."}},
     "Voglio portare i volontari da 40 a 150 entro il 2028.", ["obiettivo: il mio"]),
    ({"statement": {"way_of_working": "Chiamo dopo il turno per sapere come e andata."}},
     "per sapere come è andata.", []),
    # a Title Case run before small words is the same style ("Tour Operator, Agenzie e …")
    ({"future": {"audience": "Tour Operator, Agenzie e turisti stranieri"}},
     "per tour operator, agenzie e turisti stranieri", ["Agenzie"]),
    # a role that already says "di una startup" takes its organisation after a comma
    ({"person": {"role": "fondatore di una startup di oleoturismo",
                 "organisation": "Frantoio Bartolini"}},
     "fondatore di una startup di oleoturismo, il Frantoio Bartolini", ["oleoturismo del"]),
    ({"person": {"role": "coordinatrice", "organisation": "Banco Alimentare Campania"}},
     "presso il Banco Alimentare Campania", []),
    # "&" in prose and roles; names keep it
    ({"person": {"role": "co-founder & CEO"}}, "co-founder e CEO", ["&"]),
    ({"expertise": {"areas": ["vini & distillati", "export"]}}, "vini e distillati", ["&"]),
    ({"offer": {"help": "la distribuzione per Dolce & Gabbana e Rossi & Figli"}},
     "Dolce & Gabbana e Rossi & Figli", []),
    ({"person": {"role": "co-founder & editor"}}, "co-founder ed editor", ["&"]),
    # the d eufonica before a different vowel
    ({"statement": {"way_of_working": "Ad ogni cliente dedico un'ora, ed anche di più."}},
     "A ogni cliente dedico un'ora, e anche di più.", ["Ad ogni", "ed anche"]),
    ({"drivers": {"why": "ad esempio serve pazienza ed è giusto così, ad avere tempo"}},
     "ad esempio serve pazienza ed è giusto così, ad avere tempo", []),

    # the voi said to the one reader, in the register chosen
    ({"offer": {"call_to_action": "Se siete interessati, scrivetemi!"}},
     "Se sei interessato, scrivimi!", ["siete", "scrivetemi"]),
    ({"register": "formal", "offer": {"call_to_action": "Se siete interessati, scrivetemi!"}},
     "Se è interessato, mi scriva!", ["siete"]),
    ({"offer": {"call_to_action": "Non esitate a contattarmi, vi rispondo entro un giorno."}},
     "Non esitare a contattarmi, ti rispondo entro un giorno.", ["esitate"]),
    ({"register": "formal", "offer": {
        "call_to_action": "Vi aiuto volentieri: se vi serve un preventivo, fatemi sapere."}},
     "La aiuto volentieri: se Le serve un preventivo, mi faccia sapere.", ["vi ", "fatemi"]),
    ({"offer": {"call_to_action": "Iscrivetevi alla newsletter, lavoro con voi e per voi."}},
     "Iscriviti alla newsletter, lavoro con te e per te.", ["voi"]),
    # "Mi batto perché" with the first verb (and those coordinated with it) in the subjunctive
    ({"statement": {"stand_for": "ogni famiglia capisce le proprie tasse"}},
     "Mi batto perché ogni famiglia capisca le proprie tasse.", ["Mi batto per ogni"]),
    ({"statement": {"stand_for": "le aziende pagano il giusto"}},
     "Mi batto perché le aziende paghino il giusto.", []),
    ({"statement": {"stand_for": "i ragazzi studiano, lavorano e vivono qui"}},
     "Mi batto perché i ragazzi studino, lavorino e vivano qui.", []),
    ({"statement": {"stand_for": "c'è più trasparenza"}},
     "Mi batto perché ci sia più trasparenza.", ["per c'è"]),
    ({"statement": {"stand_for": "la gente cambia idea sulle tasse"}},
     "Mi batto perché la gente cambi idea sulle tasse.", []),
    ({"future": {"change": "che i giovani se ne vanno e non tornano"}},
     "Non voglio più che i giovani se ne vadano e non tornino.", []),
    # a verb whose "che" would want the subjunctive too keeps the clause as typed
    ({"future": {"change": "che la gente pensa che il pane è tutto uguale"}},
     "Voglio cambiare una cosa: la gente pensa che il pane è tutto uguale.", ["gente pensi"]),
    # a headline's areas without those the role already says
    ({"person": {"role": "Restauratrice di dipinti su tavola"},
      "expertise": {"areas": ["Dipinti su tavola", "dorature", "consolidamento"]}},
     "Restauratrice di dipinti su tavola | Dorature e consolidamento", ["| Dipinti"]),
    ({"person": {"role": "fisioterapista sportivo"},
      "expertise": {"areas": ["fisioterapia sportiva", "riabilitazione"]}},
     "Fisioterapista sportivo | Riabilitazione", ["| Fisioterapia"]),
    ({"person": {"role": "sviluppatore web"}, "expertise": {"areas": ["sviluppo web"]}},
     "Sviluppatore web", ["| Sviluppo web"]),
    # and the skills sentence right after the role in the pitch and the About
    ({"person": {"role": "Restauratrice di dipinti su tavola"},
      "expertise": {"areas": ["Dipinti su tavola", "dorature", "consolidamento"]}},
     "Mi occupo soprattutto di dorature e consolidamento.", ["di dipinti su tavola, dorature"]),
    ({"register": "formal",
      "offer": {"help": "analisi veloci. Se cercate una tecnica, pensate a me!"}},
     "Se cerca una tecnica, pensi a me", ["pensate"]),
    # a job seeker's organisation answer says so: no work "pensato per" anyone yet
    ({"person": {"organisation": "in cerca di nuova occupazione (ex IRCCS, Bologna)"},
      "future": {"audience": "enoteche e ristoranti"}},
     "Vorrei lavorare per enoteche e ristoranti",
     ["Il mio lavoro è pensato", "Aiuto enoteche e ristoranti con"]),
    # an offer of two sentences does not go into a headline
    ({"offer": {"help": "vini scelti bene. Sono disponibile da subito"}},
     "Posso aiutarti con vini scelti bene. Sono disponibile da subito.", ["| Ti aiuto con"]),
    ({"offer": {"call_to_action": "Non vedo l'ora di conoscervi e di rispondervi!"}},
     "Non vedo l'ora di conoscerti e di risponderti!", ["conoscervi"]),
    ({"register": "formal",
      "offer": {"call_to_action": "Non vedo l'ora di conoscervi e di rispondervi!"}},
     "Non vedo l'ora di conoscerla e di risponderle!", ["conoscervi"]),
    ({"offer": {"call_to_action": "Se siete studenti o docenti, scrivetemi."}},
     "Se sei studente o docente, scrivimi.", ["siete"]),
    ({"register": "formal", "offer": {"call_to_action": "Se siete già clienti, chiamate pure."}},
     "Se è già cliente, chiami pure.", ["siete"]),
    ({"offer": {"call_to_action": "Se siete interessati e vi serve un preventivo, scrivetemi."}},
     "Se sei interessato e ti serve un preventivo, scrivimi.", ["siete"]),
    # a noun or a participle that is also a voi imperative stays, with the voi around it
    ({"offer": {"call_to_action": "Gestisco le chiamate e le pratiche passate. Chiamate pure!"}},
     "Gestisco le chiamate e le pratiche passate. Chiama pure!", ["le chiama "]),
]


@pytest.mark.parametrize(("override", "said", "gone"), CASES)
def test_answers_are_written_as_an_editor_would(override: dict[str, Any], said: str,
                                                gone: list[str]) -> None:
    texts, _ = _render(override)
    assert any(said in t for t in texts), texts
    for g in gone:
        assert not any(g in t for t in texts), (g, texts)


# answers override -> words an error check must quote ("" for no error check at all)
FLAGS = [
    ({"drivers": {"why": "il vino mi ha cambiato la vita, e fondamentale per me"}}, "«è»"),
    ({"drivers": {"why": "lo faccio perché e importante"}}, "«è»"),
    ({"drivers": {"why": "un lavoro bello e importante"}}, ""),
    ({"drivers": {"why": "il vino mi ha cambiato la vita. E un piacere"}}, "«è»"),
    ({"drivers": {"why": "il vino mi ha cambiato la vita. E un giorno ho capito"}}, ""),
    # a plural noun after "siete" cannot be said of one reader
    ({"offer": {"call_to_action": "Se siete ragazzi che vogliono imparare, scrivetemi."}},
     "voi"),
    ({"offer": {"call_to_action": "Se siete ragazzi e ragazze, scrivetemi."}}, "voi"),
    ({"offer": {"call_to_action": "Se siete tanti, prenotate."}}, "voi"),
]


@pytest.mark.parametrize(("override", "quoted"), FLAGS)
def test_what_cannot_be_decided_is_asked(override: dict[str, Any],
                                         quoted: str) -> None:
    _, errors = _render(override)
    if quoted:
        assert any(quoted in e for e in errors), errors
    else:
        assert not errors, errors
