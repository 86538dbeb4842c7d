"""Replace detected spans with typed placeholders.

PERSON, EMAIL_ADDRESS and PHONE_NUMBER become keyed pseudonyms (``<EMAIL_ADDRESS_ab12cd>``,
see :mod:`transforms.privacy.pseudonyms`); every other type becomes a plain ``<TYPE>``;
SECRET is always removed whole as ``<SECRET>`` (no length, no prefix, no hint).
"""

from __future__ import annotations

from collections.abc import Sequence

from transforms.contracts.placeholders import tag
from transforms.privacy.pseudonyms import PSEUDONYMIZED_TYPES, pseudonymize_value
from transforms.privacy.spans import OUTPUT_TYPES, Span


def placeholder(entity_type: str, value: str, key_material: bytes) -> str:
    """The replacement for one detected value."""
    if entity_type not in OUTPUT_TYPES:
        raise ValueError(f"unknown entity type {entity_type!r}; known: {', '.join(OUTPUT_TYPES)}")
    if entity_type in PSEUDONYMIZED_TYPES:
        return pseudonymize_value(entity_type, value, key_material)
    return tag(entity_type)


def redact_text(text: str, spans: Sequence[Span], key_material: bytes) -> str:
    """``text`` with every span replaced; spans must not overlap (use ``resolve_overlaps``)."""
    out: list[str] = []
    pos = 0
    for s in sorted(spans, key=lambda s: s.start):
        if s.start < pos:
            raise ValueError(f"overlapping spans at {s.start}: resolve overlaps before redacting")
        if s.end > len(text):
            raise ValueError(f"span [{s.start}, {s.end}) is outside a text of length {len(text)}")
        out.append(text[pos : s.start])
        out.append(placeholder(s.type, text[s.start : s.end], key_material))
        pos = s.end
    out.append(text[pos:])
    return "".join(out)
