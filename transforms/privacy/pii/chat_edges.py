"""Chat words spaCy glues onto the edges of a name in social posts (issue 14).

In tweets and comments the md model often runs a PERSON entity past the name into the chat words
after it ("hangwani u see now", "minseok HAHAHHA", "Courtz n jamie", "been listenin to trey
alllll week") or starts it on a number ("buzzer 3 Stephenson"). The whole entity then fails the
name checks of :mod:`~transforms.privacy.pii.spacy_entity` and the name is lost. These helpers
say how many tokens to cut off either edge before the checks run:

- at the end: chat shorthand (:data:`CHAT_WORDS`: "u", "n", "omg"), laughter ("HAHAHHA",
  :mod:`~transforms.privacy.pii.laughter`), stretched words ("alllll") and lower-case everyday
  English words that no census list holds as a name ("week", "wake");
- at the start: a bare number ("3 Stephenson").

Tuned on the ``wnut17``/``wnut17_train``/``btc``/``btc_train``/``uner_ewt`` dev splits only.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import (
    ALL_SURNAMES,
    GIVEN_NAMES,
    english_frequency,
    word_set,
)
from transforms.privacy.pii.laughter import laughter
from transforms.privacy.pii.ner_filters import _NAME_PARTICLES

# Chat shorthand written after a name ("hangwani u see now", "Courtz n jamie", "miley Cyrus
# omg"): pronouns and conjunctions cut to one or two letters, and reaction abbreviations.
CHAT_WORDS = word_set("""
u ur n r ya yh ye omg omfg lol lmao lmfao rofl haha hehe ha xd tho atm pls plz smh tbh idk ikr
btw ngl
""")
# A lower-case word this frequent in English is a word, not part of a name ("week", "song").
EVERYDAY_TAIL_FREQUENCY = 1e-5
# A letter written three times in a row ("alllll", "Yasssss"): no name spells one so.
_STRETCHED = re.compile(r"([^\W\d_])\1\1")
_NUMBER = re.compile(r"^\d+$")


def _chat_tail_word(token: str) -> bool:
    low = token.lower()
    # one capital letter after a name is a product's or an initial ("Wii U", "Jack L")
    if (low in CHAT_WORDS and len(token) > 1) or token in CHAT_WORDS:
        return True
    if laughter(token) or _STRETCHED.search(token):
        return True
    return (
        token.isalpha()
        and token.islower()
        and low not in _NAME_PARTICLES  # "Don Antonio de"
        and english_frequency(token) >= EVERYDAY_TAIL_FREQUENCY
        and token.title() not in GIVEN_NAMES
        and token.title() not in ALL_SURNAMES
    )


def chat_tail(tokens: list[str]) -> int:
    """How many tokens at the end of a spaCy PERSON entity are chat words, not name words
    (never all of them: the first token stays for the name checks to judge)."""
    cut = 0
    while cut < len(tokens) - 1 and _chat_tail_word(tokens[len(tokens) - 1 - cut]):
        cut += 1
    return cut


def number_lead(tokens: list[str]) -> int:
    """How many tokens at the start of a spaCy PERSON entity are bare numbers ("3 Stephenson")."""
    cut = 0
    while cut < len(tokens) - 1 and _NUMBER.match(tokens[cut]):
        cut += 1
    return cut
