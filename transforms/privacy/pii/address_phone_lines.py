"""An address ends before a line that opens with a phone number.

Signature and contact blocks put the phone right under the address::

    12621 Ibirapita 7010
     Apt. 686
     Uruguay 20302
    9380 6377-Office

The address formats of :mod:`~transforms.privacy.pii.addresses` take a digit group on the next
line as a postcode (and ``6377-Office`` as Guatemala's "postcode-city"), so the address swallows
the phone, and the longer span wins when overlaps are resolved. A line that begins with a number
the phone detector accepts is no postcode line: the address is cut at the end of the line above.
"""

from __future__ import annotations

from transforms.privacy.spans import Span


def _line_start(text: str, pos: int) -> bool:
    """Whether only spaces or tabs stand between the line break before ``pos`` and ``pos``."""
    brk = text.rfind("\n", 0, pos)
    return brk >= 0 and not text[brk + 1 : pos].strip(" \t")


def trim_at_phone_lines(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each street address cut before a line that a phone span opens."""
    phones = [s.start for s in spans if s.type == "PHONE_NUMBER"]
    if not phones:
        return spans
    out = []
    for s in spans:
        if s.type == "LOCATION":
            cuts = [p for p in phones if s.start < p < s.end and _line_start(text, p)]
            if cuts:
                end = text.rfind("\n", 0, min(cuts))
                while end > s.start and text[end - 1] in " \t,":
                    end -= 1
                if end <= s.start:
                    continue
                s = Span(s.start, end, s.type, s.score, s.detector)
        out.append(s)
    return out
