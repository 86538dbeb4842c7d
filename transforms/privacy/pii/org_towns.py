"""A lone listed town that spaCy calls an organisation is the town (issue 14, session 31).

``en_core_web_md`` often tags a one-word place it does not know well ORG rather than GPE:
"The islands lie 860 km east of Christchurch", "Guadeloupe, known as Gwadloup in the local
creole", "Riders may find Tulsa's rolling land ...". ``spacy_entity`` keeps such an ORG as a
place only after a place cue ("in", "from", "County"), so a town opening a sentence, or after a
compass phrase or an "of", was lost. An organisation named by one word that is also a
GeoNames town of >= 15,000 people (``KNOWN_PLACES``, everyday English words left out) is rarely
anything but the town or a team, band or club named after it; UNER, WNUT 17, BTC and GUM tag
those organisations, and a detection on an ignored organisation costs nothing there, while in
coding chat the words are product names the later checks drop (``technical_terms``).

:func:`lone_org_place` keeps the ORG as a LOCATION when the word is such a town or a listed
country or region (CLDR, ``regions``), and:

- it is no census given name, ambiguous given name or common surname ("Berkeley", "York" as a
  surname: left to the person checks, see ``entity_checks._org_town``), no name word learned
  from the English train splits ("Obama" is a town in Japan) and rarer than
  :data:`RARE_TOWN_FREQUENCY` in English ("Aloha", "Olympic");
- no verb of reporting follows ("Xinhua reports"): a news agency or government body;
- no determiner or possessive comes before it ("the Phoenix project", "our Tulsa office" is
  kept by the place rules only when a cue says so) and no capitalised word follows it (a longer
  name spaCy cut);
- it is not glued to code or a compound ("Christchurch.py", "Tulsa-based", "Tulsa_v2") and no
  market, locale or data word is near (``place_forms.product_place_near``).
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import (
    AMBIGUOUS_GIVEN_NAMES,
    COMMON_SURNAMES,
    GIVEN_NAMES,
    KNOWN_PLACES,
    english_frequency,
    surnames_within_rank,
)
from transforms.privacy.pii.news_places import learned_person
from transforms.privacy.pii.place_forms import product_place_near

_BEFORE = re.compile(
    r"(?<![\w'\u2019])(?:a|an|the|this|that|these|those|our|your|my|his|her|their|its|some|any"
    r"|every)[ \t]+$",
    re.IGNORECASE,
)
# a capitalised word, a joiner or code right after the word; a verb of reporting ("Xinhua
# reports", "Xinhua alleged"): a news agency or body
_AFTER = re.compile(
    r"(?:[ \t]+[A-Z]|[\-/_@.:=(\[]\w|\w|[ \t]+(?:reports?|reported|says|said|alleged|claims?"
    r"|claimed|announced|announces|confirmed|denied|stated)\b)"
)
# A spaCy PERSON must be no census surname of this rank or better either.
PERSON_TOWN_SURNAME_RANK = 20_000
_RANKED_SURNAMES = surnames_within_rank(PERSON_TOWN_SURNAME_RANK)
# Rarer than this in English text: "Aloha", "Olympic", "Centennial" are towns too.
RARE_TOWN_FREQUENCY = 2e-7


def lone_org_place(text: str, start: int, end: int) -> bool:
    """Whether the one-word spaCy ORG ``text[start:end]`` is a listed town (module docstring)."""
    return _lone_town(text, start, end)


def lone_person_town(text: str, start: int, end: int) -> bool:
    """Whether the one-word spaCy PERSON ``text[start:end]`` is a listed town: as for an ORG,
    and no census surname of any rank either ("studied at Basel, Heidelberg, and Strasbourg",
    "the song of Marseille"; not "Hobbs", "Bush")."""
    return text[start:end] not in _RANKED_SURNAMES and _lone_town(text, start, end)


def _lone_town(text: str, start: int, end: int) -> bool:
    value = text[start:end]
    if not value or not value.isalpha() or not value[0].isupper() or value.isupper():
        return False
    if value not in KNOWN_PLACES or english_frequency(value.lower()) >= RARE_TOWN_FREQUENCY:
        return False
    if learned_person(value):
        return False  # "Obama announces ...": a learned name word (a town in Japan too)
    if value in GIVEN_NAMES or value in AMBIGUOUS_GIVEN_NAMES or value in COMMON_SURNAMES:
        return False
    if _BEFORE.search(text, max(0, start - 12), start) or _AFTER.match(text, end):
        return False
    return not product_place_near(text, start, end)
