"""Round 20 English text classes (issue #7), one table: answers put into a persona's file,
and what its texts must (and must not) say. Renders through round 19's helper."""

from __future__ import annotations

from typing import Any

import pytest
from test_en_texts19 import _said

CTA, PROOF, AREAS = "offer__call_to_action", "expertise__proof", "expertise__areas"
SPLICE = "comma_splice|"
CASES = [
    # an emoji that closes a sentence inside a paragraph needs no full stop after it
    ("en-declan19", {PROOF: "we've had zero failed inspections 👍"},
     ["zero failed inspections 👍 I ", "zero failed inspections 👍 What"], ["👍."]),
    ("en-declan19", {PROOF: "we fixed 40 boards in a week 🎉"}, ["in a week 🎉 I"], ["🎉."]),
    # a call to action of two clauses joined by a comma, each with its subject and verb:
    # two sentences, no warning
    ("en-declan19", {CTA: "Ring the office or DM us for a free survey, we cover most of "
                          "Connacht!!"},
     ["for a free survey. We cover most of Connacht!"], [SPLICE, "survey, we"]),
    ("en-declan19", {CTA: "Book a call, it's free"}, ["Book a call. It's free."], [SPLICE]),
    ("en-declan19", {CTA: "I'd love to hear from you, we could grab a coffee"},
     ["I'd love to hear from you. We could grab a coffee."], [SPLICE]),
    ("en-declan19", {CTA: "please drop me a line, you'll get an answer within a day"},
     ["Please drop me a line. You'll get an answer within a day."], [SPLICE]),
    # not safe: a second comma, "you and …", an opening clause, "I think" said in passing
    ("en-declan19", {CTA: "Get in touch, I'd love to help, we can talk"},
     ["Get in touch, I'd love to help, we can talk.", SPLICE], []),
    ("en-declan19", {CTA: "Drop me a line, you and your team are welcome"},
     ["Drop me a line, you and your team are welcome."], ["line. You"]),
    ("en-declan19", {CTA: "If you need a sparky, we cover most of Connacht"},
     ["If you need a sparky, we cover most of Connacht."], [SPLICE, "sparky. We"]),
    ("en-declan19", {CTA: "Message me, I think"}, ["Message me, I think."], ["me. I"]),
    # a name in Title Case alone in brackets stays as typed; the head before it is lowered;
    # an acronym spelled out in common words is lowered
    ("en-obi19", {AREAS: ["bass guitar", "Grade 1-8 (Trinity Rock & Pop)", "funk"]},
     ["bass guitar, grade 1-8 (Trinity Rock & Pop) and funk"], ["trinity rock", "Grade 1-8"]),
    ("en-obi19", {AREAS: ["bass guitar", "Music Theory (ABRSM Grade 5)", "funk"]},
     ["(ABRSM Grade 5)"], ["(ABRSM grade 5)"]),
    ("en-obi19", {AREAS: ["SMS (Safety Management Systems)", "incident reviews"]},
     ["SMS (safety management systems)"], ["(Safety Management"]),
    ("en-obi19", {AREAS: ["Excel (VLOOKUP, Pivot Tables)", "reporting"]},
     ["Excel (VLOOKUP, pivot tables)"], ["Pivot Tables"]),
    # texting shorthand spelled out; an app's name as it spells it
    ("en-declan19", {"future__doing": "grow to 3 vans w/ 5 guys", "offer__help":
                     "getting back in ur house quick",
                     "statement__way_of_working": "I quote on whatsapp so u know the price"},
     ["3 vans with 5 guys", "back in your house", "on WhatsApp so you know"],
     ["w/", " ur ", " u "]),
    ("en-declan19", {"drivers__why": "b/c our name is on the van"},
     ["I care about this because our name is on the van"], ["b/c", "because because"]),
    # an answer that says there is none is left out; fillers typed before the answer go
    ("en-declan19", {"expertise__insight": "n/a"}, [], ["n/a", "I believe that"]),
    ("en-declan19", {"expertise__insight": "idk"}, [], ["idk", "I believe that"]),
    ("en-declan19", {"future__learn": "idk maybe access control systems"},
     ["learn is access control systems"], ["idk"]),
    ("en-declan19", {"statement__way_of_working": "Kindly note that I always visit the site."},
     ["I always visit the site."], ["Kindly note"]),
    # the person's title in the business after a comma joins the roles
    ("en-declan19", {"person__role": "locksmith & security installer, owner",
                     "person__organisation": "Mokoena Lock & Key (Pty) Ltd, Soweto"},
     ["Locksmith, security installer and owner |", "owner of Mokoena Lock & Key, Soweto"],
     ["installer, owner", "(Pty)"]),
    ("en-declan19", {"person__role": "baker, founder"}, ["Baker and founder |"],
     ["baker, founder"]),
    # a CV title's specialism after a spaced dash goes in brackets
    ("en-declan19", {"person__role": "Senior Procurement Manager - Strategic Sourcing"},
     ["Senior procurement manager (strategic sourcing) |"], ["manager – strategic"]),
    # a name's capital kept where a list lowers common words; hashtags end without a stop
    ("en-obi19", {AREAS: ["bass guitar", "Pilates-based rehab"]}, ["Pilates-based rehab"],
     ["pilates"]),
    ("en-declan19", {CTA: "Flick me a message #rotorua #nz"}, ["message #rotorua #nz\n",
                                                               "#rotorua #nz"], ["#nz."]),
    # a CV entry's header (parts parted by "|" ending in a date) goes, its bullets are the proof
    ("en-declan19", {PROOF: "Procurement Manager | Tata AutoComp | Apr 2019 - Present • "
                            "Achieved savings of INR 14.5 crore • Onboarded 60+ MSME vendors"},
     ["I achieved savings of INR 14.5 crore and onboarded 60+ MSME vendors."],
     ["Tata AutoComp |", "Present"]),
    # a second job in brackets after the employer does not make the employer the person's own
    ("en-declan19", {"person__role": "physiotherapist",
                     "person__organisation": "NHS Highland (and my own wee clinic on Saturdays)"},
     ["physiotherapist at NHS Highland (and my own wee clinic on Saturdays)"],
     ["running NHS Highland"]),
    # bullet lines that each open with their subject are sentences of their own
    ("en-declan19", {"statement__way_of_working": "* I assess properly, 45 minutes\n"
                                                  "* You leave with 3 exercises, not 30\n"
                                                  "* I check in by text after a week"},
     ["I assess properly, 45 minutes. You leave with 3 exercises, not 30. I check in by text"],
     ["; You", "; and I"]),
    # a spaced "+" between words is "and"
    ("en-declan19", {"person__organisation": "Te Puia + Toi Ohomai evening classes"},
     ["Te Puia and Toi Ohomai evening classes"], [" + "]),
    # "…, that's …" about the clause before joins with a dash; "…, tbh I …" is a sentence
    ("en-declan19", {"statement__boundary": "point people to our elders for anything tapu, "
                                            "that's not mine to share"},
     ["for anything tapu – that's not mine to share."], ["tapu, that's"]),
    ("en-declan19", {"future__learn": "digital marketing, tbh I have no idea how ads work"},
     ["learn is digital marketing. To be honest, I have no idea how ads work"],
     ["tbh", SPLICE]),
]


@pytest.mark.parametrize(("persona", "answers", "wanted", "unwanted"), CASES)
def test_en_texts20(persona: str, answers: dict[str, Any], wanted: list[str],
                    unwanted: list[str]) -> None:
    said = _said(persona, answers)
    for w in wanted:
        assert w in said
    for u in unwanted:
        assert u not in said


ROLE = "person__role"
STEMS = [
    # the role's stem typed again before a vowel, respelled "an" before it is stripped
    ("I am (or am becoming) a electrician", "the electrician and founder of", "an electrician"),
    ("I am (or am becoming) an electrician", "the electrician and founder of", "becoming"),
]


@pytest.mark.parametrize(("role", "wanted", "unwanted"), STEMS)
def test_a_stem_typed_again_is_stripped_as_respelled(role: str, wanted: str,
                                                     unwanted: str) -> None:
    said = _said("en-declan19", {ROLE: role + " and founder"})
    assert wanted in said
    assert unwanted not in said


def test_the_core_strips_stems_as_given_the_pack_adds_its_respelled_forms() -> None:
    from wizard.core.filters import strip_stem
    from wizard.grammar import grammar

    # no language's article in the core: "an" is English pack data (stem_respelled_endings)
    assert strip_stem("I am an electrician", ("I am a",)) == "I am an electrician"
    forms = grammar("en").stem_forms(("I am a", "with"))
    assert forms == ("I am an", "I am a", "with")
    assert strip_stem("I am an electrician", forms) == "electrician"
    assert grammar("nl").stem_forms(("ik ben een",)) == ("ik ben een",)


def test_as_writer_compiles_its_patterns_once_per_pack_and_name() -> None:
    from wizard.grammar import grammar

    g = grammar("en")
    assert g._writer_patterns(("Rhiannon Pritchard", "Rhiannon")) is \
        g._writer_patterns(("Rhiannon Pritchard", "Rhiannon"))
    # a bio that never names the writer is returned untouched, the bio that does is voiced
    values = {"future.doing": "grow the team",
              "expertise.proof": "Rhiannon has supported 600 births"}
    assert g.as_writer(values, "Dana Lee") is values
    assert g.as_writer(values, "Rhiannon Pritchard")["expertise.proof"] == \
        "I have supported 600 births"


THIRD = "It speaks of you in the third person"
SHE_BIOS = [
    # two answers speak of "she" with third-person verbs, none says "I"/"my"/"we": the writer
    ({"expertise__proof": "She has supported over 600 births since 2011",
      "statement__way_of_working": "She listens first and writes the birth plan with the family"},
     ["I have supported over 600 births since 2011", "I listen first and write the birth plan"],
     [THIRD, "She has", "She listens"]),
    # one answer only, or a first person elsewhere: "she" may be someone else, the flag stays
    ({"expertise__proof": "She has supported over 600 births since 2011"},
     [THIRD], ["I have supported over 600"]),
]


@pytest.mark.parametrize(("answers", "wanted", "unwanted"), SHE_BIOS)
def test_a_she_bio_without_the_name_is_the_writer(answers: dict[str, Any], wanted: list[str],
                                                  unwanted: list[str]) -> None:
    said = _said("en-obi19", answers)
    for w in wanted:
        assert w in said
    for u in unwanted:
        assert u not in said
