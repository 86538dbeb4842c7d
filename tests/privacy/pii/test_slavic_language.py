"""Slavic and Swedish sentences the identifier is unsure of (issue 14, :mod:`.slavic_language`)."""

from __future__ import annotations

import pytest

from transforms.privacy.pii.foreign_lists import common_word
from transforms.privacy.pii.language_id import foreign_language
from transforms.privacy.pii.slavic_language import slavic_sentence, slavic_words


@pytest.mark.parametrize(
    ("sentence", "guess"),
    [
        ("Vilko spal v kuse dva dni a dve noci.", "sk"),
        ("Vlada je donijela novu odluku o tome.", "hr"),
        ("Monogami och polygami", "sv"),
    ],
)
def test_words_confirm_the_guess(sentence, guess):
    assert slavic_sentence(sentence, guess)


@pytest.mark.parametrize(
    ("sentence", "guess"),
    [
        ("Jurko sa urazil.", "sk"),  # one known word only: too little
        ("Vilko spal in the house", "sk"),  # English function words
        ("dva = dni(noci)", "sk"),  # a code line
        ("Vilko spal v kuse dva dni.", "en"),  # no Slavic guess
        ("Xyzzy plugh frobnicate quux.", "sk"),  # unknown words
    ],
)
def test_near_misses_are_not_confirmed(sentence, guess):
    assert not slavic_sentence(sentence, guess)


def test_unsure_sentences_get_their_language():
    assert foreign_language("Vilko spal v kuse dva dni a dve noci.") == "sk"


@pytest.mark.parametrize(
    "line",
    [
        "The build failed again on the main branch.",
        "def dva(dni): return noci",
        "Fix the tests",
        "git commit -m 'dni'",
    ],
)
def test_english_and_code_lines_stay_unnamed(line):
    assert foreign_language(line) is None


def test_swedish_train_words_are_common_words():
    assert "hunden" in slavic_words("sv")
    assert common_word("Resultatet", "sv")
    assert not common_word("Lindqvist", "sv")
    assert not common_word("Resultatet", "da")  # Swedish lists only
