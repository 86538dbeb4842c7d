"""Name words with a capital inside them: listed names written with an inner capital.

:func:`~transforms.privacy.pii.ner_filters.plausible_person` rejects a token with a capital past
its first letter, because in coding chat such a token is an identifier ("SearchBar", "OAuth").
People write listed names that way too, and the census lists settle which is which:

- an Irish or Norman prefix without its apostrophe: "OConnor", "ONeill", "DArcy"
  (O' and D' before a census surname);
- the apostrophe form "D'Arcy", "D'Angelo" (``ner_filters`` takes "O'Brien" already);
- a given name written in two capitalised parts: "JoAnne", "LaToya", "DeShawn" (the whole,
  title-cased, is a census given name);
- a typing slip that holds the shift key over two letters: "GIbson", "RIcky", "WIseau"
  (title-cased, a census given name or surname).

The census lists are those of :mod:`~transforms.privacy.pii.gazetteers` (US Census given names
and surnames); an everyday word ("ReAct" -> "React" is no name) never qualifies.
"""

from __future__ import annotations

import functools
import re

from transforms.privacy.pii.gazetteers import ALL_SURNAMES, GIVEN_NAMES, english_frequency

# A listed name this frequent as an English word is no evidence on its own ("Mark", "Will").
NAME_WORD_FREQUENCY = 1e-5
_PREFIXED = re.compile(r"^([OD])['\u2019]?([A-Z][a-z]{3,})$")
_TWO_PARTS = re.compile(r"^[A-Z][a-z]{1,2}[A-Z][a-z]{2,}$")
_SHIFT_SLIP = re.compile(r"^[A-Z]{2}[a-z]{2,}$")


def _listed(word: str, names: frozenset[str] | set[str]) -> bool:
    return word in names and english_frequency(word.lower()) < NAME_WORD_FREQUENCY


@functools.cache
def inner_capital_name(token: str) -> bool:
    """Whether ``token`` is a listed name written with an inner capital (module docstring)."""
    m = _PREFIXED.match(token)
    if m:
        return _listed(m.group(2), ALL_SURNAMES)
    title = token.title()
    if _TWO_PARTS.match(token):
        return _listed(title, GIVEN_NAMES)
    if _SHIFT_SLIP.match(token):
        return _listed(title, GIVEN_NAMES) or _listed(title, ALL_SURNAMES)
    return False
