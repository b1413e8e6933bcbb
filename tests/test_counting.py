"""Tests counting as LinkedIn's browser editor counts: UTF-16 code units after NFC."""

from __future__ import annotations

import unicodedata

import pytest

from wizard.core.counting import (
    count,
    grapheme_count,
    is_simple,
    speaking_seconds,
    utf16_length,
    word_count,
)


@pytest.mark.parametrize("text, length, graphemes", [
    ("", 0, 0),
    ("data engineer", 13, 13),
    ("🚀", 2, 1),                        # outside the BMP: a surrogate pair
    ("🇳🇱", 4, 1),                       # a flag is two regional indicators
    ("👩‍💻", 5, 1),                       # woman + ZWJ + laptop
    ("👍🏽", 4, 1),                       # emoji + skin-tone modifier
    ("❤️", 2, 1),                        # BMP heart + variation selector
    ("𝗔", 2, 1),                         # mathematical bold capital A
    ("𝗕𝗼𝗹𝗱", 8, 4),
    ("é", 1, 1),
    ("naïve café", 10, 10),
    ("Ελληνικά", 8, 8),
    ("日本語", 3, 3),
    ("a\r\nb", 4, 3),                     # CRLF is one grapheme but two code units
    ("Engineer 🚀 | 🇮🇹", 18, 14),
])
def test_length_and_graphemes(text: str, length: int, graphemes: int) -> None:
    assert utf16_length(text) == length
    assert grapheme_count(text) == graphemes


def test_decomposed_accents_count_after_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Zoë Müller café")
    assert len(nfd) == 18
    assert utf16_length(nfd) == 15
    assert grapheme_count(nfd) == 15


def test_python_len_is_not_the_count() -> None:
    # what the module exists for: len() counts code points, the browser counts UTF-16 units
    for text in ("🚀", "🇳🇱", "𝗔"):
        assert utf16_length(text) > len(text)


def test_combining_marks_without_a_precomposed_form_stay_separate_units() -> None:
    text = "q\u0307"  # q with dot above has no precomposed character
    assert utf16_length(text) == 2
    assert grapheme_count(text) == 1


@pytest.mark.parametrize("text, words", [
    ("", 0),
    ("Hi, I'm Maya.", 3),
    ("state-of-the-art data work", 3),
    ("I cut it from 6 hours to 20 minutes", 9),
    ("  spaced   out\n\nwords  ", 3),
    ("— | • …", 0),
    ("l'energia pulita", 2),
    ("zo'n mooie dag", 3),
    ("Ciao 👋 Marco", 2),
])
def test_word_count(text: str, words: int) -> None:
    assert word_count(text) == words


@pytest.mark.parametrize("words, wpm, seconds", [
    (0, 130, 0.0),
    (130, 130, 60.0),
    (65, 130, 30.0),
    (100, 130, 46.2),
    (100, 150, 40.0),
    (1, 130, 0.5),
])
def test_speaking_seconds(words: int, wpm: int, seconds: float) -> None:
    assert speaking_seconds(words, wpm) == seconds


def test_count_combines_all_three() -> None:
    c = count("Hi 👩‍💻 team")
    assert (c.length, c.graphemes, c.words) == (13, 9, 2)


@pytest.mark.parametrize("text, simple", [
    ("plain", True),
    ("Zoë Müller, café – “quoted” … €5 • ©", True),
    ("e\u0301", False),          # a combining accent that NFC would fold, not yet folded
    ("👩‍💻", False),
    ("❤️", False),
    ("ก่", False),                # Thai with a combining tone mark
])
def test_is_simple(text: str, simple: bool) -> None:
    assert is_simple(text) is simple
