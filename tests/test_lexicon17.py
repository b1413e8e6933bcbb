"""The packs' word lists from pyspellchecker (round 17, issue #7): the data files are what
tools/build_lexicon.py writes; a word typed without its accents that can be only one word is
written with them, and the check that asked for the accents no longer asks about it; where
the index has no single answer ("pompes a chaleur", "dépanne"/"dépanné") the check still asks.
"""

from __future__ import annotations

import copy
import importlib.util
import time
from pathlib import Path
from typing import Any

import pytest

from wizard.core.model import from_document
from wizard.core.render import Renderer
from wizard.grammar import grammar, packwords

ROOT = Path(__file__).resolve().parents[1]

_DOCS: dict[str, dict[str, Any]] = {
    "fr": {"schema": 1, "lang": "fr",
           "person": {"name": "Claire Martin", "role": "responsable de magasin"},
           "future": {"doing": "ouvrir un deuxième magasin", "audience": "les familles"},
           "drivers": {"values": ["rigueur", "respect"]},
           "expertise": {"areas": ["gestion des stocks", "merchandising"],
                         "proof": "j'ai fait progresser le chiffre d'affaires de 12 %"},
           "statement": {"stand_for": "un commerce humain"},
           "offer": {"help": "l'organisation d'un magasin"}},
    "nl": {"schema": 1, "lang": "nl",
           "person": {"name": "Sanne de Vries", "role": "financieel adviseur"},
           "future": {"doing": "ondernemers helpen groeien", "audience": "zzp'ers"},
           "drivers": {"values": ["eerlijkheid"]},
           "expertise": {"areas": ["jaarrekeningen"], "proof": "ik help 40 bedrijven"},
           "statement": {"stand_for": "heldere cijfers"},
           "offer": {"help": "je boekhouding"}},
    "it": {"schema": 1, "lang": "it",
           "person": {"name": "Marco Bianchi", "role": "consulente del lavoro"},
           "future": {"doing": "aprire un secondo studio", "audience": "le piccole imprese"},
           "drivers": {"values": ["chiarezza", "puntualità"]},
           "expertise": {"areas": ["buste paga", "contratti"],
                         "proof": "seguo 60 aziende da dieci anni"},
           "statement": {"stand_for": "regole chiare"},
           "offer": {"help": "le buste paga di ogni mese"}},
}


def _render(lang: str, section: str, key: str, typed: str) -> tuple[str, list[str]]:
    """Every text rendered with one answer typed, and the error checks on that answer."""
    doc = copy.deepcopy(_DOCS[lang])
    doc[section][key] = typed
    result = Renderer().render(from_document(doc))
    texts = "\n".join(a.text for o in result.outputs.values() for a in o.alternatives)
    errors = [c["message"] for c in result.json()["checks"]
              if c["severity"] == "error" and c.get("key") == f"{section}.{key}"]
    return texts, errors


@pytest.mark.parametrize(("lang", "section", "key", "typed", "said", "flagged"), [
    # French: restored, and the accents check says nothing more
    ("fr", "statement", "boundary",
     "je m'appuie sur le siege et mes collegues pour la paie",
     "sur le siège et mes collègues pour la paie", False),
    ("fr", "statement", "stand_for", "un service public qui repond vite",
     "un service public qui répond vite", False),
    ("fr", "future", "doing", "animer une equipe et ameliorer la qualite du service",
     "animer une équipe et améliorer la qualité du service", False),
    # the writer's capitals stay; an elided article keeps its apostrophe
    ("fr", "future", "doing", "construire l'Equipe de demain",
     "construire l'Équipe de demain", False),
    # "a" is "a" or "à": never restored, still asked about; "dépanne"/"dépanné": no single word
    ("fr", "future", "doing", "installer des pompes a chaleur pour les familles",
     "pompes a chaleur", True),
    ("fr", "statement", "boundary", "je fais appel au siege quand on depanne les clients",
     "au siège quand on depanne les clients", True),
    # a word that lost its accents and may be more than one word is kept, and asked about
    # (lexicon/unaccented.txt); in capitals it may be a name, and it is not
    ("fr", "drivers", "why", "la tracabilite de chaque analyse compte",
     "la tracabilite de chaque analyse", True),
    ("fr", "drivers", "why", "chaque analyse compte pour la santé de tous",
     "pour la santé de tous", False),
    ("it", "drivers", "why", "un cliente seguito bene risparmiera tempo e soldi",
     "risparmiera tempo e soldi", True),
    ("it", "drivers", "why", "me lo ha insegnato Sara, la mia prima titolare",
     "Sara, la mia prima titolare", False),
    # English quoted in a French text stays English ("média" would be French)
    ("fr", "future", "doing", "construire la stratégie social media de la marque",
     "social media", False),
    # Italian: words the pack's own rules do not list ("cioè", "attività")
    ("it", "future", "doing", "crescere, cioe aprire un secondo studio",
     "cioè aprire un secondo studio", False),
    ("it", "future", "doing", "portare piu qualita nelle attivita della citta",
     "più qualità nelle attività della città", False),
    # "e" is "e" or "è", "Sara" a name: as typed
    ("it", "statement", "stand_for", "regole chiare, come dice Sara",
     "come dice Sara", False),
])
def test_accents_restored_where_one_word_fits(lang: str, section: str, key: str, typed: str,
                                              said: str, flagged: bool) -> None:
    texts, errors = _render(lang, section, key, typed)
    assert said in texts
    accents = [m for m in errors if "accent" in m]
    assert bool(accents) == flagged, accents


@pytest.mark.parametrize(("lang", "section", "key", "typed", "said"), [
    # a capitalised word that is no common word is a name, and keeps its capital
    ("nl", "future", "audience", "Klanten Van De Rabobank", "klanten van de Rabobank"),
    # common words typed in Title Case are still lowered, a compound of two too
    ("nl", "future", "audience", "Verpleegkundigen Voor Wondzorg",
     "verpleegkundigen voor wondzorg"),
    ("fr", "future", "audience", "Les Patients De Doctolib Et Les Médecins De Ville",
     "patients de Doctolib et les médecins de ville"),
])
def test_names_keep_their_capitals_in_title_case(lang: str, section: str, key: str,
                                                 typed: str, said: str) -> None:
    texts, _ = _render(lang, section, key, typed)
    assert said in texts


@pytest.mark.parametrize(("lang", "phrase", "names"), [
    ("nl", "Klanten Van De Rabobank", {3}),
    ("nl", "Gebruikers Van Fabrikam", {2}),
    ("nl", "Gebruikers Van Fabrikam Boekhouding", {2, 3}),
    # two capitalised words side by side, one a name: both are ("Grana Padano")
    ("fr", "Fromages De Cancoillotte Franche", {2, 3}),
    ("fr", "Responsable D'Équipe Co-Fondatrice", set()),
    # English and Italian lists lack a trade's words ("Pre-need", "Pasticcere"): off
    ("en", "Pre-need Planning At Fabrikam", set()),
    ("it", "Maestro Pasticcere", set()),
])
def test_which_words_of_a_title_case_phrase_are_names(lang: str, phrase: str,
                                                      names: set[int]) -> None:
    assert set(grammar(lang).lexicon_names(phrase.split(" "))) == names


@pytest.mark.parametrize(("lang", "word", "common"), [
    ("nl", "Rabobank", False), ("nl", "Klanten", True), ("nl", "aandacht", True),
    ("it", "Padano", False), ("it", "Kinesio", False), ("it", "Pane", True),
    ("fr", "Doctolib", False), ("fr", "Équipe", True),
    ("en", "Fabrikam", False), ("en", "Manager", True),
])
def test_common_words_from_the_pack(lang: str, word: str, common: bool) -> None:
    assert grammar(lang).is_common_word(word) is common


@pytest.mark.parametrize("lang", ["en", "nl", "it", "fr"])
def test_a_pack_list_loads_within_its_budget(lang: str) -> None:
    """Read from the file as the first decision reads it: a few milliseconds, no set built
    (the budget is 10 ms; the bound here is loose for a busy machine)."""
    packwords.common_words.cache_clear()
    packwords.accent_index.cache_clear()
    start = time.perf_counter()
    words = packwords.common_words(lang)
    index = packwords.accent_index(lang)
    assert words is not None and "xqzvw" not in words
    assert (len(index) > 0) == (lang in ("fr", "it", "nl"))
    assert time.perf_counter() - start < 0.25


@pytest.mark.skipif(importlib.util.find_spec("spellchecker") is None,
                    reason="pyspellchecker is a test extra")
def test_pack_lists_are_what_the_tool_writes() -> None:
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import build_lexicon
    finally:
        sys.path.pop(0)
    stale = [str(p.relative_to(ROOT)) for p, text in build_lexicon.files().items()
             if not p.is_file() or p.read_text(encoding="utf-8") != text]
    assert not stale, f"run tools/build_lexicon.py: {stale}"
