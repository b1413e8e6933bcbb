"""The words lookup: keys per area, fallback to the reference pack, numbers the pack's way."""

from __future__ import annotations

import pytest

from wizard.core import words as words_module
from wizard.core.words import interface_language, remember_interface_language, words


def test_a_key_reads_its_area_file() -> None:
    assert words("nl")("outputs.headline") == "Kopregel"
    assert words("it")("outputs.summary_long") == "Sezione Informazioni"


def test_an_unknown_key_is_a_programming_error() -> None:
    with pytest.raises(KeyError, match=r"no words for 'outputs\.nothing'"):
        words("en")("outputs.nothing")


def test_numbers_follow_the_pack() -> None:
    assert words("nl").number(26.8) == "26,8"
    assert words("en").number(26.8) == "26.8"
    assert words("it").number(30.0) == "30"
    assert words("nl").number(12000, ",") == "12.000"
    assert words("en").number(12000, ",") == "12,000"
    assert words("nl").number(2026) == "2026"  # a plain int is not grouped


@pytest.mark.parametrize(("code", "chars", "pitch"), [
    ("fr", "2\u202f600/2\u202f600 caractères", "26,8 s"),  # a narrow no-break space
    ("nl", "2.600/2.600 tekens", "26,8 s"),
    ("it", "2.600/2.600 caratteri", "26,8 s"),
    ("en", "2,600/2,600 characters", "26.8 s"),
])
def test_counts_read_the_same_in_the_app_the_cli_and_the_handout(code: str, chars: str,
                                                                  pitch: str) -> None:
    """The one pack's way for every count a person reads: the app's counter, the command
    line's report and the handout."""
    from wizard.core.handout import counter as handout_counter
    from wizard.core.render import Rendered
    from wizard.core.report import counter as cli_counter
    from wizard.tui.widgets.counter import counter as app_counter

    long = Rendered(output="summary", variant="x", text="a" * 2600, length=2600,
                    graphemes=2600, words=1, seconds=0.0, limit=2600, ok=True)
    assert chars in cli_counter(long, code)
    assert chars in handout_counter(long, code)
    assert chars.split(" ")[0] in app_counter(long, code).plain
    spoken = Rendered(output="pitch", variant="x", text="a", length=1, graphemes=1, words=70,
                      seconds=26.8, limit=0, ok=True)
    for said in (cli_counter(spoken, code), handout_counter(spoken, code),
                 app_counter(spoken, code).plain):
        assert pitch in said, said


def test_formatting_localises_numbers_inside_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    w = words("nl")
    monkeypatch.setattr(w, "text", lambda key: "{seconds} s, {n:,} profielen, {x:.2f}")
    assert w("any.key", seconds=56.3, n=100000, x=1.5) == "56,3 s, 100.000 profielen, 1,50"


def test_an_unknown_language_gets_the_reference_words() -> None:
    assert words("xx")("outputs.headline") == "Headline"


def test_interface_language_is_remembered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "it_IT.UTF-8")
    assert interface_language() == "it"  # nothing chosen yet: the locale's
    remember_interface_language("nl")
    assert interface_language() == "nl"
    path = words_module._settings_file()
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_locale_without_a_pack_speaks_the_reference(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    assert interface_language() == "en"
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert words_module.system_language() in ("en", "nl", "it", "fr")
