"""Round 20 English text classes, second pass over the blind set (issue #7): a capital typed
on a word the lexicon does not know stays in a list (a brand's, a place's), a place after a
comma in the organisation says where the first employer is, and a comma splice is split with
a semicolon where that is safe. Renders through round 19's helper."""

from __future__ import annotations

from typing import Any

import pytest
from test_en_texts20 import test_en_texts20 as _check  # the same check, on this table

AREAS, ORG, INSIGHT = "expertise__areas", "person__organisation", "expertise__insight"
DOING, LEARN, WAY = "future__doing", "future__learn", "statement__way_of_working"
SPLICE = "comma_splice|"
CASES = [
    # a capital typed mid-list, among small items, on a word the lexicon does not know
    ("en-declan19", {AREAS: ["lock replacement", "safes", "Yale & Union locks"]},
     ["Yale & Union locks"], ["yale"]),
    ("en-declan19", {AREAS: ["rewiring", "Loxone smart homes", "EV chargers"]},
     ["Loxone smart homes"], ["loxone"]),
    # ... but a common word's capital there is still lowered, and a capital on several
    # heads is a habit ("Varroa management" among "Beekeeping", "Business plans")
    ("en-declan19", {AREAS: ["rewiring", "Solar panels", "EV chargers"]},
     ["rewiring, solar panels"], ["Solar panels"]),
    ("en-declan19", {AREAS: ["Beekeeping", "financial planning", "Varroa management",
                             "Business plans & cash flow"]},
     ["varroa management"], ["Varroa management"]),
    # in a list typed in Title Case, a word after the head the lexicon does not know keeps
    # the item as typed; a name in brackets says nothing of the head
    ("en-declan19", {AREAS: ["Te Arawa history", "Geothermal areas", "Group guiding"]},
     ["Te Arawa history, geothermal areas and group guiding"], ["te arawa", "Arawa history, G"]),
    ("en-declan19", {AREAS: ["Civil litigation", "Legal research (Westlaw)", "Document review"]},
     ["legal research (Westlaw)"], ["Legal research"]),
    # a place after a comma in the organisation, then "and" another: where the first is
    ("en-declan19", {ORG: "Te Puia, Rotorua + Toi Ohomai evening classes"},
     ["Te Puia in Rotorua and Toi Ohomai evening classes"], ["Te Puia, Rotorua"]),
    ("en-declan19", {ORG: "Wee Bean Coffee, Glasgow and Bean There Roasters"},
     ["Wee Bean Coffee in Glasgow and Bean There Roasters"], ["Coffee, Glasgow"]),
    # not a place: the comma stays
    ("en-declan19", {ORG: "Farrell, Sons and Partners"}, ["Farrell, Sons and Partners"],
     ["Farrell in"]),
    # a negative clause run on into the positive one that answers it: a semicolon
    ("en-declan19", {INSIGHT: "most people don't need a scan, they need a plan"},
     ["I believe that most people don't need a scan; they need a plan."], [SPLICE]),
    ("en-declan19", {WAY: "I don't sell, I listen"}, ["I don't sell; I listen."], [SPLICE]),
    # a plan as a verb phrase run on into why, in the writer's "I": a semicolon
    ("en-declan19", {DOING: "get off the road and into a dispatch office, I've done 15 years "
                            "OTR and my kids are growing up without me"},
     ["I will get off the road and into a dispatch office; I've done 15 years OTR"], [SPLICE]),
    ("en-declan19", {LEARN: "carbon accounting properly, I'm only after starting the course"},
     ["carbon accounting properly; I'm only after starting the course"], [SPLICE]),
    # not safe: an opening clause, "To be honest", another comma, "I think" said in passing
    ("en-declan19", {INSIGHT: "if you don't ask, you don't get"},
     ["if you don't ask, you don't get"], ["ask; you"]),
    ("en-declan19", {WAY: "To be honest, I don't do small jobs"},
     ["be honest, I don't do small jobs"], ["honest;"]),
    ("en-declan19", {INSIGHT: "people don't need more apps, they need time, and sleep"},
     ["apps, they need time"], ["apps; they"]),
    ("en-declan19", {DOING: "open a second van, I think"}, ["open a second van, I think"],
     ["van; I"]),
    # the person's own idioms stay as typed
    ("en-declan19", {WAY: "I do the needful and I never do fly by night jobs"},
     ["do the needful", "fly by night"], []),
]


@pytest.mark.parametrize(("persona", "answers", "wanted", "unwanted"), CASES)
def test_en_texts20b(persona: str, answers: dict[str, Any], wanted: list[str],
                     unwanted: list[str]) -> None:
    _check(persona, answers, wanted, unwanted)
