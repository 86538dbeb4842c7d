"""Build text piece by piece while recording the exact character span of every planted entity.

>>> t = LabelledText().add("Mail ").entity("EMAIL_ADDRESS", "a@b.io").add(" please")
>>> t.text(), t.spans
('Mail a@b.io please', [(5, 11, 'EMAIL_ADDRESS', 'a@b.io')])

Offsets are Python ``str`` indices (code points), the unit every consumer in this project uses.
Templates use ``{slot}`` markers; :func:`render` fills them with plain strings, entities or
nested :class:`LabelledText` (whose spans are shifted into place).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

Span = tuple[int, int, str, str]  # start, end, type, value


@dataclass(frozen=True, slots=True)
class Entity:
    """A value to plant with its gold type (one of ``schema.ENTITY_TYPES``)."""

    type: str
    value: str


class LabelledText:
    """An append-only text builder that tracks gold spans."""

    __slots__ = ("parts", "spans", "pos")

    def __init__(self, text: str = "") -> None:
        self.parts: list[str] = [text] if text else []
        self.spans: list[Span] = []
        self.pos = len(text)

    def add(self, text: str) -> LabelledText:
        """Append unlabelled text."""
        self.parts.append(text)
        self.pos += len(text)
        return self

    def entity(self, type_: str, value: str) -> LabelledText:
        """Append ``value`` and label it as ``type_``."""
        self.spans.append((self.pos, self.pos + len(value), type_, value))
        return self.add(value)

    def extend(self, other: LabelledText) -> LabelledText:
        """Append another builder's text, shifting its spans."""
        shift = self.pos
        self.spans.extend((s + shift, e + shift, t, v) for s, e, t, v in other.spans)
        self.parts.extend(other.parts)
        self.pos += other.pos
        return self

    def put(self, value: str | Entity | LabelledText) -> LabelledText:
        """Append whatever a template slot holds."""
        if isinstance(value, str):
            return self.add(value)
        if isinstance(value, Entity):
            return self.entity(value.type, value.value)
        return self.extend(value)

    def text(self) -> str:
        return "".join(self.parts)

    def __len__(self) -> int:
        return self.pos


_SLOT = re.compile(r"\{(\w+)\}")


@lru_cache(maxsize=4096)
def _parse(template: str) -> tuple[tuple[bool, str], ...]:
    """Split a template into (is_slot, text) pieces once; templates are reused many times."""
    pieces: list[tuple[bool, str]] = []
    pos = 0
    for m in _SLOT.finditer(template):
        if m.start() > pos:
            pieces.append((False, template[pos : m.start()]))
        pieces.append((True, m.group(1)))
        pos = m.end()
    if pos < len(template):
        pieces.append((False, template[pos:]))
    return tuple(pieces)


def render(
    template: str,
    slots: Mapping[str, str | Entity | LabelledText],
    into: LabelledText | None = None,
) -> LabelledText:
    """Fill ``{slot}`` markers; a missing slot is a bug in the template pool, so it raises."""
    out = into if into is not None else LabelledText()
    for is_slot, piece in _parse(template):
        if is_slot:
            try:
                out.put(slots[piece])
            except KeyError:
                raise KeyError(f"template slot {{{piece}}} not provided: {template!r}") from None
        else:
            out.add(piece)
    return out


def slot_names(template: str) -> tuple[str, ...]:
    """The slot names a template uses, in order of first use (stable: values are drawn in
    this order, so it must not depend on string hashing)."""
    return tuple(dict.fromkeys(piece for is_slot, piece in _parse(template) if is_slot))
