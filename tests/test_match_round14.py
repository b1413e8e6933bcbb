"""Round 14 of the job-ad match: a task's verb is no part of a term, also where Dutch puts it
after its object; a stop word in the profile shares no stem with a term
(tests/fixtures/ads/round14)."""

from __future__ import annotations

from pathlib import Path

from wizard.core.match import analyse, match
from wizard.core.model import Answers

ROUND = Path(__file__).parent / "fixtures" / "ads" / "round14"


def shown(name: str) -> set[str]:
    return {t.text.casefold() for t in analyse((ROUND / name).read_text(encoding="utf-8")).terms}


def test_a_dutch_infinitive_after_its_object_is_no_part_of_a_term() -> None:
    terms = shown("nl-softwaretester.md")
    assert "testgevallen" in terms
    for verb in ("opstellen", "uitvoeren", "vastleggen", "opzetten", "draaien", "coördineren",
                 "schrijven"):
        assert not any(verb in t.split() for t in terms), (verb, terms)
    assert not any(t.startswith("zet ") for t in shown("nl-communicatieadviseur.md"))


def test_a_task_verb_that_opens_a_task_is_no_part_of_a_term() -> None:
    assert not {t.split()[0] for t in shown("en-warehouse-team-leader.md")} \
        & {"hit", "investigate", "allocate", "carry", "use"}
    assert not {t.split()[0] for t in shown("it-tecnico-controllo-qualita.md")} \
        & {"eseguire", "effettuare", "registrare", "aggiornare"}
    fr = shown("fr-technicien-support.md")
    assert "prendre" not in fr and not any(t.startswith(("diagnostiquer", "installer")) for t in fr)


def test_a_stop_word_in_the_profile_shares_no_stem_with_a_term() -> None:
    read = analyse((ROUND / "fr-technicien-support.md").read_text(encoding="utf-8"))
    a = Answers("fr")
    a.set("drivers.why", "parce que j'aime aider les gens")
    t = {x.term.text: x for x in match(read, a, {}).terms}["parc informatique"]
    assert not t.found
    a.set("expertise.areas", ["gestion du parc"])
    assert {x.term.text: x for x in match(read, a, {}).terms}["parc informatique"].found


def test_a_shift_lead_holds_team_leader_and_wms_the_long_form() -> None:
    read = analyse((ROUND / "en-warehouse-team-leader.md").read_text(encoding="utf-8"))
    a = Answers("en")
    a.set("person.role", "Warehouse Shift Lead")
    a.set("expertise.areas", ["WMS"])
    found = {x.term.text: x for x in match(read, a, {}).terms}
    assert found["team leader"].found and found["team leader"].matched_as == "synonym"
    # the ad defines the acronym ("a warehouse management system (WMS)"): one term with it,
    # and the profile's "WMS" is the ad's own word for it
    wms = found["warehouse management system (WMS)"]
    assert wms.found and wms.matched_as == "exact" and wms.hits[0].words == "WMS"
