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

import functools
import re

import phonenumbers
from phonenumbers import PhoneNumberFormat

from transforms.privacy.spans import Span

# ``phonenumbers`` compiles its metadata patterns through ``re.compile`` on every parse and
# match; trying 27 regions needs more distinct patterns than ``re``'s 512-entry cache keeps, so
# without its own cache they are recompiled again and again (~5 % of a detection run).
phonenumbers.enable_pattern_cache()

# Regions tried for numbers written without +CC (the ones our users write from most, plus the
# address formats the detector covers). Order only affects speed.
REGIONS = (
    "US", "GB", "DE", "FR", "NL", "ES", "PT", "IT", "BE", "CH", "AT", "IE", "SE", "DK", "NO",
    "FI", "PL", "BR", "MX", "AR", "IN", "AU", "NZ", "JP", "CA", "ZA",
    # "8 (912) 345-67-89": the trunk 8 it must be written with keeps it specific (phone probe)
    "RU",
)  # fmt: skip

# A number: "+CC", an area code in parentheses, digit groups with phone punctuation, an extension.
# Digit runs are possessive: a run cut short would be followed by a digit, which the closing
# look-ahead refuses anyway, so backtracking into it only costs time.
_NUMBER = (
    # "(06 1) 234 5678", "(0-312) 34567": an area code with its trunk prefix in parentheses.
    r"(\+\s?)?(\(\s?\d{1,5}(?:[ \-]\d{1,4})?\s?\)[ .\-]?)?\d{1,15}+"
    # "(0)" between groups is the trunk prefix some countries print after +CC (+41 (0)69 ...);
    # " (912) " an area code after a trunk prefix or country code ("8 (912) 345-67-89",
    # "+1 (415) 555-0134"), spaces on both sides (an optional digit group before the opening
    # parenthesis instead makes every scan ~25 % slower).
    r"(?:(?:[ .\-]|\s?/\s?|\s?\(0\)\s?| \(\d{1,5}\) )\d{1,11}+){0,6}"
    r"(?:\s?(?:x|ext\.?|extension)\s?\d{1,6})?"
    # A dash may follow when a phone label is glued on ("082 490 1693-Office").
    r"(?![\w@]|-(?!(?i:office|fax|mobile|cell|home|work|phone)\b)|[.:,]\d)"
)
_CANDIDATE = re.compile(r"(?<![\w+.\-/:#=@$])" + _NUMBER)
# RFC 3966 URIs ("tel:+49-30-123456"), the one case a colon may come right before; a pattern
# of its own, run only when "tel:" is in the text (an alternative in the look-behind above
# makes every scan ~45 % slower).
_TEL_URI = re.compile(r"(?<=tel:|Tel:|TEL:)" + _NUMBER)
_DATE = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}")
# "2005-01-01 22": an ISO date, then more numbers (an hour, a count)
_ISO_DATE_START = re.compile(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b")
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


# A contact-card field label ending right before the digits ("Desk: 5908598593", "Fax:
# 2685822771"): a field that holds a phone number whether or not its range is assigned yet.
_FIELD_LABEL = re.compile(
    r"(?im)^[ \t]*(?:phone|tel|telephone|mobile|cell|fax|desk|landline)[ \t]*:[ \t]*$"
)


# "stop receiving messages to 324 6948": where messages go is a number; a count written in
# spaced thousands ("sent messages to 120 000 users") is not.
_MESSAGE_CUE = re.compile(r"(?i)\b(?:messages?|texts|sms)[ \t]+(?:to|at|on)[ \t]+$")
_SPACED_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?: \d{3})+|(?:19|20)\d\d \d\d \d\d")  # or a date


def _message_target(before: str, core: str) -> bool:
    return bool(_MESSAGE_CUE.search(before)) and not _SPACED_THOUSANDS.fullmatch(core)


def _field_label(before: str, core: str) -> bool:
    """A field label on its own line before ``core`` and a length some numbering plan allows
    (``phonenumbers`` possible-length metadata for the US/NANP, 10 digits)."""
    if not _FIELD_LABEL.search(before):
        return False
    try:
        return phonenumbers.is_possible_number(phonenumbers.parse(core, "US"))
    except phonenumbers.NumberParseException:
        return False


@functools.lru_cache(maxsize=4096)
def _valid_somewhere(value: str, regions: tuple[str, ...] | None = None) -> bool:
    """Valid (an assigned range) in one of ``regions`` *and* written as that country dials it:
    with its trunk prefix where its national format prints one ("0209 351070" is a Duisburg
    number, "209 351 070" is no German way to write it, and mostly a count of something)."""
    digits = re.sub(r"\D", "", value)
    for region in regions or REGIONS:
        try:
            num = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num) and _as_dialled(digits, num, region):
            return True
    return False


def _as_dialled(digits: str, num: phonenumbers.PhoneNumber, region: str) -> bool:
    nsn = phonenumbers.national_significant_number(num)
    if num.country_code != phonenumbers.country_code_for_region(region):
        # dialled abroad: "0044 20 7946 0958" (an international call prefix, then +CC)
        return digits.endswith(f"{num.country_code}{nsn}")
    national = re.sub(r"\D", "", phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL))
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    prefix = (meta.national_prefix if meta else None) or ""
    # "1-800-234-5678": the trunk prefix written where the national format leaves it out
    return digits in (national, prefix + nsn)


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
    """A phone label right before the digits ("fax 3660170548") or after them, glued on or
    ending the line ("3660170548-Fax", "8727310255 fax", as business-card lines print it)."""
    return bool(_PHONE_LABEL.search(before) or _LABEL_GLUED_AFTER.match(text, end))


_LABEL_GLUED_AFTER = re.compile(
    r"-(?i:office|fax|mobile|cell|home|work|phone)\b|[ \t](?i:office|fax|mobile|cell|phone)[ \t]*$",
    re.M,
)


_LONG_LEAD = re.compile(r"\d{4,} (?=\()")
_EXTENSION = re.compile(r"\s?(?:x|ext\.?|extension)\s?\d{1,6}$")
# European thousands ("1.234.567"): dotted groups of three after a first group of one to three
# that is no trunk prefix.
_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")


def _numeric_look_alike(core: str, plus: bool, digits: int, context: bool) -> bool:
    """Versions, decimals, ISBNs and IPs that the candidate pattern also matches."""
    groups = re.findall(r"\d+", core)
    if len(groups) >= 3 and len(groups[-1]) == 1:
        return True  # a check digit ("0-306-40615-2"): no numbering plan ends on one digit
    if plus and core[1:2].isspace() and len(groups) == 1:
        return True  # "a + 41975630244216": a sum
    if "/" in core and len(groups[0]) < 2:
        return True  # a fraction ("2/25000000"); "030/1234567" keeps its trunk prefix
    if plus or "." not in core:
        return False
    if core.count(".") == 1 and not context and not re.search(r"[ \-()/]", core):
        return True  # a decimal ("868.397035"), unless a phone word came first
    if any(len(g) < 2 for g in groups) or _ip_address(groups):
        return True  # "1.26.4", "10.20.30.40"
    if _VERSION.match(core) and digits < 10:
        # "Tel: 022.345.678" after a phone word; "1.234.567" stays a number
        return not (context and digits >= 7 and not _THOUSANDS.fullmatch(core))
    return False


def _ip_address(groups: list[str]) -> bool:
    """Four dotted groups that are IPv4 octets (0-255, no leading zero): "021.234.56.78" and
    "612.34.56.78" are no address."""
    return len(groups) == 4 and all(
        int(g) <= 255 and (g == "0" or not g.startswith("0")) for g in groups
    )


def _plus_number(core: str, digits: int) -> bool:
    """``+CC``: possible for that country from 8 digits, valid (assigned ranges) below that
    (``+683 7012``, Niue)."""
    if digits >= 8 and _possible(core):
        return True
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(core, None))
    except phonenumbers.NumberParseException:
        return False


# "(617) 880 - 3456": a dash with spaces around it between digit groups, as SEC filings and
# OCR'd text print fax numbers; the same shape as a range ("2019 - 2020", "pages 100 - 120"),
# so such a candidate is read on its own (:func:`_spaced_dash_phones`).
_SPACED_DASH = re.compile(
    r"(?<![\w+.\-/:#=@$])(\(\d{3,5}\)\s?)?\d{2,5}(?:[ .\-]\d{2,5}){0,3}"
    r"(?: [-\u2013] \d{2,5}(?:[ .\-]\d{2,5}){0,2})+(?![\w@]|[.:,\-]\d)"
)


def _spaced_dash_phones(text: str) -> list[Span]:
    """Numbers split by a spaced dash that are *valid* (assigned ranges, written as dialled)
    for one of :data:`REGIONS` with at least 9 digits: a year or page range never is."""
    out = []
    for m in _SPACED_DASH.finditer(text):
        value = m.group()
        if not 9 <= sum(c.isdigit() for c in value) <= MAX_DIGITS:
            continue
        if _BAD_BEFORE.search(text[max(0, m.start() - 14) : m.start()]):
            continue
        if _valid_somewhere(re.sub(r" [-\u2013] ", "-", value)):
            out.append(Span(m.start(), m.end(), "PHONE_NUMBER", 0.75, "phone"))
    return out


def detect_phones(text: str) -> list[Span]:
    """Phone numbers (international and national formats) outside code look-alikes."""
    if not has_digits(text, MIN_DIGITS):
        return []
    out = []
    if " - " in text or " \u2013 " in text:
        out = _spaced_dash_phones(text)
    candidates = _CANDIDATE.finditer(text)
    if "tel:" in text or "Tel:" in text or "TEL:" in text:
        candidates = sorted([*candidates, *_TEL_URI.finditer(text)], key=lambda m: m.start())
    for m in candidates:
        value, start = m.group().rstrip(), m.start()
        if len(value) < MIN_DIGITS:
            continue  # most candidates: "42", "3.5", "2024" (cheapest test first)
        if " (" in value and (lead := _LONG_LEAD.match(value)):
            # "34796 (37) 788-063": a postcode, then the number
            value, start = value[lead.end() :], start + lead.end()
        # the number without its extension ("x", "ext.", "extension" all hold an x)
        core = _EXTENSION.sub("", value) if "x" in value else value
        plus = value.startswith("+")
        # "0044 20 7946 0958": the international call prefix 00 is no digit of the number
        # and the trunk "(0)" of "+49 (0)800 1234567890" is not dialled from abroad
        digits = (
            sum(c.isdigit() for c in core)
            - (2 if core.startswith("00") else 0)
            - (1 if plus and "(0)" in core else 0)
        )
        if not MIN_DIGITS <= digits <= MAX_DIGITS:
            continue
        # an extension ("71234567 x123") marks a phone number as well as punctuation does
        separated = core != value or bool(re.search(r"[ .\-()/]", core.lstrip("+")))
        before = text[max(0, start - 40) : start]
        if (
            not plus
            and not separated
            and not (
                9 <= digits <= 12
                and _labelled(before, text, m.end())
                and (_valid_somewhere(core) or _field_label(before, core))
            )
        ):
            continue  # bare digit runs: ids, timestamps, order numbers (unless labelled)
        if _DATE.fullmatch(core) or _ISO_DATE_START.match(core) or _BAD_BEFORE.search(before[-14:]):
            continue
        context = bool(_PHONE_WORDS.search(before)) or bool(
            _PHONE_WORDS_AFTER.match(text[m.end() : m.end() + 12])
        )
        if _numeric_look_alike(core, plus, digits, context):
            continue
        if plus:
            ok = _plus_number(core, digits)
        elif digits >= 9 and _valid_somewhere(core):
            ok = True
        else:
            ok = context or _message_target(before, core)
        if ok and not any(s.start <= start < s.end for s in out):
            out.append(Span(start, start + len(value), "PHONE_NUMBER", 0.75, "phone"))
    return sorted(out, key=lambda s: s.start)
