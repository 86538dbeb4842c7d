"""A name after the word for its kind of place or a direction: "Gemeinde Pflückuff", "Kloster
Andechs", "distrito de Braga", "byen Kräklingsbo", "südlich von Locre" (issue 14).

German, Portuguese and Danish name a settlement, district or landmark by putting its proper
name right after the common noun for its kind ("die Gemeinde Natenstedt", "a ilha de Sanzao").
The English spaCy model mostly calls such a name a person or misses it. The noun settles it:
the capitalised run after one of :data:`CLASS_NOUNS` (own short lists of settlement, district
and landmark words; Portuguese links it with "de"/"do"/"da"), after a direction
(:data:`DIRECTION_CUES`: "südlich von", "Richtung", "nord for", "norte de"), or later in a list
opened so ("die Gemeinden Bedra und Braunsdorf", "die Dörfer Hokkala , Kumpula") is a LOCATION
when its first word is no plain German noun, common word or function word of the sentence's
language. On GermEval 2014, UNER Bosque and DDT dev nearly every such run was a gold place.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.foreign_lists import common_word, is_function_word
from transforms.privacy.pii.foreign_words import german_noun, is_place

CLASS_NOUNS: dict[str, frozenset[str]] = {
    "de": frozenset(
        """stadt städte kreisstadt hauptstadt großstadt gemeinde gemeinden marktgemeinde
        ortsgemeinde dorf dörfer ortsteil ortsteile ortschaft ortschaften stadtteil stadtteile
        weiler kloster burg schloss berg fluss insel kanton bezirk landkreis provinz flughafen
        station stationen bahnhof""".split()  # noqa: SIM905
    ),
    "pt": frozenset(
        """cidade cidades município municípios distrito ilha bairro região aldeia concelho
        freguesia povoação""".split()  # noqa: SIM905
    ),
    "da": frozenset("byen landsbyen øen kommunen sognet".split()),  # noqa: SIM905
}
# Heads of German compounds naming a kind of place ("Klosterkirche", "Weinbaugebiet")
GERMAN_CLASS_HEADS = (
    "kirche",
    "kapelle",
    "gemeinde",
    "gemeinden",
    "kraftwerk",
    "gebiet",
    "schlucht",
    "becken",
    "dorf",
    "stadt",
    "kloster",
    "pfarrei",
    "flughafen",
    "bahnhof",
    "kurort",
    "kurorte",
)
# Portuguese links the noun and the name: "distrito de Braga", "ilha da Madeira", "de a"
_LINK_WORDS = r"(?:(?:de|do|da|dos|das)(?:[ \t]+(?:o|a|os|as))?[ \t]+)"
_LINK = re.compile(_LINK_WORDS + "?")
_LINK_BEFORE = re.compile(_LINK_WORDS + "$")
_NOUN_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]+)[ \t]+$")
_NAME_WORD = re.compile(r"[A-ZÀ-ÞĀ-Ž][\w'’]*(?:-[A-ZÀ-Þ\w][\w'’]*)*")
MAX_WORDS = 3
# Names listed before the one at hand: "Gemeinden Bedra und Braunsdorf" (at most this many)
MAX_LISTED = 6
_JOINERS = frozenset({",", "und", "sowie", "og", "e"})
# Directions that put a place after them ("südlich von Locre", "in Richtung Modrava", "nord
# for Aarhus", "a norte de Braga"); own lists.
DIRECTION_CUES: dict[str, str] = {
    "de": r"(?i:\b(?:\w*(?:südlich|nördlich|östlich|westlich)(?:[ \t]+von)?|richtung)[ \t]+$)",
    "da": r"(?i:\b(?:nord|syd|øst|vest)[ \t]+for[ \t]+$)",
    "pt": r"(?i:\b(?:norte|sul|leste|oeste)[ \t]+de[ \t]+$)",
}


def class_noun_before(text: str, pos: int, lang: str) -> bool:
    """One of the ``lang`` words for a kind of place, or a direction cue, right before ``pos``
    (across a Portuguese "de"/"do"/"da"), or before a list of names that ends there ("die
    Gemeinden Bedra und Braunsdorf", "die Dörfer Hokkala , Kumpula")."""
    nouns = CLASS_NOUNS.get(lang)
    if not nouns:
        return False
    head = text[max(0, pos - 160) : pos]
    if _cue_at_end(head, lang, nouns):
        return True
    toks = head.replace(",", " , ").split()
    i = len(toks)
    for _ in range(MAX_LISTED):  # step back over "<Name> ," / "<Name> und"
        if i == 0 or toks[i - 1].lower() not in _JOINERS:
            return False
        i -= 1
        for _ in range(MAX_WORDS):
            if i == 0 or not toks[i - 1][:1].isupper():
                break
            i -= 1
            if _cue_at_end(" ".join(toks[:i]) + " ", lang, nouns):
                return True
    return False


def _cue_at_end(head: str, lang: str, nouns: frozenset[str]) -> bool:
    if re.search(DIRECTION_CUES[lang], head) is not None:
        return True
    if lang == "pt":
        m = _LINK_BEFORE.search(head)
        if m:
            head = head[: m.start()]
    m = _NOUN_BEFORE.search(head)
    if m is None:
        return False
    word = m.group(1).lower()
    if word in nouns:
        return True
    if lang != "de":
        return False
    # a compound whose head is a kind of place ("Dorfkirche", "Atomkraftwerk", "Kirchengemeinden")
    return word.endswith(GERMAN_CLASS_HEADS)


def name_word_ok(word: str, lang: str) -> bool:
    """``word`` may open a place name in ``lang``: no function word, common word or (German)
    plain noun, unless listed as a place."""
    if is_function_word(word, lang) or word.isupper():
        return False
    # plain nouns only: town names look like compounds ("Weitingen", "Natenstedt")
    if lang == "de" and german_noun(word) and not is_place(word, lang="de"):
        return False
    return not common_word(word, lang) or is_place(word, lang=lang)


def class_noun_spans(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Capitalised runs after a word for a kind of place or a direction in the ``lang``
    sentence ``text[start:end]`` (module docstring)."""
    if lang not in CLASS_NOUNS:
        return []
    out: list[tuple[int, int]] = []
    for m in _NAME_WORD.finditer(text, start, end):
        if (out and m.start() < out[-1][1]) or not class_noun_before(text, m.start(), lang):
            continue
        pos, words = m.start(), []
        while len(words) < MAX_WORDS:
            w = _NAME_WORD.match(text, pos)
            if w is None or w.end() > end or not name_word_ok(w.group(), lang):
                break
            words.append(w)
            pos = w.end() + 1
            if text[w.end() : w.end() + 1] not in (" ", "\t"):
                break
        if words:
            out.append((words[0].start(), words[-1].end()))
    return out
