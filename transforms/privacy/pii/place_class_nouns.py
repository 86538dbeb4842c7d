"""A name after the word for its kind of place: "Gemeinde Pflückuff", "Kloster Andechs",
"distrito de Braga", "byen Kräklingsbo" (issue 14).

German, Portuguese and Danish name a settlement, district or landmark by putting its proper
name right after the common noun for its kind ("die Gemeinde Natenstedt", "die Stationen Finch
und Sheppard", "a ilha de Sanzao"). The English spaCy model mostly calls such a name a person
or misses it. The noun settles it: the capitalised run after one of :data:`CLASS_NOUNS` (own
short lists of settlement, district and landmark words; Portuguese links it with "de"/"do"/"da")
is a LOCATION when its first word is no plain German noun, common word or function word of the
sentence's language. On GermEval 2014, UNER Bosque and DDT dev every such run the lists
matched was a gold place.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.foreign_lists import common_word, is_function_word
from transforms.privacy.pii.foreign_words import german_noun, is_place

CLASS_NOUNS: dict[str, frozenset[str]] = {
    "de": frozenset(
        """stadt städte kreisstadt hauptstadt großstadt gemeinde gemeinden marktgemeinde
        ortsgemeinde dorf dörfer ortsteil ortsteile ortschaft ortschaften stadtteil stadtteile
        weiler kloster burg schloss fluss insel kanton bezirk landkreis provinz flughafen
        station stationen bahnhof""".split()  # noqa: SIM905
    ),
    "pt": frozenset(
        """cidade cidades município municípios distrito ilha bairro região aldeia concelho
        freguesia povoação""".split()  # noqa: SIM905
    ),
    "da": frozenset("byen landsbyen øen kommunen sognet".split()),  # noqa: SIM905
}
# Portuguese links the noun and the name: "distrito de Braga", "ilha da Madeira", "de a"
_LINK_WORDS = r"(?:(?:de|do|da|dos|das)(?:[ \t]+(?:o|a|os|as))?[ \t]+)"
_LINK = re.compile(_LINK_WORDS + "?")
_LINK_BEFORE = re.compile(_LINK_WORDS + "$")
_NOUN_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]+)[ \t]+$")
_NAME_WORD = re.compile(r"[A-ZÀ-ÞĀ-Ž][\w'’]*(?:-[A-ZÀ-Þ\w][\w'’]*)*")
MAX_WORDS = 3


def class_noun_before(text: str, pos: int, lang: str) -> bool:
    """One of the ``lang`` words for a kind of place right before ``pos`` (across a Portuguese
    "de"/"do"/"da")."""
    nouns = CLASS_NOUNS.get(lang)
    if not nouns:
        return False
    head = text[max(0, pos - 40) : pos]
    if lang == "pt":
        m = _LINK_BEFORE.search(head)
        if m:
            head = head[: m.start()]
    m = _NOUN_BEFORE.search(head)
    return m is not None and m.group(1).lower() in nouns


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
    """Capitalised runs after a word for a kind of place in the ``lang`` sentence
    ``text[start:end]`` (module docstring)."""
    nouns = CLASS_NOUNS.get(lang)
    if not nouns:
        return []
    out = []
    for m in re.finditer(r"(?<![\w-])([^\W\d_]+)[ \t]+", text[:end]):
        if m.start() < start or m.group(1).lower() not in nouns:
            continue
        pos = _LINK.match(text, m.end()).end() if lang == "pt" else m.end()
        words = []
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
