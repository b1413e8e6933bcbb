"""Round 20 French and Italian text classes (issue #7): answers put into a persona's file, and
what every variant's text and findings must (and must not) say; and the grammar's reshaping of
one answer."""

from __future__ import annotations

from typing import Any

import pytest
from test_en_texts19 import _said

from wizard.grammar import grammar

INSIGHT, CHANGE, PROOF = "expertise__insight", "future__change", "expertise__proof"
BOUNDARY, ORG = "statement__boundary", "person__organisation"
ENGLISH = "I believe soft skills matter as much as diplomas, and juniors just need one chance"
CASES = [
    # an answer typed in English is left out of the French frames, and an error names it
    ("fr-ines19", {INSIGHT: ENGLISH}, "left_out|La réponse 'Je crois que …'",
     "Je crois que I believe"),
    ("fr-ines19", {INSIGHT: ENGLISH}, "«\u00a0I believe soft skills matter", "crois que I"),
    # a plural noun with its "qui" clause after "ce sont": what is to change is that they do it
    ("fr-wilfried19", {}, "Ce que je veux changer, c'est que les clients attendent trois",
     "ce sont les clients qui attendent"),
    # CV lines parted by ";": one list of participles sharing "J'ai", the verbless one after
    ("fr-yvesalain19", {}, "J'ai suivi plus de 180 PME depuis 1984 et accompagné 12 remises de "
     "commerce, sans aucun redressement fiscal", "1984 ; accompagné"),
    # Italian: a common word of the organisation's name in the role ("impianti") does not hide it
    ("it-pasquale19", {}, "titolare di impresa di impianti elettrici e idraulici, Lorusso "
     "Impianti snc a Bari", "Sono titolare di impresa di impianti elettrici e idraulici."),
    # the city after a dash is said "a Bari"
    ("it-pasquale19", {ORG: "Farmacia De Santis - Lecce"}, "Farmacia De Santis a Lecce",
     "De Santis - Lecce"),
    # "credo che" + an indicative the table knows: the subjunctive
    ("it-pasquale19", {INSIGHT: "credo che un impianto fatto bene costa meno nel tempo"},
     "Credo che un impianto fatto bene costi meno nel tempo", "bene costa meno"),
    # one it does not know: kept, and an error asks for the subjunctive
    ("it-pasquale19", {INSIGHT: "credo che un impianto ben fatto alla fine risparmia soldi"},
     "dopo «credo che» il verbo va al congiuntivo", "Secondo me, credo"),
    # "indirizzo al ginecologo": a referral verb with no one to refer
    ("it-agnese19", {}, "Consiglio di rivolgersi al ginecologo o al consultorio",
     "Indirizzo al ginecologo"),
]


@pytest.mark.parametrize(("persona", "answers", "reads", "never"), CASES)
def test_texts_and_checks(persona: str, answers: dict[str, Any], reads: str, never: str) -> None:
    said = _said(persona, answers)
    assert reads in said, said
    assert never not in said, said


RESHAPED = [
    ("fr", "future.change", "Les projets IT qui coûtent 3x le budget",
     "que les projets IT coûtent 3x le budget"),
    # the relative is on "sommelier", not on "l'image": singular stays
    ("fr", "future.change", "l'image du sommelier snob qui intimide le client",
     "l'image du sommelier snob qui intimide le client"),
    # a second relative on the same noun would lose its verb
    ("fr", "future.change", "ces applis qui coûtent une fortune et que personne n'utilise",
     "ces applis qui coûtent une fortune et que personne n'utilise"),
    ("fr", "expertise.proof", "Dirigé 3 équipes ; réduit les délais de 20 %",
     "Dirigé 3 équipes et réduit les délais de 20 %"),
    # a line without a participle in front: as typed (the ";" check asks)
    ("fr", "expertise.proof", "30 ans de métier ; accompagné 12 remises",
     "30 ans de métier ; accompagné 12 remises"),
    # English keeps its CV lists (the rule moved to the shared grammar)
    ("en", "expertise.proof", "Led 3 teams; cut costs by 20%; budget under $85k",
     "Led 3 teams and cut costs by 20% (budget under $85k)"),
    ("it", "person.organisation", "Panificio Iovine – Rione Sanità",
     "Panificio Iovine – Rione Sanità"),
    ("it", "person.organisation", "Studio X – Contabilità", "Studio X – Contabilità"),
    ("it", "person.organisation", "Cantina Piras - Mamoiada", "Cantina Piras a Mamoiada"),
    ("it", "statement.boundary", "indirizzo al ginecologo quando serve",
     "consiglio di rivolgersi al ginecologo quando serve"),
    # an object follows: as typed
    ("it", "statement.boundary", "mandiamo all'avvocato i casi difficili",
     "mandiamo all'avvocato i casi difficili"),
]


@pytest.mark.parametrize(("lang", "key", "typed", "reads"), RESHAPED)
def test_reshape(lang: str, key: str, typed: str, reads: str) -> None:
    assert grammar(lang).reshape(typed, key) == reads


@pytest.mark.parametrize(("typed", "reads"), [
    # "user" is English here (no French infinitive follows "la"): "experience" keeps its spelling
    ("améliorer la user experience des applications", "la user experience"),
    ("une simple experience client", "une simple expérience client"),
])
def test_accents_beside_english(typed: str, reads: str) -> None:
    assert reads in grammar("fr").respell(typed)


# Round 20 blind set: the classes behind its sentences, one answer each
@pytest.mark.parametrize(("lang", "key", "typed", "reads"), [
    # a numbered list on one line is one sentence
    ("fr", "expertise.proof", "1) j'ai formé 1 200 producteurs 2) les rendements ont doublé "
     "3) la prime a atteint 180 millions", "j'ai formé 1 200 producteurs, les rendements ont "
     "doublé et la prime a atteint 180 millions"),
    ("fr", "expertise.proof", "Le 1) du contrat est clair", "Le 1) du contrat est clair"),
    # a city after a comma: one the gazetteer knows, or one with its province
    ("it", "person.organisation", "Studio Bellandi Archivi & Memoria, Firenze",
     "Studio Bellandi Archivi & Memoria a Firenze"),
    ("it", "person.organisation", "Ristorante La Ciau del Tornavento, Treiso (CN)",
     "Ristorante La Ciau del Tornavento a Treiso (CN)"),
    ("it", "person.organisation", "Rossi, Bianchi", "Rossi, Bianchi"),
])
def test_reshape_blind20(lang: str, key: str, typed: str, reads: str) -> None:
    assert grammar(lang).reshape(typed, key) == reads


@pytest.mark.parametrize(("lang", "typed", "reads"), [
    ("fr", "je veux former la relève pcq après 22 ans", "parce que après"),
    ("fr", "Bcp de choses", "Beaucoup de choses"),
    ("it", "finito in anticipo cmq sotto budget", "comunque sotto budget"),
    ("it", "chiamo il RINA x le certificazioni", "RINA per le certificazioni"),
    ("it", "un tavolo 3 x 2", "3 x 2"),
])
def test_sms_words(lang: str, typed: str, reads: str) -> None:
    assert reads in grammar(lang).respell(typed)


@pytest.mark.parametrize(("lang", "typed", "says_nothing"), [
    ("fr", "idk", True), ("fr", "n/a", True), ("it", "Boh.", True), ("it", "?", True),
    ("fr", "rien de plus simple", False), ("it", "nessuno deve restare solo", False),
])
def test_no_answers(lang: str, typed: str, says_nothing: bool) -> None:
    assert grammar(lang).no_answer(typed) is says_nothing


@pytest.mark.parametrize(("persona", "answers", "reads", "never"), [
    ("fr-ines19", {INSIGHT: "idk"}, "J'y tiens", "qu'idk"),
    ("fr-ines19", {BOUNDARY: "n/a"}, "J'y tiens", "n/a"),
    ("fr-ines19", {"future__doing": "Bon, je veux surtout trouver mon premier CDI"},
     "je veux surtout trouver mon premier CDI", "je veux bon"),
    # inclusive writing: "tou·te·s" says no "te"
    ("fr-yvesalain19", {"statement__stand_for": "une comptabilité accessible à tou·te·s"},
     "accessible à tou·te·s", "mixed_register|La réponse 'Je défends"),
    # check marks typed as bullets
    ("it-pasquale19", {"drivers__values": ["✅ lavoro fatto bene", "✅ puntualità"]},
     "lavoro fatto bene e puntualità", "✅"),
    ("it-pasquale19", {"drivers__values": ["1) la famiglia", "2) la pazienza"]},
     "famiglia e pazienza", "1)"),
])
def test_blind20_texts(persona: str, answers: dict[str, Any], reads: str, never: str) -> None:
    said = _said(persona, answers)
    assert reads in said, said
    assert never not in said, said


@pytest.mark.parametrize(("persona", "answers", "reads", "never"), [
    # a title before first name and surname: the greeting names the surname
    ("fr-ines19", {"invitation__recipient": "Mme Aya Traoré",
                   "invitation__context": "nous étions ensemble à l'atelier"},
     "Bonjour Madame Traoré,", "Madame Aya"),
    # an opinion typed with its own lead and an adverb is not led again
    ("fr-ines19", {INSIGHT: "je crois vraiment que les juniors méritent une chance"},
     "Je crois vraiment que les juniors", "Je crois que je crois"),
    # hashtags close a call to action without a full stop after them
    ("fr-ines19", {"offer__call_to_action": "Écrivez-moi #OpenToWork #RH"}, "#OpenToWork #RH",
     "#RH."),
])
def test_blind20_more(persona: str, answers: dict[str, Any], reads: str, never: str) -> None:
    said = _said(persona, answers)
    assert reads in said, said
    assert never not in said, said
