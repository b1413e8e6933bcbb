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
