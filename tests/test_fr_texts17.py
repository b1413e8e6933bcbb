"""French classes native editors found on round 16's blind personas (issue #7): an answer
typed in "tu" with no register chosen, a role that names the organisation's kind, an oral
"y a", a region or public body pycountry knows, a quote inside a quoted check message."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_fr_grammar import render, variants

# (answers replaced, output, what its chosen variant reads, what no variant reads)
TEXTS: list[tuple[dict[str, Any], str, str, str]] = [
    # register left out: the contract says vous; "on se tutoie ?" is no part of "parce que…"
    ({"invitation__context": "j'ai vu ta présentation au salon de Lyon, on se tutoie ?"},
     "invitation", "votre présentation au salon de Lyon.", "tutoie"),
    ({"register__": "informal", "offer__help": "former tes équipes",
      "invitation__context": "j'ai vu ta présentation au salon de Lyon, on se tutoie ?"},
     "invitation", "t'ajouter à mon réseau parce que j'ai vu ta présentation au salon de Lyon.",
     "vous"),
    # the role names the organisation's kind: the place its name adds stays
    ({"person__role": "secrétaire de mairie", "person__organisation": "Mairie de Lille"},
     "summary", "secrétaire de mairie à Lille.", "mairie."),
    ({"person__role": "secrétaire de mairie", "person__organisation": "Mairie du Havre"},
     "pitch", "secrétaire de mairie au Havre", "mairie."),
    ({"person__role": "agent du conseil départemental",
      "person__organisation": "Conseil départemental du Nord"},
     "summary", "agent du conseil départemental du Nord.", "départemental."),
    # the oral "y a" is "il y a" in writing; "c'est" typed again after the stem goes
    ({"future__change": "c'est qu'y a trop de logos faits à la va-vite"}, "summary",
     "Ce que je veux changer, c'est qu'il y a trop de logos", "c'est c'est"),
    ({"future__change": "y a pas assez de graphistes dans les villages"}, "summary",
     "c'est qu'il n'y a pas assez de graphistes", "c'est y a"),
    ({"future__change": "Y a trop de logos moches"}, "summary",
     "c'est qu'il y a trop de logos moches", "c'est il"),
    ({"drivers__why": "sans les abeilles y aura plus rien dans nos assiettes"}, "summary",
     "il n'y aura plus rien", " y aura"),
    # a list typed as dashed lines after a colon: one sentence, its items joined
    ({"expertise__proof": "lors de la collecte de 2025 :\n- 1 200 bénévoles mobilisés\n"
      "- 96 tonnes récoltées\n- 15 % de nouveaux bénévoles"}, "summary",
     "2025\u00a0: 1\u00a0200 bénévoles mobilisés, 96 tonnes récoltées et 15\u00a0% de "
     "nouveaux bénévoles.", " - "),
    ({"expertise__proof": "lors de la collecte de 2025 :\n- 1 200 bénévoles mobilisés\n"
      "- 96 tonnes récoltées"}, "headline",
     "bénévoles mobilisés et 96 tonnes", " - "),
    # a relative inside a later item of a list leaves the list's prepositions
    ({"future__audience": "les associations du Nord, les entreprises qui veulent faire du "
      "mécénat de compétences et les futurs bénévoles"}, "pitch",
     "aux associations du Nord, aux entreprises qui veulent", "Nord, les entreprises"),
    # a second subject under one "parce que", a noun: "et que"
    ({"invitation__context": "on a jasé au congrès et votre atelier m'a vraiment plu"},
     "invitation", "parce qu'on a jasé au congrès et que votre atelier m'a vraiment plu", ""),
    # "Aujourd'hui" before any subject takes its comma
    ({"future__doing": "former les infirmières. Aujourd'hui beaucoup de services manquent de "
      "formateurs"}, "summary", "Aujourd'hui, beaucoup de services", ""),
    # a leader's role that says how many it leads: the organisation is their name
    ({"person__role": "gérant de deux librairies indépendantes",
      "person__organisation": "Librairie Le Pavé (Liège)"}, "summary",
     "gérant de deux librairies indépendantes, la Librairie Le Pavé (Liège).",
     "indépendantes de la Librairie"),
    # the role names the organisation's kind, the name says more: it stays
    ({"person__role": "technicien de laboratoire (CFC)",
      "person__organisation": "Laboratoire cantonal, Epalinges"}, "summary",
     "technicien de laboratoire (CFC) au Laboratoire cantonal, à Epalinges.", "(CFC)."),
    # the stem typed again as "Mon objectif :"
    ({"future__doing": "Mon objectif : devenir responsable qualité du laboratoire"}, "summary",
     "je veux devenir responsable qualité", "objectif\u00a0: mon objectif"),
    # a plural noun offered with no article takes "des"; a singular one keeps the colon
    ({"offer__help": "Conseils d'installation."}, "summary",
     "Je vous propose des conseils d'installation.", "propose\u00a0: conseils"),
    ({"offer__help": "accompagnement à l'installation"}, "summary",
     "propose\u00a0: accompagnement à l'installation.", "des accompagnement"),
    # "plusieurs choses" is plural; two words joined by "&" are a brand, with no article
    ({"future__change": "plusieurs choses : les délais et les prix"}, "summary",
     "ce sont plusieurs choses", "c'est plusieurs"),
    ({"person__role": "consultante indépendante", "person__organisation": "Cave & Conseil"},
     "summary", "de Cave & Conseil", "la Cave"),
    ({"person__role": "juriste", "person__organisation": "Étude Delannoy & Associés"},
     "summary", "l'Étude Delannoy & Associés", "chez Étude"),
    *[({"person__role": "chargée de mission", "person__organisation": org}, "summary",
       f"chargée de mission {reads}.", "chez") for org, reads in [
        ("Occitanie", "en Occitanie"), ("Vaud", "dans le canton de Vaud"),
        ("Québec", "au Québec"), ("Jura", "dans le Jura"), ("Gard", "dans le Gard"),
        ("Ain", "dans l'Ain"), ("Haute-Garonne", "en Haute-Garonne"),
        ("Landes", "dans les Landes"), ("Ontario", "en Ontario"), ("Manitoba", "au Manitoba"),
        ("Hainaut", "dans la province du Hainaut"), ("Argovie", "dans le canton d'Argovie"),
        ("Tessin", "dans le canton du Tessin"), ("Genève", "à Genève"),
        ("Île-du-Prince-Édouard", "à l'Île-du-Prince-Édouard"),
        ("Province de Liège", "à la Province de Liège")]],
]

# (answers replaced, check code, severity, words of its message; "" for no such finding)
CHECKS: list[tuple[dict[str, Any], str, str, str]] = [
    ({"invitation__context": "j'ai vu ta présentation au salon de Lyon, on se tutoie ?"},
     "default_register", "warning", 'register = "informal"'),
    ({"invitation__context": "j'ai vu votre présentation, on se tutoie ?"},
     "default_register", "warning", "parce que"),
    # no error for the oral form restored, nor for the written "il n'y a pas"
    ({"future__change": "y a pas assez de graphistes"}, "rephrase", "", ""),
    ({"future__change": "il n'y a pas assez de graphistes"}, "rephrase", "", ""),
    # a quote inside the quoted sentence takes the inner marks
    ({"drivers__values": ["Je crois que l'honnêteté est la base de tout", "la rigueur"]},
     "rephrase", "error", "“l'honnêteté est la base de tout”"),
    # a pronoun with a capital inside a name is no register word
    ({"register__": "informal", "offer__help": "former tes équipes",
      "invitation__context": "on s'est croisés au salon Livres & Vous à Liège"},
     "mixed_register", "", ""),
    ({"register__": "formal", "offer__help": "la formation de vos équipes",
      "invitation__context": "j'ai vu ta présentation"}, "default_register", "", ""),
]


def _render(answers: dict[str, Any]) -> Any:
    return render(**{"offer__help": "la formation de vos équipes", **answers})


@pytest.mark.parametrize(("answers", "output", "reads", "never"), TEXTS)
def test_texts(answers: dict[str, Any], output: str, reads: str, never: str) -> None:
    """`reads` in the chosen variant, `never` in none."""
    out = _render(answers).outputs[output]
    assert reads in out.chosen.text, out.chosen.text
    assert not [v.text for v in variants(out) if never and never in v.text]


@pytest.mark.parametrize(("answers", "code", "severity", "says"), CHECKS)
def test_checks(answers: dict[str, Any], code: str, severity: str, says: str) -> None:
    found = [f for out in _render(answers).outputs.values() for f in out.chosen.findings
             if f.code == code]
    if not severity:
        assert not found, found
        return
    assert found and all(f.severity == severity for f in found)
    assert any(says in f.message for f in found), found
