"""International phone numbers, validated with Google's ``phonenumbers`` (a Presidio dependency).

Candidates are digit runs with phone punctuation (``+``, parentheses, spaces, dots, dashes, an
``x``/``ext`` extension). Each is accepted by one of three rules, strongest first:

1. ``+<country code> ...`` that ``phonenumbers`` parses as a *possible* number for that country;
2. a national number with separators that is *valid* (assigned number ranges) for one of
   :data:`REGIONS` and has at least 9 digits;
3. any 6-15 digit candidate with separators when a phone word (``phone``, ``tel``, ``call``,
   ``mobile``, ``fax``, ...) comes shortly before it (short local numbers like ``467 3395``).

Code look-alikes are rejected before parsing: bare digit runs without separators (ids, unix
timestamps), dates and times (``2026-11-20``, ``10:15:00``), version strings (``1.2.3``,
``20.11.1``), dotted quads (IPs), decimals/prices, UUID fragments, and candidates right after
``version``/``id``/``port``/``#`` and friends or glued to identifier characters.
"""

from __future__ import annotations

import re

import phonenumbers

from transforms.privacy.spans import Span

# Regions tried for numbers written without +CC (the ones our users write from most, plus the
# address formats the detector covers). Order only affects speed.
REGIONS = (
    "US", "GB", "DE", "FR", "NL", "ES", "PT", "IT", "BE", "CH", "AT", "IE", "SE", "DK", "NO",
    "FI", "PL", "BR", "MX", "AR", "IN", "AU", "NZ", "JP", "CA", "ZA",
)  # fmt: skip

_CANDIDATE = re.compile(
    r"(?<![\w+.\-/:#=@$])"
    # "(0)" between groups is the trunk prefix some countries print after +CC (+41 (0)69 ...).
    r"(\+\s?)?(\(\s?\d{1,5}\s?\)[ .\-]?)?\d{1,12}(?:(?:[ .\-]|\s?/\s?|\s?\(0\)\s?)\d{1,8}){0,6}"
    r"(?:\s?(?:x|ext\.?|extension)\s?\d{1,6})?"
    # A dash may follow when a phone label is glued on ("082 490 1693-Office").
    r"(?![\w@]|-(?!(?i:office|fax|mobile|cell|home|work|phone)\b)|[.:,]\d)"
)
_DATE = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}")
_VERSION = re.compile(r"^\d{1,4}(?:\.\d{1,4}){1,3}$")
_BAD_BEFORE = re.compile(
    r"(?i)(?:version|ver|v|id|port|pid|build|order|invoice|ticket|issue|pr|line|lines|page|step|"
    r"size|width|height|count|total|amount|price|\$|€|£|#|no\.?)\s*[:=]?\s*$"
)
_PHONE_WORDS = re.compile(
    r"(?i)(?:phone|tel|telephone|call|calling|mobile|cell|fax|whatsapp|sms|text me|ring|"
    # "my registered 668 5702": support-desk talk for the number on the account
    r"reach me|contact|number|hotline|landline|office|desk|home|work|mob|ph|registered)\b"
    r"[^\n\d]{0,25}$"
)
# A label right before a bare digit run ("Desk: 5403926876", "fax 3660170548").
_PHONE_LABEL = re.compile(
    r"(?i)\b(?:phone|tel|telephone|mobile|cell|fax|desk|landline|whatsapp|sms)\s*[:.]?\s*$"
)
_PHONE_WORDS_AFTER = re.compile(r"(?i)^\s*[-(]?\s*(?:office|fax|mobile|cell|home|work|phone)\b")
MIN_DIGITS, MAX_DIGITS = 6, 15


def _possible(value: str) -> bool:
    try:
        num = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_possible_number(num)


def _valid_somewhere(value: str) -> bool:
    for region in REGIONS:
        try:
            num = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            return True
    return False


def warm_up_phones() -> None:
    """Load every region's metadata and compile its patterns now: ``phonenumbers`` does both on
    first use, which would otherwise happen in each forked worker (~0.3 s each)."""
    for region in REGIONS:
        example = phonenumbers.example_number(region)
        if example is not None:
            national = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
            _valid_somewhere(national)


def has_digits(text: str, n: int) -> bool:
    """``sum(c.isdigit() for c in text) >= n`` without a Python step per character: ten
    C-level counts of 0-9 first; other Unicode digits ("\u0663", "\u00b2") only matter when
    those are too few. Every ``\d`` is a digit here, so a pattern needing ``n`` of them can
    be skipped when this is false."""
    if sum(map(text.count, "0123456789")) >= n:
        return True
    return not text.isascii() and sum(map(str.isdigit, text)) >= n


def _labelled(before: str, text: str, end: int) -> bool:
    """A phone label right before the digits ("fax 3660170548") or glued on after them
    ("3660170548-Fax", as business-card lines print it)."""
    return bool(_PHONE_LABEL.search(before) or _LABEL_GLUED_AFTER.match(text, end))


_LABEL_GLUED_AFTER = re.compile(r"-(?i:office|fax|mobile|cell|home|work|phone)\b")


def detect_phones(text: str) -> list[Span]:
    """Phone numbers (international and national formats) outside code look-alikes."""
    if not has_digits(text, MIN_DIGITS):
        return []
    out = []
    for m in _CANDIDATE.finditer(text):
        value = m.group().rstrip()
        digits = sum(c.isdigit() for c in value)
        if not MIN_DIGITS <= digits <= MAX_DIGITS:
            continue
        plus = value.startswith("+")
        separated = bool(re.search(r"[ .\-()/]", value.lstrip("+")))
        before = text[max(0, m.start() - 40) : m.start()]
        if (
            not plus
            and not separated
            and not (digits >= 9 and _labelled(before, text, m.end()) and _valid_somewhere(value))
        ):
            continue  # bare digit runs: ids, timestamps, order numbers (unless labelled)
        if _DATE.fullmatch(value) or (_VERSION.match(value) and digits < 10):
            continue
        if "." in value and any(len(g) < 2 for g in re.split(r"\D+", value.strip("+()"))):
            continue
        if re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){3}", value):
            continue  # dotted quad: an IP address
        if _BAD_BEFORE.search(before[-14:]):
            continue
        context = bool(_PHONE_WORDS.search(before)) or bool(
            _PHONE_WORDS_AFTER.match(text[m.end() : m.end() + 12])
        )
        if plus:
            ok = digits >= 8 and _possible(value)
        elif digits >= 9 and _valid_somewhere(value):
            ok = True
        else:
            ok = context
        if ok:
            out.append(Span(m.start(), m.start() + len(value), "PHONE_NUMBER", 0.75, "phone"))
    return out
