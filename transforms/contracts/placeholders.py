"""One placeholder vocabulary for redaction and the quality gate.

Two kinds of placeholder appear in clean text, and both sides must agree on them:

- redaction placeholders, which the redactor writes: ``<TYPE>`` (``<SECRET>``, ``<US_SSN>``),
  ``<TYPE_xxxxxx>`` keyed pseudonyms (``<EMAIL_ADDRESS_ab12cd>``) and ``<REDACTED_OVERSIZED>``
  (:data:`REDACTION_PLACEHOLDER` matches exactly these);
- documentation placeholders users paste (``sk-xxxxxxxx...``, ``YOUR_API_KEY``, ``<your-key>``),
  which the secret detector deliberately keeps (:func:`is_placeholder`).

The gate's leak check ignores a pattern match that is either kind (:func:`is_benign_match`),
so it never fails on text that redaction wrote or deliberately kept.
"""

from __future__ import annotations

import re

SECRET_PLACEHOLDER = "<SECRET>"
OVERSIZED_PLACEHOLDER = "<REDACTED_OVERSIZED>"
VALUE_HEX = 6  # hex digits of a pseudonymised value's tag (see privacy.pseudonyms)
# Every placeholder the redactor writes, and nothing else: ``<TYPE>`` or ``<TYPE_hex6>``.
REDACTION_PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?:_[0-9a-f]{6})?>")


def tag(entity_type: str) -> str:
    """The plain placeholder of a type: ``<US_SSN>``."""
    return f"<{entity_type}>"


def pseudonym_tag(entity_type: str, hex_digest: str) -> str:
    """The keyed placeholder of a pseudonymised value: ``<EMAIL_ADDRESS_ab12cd>``."""
    return f"<{entity_type}_{hex_digest[:VALUE_HEX]}>"


# Lower-cased substrings that mark a value as a documentation placeholder, not a credential.
_PLACEHOLDER_MARKERS = (
    "...",
    "\u2026",
    "xxxx",
    "your",
    "example",
    "placeholder",
    "changeme",
    "change_me",
    "change-me",
    "replace",
    "dummy",
    "redacted",
    "****",
    "here",
    "insert",
    "{{",
    "${",
    "todo",
    "sample",
    "fake",
    "mock",
    # what Windows Setup writes over unattend.xml passwords after use
    # (https://learn.microsoft.com/en-us/windows-hardware/customize/desktop/wsim/hide-sensitive-data-in-an-answer-file)
    "*sensitive*",
)
# ``<your-key>``, ``<token>``, ``<API KEY>``: a template slot, not a value.
_ANGLE_TEMPLATE = re.compile(r"<[\w\s.\-]{1,40}>")


def _has_marker(value: str, markers: tuple[str, ...]) -> bool:
    # Markers in one case only (lower, UPPER, Title): random keys contain "xxXx" or "HerE".
    return any(m in value or m.upper() in value or m.capitalize() in value for m in markers)


# ``[PASSWORD]``, ``[API_KEY]``: an upper-case slot in square brackets, as docs write them.
_SQUARE_TEMPLATE = re.compile(r"\[[A-Z][A-Z0-9_ \-]{1,30}\]")


def _template_slot_or_few_chars(value: str) -> bool:
    """An angle- or square-bracket slot, or (after a provider prefix) very few distinct
    characters."""
    if _ANGLE_TEMPLATE.search(value) or value.startswith("<") or value.endswith(">"):
        return True
    if _SQUARE_TEMPLATE.fullmatch(value):
        return True
    low = value.lower()
    # After a provider prefix (``sk-``, ``glc_``, ``sgp_``, ``akia``): the body alone counts.
    core = re.sub(r"^(?:akia|aiza|[a-z]{2,12}[-_])", "", low)
    # A run of one repeated symbol or very few distinct characters is a template, not a key.
    return len(core) >= 6 and len(set(core)) <= 3


# A value that says it is no credential: ``ThisIsNotARealKey``, ``not-a-real-token``,
# ``notarealpassword``, ``NOT_REAL_SECRET``.
_NOT_REAL = re.compile(r"(?i)not[\W_]?a[\W_]?real|not[\W_]?real(?![a-z])")


def is_placeholder(value: str) -> bool:
    """True when ``value`` is a documentation placeholder rather than a real credential."""
    return (
        _has_marker(value, _PLACEHOLDER_MARKERS)
        or _template_slot_or_few_chars(value)
        or bool(_NOT_REAL.search(value))
    )


# Template shapes only: what a provider-structured token (``ghp_`` + 36, ``AKIA`` + 16) must
# show to count as a placeholder. Words like "example", "fake" or "test" inside such a token do
# not veto it: a value of the exact documented structure is redacted whatever it says.
_TEMPLATE_MARKERS = (
    "...",
    "\u2026",
    "xxxx",
    "****",
    "your",
    "placeholder",
    "changeme",
    "change_me",
    "change-me",
    "replace",
    "redacted",
    "insert",
    "{{",
    "${",
)
# Runs of one filler character (``0000000000``, ``#####``, ``......``).
# An x-run filler is one case (``xxxx``, ``XXXX``) and five or more long: a random base62 key
# holds a mixed-case ``XxXx`` about once in 10,000 keys, and one 1M-message scale run leaked one
# (``…PUXxXxOpOs…``) through the veto; five of one case is ~1 in 10^9 per position.
_FILLER_RUN = re.compile(r"0{8,}|#{4,}|\.{3,}|\*{3,}|x{5,}|X{5,}|-{6,}|_{6,}")


def is_template_placeholder(value: str) -> bool:
    """True when ``value`` has a template's shape: ``xxxx``/``****``/``0000…`` fillers, angle
    or brace slots, ``YOUR_``/``REPLACE``/``CHANGEME`` words, ``...`` ellipses, or very few
    distinct characters (``aaaa…``). Narrower than :func:`is_placeholder`: it is the veto for
    values that match a provider's exact documented structure."""
    return (
        _has_marker(value, _TEMPLATE_MARKERS)
        or bool(_FILLER_RUN.search(value))
        or _template_slot_or_few_chars(value)
    )


def is_benign_match(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` (a leak-pattern match) is a placeholder: inside a
    redaction placeholder, or a documentation placeholder the detector keeps on purpose."""
    value = text[start:end]
    # redaction replaces every e-mail address, documentation-style or not: no exemption
    is_email = "@" in value and "://" not in value
    if not is_email and is_placeholder(value):
        return True
    lo = text.rfind("<", max(0, start - 64), start + 1)
    if lo != -1:
        m = REDACTION_PLACEHOLDER.match(text, lo)
        if m and m.end() >= end:
            return True
    return False


def mask_benign(text: str, patterns: list[re.Pattern[str]]) -> str:
    """``text`` with every benign (placeholder) match of ``patterns`` replaced by
    ``<PLACEHOLDER>``; a real leak is left exactly where it is."""
    for rx in patterns:
        pieces, pos = [], 0
        for m in rx.finditer(text):
            if is_benign_match(text, m.start(), m.end()):
                pieces += [text[pos : m.start()], "<PLACEHOLDER>"]
                pos = m.end()
        if pieces:
            text = "".join(pieces) + text[pos:]
    return text
