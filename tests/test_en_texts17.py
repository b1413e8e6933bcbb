"""English classes from the round 16 blind editors (issue #7), fixed in round 17: an emoji that
ends a sentence inside a paragraph, comma splices the writer typed, a "!" the writer typed,
"Polish" among languages and "te reo Māori", "help you with building dashboards", and a
future typed as an "-ing" activity or as two clauses joined by "then"."""

from __future__ import annotations

from typing import Any

import pytest
from test_en_grammar import render


def _texts(answers: dict[str, Any], output: str) -> tuple[str, list[str]]:
    """Every variant of `output` for the example answers with `answers` over them, as one
    text, and the messages of the checks that fired."""
    result = render(**answers)
    outputs = [output] if output else list(result.outputs)
    text = "\n".join(v.text for name in outputs
                     for v in [result.outputs[name].chosen, *result.outputs[name].alternatives])
    return text, [f"{f.code}|{f.severity}|{f.message}" for f in result.findings]


CASES = [
    # an emoji ending a sentence closes it without a full stop, inside a paragraph (house
    # style since round 20) and at its end
    ({"future__doing": "open a second farm shop by 2027 🌾"}, "summary",
     ["by 2027 🌾 I work with"], ["by 2027 🌾. I work", "🌾.\n"]),
    ({"offer__call_to_action": "Write to me 🚀"}, "summary", ["Write to me 🚀"], ["🚀."]),
    # "Polish" among languages keeps its capital; among other words it is the common word
    ({"expertise__areas": ["English", "Polish", "Urdu"]}, "summary",
     ["English, Polish and Urdu"], ["polish"]),
    ({"expertise__areas": ["Cleaning", "Polish", "Waxing"]}, "summary",
     ["cleaning, polish and waxing"], ["Polish"]),
    # "te reo Māori": "reo" small, "te" small inside a sentence, "Te" at its start
    ({"expertise__areas": ["Te Reo Māori", "Teaching", "Polish"]}, "",
     ["My expertise covers te reo Māori, teaching and Polish", "| Te reo Māori, teaching"],
     ["Reo", "covers Te"]),
    ({"offer__help": "te Reo Māori lessons for beginners"}, "",
     ["I can help you with te reo Māori lessons", "| Te reo Māori lessons"], ["Reo", "| te"]),
    # a gerund that is a verb before its object reads after "I can help you"; one that
    # modifies a noun ("building regulations", "planning applications") keeps "with"
    ({"offer__help": "building dashboards"}, "summary",
     ["I can help you build dashboards."], ["with building dashboards"]),
    ({"offer__help": "automating month-end reports"}, "pitch",
     ["I can help you automate month-end reports."], ["with automating"]),
    ({"offer__help": "building regulations"}, "pitch",
     ["I can help you with building regulations."], ["help you build regulations"]),
    ({"offer__help": "planning applications"}, "pitch",
     ["I can help you with planning applications."], ["help you plan applications"]),
    ({"offer__help": "marketing campaigns"}, "pitch",
     ["I can help you with marketing campaigns."], ["help you market"]),
    # a "!" the writer typed ends the sentence the frame ends with the answer
    ({"statement__stand_for": "honest work at a fair price!"}, "summary",
     ["I stand for honest work at a fair price!"], ["fair price."]),
    ({"offer__help": "rewires and EV chargers!!!"}, "pitch",
     ["I can help you with rewires and EV chargers!"], ["chargers.", "!!"]),
    ({"drivers__values": ["no cowboy work!!", "fairness"]}, "summary",
     ["What drives me: no cowboy work and fairness."], ["work!"]),
    # a future typed as two clauses joined by "then": a comma and "and", never one clause
    # with two subjects' verbs
    ({"future__doing": "I will finish my PhD and then I want to move into industry"}, "pitch",
     ["I will finish my PhD, and then I want to move into industry."],
     ["PhD and then I want"]),
    ({"future__doing": "I want to finish my PhD, then I'll move into industry"}, "pitch",
     ["finish my PhD, and then I'll move into industry."], ["PhD, then I'll"]),
    ({"future__doing": "finish my PhD and then move into industry"}, "pitch",
     ["I will finish my PhD and then move into industry."], [", and then move"]),
    # an "-ing" activity after "I will" takes "be"; after "currently" it is said as now
    ({"future__doing": "finishing my PhD then moving into industry"}, "pitch",
     ["I will be finishing my PhD then moving into industry."], ["will finishing"]),
    ({"future__doing": "currently finishing my PhD"}, "pitch",
     ["I'm currently finishing my PhD."], ["will currently", "will finishing"]),
    # round 17 blind set: a particle says the gerund is a verb; a joined gerund before its own
    # object is a second activity, one before a preposition a list's last item
    ({"offer__help": "setting up night-shift handovers and rosters"}, "pitch",
     ["I can help you set up night-shift handovers and rosters."], ["with setting"]),
    ({"offer__help": "setting up community clinics, falls screening and training for staff"},
     "pitch", ["help you set up community clinics, falls screening and training for staff."],
     ["and train for"]),
    ({"offer__help": "analysing clinical data and turning it into clear insights"}, "pitch",
     ["I can help you analyse clinical data and turn it into clear insights."], ["turning"]),
    # an aside about the person's return keeps the audience off the role
    ({"person__role": "Paralegal (returning to work)", "person__organisation": ""}, "headline",
     ["Paralegal for adult education providers"], ["(returning to work) for"]),
    # a label typed before the answer ("My goal: …") goes
    ({"future__doing": "My goal: get back into a law firm as a paralegal"}, "pitch",
     ["I will get back into a law firm as a paralegal."], ["goal:"]),
    # no headline proof cut inside brackets
    ({"expertise__proof": "managed discovery for a 3-week trial at my old firm (Hennessey & "
                          "Roth, Minneapolis), handling 40,000+ pages without missing a single "
                          "filing deadline"}, "headline",
     ["at my old firm (Hennessey & Roth, Minneapolis)"], ["(Hennessey & Roth |", "Roth\n"]),
    # a grade before a number keeps its capital; a short unknown word in brackets is an acronym
    ({"person__role": "IT Support Specialist (Tier 2)"}, "summary",
     ["IT support specialist (Tier 2)"], ["(tier 2)"]),
    ({"person__role": "driving instructor (pdi)"}, "summary",
     ["driving instructor (PDI)"], ["(pdi)"]),
    # texting shorthand and a typo spelled out; a place typed small after a preposition
    ({"future__change": "tickets that sit for 3 days bc nobody owns them",
      "expertise__areas": ["hardware", "explaning tech to non-tech ppl"]}, "summary",
     ["because nobody owns them", "explaining tech to non-tech people"], [" bc ", "ppl"]),
    ({"future__doing": "teach people to drive in and around brum"}, "pitch",
     ["in and around Brum."], ["brum"]),
    # commas an editor adds: "…, then teach", "…, no shouting", "…, manual or automatic";
    # "also" ending a sentence is "too"; "the" before "Indian Institute of …"
    ({"future__doing": "get my green badge then teach people to drive",
      "statement__stand_for": "calm lessons no shouting",
      "offer__help": "driving lessons manual or automatic"}, "pitch",
     ["badge, then teach", "calm lessons, no shouting.", "driving lessons, manual or automatic."],
     ["badge then", "lessons no", "lessons manual"]),
    ({"offer__help": "driving lessons manual or automatic"}, "summary",
     ["Driving lessons, manual or automatic: that is where I can help."], ["lessons manual"]),
    ({"statement__stand_for": "clear data work explained to non-technical people also",
      "person__organisation": "Indian Institute of Science (IISc), Bengaluru"}, "summary",
     ["non-technical people too.", "at the Indian Institute of Science (IISc)"],
     ["people also", "at Indian"]),
    # an answer typed as bullet lines is one sentence: a lead-in ending in its subject takes
    # the items as its verbs, a lead-in that is a clause keeps its colon
    ({"expertise__proof": "Over the years I:\n- led safety for 400+ personnel\n- ran 14 "
                          "investigations\n- rewrote the SMS, which passed its audit"}, "summary",
     ["over the years I led safety for 400+ personnel, ran 14 investigations and rewrote the "
      "SMS, which passed its audit."], [": -", " - ran"]),
    ({"statement__way_of_working": "I do it in three steps:\n- walk the floor and talk to people"
                                   "\n- find the three risks\n- fix those first, then write "
                                   "it down."}, "summary",
     ["I do it in three steps: walk the floor and talk to people, find the three risks, and fix "
      "those first, then write it down."], [": -"]),
    # Title Case on an audience is lowered before a bracketed aside, which stays as typed;
    # sectors after "in" are no place
    ({"future__audience": "Hiring Managers and Recruiters in Healthtech, Pharma and Biotech "
                          "(Bengaluru, Pune or remote)"}, "summary",
     ["hiring managers and recruiters in healthtech, pharma and biotech (Bengaluru, Pune or "
      "remote)"], ["Hiring Managers"]),
    ({"future__audience": "Small Business Owners in the North East"}, "summary",
     ["small business owners in the North East"], ["north east"]),
    # a list item before the last with a comma of its own: semicolons keep the items apart
    ({"drivers__values": ["Integrity", "Mission first, people always", "No BS"]}, "summary",
     ["What drives me: integrity; mission first, people always; and no BS."],
     ["integrity, mission"]),
    ({"drivers__values": ["access", "respect", "getting it right, not just fast"]}, "summary",
     ["What drives me: access, respect and getting it right, not just fast."], [";"]),
    # names in a list item's brackets do not keep the Title Case before them
    ({"expertise__areas": ["Python & R", "Statistical Modelling",
                           "Machine Learning (scikit-learn, PyTorch)", "Scientific Writing"]},
     "summary", ["statistical modelling, machine learning (scikit-learn, PyTorch) and scientific"],
     ["Machine Learning"]),
    ({"future__doing": "nothing fancy, just more of the same"}, "pitch",
     ["My plan for the coming years: nothing fancy"], ["be nothing", "will nothing"]),
]


@pytest.mark.parametrize(("answers", "output", "expected", "forbidden"), CASES)
def test_english_round17_texts(answers: dict[str, Any], output: str, expected: list[str],
                               forbidden: list[str]) -> None:
    text, _ = _texts(answers, output)
    for e in expected:
        assert e in text, (e, text)
    for f in forbidden:
        assert f not in text, (f, text)


SPLICES = [
    # (answers, a check code expected with the question's stem, or "" for none of the two)
    ({"future__doing": "bring what I learned in Silicon Valley, it'll come to Leeds"},
     "comma_splice|warning|Your answer to 'In the coming years I will …'"),
    ({"statement__way_of_working": "you make the final call, we give the data, they give the "
                                   "advice"},
     "comma_splice|warning|Your answer to 'The way I work …'"),
    # (round 20: "Message me about any suitable opening, I am available." is split into two
    # sentences, see test_en_texts20; a splice with a second comma still warns)
    ({"offer__call_to_action": "Message me about any opening, I am available, rates are fair."},
     "comma_splice|warning|Your answer to 'To close, I invite the reader …'"),
    ({"drivers__why": "I love this job… we never miss a deadline"},
     "comma_splice|warning|Your answer to 'I care about this because …'"),
    ({"invitation__context": "I saw your post about the openings, kindly consider my profile"},
     "comma_splice|warning|Your answer to 'I'd like to connect because …'"),
    ({"offer__call_to_action": "If you need a hand, please get in touch."}, ""),
    ({"statement__boundary": "When I get stuck, I call a colleague"}, ""),
    ({"expertise__proof": "Following the 2020 flood, I led the recovery of 212 boxes"}, ""),
    ({"statement__way_of_working": "Should you book with me, you will receive a kit list"}, ""),
    ({"statement__boundary": "When it's structural, I call a surveyor, I don't guess"},
     "comma_splice|warning|Your answer to 'Where my work ends, I …'"),
    ({"expertise__insight": "good design is, I think, invisible"}, ""),
    ({"drivers__why": "my wife and I run the farm, and we never miss a market"}, ""),
    # since round 19 the past is reshaped into brackets ("Driving instructor (formerly a bus
    # driver)", tests/test_en_texts19.py): no error left to name
    ({"person__role": "driving instructor used to be a bus driver"}, ""),
    ({"statement__way_of_working": "I keep one master calendar, I double-check every deadline, "
                                   "and I ask when I'm not sure."}, ""),
]


@pytest.mark.parametrize(("answers", "found"), SPLICES)
def test_a_comma_splice_is_named_with_its_question(answers: dict[str, Any], found: str) -> None:
    _, messages = _texts(answers, "")
    splices = [m for m in messages if m.startswith(("comma_splice|", "rephrase|"))]
    if found:
        assert any(m.startswith(found) for m in splices), splices
        assert ("full stop" if "comma_splice" in found else "brackets") in next(
            m for m in splices if m.startswith(found))
    else:
        assert not splices, splices
