"""Italian texts from the nineteenth round (issue #7): names the lexicon cannot tell from a
style ("Nerello Mascalese" keeps its capitals, "Olio EVO" in prose is "olio EVO"), the
expertise that repeats the role's word, one list of the forms that take the subjunctive, the
article typed on an English loanword ("la post-editing")."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

import pytest

from wizard.core.model import from_document
from wizard.core.render import Renderer

# a whole persona as the base: each case overrides what it is about
_DOC: dict[str, Any] = tomllib.loads(
    (Path(__file__).parent / "fixtures" / "personas" / "it-giulia17.toml").read_text("utf-8"))


def _render(override: dict[str, Any]) -> str:
    """Every text the answers give (each output, each variant), then each error-level check
    as a line "ERROR <message>"."""
    doc = copy.deepcopy(_DOC)
    for section, values in override.items():
        if isinstance(values, dict):
            doc.setdefault(section, {}).update(values)
        else:
            doc[section] = values
    result = Renderer().render(from_document(doc))
    texts = "\n".join(a.text for o in result.outputs.values() for a in o.alternatives)
    errors = ["ERROR " + c["message"] for c in result.json()["checks"]
              if c["severity"] == "error"]
    return "\n".join([texts, *errors])


# a bio pasted in the third person
_BIO: dict[str, Any] = {
    "person": {"role": "Giulia è una traduttrice freelance"},
    "statement": {"stand_for": "Giulia si batte per traduzioni chiare",
                  "way_of_working": "Giulia legge ogni testo due volte e resta disponibile.",
                  "boundary": "passa i testi legali a una collega"},
    "expertise": {"insight": "Giulia crede che la traduzione automatica non basti"}}

# answers override -> a substring some text must hold -> substrings no text may hold
CASES = [
    # a name the lexicon does not know keeps its capitals; a common noun + adjective does not
    ({"expertise": {"areas": ["Nerello Mascalese", "Grana Padano", "Parmigiano Reggiano",
                              "Prosecco Superiore"]}},
     "Nerello Mascalese, Grana Padano, Parmigiano Reggiano e Prosecco Superiore",
     ["nerello", "grana", "parmigiano", "prosecco"]),
    ({"expertise": {"areas": ["vini dell'Etna", "Nerello Mascalese", "Cucina Siciliana"]}},
     "vini dell'Etna, Nerello Mascalese e cucina siciliana", ["nerello", "Cucina Siciliana"]),
    # an acronym keeps its capitals, the common word beside it is lowered
    ({"expertise": {"areas": ["Olio EVO", "Potatura", "Frantoio"]}},
     "competenze principali: olio EVO, potatura e frantoio", ["principali: Olio"]),
    ({"expertise": {"areas": ["Olio EVO", "potatura", "SDL Trados", "Power BI"]}},
     "olio EVO, potatura, SDL Trados e Power BI", ["principali: Olio", "sdl", "power BI"]),
    # the list of areas in the About does not say again what the role said
    ({"person": {"role": "restauratrice di dipinti su tavola"},
      "expertise": {"areas": ["Dipinti su tavola", "dorature", "consolidamento"]}},
     "Le mie competenze principali: dorature e consolidamento.", ["principali: dipinti"]),
    ({"person": {"role": "restauratrice di dipinti su tavola"},
      "expertise": {"areas": ["Dipinti su tavola", "dorature"]}},
     "La mia competenza principale: dorature.", ["principali: dipinti", "principale: dipinti"]),
    ({}, "competenze principali: traduzione tecnica, manualistica, SDL Trados e terminologia "
     "navale.", ["SDL Trados, sloveno"]),
    # "Mi batto perché" turns a verb of the pack's one subjunctive table
    ({"statement": {"stand_for": "ogni famiglia capisce la bolletta"}},
     "Mi batto perché ogni famiglia capisca la bolletta.", ["capisce la bolletta"]),
    ({"statement": {"stand_for": "nessuno deve comprare a scatola chiusa"}},
     "Mi batto perché nessuno debba comprare", ["nessuno deve"]),
    # an English loanword with the other gender's article: kept, and an error names the answer
    ({"future": {"learn": "la post-editing di testi tecnici"}},
     "ERROR La risposta 'Quello che voglio ancora imparare è …'", ["imparare il post-editing"]),
    ({"expertise": {"areas": ["il leadership", "potatura"]}},
     "l'articolo giusto", []),
    ({"future": {"learn": "il post-editing di testi tecnici e la leadership"}},
     "imparare il post-editing di testi tecnici e la leadership", ["l'articolo giusto"]),
    ({"future": {"audience": "la marketing manager di una cantina e la business school",
                 "learn": "il sottotitolaggio"}},
     "la marketing manager", ["l'articolo giusto"]),
    # a bio pasted in the third person reads in the first
    (_BIO,
     "Sono traduttrice freelance.", ["giulia", "Giulia è", "Giulia si batte", "batto per giulia"]),
    (_BIO,
     "Leggo ogni testo due volte e resto disponibile. Per ciò che va oltre le mie competenze, "
     "passo i testi legali a una collega.", ["Secondo me, credo", "Secondo me, giulia"]),
    ({"expertise": {"proof": "Giulia ha tradotto 400 pagine e segue il suo cliente più grande"}},
     "Ho tradotto 400 pagine e seguo il mio cliente più grande", ["Giulia ha"]),
    # the stem typed again in the "we" voice: the answer keeps its own verb
    ({"future": {"doing": "Nei prossimi anni vogliamo allargare la ditta e prendere apprendisti"}},
     "Nei prossimi anni vogliamo allargare la ditta e prendere apprendisti.",
     ["Voglio nei prossimi anni", "voglio vogliamo"]),
    # "Non voglio più che" before a clause that has its own "non" would say the opposite
    ({"future": {"change": "che i ragazzi giovani non vogliono più fare questo mestiere"}},
     "Voglio cambiare una cosa: i ragazzi giovani non vogliono più fare questo mestiere.",
     ["Non voglio più che i ragazzi"]),
    ({"future": {"change": "il fatto che il restauro venga visto come un costo e non come un "
                           "investimento"}},
     "Non voglio più che il restauro venga visto come un costo e non come", []),
    # a list item that is a list of its own ("; ", " / "), and CV bullets on one line
    ({"expertise": {"areas": ["Analisi dei rischi; piani di emergenza",
                              "Videosorveglianza / controllo accessi", "Privacy/GDPR"]}},
     "analisi dei rischi, piani di emergenza, videosorveglianza, controllo accessi e "
     "Privacy/GDPR", ["; piani", " / "]),
    ({"expertise": {"proof": "• 30 anni in Polizia • coordinato la sicurezza di 40 eventi "
                             "• formato oltre 300 addetti"}},
     "30 anni in Polizia; ho coordinato la sicurezza di 40 eventi; ho formato oltre 300 addetti",
     ["•"]),
    # … and its verbless first item is the writer's to phrase: an error names the answer
    ({"expertise": {"proof": "• 30 anni in Polizia • coordinato la sicurezza di 40 eventi"}},
     "ERROR La risposta 'Per esempio, …' ora si legge «30 anni in Polizia; ho coordinato", []),
    ({"expertise": {"proof": "• aperto 3 negozi • formato 40 persone"}},
     "ho aperto 3 negozi; ho formato 40 persone", ["elenco di voci del CV"]),
    # a word typed in capitals for emphasis inside a small sentence; acronyms stay
    ({"future": {"change": "l'abitudine di pensare alla sicurezza solo DOPO un furto, "
                           "dice l'ENEL"}},
     "alla sicurezza solo dopo un furto, dice l'ENEL", ["DOPO"]),
    ({"future": {"change": "il fatto che molti arrivano a 70 anni senza aver deciso A CHI "
                           "lasciare l'azienda"}},
     "senza aver deciso a chi lasciare l'azienda", ["A CHI", "A chi"]),
    # "Ci tengo perché …" before an answer with its own "perché" would say it twice
    ({"drivers": {"why": "la sicurezza è la base perché un'attività possa crescere"}},
     "Il motivo: la sicurezza è la base perché un'attività possa crescere.",
     ["Ci tengo perché la sicurezza"]),
    # an answer typed in English: left out of the texts (round 20), and an error names it; a
    # loanword or a phrase does not
    ({"future": {"learn": "data storytelling and paid social campaigns (Meta Ads)"}},
     "ERROR La risposta 'Quello che voglio ancora imparare è …' resta fuori dai testi: «data "
     "storytelling and paid social campaigns", ["Voglio ancora imparare data storytelling"]),
    ({"future": {"learn": "il social media marketing"},
      "statement": {"way_of_working": "Rileggo ogni testo, just to be sure."}},
     "Rileggo ogni testo, just to be sure.", ["è scritta in inglese"]),
    # a formal text whose call to action slips into the tu
    ({"register": "formal", "offer": {"call_to_action": "Se gestisci un albergo, scrivimi."}},
     "ERROR La risposta 'Per chiudere, invito chi legge …' dice 'scrivimi'", []),
    # a role with its own "che": "Sono … e sto diventando", and no second "che si batte"
    ({"person": {"role": "Giornalista che sta diventando Communication Manager"}},
     "Sono giornalista e sto diventando communication manager.",
     ["Sono giornalista che", "manager che si batte"]),
    # "imparare come usare" is a calque: "imparare a usare"
    ({"future": {"learn": "come usare meglio gli strumenti digitali"}},
     "Voglio ancora imparare a usare meglio gli strumenti digitali.", ["imparare come"]),
    ({"future": {"learn": "come aprire una partita IVA"}},
     "Voglio ancora imparare ad aprire una partita IVA.", ["imparare come"]),
    # a boundary said with "noi": "le nostre competenze"
    ({"statement": {"boundary": "chiamiamo l'ingegnere per i progetti grossi"}},
     "Per ciò che va oltre le nostre competenze, chiamiamo l'ingegnere", ["le mie competenze, "
                                                                           "chiamiamo"]),
    ({"statement": {"boundary": "ci affidiamo a un ingegnere"}},
     "Per ciò che va oltre le nostre competenze, ci affidiamo a un ingegnere", []),
    ({"statement": {"boundary": "chiamo l'idraulico"}},
     "Per ciò che va oltre le mie competenze, chiamo l'idraulico.", ["nostre"]),
    # a noun and its participle keeps its article when the others lose theirs
    ({"drivers": {"values": ["Lavoro fatto bene", "Puntualità", "La parola data"]}},
     "lavoro fatto bene, puntualità e la parola data", ["e parola data"]),
]


@pytest.mark.parametrize(("override", "expected", "forbidden"), CASES)
def test_it_texts19(override: dict[str, Any], expected: str, forbidden: list[str]) -> None:
    texts = _render(override)
    assert expected in texts
    for bad in forbidden:
        assert bad not in texts


def test_subjunctive_table_is_one_pack_list() -> None:
    """The frames (so_that, subjunctive) and the stand_for check read grammar.toml
    [template_words]: the check knows every verb the frames turn, and the frames hold no
    table of their own."""
    from wizard.core.catalogue import catalogue
    from wizard.core.languages import pack_file, read_toml

    words = read_toml(pack_file("it", "grammar.toml"))["template_words"]
    rules = [r for r in catalogue("it").question("statement.stand_for").rephrase
             if r.shape == "clause" and r.pattern is not None]
    assert rules and len(words["subjunctive_turn"]) > 300
    unknown = [v for v in words["subjunctive_turn"]
               if rules[0].applies(f"la gente {v} qualcosa", "clause")]
    assert unknown == []
    assert rules[0].applies("la gente sbroglia qualcosa", "clause")
    frames = (Path(__file__).parents[1] / "templates" / "it" / "frames.j2").read_text("utf-8")
    assert "pack_words.subjunctive_turn" in frames and "pack_words.subjunctive_forms" in frames
    assert '"deve": "debba"' not in frames and '"capisce"' not in frames
