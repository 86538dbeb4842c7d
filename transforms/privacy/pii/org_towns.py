"""A lone listed town that spaCy calls an organisation is the town (issue 14, session 31).

``en_core_web_md`` often tags a one-word town it does not know well ORG rather than GPE:
"The islands lie 860 km east of Christchurch", "The main entry points are Svendborg which ...",
"Sinjar has been liberated". ``spacy_entity`` keeps such an ORG as a place only after a place
cue ("in", "from", "County") and drops it otherwise (it is no person's name either). An
organisation named by one word that is also a GeoNames town of >= 15,000 people
(``KNOWN_PLACES``, everyday English words left out) is mostly the town, or a team or club named
after it: UNER, WNUT 17, BTC and GUM tag those organisations, and a detection on an ignored
organisation costs nothing there. Countries keep their own rules (``spacy_entity``: "Israel
said" is a government).

:func:`lone_org_place` keeps the ORG as a LOCATION when the word is such a town and:

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
)
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
# Rarer than this in English text: "Aloha", "Olympic", "Centennial" are towns too.
RARE_TOWN_FREQUENCY = 2e-7


def lone_org_place(text: str, start: int, end: int) -> bool:
    """Whether the one-word spaCy ORG ``text[start:end]`` is a listed town (module docstring)."""
    value = text[start:end]
    if not value or not value.isalpha() or not value[0].isupper() or value.isupper():
        return False
    if value not in KNOWN_PLACES or english_frequency(value.lower()) >= RARE_TOWN_FREQUENCY:
        return False
    from transforms.privacy.pii.train_names_en import learned  # imports ``web_text``

    if value in learned("person_tokens"):
        return False  # "Obama announces ...": a learned name word (a town in Japan too)
    if value in GIVEN_NAMES or value in AMBIGUOUS_GIVEN_NAMES or value in COMMON_SURNAMES:
        return False
    if _BEFORE.search(text, max(0, start - 12), start) or _AFTER.match(text, end):
        return False
    return not product_place_near(text, start, end)
