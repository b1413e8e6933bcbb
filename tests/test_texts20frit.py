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
