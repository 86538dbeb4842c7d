"""Everyday English words that end like a one-word street name (issue 14).

The one-word street names of Northern and Central Europe end in a street-type suffix ("Kirchweg
3", "Vesterbrogade 12", "Kaiserring 5"; :mod:`~transforms.privacy.pii.addresses`). English words
end that way too: "During 2004, the firm ..." reads as "Dur" + "-ring" and a house number. A
compound street name is a rare word in English; one as frequent as "during", "spring" or
"string" in pyspellchecker's English list is the word, not a street.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import english_frequency

# As frequent as an everyday word: "during" 1.3e-4, "spring" 3.0e-5, "tiring" 1.7e-6; street
# names ("Kirchweg", "Vesterbrogade", "Mannerheimintie") are not in the list at all.
EVERYDAY_STREET_WORD_FREQUENCY = 1e-6
_FIRST_WORD = re.compile(r"(?:\d{1,6}\s)?([^\W\d_]+)\s\d")


def everyday_word_street(value: str) -> bool:
    """Whether the compound-street match ``value`` is an everyday English word and a number
    ("During 2004", "Spring 2021"), not a one-word street name and a house number."""
    m = _FIRST_WORD.match(value)
    if m is None:
        return False
    return english_frequency(m.group(1).lower()) >= EVERYDAY_STREET_WORD_FREQUENCY
