"""Written forms of places and names that tokenised social text breaks apart (issue 14).

Tweets and posts passed through a tokeniser (and people typing on phones) split abbreviations
and names at every dot and apostrophe, so spaCy reads "U . S ." or "B . C ." as letters and
"George N . Parks" as a given name and a stray capital:

- :func:`dotted_place_spans`: a dotted abbreviation of a country, US state or Canadian province,
  spaced or not ("U . S .", "P . E . I .", "B.C.", "D . C ."). The letters must be a code of a
  public list: USPS state codes (via ``gazetteers``; https://pe.usps.com/text/pub28/28apb.htm),
  Canada Post province symbols (https://www.canadapost-postescanada.ca/cpc/en/support/kb/
  addressing/address-standards/province-and-territory-symbols) and the usual "U.S."/"U.K."; the
  Canadian Press dotted forms "P.E.I." and "N.L." are those codes with dots. Codes that are also
  English words or everyday abbreviations when dotted ("O.K.", "M.E.", "P.A.", "M.D.", "D.E.",
  "A.L.", "C.O.", "I.D.", "L.A." is kept: Los Angeles) are left out.
- :func:`region_code_spans`: a USPS state or Canada Post province code after a place and a
  comma ("Columbus , GA", "Orillia, ON"): the code is a place too.
- :func:`extend_initials`: a one-word PERSON followed by middle initials and a capitalised
  surname ("George N . Parks", "Stephen A Smith", "George H . W . Bush") or by an Irish "O'"
  surname split at the apostrophe ("Brendan O ' Connor") gets the whole name.

Tuned on the ``wnut17``/``btc`` dev splits and their train sets only.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import US_STATE_CODES
from transforms.privacy.segments import prose_pieces
from transforms.privacy.spans import Span, add_uncovered

# USPS codes that, dotted, are more often a word, an interjection or a title than a state.
_WORDLIKE_CODES = frozenset(
    [
        "OK",
        "ME",
        "IN",
        "OR",
        "HI",
        "AS",
        "PA",
        "MA",
        "DE",
        "AL",
        "CO",
        "ID",
        "MD",
        "MO",
        "VA",
        "SC",
        "GU",
        "MP",
        "PR",
        "VI",
        "FM",
        "MH",
        "PW",
        "AA",
        "AE",
        "AP",
    ]
)
# Canada Post province and territory symbols (PE as "P.E.I.", NL as "N.L.").
_CANADIAN = frozenset(
    ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "PEI", "QC", "SK", "YT"]
) - {"ON"}
PLACE_CODES = (US_STATE_CODES - _WORDLIKE_CODES) | _CANADIAN | {"US", "USA", "UK", "DC", "LA"}

# Two to four capitals each followed by a dot, with or without spaces ("U . S .", "B.C.");
# the last dot may be missing ("N . I"). Not inside a word, a URL or a longer dotted run.
_DOTTED = re.compile(
    r"(?<![\w./\\-])((?:[A-Z][ \t]?\.[ \t]?){1,3}[A-Z](?:[ \t]?\.)?)(?![\w]|[ \t]?\.?[ \t]?[A-Z]\b)"
)


# A country code naming a government body, not a place: "U.S. Army", "U. S. Treasury note",
# "the U.S. Embassy", "deposit in the U. S. mail" (an organisation, ignored by the corpora).
_BODY_AFTER = re.compile(
    r"[ \t]+(?:Army|Navy|Air[ \t]+Force|Marine|Marines|Coast[ \t]+Guard|Central[ \t]+Command|"
    r"Forces|Embassy|Consulate|Treasury|Department|Government|Congress|Senate|Postal|mail)\b"
)


# an undotted last letter that is the English word "A" or "I" before a lower-case word: "C. A
# repo wrapper" is an item letter and an article, not "C.A." (session 33, coding chat)
_WORD_LETTER_AFTER = re.compile(r"[ \t]+[a-z]")


def dotted_place_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each dotted place abbreviation ("U . S .", "P . E . I ."), not one
    opening the name of a government body ("U.S. Army")."""
    out = []
    for m in _DOTTED.finditer(text):
        letters = re.sub(r"[ \t.]", "", m.group(1))
        article = m.group(1)[-1] in "AI" and _WORD_LETTER_AFTER.match(text, m.end(1))
        if letters in PLACE_CODES and not article and not _BODY_AFTER.match(text, m.end(1)):
            out.append((m.start(1), m.end(1)))
    return out


# Middle initials (dot optional, spaced or not) and a capitalised surname; or an "O'" surname.
_INITIALS_SURNAME = re.compile(
    r"[ \t]+(?:[A-Z](?:[ \t]?\.)?[ \t]+){1,2}(?:O[ \t]?['\u2019][ \t]?)?[A-Z][a-z]{2,}\b"
    r"|[ \t]+O[ \t]?['\u2019][ \t]?[A-Z][a-z]{2,}\b"
)
# Words after an initial that start a sentence, not a surname ("Sara B . Focusing on ...").
_NOT_SURNAME = re.compile(r"[A-Z][a-z]+ing\b")


def extend_initials(text: str, spans: list[Span]) -> list[Span]:
    """One-word PERSON spans stretched over following initials and surname."""
    out = []
    for s in spans:
        if s.type == "PERSON" and text[s.start : s.end].isalpha():
            m = _INITIALS_SURNAME.match(text, s.end)
            if m and not _NOT_SURNAME.fullmatch(m.group().split()[-1]):
                end = m.end()
                if not any(
                    o is not s and s.end < o.start < end and o.type != "PERSON" for o in spans
                ):
                    s = Span(s.start, end, s.type, s.score, s.detector)
        out.append(s)
    return out


# A state or province code after a place and a comma ("Chicago , IL", "Orillia, ON",
# "Glenwood Springs , CO . This is"); not the first letters of a dotted code ("U . S . A").
_CODE_AFTER_PLACE = re.compile(r"[ \t]*,[ \t]*([A-Z]{2})(?![\w.]|[ \t]?\.[ \t]?[A-Z](?![a-z]))")
REGION_CODES = US_STATE_CODES | _CANADIAN | {"ON"}  # after a place, "ON" is Ontario


def region_code_spans(text: str, spans: list[Span]) -> list[tuple[int, int]]:
    """(start, end) of each state/province code right after a LOCATION span and a comma."""
    out = []
    for s in spans:
        if s.type != "LOCATION":
            continue
        m = _CODE_AFTER_PLACE.match(text, s.end)
        if m and m.group(1) in REGION_CODES:
            out.append((m.start(1), m.end(1)))
    return out


def in_prose(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``found`` ranges that lie in prose, not in a code block or inline code."""
    if not found:
        return found
    pieces = prose_pieces(text)
    return [(a, b) for a, b in found if any(p <= a and b <= q for p, q in pieces)]


def social_forms(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with initials-split names stretched, and dotted place codes and region codes
    after a place added where no other span lies."""
    spans = extend_initials(text, spans)
    found = in_prose(text, [*dotted_place_spans(text), *region_code_spans(text, spans)])
    return add_uncovered(spans, found, "LOCATION", 0.8, "social_forms")
