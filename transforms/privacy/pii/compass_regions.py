"""Regions named by a compass word or a state code in Portuguese prose (issue 14).

- **Compass regions**: Portuguese writes compass points in lower case ("a norte de Lisboa")
  and capitalises them only as the name of a region (Acordo Ortográfico de 1990, Base XIX;
  Brazil's official macro-regions "Nordeste", "Sudeste", "Sul", "Centro-Oeste"). A capitalised
  compass word after an article or "região" inside a sentence, with a capitalised adjective
  after it ("Leste Europeu"), is a LOCATION.
- **State codes**: Brazilian news writes a town's state as its ISO 3166-2:BR code in brackets
  ("Recife (PE)", "Belém (PA)") or after a locative preposition ("em o DF"); the codes come
  from ``pycountry`` (LGPL, ISO 3166-2 data).
- **"o Rio"**: Brazilian news calls the city of Rio de Janeiro "o Rio" ("favela de o Rio", "em
  o Rio"); a capitalised "Rio" after a masculine article with no name word after it is that
  city, since the river is "o rio" in lower case unless a name follows ("o Rio Tietê").

Tuned on the UNER Portuguese Bosque dev split.
"""

from __future__ import annotations

import functools
import re

COMPASS = (
    "Norte|Sul|Leste|Oeste|Nordeste|Noroeste|Sudeste|Sudoeste|Centro-Oeste|Centro-Sul|"
    "Oriente|Ocidente"
)
_COMPASS_REGION = re.compile(
    r"(?<![\w\-])(?:o|a|os|as|do|da|no|na|região)[ \t]+(?P<name>(?:" + COMPASS + r")"
    r"(?:[ \t]+[A-ZÀ-Þ][a-zà-ÿ]+)?)(?![\w\-])"
)
_SHORT_RIO = re.compile(
    r"(?<![\w\-])(?:[Oo]|[DdNnAa]o|[Pp]elo)[ \t]+(?P<name>Rio)(?![\w\-])"
    r"(?![ \t]+(?:[A-ZÀ-Þ]|d[eao]s?\b))"
)
_STATE_CODE = re.compile(r"(?<![\w\-])([A-Z]{2})(?![\w\-])")
# Portuguese locative prepositions and the article after a split "em" ("em o DF")
_LOCATIVE = re.compile(r"(?<![\w\-])(?:em|no|na|em[ \t]+o|em[ \t]+a)[ \t]+$")


@functools.cache
def brazil_state_codes() -> frozenset[str]:
    """The two-letter codes of Brazil's states and federal district (ISO 3166-2:BR)."""
    import pycountry

    return frozenset(s.code.split("-", 1)[1] for s in pycountry.subdivisions.get(country_code="BR"))


def compass_region_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Capitalised compass regions, "o Rio" and bracketed or located state codes in the
    Portuguese sentence ``text[start:end]``."""
    out = []
    for m in _COMPASS_REGION.finditer(text, start, end):
        words = text[max(start, m.start() - 30) : m.start()].split()[-2:]
        if words and words[-1] in ("de", "e"):
            words = words[:-1]  # "Cruzeiro de o Sul": look past the particle
        if words and words[-1][:1].isupper() and words[-1] != "Em":
            continue  # inside a capitalised name ("Cruzeiro de o Sul", "Rio Grande do Sul")
        out.append((m.start("name"), m.end("name")))
    out.extend((m.start("name"), m.end("name")) for m in _SHORT_RIO.finditer(text, start, end))
    codes = brazil_state_codes()
    for m in _STATE_CODE.finditer(text, start, end):
        if m.group(1) not in codes:
            continue
        bracketed = (
            text[m.start() - 1 : m.start()] == "("
            and text[m.end() : m.end() + 1] == ")"
            and text[max(0, m.start() - 3) : m.start() - 1].strip()[-1:].isalpha()
        )
        if bracketed or _LOCATIVE.search(text, max(start, m.start() - 8), m.start()):
            out.append((m.start(), m.end()))
    return out
