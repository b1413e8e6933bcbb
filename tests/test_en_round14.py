"""English classes from the blind round 14 (issue #7): Title Case pairs of common words in a
list, an emoji that ended a sentence in the spoken pitch, ..."""

from __future__ import annotations

from typing import Any

from test_en_grammar import render

from wizard.core.filters import unspoken
from wizard.core.languages import language


def texts(result: Any, output: str = "") -> list[str]:
    return [v.text for name, out in result.outputs.items() if not output or name == output
            for v in out.alternatives]


def test_a_title_case_pair_of_common_words_among_small_items_is_lowered() -> None:
    r = render(expertise__areas=["Wound Care", "palliative care at home", "Family Law",
                                 "Active Directory", "Planning Policy Wales"])
    about = "\n".join(texts(r, "summary"))
    assert "wound care, palliative care at home, family law, Active Directory" in about
    assert "Planning Policy Wales" in about


def test_an_emoji_that_ended_a_sentence_leaves_a_full_stop_in_the_pitch() -> None:
    en = language("en")
    assert unspoken("I'm a chef at Wee Bite Kitchen, Ormeau Road 🍽️ In the coming years I "
                    "will open.", en) == ("I'm a chef at Wee Bite Kitchen, Ormeau Road. In the "
                                          "coming years I will open.")
    assert unspoken("apps for people with dyslexia (like me!) 🙌 I work with teams.", en) \
        == "apps for people with dyslexia (like me!). I work with teams."
    assert unspoken("Hi, I'm Priya 🌸 Raman, a designer.", en) \
        == "Hi, I'm Priya Raman, a designer."
    assert unspoken("I work at 🏢 Bangalore Labs in Pune.", en) \
        == "I work at Bangalore Labs in Pune."


def test_an_aside_about_the_person_takes_no_audience_or_who_after_it() -> None:
    r = render(person__role="Family Mediator (formerly a solicitor)",
               future__audience="separating parents in Leeds")
    heads = texts(r, "headline")
    assert "Family mediator for separating parents in Leeds" in heads
    assert not any(") for " in h or ") who " in h for h in heads)
    assert any(h.startswith("Family mediator (formerly a solicitor) | ") for h in heads)
    assert "I'm a family mediator (formerly a solicitor)" in "\n".join(texts(r, "summary"))


def test_principal_as_a_grade_leads_nothing() -> None:
    r = render(person__role="Principal Planning Officer", person__organisation="Cardiff Council")
    every = "\n".join(texts(r))
    assert "I'm a principal planning officer at Cardiff Council." in every
    assert "of Cardiff Council" not in every
    r = render(person__role="school principal", person__organisation="Oak Primary")
    assert "of Oak Primary" in "\n".join(texts(r))


def test_a_role_typed_as_becoming_is_not_said_to_be_held() -> None:
    r = render(person__role="I am becoming an Engineering Manager",
               person__organisation="Infosys")
    assert "I'm becoming an engineering manager at Infosys." in "\n".join(texts(r, "summary"))
    assert "on my way to becoming an engineering manager at Infosys." in "\n".join(
        texts(r, "pitch"))
    assert "I'm an engineering manager" not in "\n".join(texts(r))


def test_an_audience_of_people_hiring_is_not_the_roles_clients() -> None:
    r = render(future__audience="NOAA, state agencies and anyone hiring science policy fellows")
    assert "I'd like to hear from NOAA" in "\n".join(texts(r, "summary"))
    assert not any(" for NOAA" in h for h in texts(r, "headline"))


def test_activities_joined_in_an_offer_all_take_the_verb_form() -> None:
    r = render(offer__help="getting a loved one home safely and keeping them there")
    assert "help you get a loved one home safely and keep them there" in "\n".join(texts(r))
    r = render(offer__help="setting up or improving a diabetes clinic in your practice")
    assert "help you set up or improve a diabetes clinic" in "\n".join(texts(r))
    r = render(offer__help="reaching an agreement without going to court")
    assert "help you reach an agreement without going to court" in "\n".join(texts(r))


def test_a_bare_comma_list_offer_gets_its_and() -> None:
    r = render(offer__help="panel upgrades, EV charger installs, generator hookups")
    about = "\n".join(texts(r, "summary"))
    assert "panel upgrades, EV charger installs and generator hookups" in about
    assert "installs, generator" not in about


def test_a_boundary_that_names_a_service_is_brought_in_with_its_capitals() -> None:
    r = render(statement__boundary="Legal Services for any questions of appeal.")
    assert "Where my work ends, I bring in Legal Services for any questions of appeal." in \
        "\n".join(texts(r, "summary"))


def test_a_question_mark_after_a_statement_frame_becomes_a_full_stop() -> None:
    r = render(expertise__insight="accessible design is just good design? everyone benefits")
    about = "\n".join(texts(r, "summary"))
    assert "I believe that accessible design is just good design. Everyone benefits." in about


def test_a_proof_of_up_to_120_characters_with_its_number_carries_a_headline() -> None:
    proof = ("cut readmissions on my caseload by about a third last year by phoning every "
             "discharge within 48 hours")
    assert any("Cut readmissions on my caseload" in h and "48 hours" in h
               for h in texts(render(expertise__proof=proof), "headline"))


def test_an_offer_said_with_its_and_still_counts_as_shown_before_the_fold() -> None:
    r = render(offer__help="panel upgrades, EV charger installs, generator hookups")
    for v in r.outputs["summary"].alternatives:
        if "panel upgrades, EV charger installs and" in v.text[:200]:
            assert "offer_in_fold" not in [f.code for f in v.findings], v.variant


def test_a_chef_owner_leads_the_place() -> None:
    r = render(person__role="chef-owner", person__organisation="Wee Bite Kitchen")
    every = "\n".join(texts(r))
    assert "the chef-owner of Wee Bite Kitchen" in every and "at Wee Bite Kitchen" not in every
