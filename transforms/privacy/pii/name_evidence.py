"""Name and place evidence for edited web text (issue 14, the Universal NER English Web
Treebank round; tuned on ``uner_ewt`` dev and ``uner_ewt_train`` only).

Helpers :mod:`~transforms.privacy.pii.ner` consults where its coding-chat filters dropped, merged or
mis-typed names in mail signatures, news and blogs:

- :func:`role_after_name` / :func:`cut_role`: a job title after a listed name ends it ("Joy
  Powell Executive Assistant" -> "Joy Powell").
- :func:`town_state_after`: a listed town before ", <US state code>" ("Houston, TX") is a place,
  though also a given name.
- :func:`surname_possessive`, :func:`surname_pair`: a census surname that is also a word with a
  possessive ("in Bush 's unit") or in a ticket ("the Bush-Cheney campaign") is the person.
- :func:`listed_surname`: a census surname after an ambiguous given name ("the Mark Taylor").
- :func:`lowercase_noun`: a lower-case word after a determiner ("bang for the buck") is a noun
  even when ``truecase`` title-cased it into a given name.

The word lists are the census and GeoNames lists of :mod:`~transforms.privacy.pii.gazetteers`; the
frequencies are pyspellchecker's English word frequencies (``english_frequency``).
"""

from __future__ import annotations

import re

from transforms.privacy.pii.edited_prose import everyday_lowercase_entity
from transforms.privacy.pii.gazetteers import (
    ALL_SURNAMES,
    GIVEN_NAMES,
    SURNAMES,
    US_STATE_CODES,
    english_frequency,
)
from transforms.privacy.pii.ner_context import _DETERMINER_BEFORE
from transforms.privacy.pii.ner_filters import (
    _PARTICLES,
    _POSS_TAIL,
    COMMON_WORD_FREQUENCY,
    EVERYDAY_WORD_FREQUENCY,
    SINGLE_NAME_FREQUENCY,
)
from transforms.privacy.pii.web_text import verb_after

# A mail signature puts the job title right after the name ("Joy Powell Executive Assistant",
# "Diane Goode Senior Specialist"): past the surname, a word the name lists do not know and
# that is this frequent in English is a title or department, not a middle or second surname.
ROLE_WORD_FREQUENCY = 5e-7


def role_after_name(word: str, position: int) -> bool:
    """Whether ``word``, the ``position``-th token after a given name (1 = the surname), ends
    the name: from the third name token on, an unlisted word at least
    :data:`ROLE_WORD_FREQUENCY` frequent."""
    return (
        position >= 2
        and word not in SURNAMES
        and word not in GIVEN_NAMES
        and english_frequency(word.lower()) >= ROLE_WORD_FREQUENCY
    )


_TOWN_STATE = re.compile(r"[ \t]*,[ \t]*([A-Z]{2})\b")


def town_state_after(text: str, end: int) -> bool:
    """Whether ", <US state code>" follows ``end`` ("Houston, TX"); not a code that is an
    everyday word ("Jordan, OK, let me check")."""
    m = _TOWN_STATE.match(text, end)
    return (
        m is not None
        and m.group(1) in US_STATE_CODES
        and english_frequency(m.group(1).lower()) < EVERYDAY_WORD_FREQUENCY
    )


def cut_role(toks: list[tuple[int, int, str]], i: int, j: int) -> int:
    """The end of the name ``toks[i:j]`` without a job title after it: cut only after a surname
    slot that holds a listed or rare surname ("Joy Powell", "Cindy Franklin"), so that an
    everyday word there ("Machinery Pete Reaches Social Media") leaves the whole run to the firm
    and title checks."""
    if j - i < 3:
        return j
    surname = _POSS_TAIL.sub("", toks[i + 1][2])
    if surname not in SURNAMES and english_frequency(surname.lower()) >= ROLE_WORD_FREQUENCY:
        return j
    for k in range(i + 2, j):
        word = _POSS_TAIL.sub("", toks[k][2])
        if word.lower() not in _PARTICLES and role_after_name(word, k - i):
            return k
    return j


_POSSESSIVE_AFTER = re.compile(r"[ \t]?['\u2019]s\b")
# "Bush-Cheney": a hyphen and a second census surname
_SURNAME_PAIR = re.compile(r"-([A-Z][a-z]+)\b")


def surname_possessive(text: str, end: int, word: str) -> bool:
    """A census surname that is also an English word, tagged PERSON by spaCy, with a possessive
    after it ("in Bush 's first three years", "from Bush 's tax cuts"): the person's, not the
    town's."""
    return (
        word in ALL_SURNAMES
        # a surname that is also a word ("Bush"); a rarer one is as often the town ("Kent")
        and english_frequency(word.lower()) >= SINGLE_NAME_FREQUENCY
        and _POSSESSIVE_AFTER.match(text, end) is not None
    )


def surname_pair(text: str, end: int) -> bool:
    """Whether a hyphen and a second census surname follow ``end`` ("Bush-Cheney")."""
    m = _SURNAME_PAIR.match(text, end)
    return m is not None and m.group(1) in ALL_SURNAMES


def listed_surname(word: str) -> bool:
    """A census surname that is no everyday word, or a rare word ("Taylor", "Haedicke")."""
    low = word.lower()
    return (word in ALL_SURNAMES and english_frequency(low) < EVERYDAY_WORD_FREQUENCY) or (
        word[:1].isupper() and english_frequency(low) < COMMON_WORD_FREQUENCY
    )


def lowercase_noun(plain: str, start: int, end: int, etype: str, sentence: str = "") -> bool:
    """A PERSON written all lower-case after a determiner and no verb after it ("bang for the
    buck", "a mezza luna"): a common noun ``truecase`` title-cased, not a chat name. Also any
    entity that is one everyday lower-case word in an edited ``sentence`` ("time and
    patience", "in dire need": :mod:`~transforms.privacy.pii.edited_prose`)."""
    if everyday_lowercase_entity(plain[start:end], sentence):
        return True
    return (
        etype == "PERSON"
        and plain[start:end].islower()
        and _DETERMINER_BEFORE.search(plain, max(0, start - 30), start) is not None
        # "the sunglasses chloe is wearing": a subject before its verb is a name
        and not verb_after(plain, end)
    )
