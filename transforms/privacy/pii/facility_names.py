"""Named buildings, streets and sites by the word for their kind, in German, Portuguese and
Danish sentences: "Mercado de Manuel Firmino", "Bairro de S. Tomé", "St. Michaelskapelle",
"Gendarmenmarkt", "Speditørvej" (issue 14).

The English spaCy model calls most of these a person (the name inside is often one) or misses
them; the gold of GermEval 2014, UNER Bosque and UNER DDT spans the whole name, kind word
included, as a place. Three shapes, each limited to its language:

- **Portuguese**: a capitalised noun for a kind of building or site (:data:`PT_HEADS`) at the
  start of the name, an optional "de"/"do"/"da" (Bosque writes "de o", "de a"), then one to
  four capitalised words or initials ("Palácio Galveias", "Vila de o João", "Bairro de
  S. Tomé"). Portuguese writes such names head first (Priberam, "toponímia";
  https://dicionario.priberam.org/toponímia).
- **German saints' places**: "St." or "Sankt" before a capitalised word ("St. Goar",
  "St. Veitskapelle", "St . Willibrord"): churches, chapels and towns named after a saint
  (Duden, "Sankt", https://www.duden.de/rechtschreibung/Sankt).
- **German town prefixes**: "Bad", "Neu", "Alt", "Groß", "Klein", "Ober", "Unter", "Nieder"
  or "Hohen" as a separate word before a capitalised word that is no noun or common word ("Bad
  Schussenried", "Neu Lübbenau"): official town names (Duden, "Bad",
  https://www.duden.de/rechtschreibung/Bad_Kurort).
- **German motorways**: "A" and a number after an article, "zur" or "Autobahn(en)", or after
  "und"/"bzw." joining an earlier one ("die A 6", "den Autobahnen A 2 und A 7"): the
  Bundesautobahn numbering (https://de.wikipedia.org/wiki/Liste_der_Bundesautobahnen_in_Deutschland).
- **Compounds whose head is the kind of place**: German "-markt", "-damm", "-ufer",
  "-denkmal", "-brunnen", "-kapelle" ("Gendarmenmarkt", "Schiffbauerdamm"), Danish "-gade",
  "-vej", "-stræde", "-torv", "-plads" ("Bådehavnsgade", "Speditørvej"; Danish street names,
  https://sproget.dk/raad-og-regler/typiske-problemer/store-og-sma-bogstaver): the word is a
  place when it is no plain noun or common word of the language (Wiktionary German nouns,
  wordfreq), so "Arbeitsmarkt", "Bahndamm" and "Hovedgade" stay words.

Tuned on the dev splits of GermEval 2014, UNER Bosque and UNER DDT.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.foreign_lists import common_word, is_function_word
from transforms.privacy.pii.foreign_words import german_noun

# Portuguese nouns for a kind of building or site that open its name (own list)
PT_HEADS = frozenset(
    """Bairro Mercado Palácio Palacio Igreja Estação Hotel Ponte Vale Praça Largo Rua Avenida
    Estádio Aeroporto Oceanário Aquário Convento Mosteiro Castelo Capela Torre Vila Cova Quinta
    Jardim Parque Serra Ilha""".split()  # noqa: SIM905
)
_PT_LINK = r"(?:(?:de|do|da|dos|das)(?:[ \t]+(?:o|a|os|as))?[ \t]+)"
_CAP = r"(?:[A-Z]\.|[A-ZÀ-Þ][\w'’]*(?:-[A-ZÀ-Þ\w][\w'’]*)*)"
_PT_NAME = re.compile(
    r"(?<![\w-])(?P<head>[A-ZÀ-Þ][a-zà-ÿ]+)[ \t]+"
    + _PT_LINK
    + r"?(?P<name>"
    + _CAP
    + r"(?:[ \t]+(?:"
    + _PT_LINK
    + r")?"
    + _CAP
    + r"){0,3})"
)
_SAINT = re.compile(r"(?<![\w-])(?:St[ \t]?\.|Sankt)[ \t]+[A-ZÄÖÜ][\wäöüß]+(?:-[A-ZÄÖÜ][\w]+)*")
_MOTORWAY = re.compile(
    r"(?:(?<![\w-])(?:der|die|den|zur|Autobahn|Autobahnen)[ \t]+|"
    r"(?<=\d)[ \t]+(?:und|bzw\.|oder)[ \t]+)(A[ \t]?[1-9]\d{0,2})(?![\w-])"
)
_TOWN_PREFIX = re.compile(
    r"(?<![\w-])(?:Bad|Neu|Alt|Groß|Klein|Ober|Unter|Nieder|Hohen)[ \t]+"
    r"([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?![\w-])"
)
_WORD = re.compile(r"(?<![\w\-])[A-ZÄÖÜÆØÅ][a-zäöüßæøå]+(?![\w\-])")
COMPOUND_HEADS: dict[str, tuple[str, ...]] = {
    "de": ("markt", "damm", "ufer", "denkmal", "brunnen", "kapelle"),
    "da": ("gade", "vej", "stræde", "torv", "plads"),
}
MIN_MODIFIER = 3


def _pt_name_words_ok(name: str) -> bool:
    words = [w for w in name.split() if w[:1].isupper()]
    first = words[0]
    return not (is_function_word(first, "pt") or (first.isupper() and len(first) > 2))


def _compound_place(word: str, lang: str) -> bool:
    low = word.lower()
    head = next((h for h in COMPOUND_HEADS[lang] if low.endswith(h)), None)
    if head is None or len(word) - len(head) < MIN_MODIFIER:
        return False
    if common_word(word, lang):
        return False
    if lang != "de":
        return True
    # the modifier must be a name too: "Kapital|markt", "Nord|kapelle" are words
    modifier = word[: -len(head)]
    bare = modifier[:-1] if modifier.endswith(("s", "n")) else modifier  # linking "s", "n"
    return not (
        german_noun(word)
        or any(german_noun(m, compounds=True) or common_word(m, "de") for m in (modifier, bare))
    )


def facility_spans(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Named buildings, streets and sites in the ``lang`` sentence ``text[start:end]``."""
    out: list[tuple[int, int]] = []
    if lang == "pt":
        for m in _PT_NAME.finditer(text, start, end):
            if m.group("head") in PT_HEADS and _pt_name_words_ok(m.group("name")):
                out.append((m.start(), m.end("name")))
    elif lang == "de":
        # from a little before the sentence: a splitter may end one after "St ."
        out.extend((m.start(), m.end()) for m in _SAINT.finditer(text, max(0, start - 5), end))
        out.extend(m.span(1) for m in _MOTORWAY.finditer(text, start, end))
        out.extend(
            m.span()
            for m in _TOWN_PREFIX.finditer(text, start, end)
            if not (german_noun(m.group(1)) or common_word(m.group(1), "de"))
        )
    if lang in COMPOUND_HEADS:
        for m in _WORD.finditer(text, start, end):
            if not any(a <= m.start() < b for a, b in out) and _compound_place(m.group(), lang):
                out.append((m.start(), m.end()))
    return out
