"""The F1 help comes in the profile's language, with the limits from the data file."""

from __future__ import annotations

import pytest

from wizard.core.catalogue import catalogue
from wizard.core.languages import available_languages
from wizard.core.limits import limits
from wizard.tui.screens.help import help_markdown

HEADINGS = {"en": "## Keys", "nl": "## Toetsen", "it": "## Tasti", "fr": "## Touches"}


@pytest.mark.parametrize("lang", available_languages())
def test_help_is_in_the_profile_language(lang: str) -> None:
    text = help_markdown(catalogue(lang))
    assert HEADINGS[lang] in text
    assert str(limits().headline) in text and "{" not in text
    for step in catalogue(lang).steps:
        assert step.title in text
