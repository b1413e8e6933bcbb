"""English classes from the blind round 15 editors (issue #7): what follows "I can help you
with", Title Case audiences, places as organisations, a proof in the present, language names,
shouted words, a role that names its own organisation or a brand."""

from __future__ import annotations

from typing import Any

from test_en_grammar import render


def texts(result: Any, output: str = "") -> list[str]:
    return [v.text for name, out in result.outputs.items() if not output or name == output
            for v in out.alternatives]


def every(result: Any) -> str:
    return "\n".join(texts(result))


def test_language_names_keep_their_capitals_when_a_title_case_list_is_lowered() -> None:
    r = render(expertise__areas=["Teaching", "Urdu", "Punjabi", "Makaton", "Gaelic"],
               drivers__values=["Inclusion", "British Sign Language", "Sign Language"])
    text = every(r)
    assert "teaching, Urdu, Punjabi, Makaton and Gaelic" in text
    assert "inclusion, British Sign Language and sign language" in text


def test_a_brand_in_a_role_keeps_its_capital_and_is_not_named_twice() -> None:
    r = render(person__role="an Etsy seller", person__organisation="Etsy")
    text = every(r)
    assert "I'm an Etsy seller." in text
    assert "etsy" not in text and "at Etsy" not in text
    r = render(person__role="Etsy seller", person__organisation="")
    assert "I'm an Etsy seller." in every(r)


def test_an_offer_typed_with_help_or_to_reads_after_i_can_help_you() -> None:
    r = render(offer__help="help you to build a reporting pipeline")
    text = every(r)
    assert "I can help you build a reporting pipeline." in text
    assert "with to " not in text and "help you to" not in text
    r = render(offer__help="to build dashboards")
    assert "I can help you build dashboards." in every(r)
    r = render(offer__help="help teams ship faster")
    text = every(r)
    assert "I can help teams ship faster." in text
    assert "help you help" not in text and "with help teams" not in text
    assert "| Helping teams ship faster" in text
    r = render(offer__help="I help teams ship faster")
    assert "| Helping teams ship faster" in every(r)
    r = render(offer__help="help with tax returns")
    assert "I can help you with tax returns." in every(r)


def test_an_organisation_that_is_a_place_takes_in() -> None:
    r = render(person__role="youth worker", person__organisation="West Midlands")
    text = every(r)
    assert "I'm a youth worker in the West Midlands." in text
    assert "at West Midlands" not in text
    r = render(person__role="self-employed plumber", person__organisation="County Cork")
    text = every(r)
    assert "a self-employed plumber in County Cork" in text
    assert "running County Cork" not in text
    r = render(person__role="founder", person__organisation="Greater Manchester")
    assert "of Greater Manchester" not in every(r)
    # a company whose name begins with a compass word is no place
    r = render(person__role="consultant", person__organisation="North Star Consulting")
    assert "a consultant at North Star Consulting" in every(r)


def test_a_leader_role_that_names_what_was_founded_puts_the_employer_after_at() -> None:
    r = render(person__role="founder of a homework club",
               person__organisation="Columbus City Schools")
    text = every(r)
    assert "the founder of a homework club at Columbus City Schools" in text
    assert "of Columbus City Schools" not in text
    r = render(person__role="Founder of Fieldnote", person__organisation="Fieldnote")
    assert "Fieldnote at Fieldnote" not in every(r)


def test_shouted_words_are_lowered_and_acronyms_stay() -> None:
    r = render(statement__stand_for="NEVER cutting corners",
               future__doing="make reporting VERY simple for NHS teams",
               offer__help="dashboards that are ALWAYS up to date",
               expertise__areas=["NICE guidelines", "STEM outreach", "SEND support", "AWS"])
    text = every(r)
    for shouted in ("NEVER", "VERY", "ALWAYS"):
        assert shouted not in text
    assert "never cutting corners" in text and "very simple for NHS teams" in text
    assert "NICE guidelines, STEM outreach, SEND support and AWS" in text


def test_a_title_case_audience_and_list_items_read_in_sentence_style() -> None:
    r = render(future__audience="Small Business Owners and Start-Ups in the North East",
               expertise__areas=["Data Modelling", "Python", "Stakeholder Management"])
    text = every(r)
    assert "I work with small business owners and start-ups in the North East." in text
    assert "data modelling, Python and stakeholder management" in text
    r = render(future__audience="Health Tech Companies, EHR Vendors and Hospital IT Teams")
    assert "health tech companies, EHR vendors and hospital IT teams" in every(r)
    r = render(future__audience="British Sign Language Users and Shopify Merchants")
    assert "British Sign Language users and Shopify merchants" in every(r)


def test_a_proof_typed_in_the_present_keeps_its_i_in_a_headline() -> None:
    r = render(expertise__proof="I run the county's only BSL youth club, with 40 members")
    text = every(r)
    assert "For example, I run the county's only BSL youth club, with 40 members." in text
    assert "| I run the county's only BSL youth club" in text
    assert "| Run " not in text
    # a proof in the past reads as the headline's claim, without "I"
    r = render(expertise__proof="I led a team of 40 through the merger")
    assert "| Led a team of 40 through the merger" in every(r)


def test_an_ampersand_between_common_words_reads_and_in_a_sentence() -> None:
    r = render(person__role="co-founder & CEO", person__organisation="SoilSense",
               expertise__areas=["contracts & policies", "whistleblowing", "TUPE"],
               offer__help="solar & batteries for Marks & Spencer stores")
    text = every(r)
    assert "I'm the co-founder and CEO of SoilSense." in text
    assert "contracts and policies, whistleblowing, and TUPE" in text
    assert "solar and batteries for Marks & Spencer stores" in text


def test_a_role_aside_and_a_partly_title_case_answer_read_in_sentence_style() -> None:
    r = render(person__role="Employment Law Solicitor (Consultant)",
               future__audience="Chief Executives, Trustees and HR Leads of charities",
               offer__help="Contracts, Staff Handbooks, Restructures and Tribunal defence")
    text = every(r)
    assert "employment law solicitor (consultant)" in text
    assert "I work with chief executives, trustees and HR leads of charities." in text
    assert "contracts, staff handbooks, restructures and tribunal defence" in text
    r = render(person__role="Data Analyst (NHS)")
    assert "data analyst (NHS)" in every(r)


def test_a_role_that_names_the_organisation_by_its_first_words_names_it_once() -> None:
    r = render(person__role="Electrician & owner of DK Electrical",
               person__organisation="DK Electrical Ltd (Leeds)")
    text = every(r)
    assert "I'm the electrician and owner of DK Electrical." in text
    assert "at DK Electrical Ltd" not in text and "An electrician" not in text


def test_a_proof_up_to_now_keeps_its_perfect_in_a_headline() -> None:
    r = render(expertise__proof="done over 300 EV charger installs since 2019")
    text = every(r)
    assert "| I have done over 300 EV charger installs since 2019" in text
    assert "Did over 300" not in text
    r = render(expertise__proof="I have advised more than 40 charities since 2018")
    assert "| I have advised more than 40 charities since 2018" in every(r)
    r = render(expertise__proof="have taken 300 clients to their first sale")
    assert "| Took 300 clients to their first sale" in every(r)


def test_a_comma_list_offer_with_an_ampersand_item_takes_and() -> None:
    r = render(offer__help="rewires, EV chargers, fuse boards, solar & batteries, testing")
    assert "I can help you with rewires, EV chargers, fuse boards, solar and batteries, and " \
        "testing." in every(r)


def test_an_audience_who_are_hiring_is_addressed_as_recruiters() -> None:
    r = render(future__audience="school principals and districts in Ohio who are hiring")
    text = every(r)
    assert "I'd like to hear from school principals and districts in Ohio who are hiring." \
        in text
    assert "I work with school principals" not in text
    assert " for school principals" not in text


def test_title_case_list_items_with_small_words_gerunds_and_acronyms_are_lowered() -> None:
    r = render(expertise__areas=["Wound Care", "Palliative Care At Home", "Public Speaking",
                                 "TUPE Transfers", "Startup Ops", "SQL Server"])
    assert "wound care, palliative care at home, public speaking, TUPE transfers, startup " \
        "ops and SQL Server" in every(r)


def test_a_titled_recipient_is_greeted_by_title_and_surname() -> None:
    r = render(invitation__recipient="Dr. Aoife Keane", invitation__context="we met at INMO")
    text = every(r)
    assert "Hi Dr. Keane, " in text and "Aoife" not in text
    r = render(invitation__recipient="Ms. Ramirez", invitation__context="we met at INMO")
    assert "Hi Ms. Ramirez, " in every(r)


def test_misspellings_are_mended_and_a_first_person_statement_keeps_its_i() -> None:
    r = render(statement__stand_for="proper work at a fair price, and I definately clean up "
                                    "after myself",
               future__audience="homeowners who are sick of there energy bills")
    text = every(r)
    assert "definately" not in text and "I definitely clean up after myself" in text
    assert "sick of their energy bills" in text
    assert "who stands for proper work" not in text
    assert "| I stand for proper work at a fair price" in text


def test_title_case_inside_a_bracketed_list_of_an_item_is_lowered() -> None:
    r = render(expertise__areas=["Python (Pandas, NumPy)", "Excel (VLOOKUP, Pivot Tables)"])
    assert "Python (Pandas, NumPy) and Excel (VLOOKUP, pivot tables)" in every(r)


def test_a_role_with_an_ampersand_reads_and_so_the_fold_check_finds_it() -> None:
    r = render(person__role="Electrician & solar installer")
    assert all(f.code != "role_in_fold" for out in r.outputs.values()
               for f in out.chosen.findings)
    assert "I'm an electrician and solar installer" in every(r)


def test_a_word_after_a_name_in_title_case_is_the_name_s_unless_it_names_people() -> None:
    r = render(offer__help="Google Ads Management and Microsoft Teams Training",
               future__audience="Shopify Merchants and Etsy Sellers")
    text = every(r)
    assert "Google Ads management and Microsoft Teams training" in text
    assert "Shopify merchants and Etsy sellers" in text
