"""Names in the positions of a signature or a contact line that prose NER leaves (issue 14).

A signature or a contact block is no sentence, so spaCy either tags nothing there or swallows
the phone number into the name ("Kim 713-853-3098" as one PERSON, which the NER filters then
drop for its digits). Evidence here is the position plus the US Census 1990 name lists (via
:mod:`~transforms.privacy.pii.gazetteers`), never a list fitted to one corpus:

- **Dash sign-offs**: a line that opens with "--", an en or em dash or "~" and then a given name
  ("--Liz", "--Paul, Atlanta, USA", "~Jason", "-- John B"): the Usenet and e-mail sign-off
  (RFC 3676 section 4.3 reserves "-- " for the signature block itself).
- **A name before a phone number** at a line start ("Kim 713-853-3098", "FROM: GEORGE WALKER
  BUSH 202.456.1414"): the contact-list layout of a name and its number; the phone detector
  must read the number (or it has the North American 3-3-4 shape) and the first word must be
  a census given name, so "Fax 713-...", "Cell 281-..." stay labels.
- **Quote credits**: a dash or tilde right after the closing punctuation or quote mark of a
  quotation, then one to four capitalised words that end the post (before a link or hashtags):
  ". -Larry Bird", '." -Velasquez-Manoff #diet', ". ~ Gurudev" (the attribution line of a
  quotation, as style guides set it). Each word must be a census name or no everyday English
  word (pyspellchecker frequency < 1e-5), so a headline's source ("... - Final") stays.
- **A blog's own byline** is no person: Blogger's footer "Posted by <author> to <blog> at
  <time>" names the blog twice when the author account is the blog itself ("Posted by Hidden
  Nook to Hidden Nook at 3/9/2005"), so a PERSON on that author is dropped.
- **Names in capitals** outside a shouted sentence ("I am GEORGE WALKER BUSH, son of",
  "the assumed name of \"RAPHAEL PEREGRINO.\""): two or three capital words, the first a census
  given name, the last a census surname, the middle either, with no other capital word next to
  them and lower-case text around (so "GOOD LUCK MEETING JAKE TOMORROW" and addresses in
  all-capital text stay as they are).
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import (
    ALL_SURNAMES,
    AMBIGUOUS_GIVEN_NAMES,
    COUNTRIES_AND_REGIONS,
    GIVEN_NAMES,
    english_frequency,
)
from transforms.privacy.pii.ner_filters import NOT_NAME_WORDS
from transforms.privacy.spans import Span

SCORE = 0.8
DETECTOR = "signature_name"

_WORD = r"[A-Z][a-z]+(?:[-'\u2019][A-Z][a-z]+)?"
_CAPS = r"[A-Z]{2,}(?:[-'\u2019][A-Z]{2,})?"
_INITIAL = r"[A-Z]\.?"
# "--Liz", "-- Paul, Atlanta", "~Jason", "\u2014 Mac": the dash, then a name of one to three words
# (a given name, then surnames or an initial), then the end of the line or a comma.
_SIGN_OFF = re.compile(
    r"(?m)^[ \t>]*(?:--|\u2013|\u2014|~)[ \t]*"
    r"(?P<name>(?P<first>" + _WORD + r")(?:[ \t]+(?:" + _WORD + "|" + _INITIAL + r")){0,2})"
    r"[ \t]*(?=,|$)"
)
# A line that starts with a name (optionally after a "FROM:"-style label) and goes on with a
# phone number: "Kim 713-853-3098", "Jai Hawker 974-6721", "FROM: GEORGE WALKER BUSH 202.456...".
_NAME_PHONE = re.compile(
    r"(?m)^[ \t>]*(?:[A-Za-z]+:[ \t]*)?"
    r"(?P<name>(?P<first>" + _WORD + "|" + _CAPS + r")"
    r"(?:[ \t]+(?:" + _WORD + "|" + _CAPS + "|" + _INITIAL + r")){0,2})"
    r"[ \t]*,?[ \t]+(?=\(?\+?\d[\d \t().\-]{5,}\d)"
)
# NANP numbers (ITU-T E.164 country code 1; area code, exchange, line: 3-3-4 digits)
_NANP = re.compile(r"(?:\+?1[ .\-])?\(?\d{3}\)?[ .\-]?\d{3}[ .\-]\d{4}(?!\d)")
# Two or three words in capitals between anything that is no capital word.
# Words one or two blanks apart: a wider gap is a column layout ("LEA         RAX=>local_88" in
# a disassembly listing), and a name is no operand (no "=", "[" or "(" straight after).
_CAPS_RUN = re.compile(
    r"(?<![\w@#'\u2019.\-])(?P<name>" + _CAPS + r"(?:[ \t]{1,2}" + _CAPS + r"){1,2})"
    r"(?![\w@'\u2019\-=\[(])"
)
# Capital names count only in mixed-case text: this many lower-case letters within
# CAPS_CONTEXT characters either side ("I am GEORGE WALKER BUSH, son of the former president").
CAPS_CONTEXT = 60
MIN_LOWER_AROUND = 8
_CAPS_BEFORE = re.compile(r"[A-Z]{2,}[ \t]*$")
_CAPS_AFTER = re.compile(r"[ \t]*[A-Z]{2,}\b")


def _given(word: str) -> bool:
    """A census given name (capitals read in title case); places such as "India" are not."""
    word = word.title() if word.isupper() else word
    if word in COUNTRIES_AND_REGIONS:
        return False
    return word in GIVEN_NAMES or word in AMBIGUOUS_GIVEN_NAMES


def _sign_offs(text: str) -> list[tuple[int, int]]:
    return [m.span("name") for m in _SIGN_OFF.finditer(text) if _given(m.group("first"))]


def _names_before_phones(text: str, spans: list[Span]) -> list[tuple[int, int]]:
    phones = {s.start for s in spans if s.type == "PHONE_NUMBER"}
    out = []
    for m in _NAME_PHONE.finditer(text):
        # the phone detector reads the number, or it has the North American 3-3-4 shape
        # ("202.456.1414 / 202.456.1111"); "Bill 2023-001234" is an invoice line
        if m.end() not in phones and not _NANP.match(text, m.end()):
            continue
        words = m.group("name").split()
        # capitals need a given name and a surname ("GEORGE WALKER BUSH"); "FAX", "SMS" do not
        if m.group("first").isupper() and not (
            len(words) >= 2 and words[-1].title() in ALL_SURNAMES
        ):
            continue
        if _given(m.group("first")):
            out.append(m.span("name"))
    return out


def _capital_names(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _CAPS_RUN.finditer(text):
        start, end = m.span("name")
        if _CAPS_BEFORE.search(text, max(0, start - 20), start) or _CAPS_AFTER.match(text, end):
            continue  # part of a shouted sentence or heading
        around = text[max(0, start - CAPS_CONTEXT) : end + CAPS_CONTEXT]
        if sum(c.islower() for c in around) < MIN_LOWER_AROUND:
            continue  # text written in capitals: "... 04862 VICTOR HUGO U. 49. SUITE 638"
        words = [w.title() for w in m.group("name").split()]
        if not (words[0] in GIVEN_NAMES and words[-1] in ALL_SURNAMES):
            continue
        if all(w in GIVEN_NAMES or w in ALL_SURNAMES for w in words[1:-1]):
            out.append((start, end))
    return out


# ". -Larry Bird", '." -Velasquez-Manoff #diet', ". ~ Gurudev": a credit after a quotation's end
# punctuation, ending the post (or followed only by a link or hashtags).
_CREDIT_WORD = r"[A-Z][a-z]+(?:[-'\u2019][A-Z]?[a-z]+)*"
_QUOTE_CREDIT = re.compile(
    r"(?<!\.\.)[.!?\"\u201d][ \t]*(?:-{1,2}|~|\u2013|\u2014)[ \t]?"
    r"(?P<name>" + _CREDIT_WORD + r"(?:[ \t]+(?:[A-Z]\.?|" + _CREDIT_WORD + r")){0,3})"
    r"[ \t]*(?=$|https?://|#|\n)"
)
# A credit word this frequent in English is a word ("- Final", "- Admin"), not a name.
CREDIT_WORD_FREQUENCY = 1e-5


def _credit_word(word: str, *, first: bool) -> bool:
    word = word.rstrip(".")
    if len(word) == 1:
        return not first  # an initial after a name ("John F")
    if word.lower() in NOT_NAME_WORDS:
        return False  # "- Admin": a product or UI word
    rare = english_frequency(word.lower()) < CREDIT_WORD_FREQUENCY
    # "Larry Bird": a surname that is also a word may follow a given name
    return rare or word in GIVEN_NAMES or (not first and word in ALL_SURNAMES)


def _quote_credits(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _QUOTE_CREDIT.finditer(text):
        words = m.group("name").split()
        if all(_credit_word(w, first=k == 0) for k, w in enumerate(words)):
            out.append(m.span("name"))
    return out


# "Posted by Hidden Nook to Hidden Nook at": the author account is the blog
_BLOG_BYLINE = re.compile(r"\bPosted by (?P<name>[^\n]{2,60}?) to (?P=name) at\b")


def _blog_bylines(text: str, spans: list[Span]) -> list[Span]:
    if "Posted by" not in text:
        return spans
    own = [m.span("name") for m in _BLOG_BYLINE.finditer(text)]
    return [s for s in spans if not (s.type == "PERSON" and (s.start, s.end) in own)]


def signature_name_spans(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` plus PERSON spans for sign-off, contact-line, capital and quote-credit names
    that no detection covers yet, less a blog's own byline."""
    if not text:
        return spans
    spans = _blog_bylines(text, spans)
    found = [
        *_sign_offs(text),
        *_names_before_phones(text, spans),
        *_capital_names(text),
        *_quote_credits(text),
    ]
    if not found:
        return spans
    out = list(spans)
    for start, end in sorted(set(found)):
        if any(s.start < end and start < s.end for s in out):
            continue  # something already reads this stretch
        out.append(Span(start, end, "PERSON", SCORE, DETECTOR))
    return out
