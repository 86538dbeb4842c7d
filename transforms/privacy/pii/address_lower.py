"""Street addresses typed in lower case in chat ("ship it to 12 rue de la paix, 75002 paris").

The capitalised formats in :mod:`transforms.privacy.pii.addresses` need a capital street name;
people typing fast do not write one. Here the same documented layouts are matched in any case, with
stricter evidence because lower-case words are everywhere in prose and code:

- **number, name, type** (USPS Publication 28 street suffixes, Royal Mail thoroughfares):
  ``221b baker street``, ``4521 main st apt 4`` -- ``street/road/avenue/boulevard`` suffice; the
  short or common types (``st``, ``rd``, ``lane``, ``drive``, ``place``, ``way``...) also need an
  address cue before ("lives at", "ship to") or a postcode/city after;
- **number, type, name** (La Poste NF Z10-011, Correos, CTT): ``12 rue de la paix``,
  ``5 calle mayor``; **type, name, number**: ``calle mayor 5``, ``rua augusta 274`` (the type
  words ``rue/calle/rua/carrer/avenida`` are not English words; ``via/route/place/plaza`` need a
  cue);
- **compound street word + number** (Deutsche Post, PostNL, PostNord, Posti):
  ``hauptstraße 5``, ``keizersgracht 123``, ``kungsgatan 5``.

A match extends over a unit/floor (:data:`address_parts.CONT_UNIT_RE`), a postcode with the one
city word after it (``75002 paris``), a city + US state + ZIP (``austin tx 78712``), or one city
word after a comma. Trailing function words ("please", "tomorrow") never end up in a name.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.address_parts import ADDRESS_CUE, CONT_UNIT_RE
from transforms.privacy.spans import Span

_L = r"[a-z\u00df-\u00ff]"  # a lower-case Latin letter (ß, à-ÿ)
# a name word; mixed case is allowed ("5 bis, rue du Faubourg Saint-Honoré")
_WORD = r"(?:[a-zA-Z\u00c0-\u00ff][a-zA-Z\u00c0-\u00ff'\u2019\-]*\.?|\d{1,3}(?:st|nd|rd|th))"
_HOUSE = r"\d{1,5}[a-z]?(?:[-/]\d{1,4})?(?:[ \t]?(?:bis|ter)(?![\w]))?"
# USPS Publication 28 Appendix C1 suffixes (full and standard abbreviations), Royal Mail
_STRONG_AFTER = r"street|road|avenue|boulevard|strasse|stra\u00dfe"
_WEAK_AFTER = (
    r"st|rd|ave|av|blvd|lane|ln|drive|dr|terrace|ter|crescent|cres|court|ct|place|pl|way|"
    r"close|parkway|pkwy|highway|hwy|square|sq|circle|cir|trail|row|grove|gardens|mews"
)
_STRONG_FIRST = r"rue|calle|rua|carrer|avenida|avinguda|travessa|rambla|paseo|passeig"
_WEAK_FIRST = (
    r"avenue|boulevard|bd|chemin|all\u00e9e|allee|place|quai|impasse|route|via|viale|piazza|cours|"
    r"corso|strada|plaza|camino|carretera|pra\u00e7a|largo|estrada|alameda|ulica|ul\."
)
_COMPOUND = (
    r"stra\u00dfe|strasse|str\.|gasse|allee|gracht|straat|gatan|v\u00e4gen|katu|weg|laan|"
    r"plein|platz|kade|vej|veien|gata"
)
_PARTICLE = r"(?:de|del|de la|da|das|do|dos|di|du|des|la|le|les|l'|d'|van|von|der|den|el)"
# Words that are never part of a street name or a city typed after one.
_STOP = frozenset(
    {
        "a",
        "an",
        "and",
        "or",
        "the",
        "to",
        "at",
        "in",
        "on",
        "of",
        "for",
        "from",
        "by",
        "with",
        "please",
        "pls",
        "plz",
        "thanks",
        "thx",
        "asap",
        "today",
        "tomorrow",
        "tonight",
        "now",
        "then",
        "but",
        "so",
        "if",
        "when",
        "is",
        "are",
        "was",
        "be",
        "it",
        "we",
        "i",
        "you",
        "he",
        "she",
        "they",
        "my",
        "your",
        "our",
        "his",
        "her",
        "their",
        "this",
        "that",
        "there",
        "here",
        "me",
        "us",
        "them",
        "next",
        "last",
        "before",
        "after",
        "near",
        "via",
        "street",
        "road",
        "avenue",
        "ok",
        "okay",
        "thank",
    }
)
_NUM_FIRST = re.compile(
    r"(?<![\w/.#:-])"
    + _HOUSE
    + r",?[ \t](?:"
    # number, type, name words ("31 Rue tachkent St.")
    + r"(?P<first1>(?i:"
    + _STRONG_FIRST
    + "|"
    + _WEAK_FIRST
    + r"))[ \t](?:"
    + _PARTICLE
    + r"[ \t]?)?(?P<name2>"
    + _WORD
    + r"(?:[ \t]"
    + _WORD
    + r"){0,3})"
    # number, name words, type
    + r"|(?P<name1>(?:"
    + _WORD
    + r"[ \t]){1,3})(?P<after>(?i:"
    + _STRONG_AFTER
    + "|"
    + _WEAK_AFTER
    + r"))\b\.?)"
)
_TYPE_FIRST = re.compile(
    r"(?<![\w/.#-])(?P<first2>(?i:"
    + _STRONG_FIRST
    + "|"
    + _WEAK_FIRST
    + r"))[ \t](?:"
    + _PARTICLE
    + r"[ \t]?)?(?P<name3>(?:"
    + _WORD
    + r"[ \t]){1,4})"
    + _HOUSE
    + r"(?![\w.:])"
)
_COMPOUND_RE = re.compile(
    r"(?<![\w/.#-])" + _L + r"{2,}(?:" + _COMPOUND + r")[ \t]" + _HOUSE + r"(?![\w.:])"
)
# USPS ZIP, CTT, PostNL, Royal Mail, 4-digit (bpost, Swiss Post...), in any case
_POST = (
    r"(?:\d{5}(?:-\d{4})?|\d{4}-\d{3}|\d{4}[ \t]?[a-z]{2}|[a-z]{1,2}\d[a-z\d]?[ \t]\d[a-z]{2}|"
    r"\d{4})"
)
_CITY = r"(?P<city>" + _L + r"[a-z\u00df-\u00ff\-]{2,})"
_CONT = re.compile(
    r"(?i:(?:,[ \t]*|[ \t]+)(?:(?P<unit>"
    + CONT_UNIT_RE
    + r")(?![\w])"
    # postcode + one city word ("75002 paris", "1015 cj amsterdam")
    + r"|"
    + _POST
    + r"(?:[ \t]+"
    + _CITY
    + r")?(?![\w-])"
    # city + state + ZIP ("austin tx 78712", "austin, tx 78712")
    + r"|[a-z][a-z\-]+(?:[ \t][a-z][a-z\-]+)?,?[ \t][a-z]{2}[ \t]\d{5}(?:-\d{4})?(?![\w-])"
    + r"))"
)
_COMMA_CITY = re.compile(r",[ \t]*" + _CITY + r"(?:,?[ \t]+(?i:" + _POST + r"))?(?![\w-])")
# A count, not a house number: "the 3 main road closures", "got 3 new street lights".
_COUNT_BEFORE = re.compile(
    r"(?i:\b(?:the|a|an|of|only|just|about|over|under|than|got|have|has|had|with|those|these|"
    r"all|every|per|x|take|took|need|needs|buy|bought|add|added)[ \t]+)$"
)
# "street lights", "road closures": a type word followed by another noun is not an address.
_NOUN_AFTER = re.compile(r"[ \t]+(?P<w>[a-z]{2,})(?![\w'])")
_NOT_NAME = frozenset({"way", "one", "two", "lane", "level", "side", "more"})


# Unit words (USPS Publication 28 secondary unit designators) start the unit, not the name:
# "19 cours Jean Jaures Suite 749".
_UNIT_WORDS = frozenset({"apt", "apartment", "suite", "ste", "unit", "flat", "floor", "room"})


def _trim_name(text: str, start: int, end: int) -> int:
    """End of a name run once trailing stop words ("please", "tomorrow") and a unit word
    ("Suite") are dropped."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and words[-1].group().lower().rstrip(".,") in _STOP | _UNIT_WORDS:
        words.pop()
    return start + words[-1].end() if words else start


def _noun_after(text: str, end: int) -> bool:
    m = _NOUN_AFTER.match(text, end)
    return bool(m) and m.group("w") not in _STOP and not _CONT.match(text, end)


def _extend(text: str, end: int) -> tuple[int, bool]:
    """(end after units, postcodes and a city, whether a postcode/city was taken)."""
    placed = False
    for _ in range(4):
        m = _CONT.match(text, end)
        if m:
            end, placed = m.end(), placed or m.group("unit") is None
            if m.group("city") and m.group("city").lower() in _STOP:
                end = len(text[: m.start("city")].rstrip())
            continue
        m = _COMMA_CITY.match(text, end)
        if m and m.group("city").lower() not in _STOP:
            end, placed = m.end(), True
        break
    return end, placed


def detect_lowercase_addresses(text: str, taken: list[Span]) -> list[Span]:
    """Lower-case (or mixed) street addresses outside the spans already ``taken``."""
    if not re.search(r"\d", text):
        return []
    out: list[Span] = []
    for rx in (_NUM_FIRST, _TYPE_FIRST, _COMPOUND_RE):
        for m in rx.finditer(text):
            start, end = m.start(), m.end()
            groups = m.groupdict()
            if groups.get("name2"):
                end = _trim_name(text, m.start("name2"), m.end("name2"))
            if any(s.start < end and start < s.end for s in [*taken, *out]):
                continue
            name = groups.get("name1") or groups.get("name2") or groups.get("name3")
            if name is not None:
                words = [w.lower().rstrip(".") for w in name.split()]
                if words[0] in _STOP or (groups.get("name1") and words[-1] in _STOP):
                    continue
                if groups.get("name1") and (
                    words[0] in _NOT_NAME
                    or _COUNT_BEFORE.search(text, max(0, start - 12), start)
                    or _noun_after(text, end)
                ):
                    continue
                if groups.get("name2") and end <= m.start("name2"):
                    continue
            kind = groups.get("after") or groups.get("first1") or groups.get("first2") or ""
            strong = rx is _COMPOUND_RE or re.fullmatch(
                _STRONG_AFTER + "|" + _STRONG_FIRST, kind.lower()
            )
            new_end, placed = _extend(text, end)
            cue = ADDRESS_CUE.search(text, max(0, start - 60), start)
            if strong or placed or cue:
                # a unit or place line already read after the street ("Suite 944 LYON") joins it
                new_end = max([new_end, *(s.end for s in taken if start < s.start < new_end)])
                out.append(Span(start, new_end, "LOCATION", 0.75, "street_address"))
    return out
