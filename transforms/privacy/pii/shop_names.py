"""Possessive shop and restaurant names are no person: "Wendy's", "Del Frisco's" (issue 14).

English names shops, restaurants and bars after their founder in the possessive ("Wendy's",
"Sullivan's Steak House"); NER and the name lists read the founder's name. A PERSON followed by
the possessive "'s" is dropped where the possessive names a business, not someone's belonging:

- a capitalised business word follows it, so it is part of the name ("Sullivan's Steak House",
  "Britt's Pizza", "Cox's Bazar"; not "Mary's kitchen");
- an earlier member of the same list is a possessive name too ("McDonald's, Burger King, Taco
  Bell, Wendy's");
- a place preposition comes before it and nothing owned follows ("going to Del Frisco's for
  dinner", "at Fraiser's.", "Del Frisco's Philadelphia", "like Applebee's, their food"): the
  possessive stands alone as the name of a place. "at Jerry's house", "from Steve's comment"
  keep the person, as does any possessive not after a place preposition ("Deb's knee").

The business words are generic English nouns for places that sell food, drink or goods (the
establishment nouns of any dictionary), not names of chains.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import CITIES, COUNTRIES_AND_REGIONS
from transforms.privacy.spans import Span

# "'s", "’s", " 's", " s" (the apostrophe lost: "Wendy s", "Applebee s")
_POSSESSIVE = re.compile(r"[ \t]?['\u2019][ \t]?s\b|[ \t]s\b")
_BUSINESS = frozenset(
    {
        "bakery",
        "bar",
        "bazaar",
        "bazar",
        "bistro",
        "brewery",
        "cafe",
        "café",
        "cantina",
        "cheesesteaks",
        "chophouse",
        "deli",
        "diner",
        "eatery",
        "grill",
        "grille",
        "house",
        "inn",
        "kitchen",
        "location",
        "market",
        "pizza",
        "pizzeria",
        "pub",
        "restaurant",
        "saloon",
        "shop",
        "steakhouse",
        "store",
        "supermarket",
        "tavern",
    }
)
# "at", "to", "into" a place; "like" in a list of places to eat ("like Applebee's, their food")
_PLACE_PREPOSITION = re.compile(
    r"(?i:(?<![\w'])(?:at|to|into|toward|towards|near|outside|like)[ \t]+(?:former[ \t]+)?$)"
)
# What may follow a possessive that stands for a place: the end of the clause, a preposition
# or time word ("for dinner", "in late November", "all the time", "tonight").
_PLACE_FOLLOWER = re.compile(
    r"[ \t]*(?:$|[.,;:!?)\"]|(?:for|in|on|at|all|tonight|today|tomorrow|yesterday|"
    r"again|and|or)\b)"
)
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
# An earlier member of the same list is a possessive name too: "McDonald's, Burger King, Taco
# Bell, Wendy's" (up to four members between, each without a clause break).
_MEMBER = r"[A-Z][\w'\u2019\-]*(?:[ \t]+[A-Z][\w'\u2019\-]*){0,2}"
_POSSESSIVE_LIST = re.compile(
    r"[A-Z][\w\-]*(?:[ \t]?['\u2019][ \t]?s|[ \t]s)[ \t]*,"
    r"(?:[ \t]*" + _MEMBER + r"[ \t]*,){0,4}"
    r"[ \t]*(?:" + _MEMBER + r"[ \t]+)?(?:(?:and|or|&)[ \t]+)?$"
)


def _business_after(text: str, end: int) -> bool:
    m = _NEXT_WORD.match(text, end)
    if not m:
        return False
    word = m.group(1)
    if not word[:1].isupper():
        return False  # "Mary's kitchen", "Tom's pizza": hers, his
    if word.lower() in _BUSINESS:
        return True
    # "Steak House", "Chop House": one word before the business word
    m2 = _NEXT_WORD.match(text, m.end())
    return bool(m2 and m2.group(1)[:1].isupper() and m2.group(1).lower() in _BUSINESS)


def _place_after(text: str, end: int) -> bool:
    """A listed city or country right after the possessive ("Del Frisco's Philadelphia")."""
    m = re.match(r"[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)", text[end : end + 40])
    return bool(m) and any(
        w in CITIES or w in COUNTRIES_AND_REGIONS for w in (m.group(1), m.group(1).split()[0])
    )


def shop_possessive(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is the founder's name in a possessive that names
    a shop, restaurant or bar."""
    poss = _POSSESSIVE.match(text, end)
    if poss is None:
        return False
    after = poss.end()
    if _business_after(text, after):
        return True
    if _POSSESSIVE_LIST.search(text, max(0, start - 120), start) and _PLACE_FOLLOWER.match(
        text, after
    ):
        return True  # "..., Taco Bell, Wendy's?"; not "Bob's, Jim's and Wendy's cars"
    if not _PLACE_PREPOSITION.search(text, max(0, start - 30), start):
        return False
    return bool(_PLACE_FOLLOWER.match(text, after)) or _place_after(text, after)


def drop_shop_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without PERSON spans that are a shop's possessive name, nor the business words
    after one that a detector read as a name ("Sullivan's [Steak House]")."""
    if "s" not in text:
        return spans
    drop = {s for s in spans if s.type == "PERSON" and shop_possessive(text, s.start, s.end)}
    if not drop:
        return spans
    for s in spans:  # "Steak House" right after a dropped "Sullivan's"
        last = text[s.start : s.end].split()[-1].lower()
        near = any(0 <= s.start - d.end <= 4 for d in drop)
        if s.type == "PERSON" and last in _BUSINESS and near:
            drop.add(s)
    return [s for s in spans if s not in drop]
