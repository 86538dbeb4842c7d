"""Places named by their shape in French, Italian and Spanish sentences, with no house number:

- a street-type word before a capitalised name ("rue Drouot", "boulevard Malesherbes", "quai de
  Queyriès", "place du Martray", "via Nazionale", "piazza Colonna", "calle de Alcalá"); the
  types are those of the national address standards (La Poste NF Z10-011 voie types, Italian
  "DUG" denominazione urbanistica generica, Spanish INE "tipo de vía"); own short lists;
- in French, a hyphenated saint's name ("Saint-Servan", "St-Lunaire", "Sainte-Anne"): French
  writes the saint himself unhyphenated ("saint Martin"), the hyphen makes the name of a town,
  parish, street or church (Imprimerie nationale, "Lexique des règles typographiques").
"""

from __future__ import annotations

import re

_TYPES = {
    "fr": "rue|avenue|boulevard|quai|place|impasse|allée|faubourg|square|cité|chemin",
    "it": "via|viale|piazza|piazzale|corso|vicolo|largo|lungomare",
    "es": "calle|avenida|plaza|paseo|glorieta|ronda",
}
_LINK = (
    r"(?:(?:de|du|des|de[ \t]+la|d['\u2019]|l['\u2019]|di|del|della|dei|degli|de[ \t]+los)[ \t]*)?"
)
_NAME = r"[A-Z\u00c0-\u00de][^\W\d_]+(?:-[^\W\d_]+)*"
_STREET = {
    lang: re.compile(rf"(?<![\w\-])(?i:{types})[ \t]+{_LINK}{_NAME}(?:[ \t]+{_LINK}{_NAME})*")
    for lang, types in _TYPES.items()
}
_SAINT = re.compile(rf"(?<![\w\-])(?:Saint|Sainte|St|Ste)-{_NAME}")


def romance_street_spans(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Street names and hyphenated saints' places in ``text[start:end]`` (module docstring)."""
    out = (
        [(m.start(), m.end()) for m in _STREET[lang].finditer(text, start, end)]
        if (lang in _STREET)
        else []
    )
    if lang == "fr":
        out.extend(
            (m.start(), m.end())
            for m in _SAINT.finditer(text, start, end)
            if not any(a <= m.start() < b for a, b in out)
        )
    return out
