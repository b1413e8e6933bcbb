"""measure() keeps what it found per text and facts: the same answer, never a shared list."""

from __future__ import annotations

from wizard.core.checks import Facts
from wizard.core.render import measure

TEXT = "Helping teams ship faster | Passionate synergy guru | Expert"


def test_a_text_measured_again_is_the_same_with_its_own_variant_and_list() -> None:
    first = measure("headline", TEXT, "en", variant="a")
    again = measure("headline", TEXT, "en", variant="b")
    assert (again.text, again.length, again.ok, again.findings) == \
        (first.text, first.length, first.ok, first.findings)
    assert (first.variant, again.variant) == ("a", "b")
    again.findings.clear()  # the renderer adds to a chosen text's findings
    assert measure("headline", TEXT, "en").findings == first.findings != []


def test_other_facts_or_settings_are_measured_anew() -> None:
    def codes(role: str) -> set[str]:
        return {f.code for f in measure("headline", TEXT, "en",
                                        facts=Facts(name="Maya Stone", role=role)).findings}

    assert codes("Coach") != codes("Expert")  # the role before the fold, or not
    long = "word " * 230
    assert measure("pitch", long, "en", wpm=100).seconds != \
        measure("pitch", long, "en", wpm=200).seconds


def test_an_unhashable_extra_is_measured_without_the_memo() -> None:
    facts = Facts(name="Maya", extra={"list": [1, 2]})
    assert measure("headline", TEXT, "en", facts=facts).text == TEXT
