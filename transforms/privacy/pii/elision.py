"""French and Italian elision before a name: an article or preposition written onto the next
word with an apostrophe ("l'Italie", "d'Angleterre", "jusqu'à", Italian "dell'Italia",
"nell'Europa"). The name starts after the apostrophe, and the elided word says which
preposition stands before it ("d'" is "de", "nell'" is "in").

Forms from the grammars of elision (Académie française, "Élision",
https://www.dictionnaire-academie.fr/article/QDL025; Treccani, "elisione",
https://www.treccani.it/enciclopedia/elisione_(Enciclopedia-dell'Italiano)/); own short lists.
"""

from __future__ import annotations

import re

ELIDING_LANGUAGES = frozenset({"fr", "it"})
# elided word (lower case) -> the preposition it stands for; "" for an article, which passes the
# question to the word before it ("de l'Italie", "à l'Algérie")
_ELIDED = {
    "fr": {"d": "de", "l": "", "jusqu": "à"},
    "it": {"d": "di", "l": "", "dell": "del", "nell": "in", "all": "a", "dall": "da", "sull": "su"},
}
_PREFIX = re.compile(r"([^\W\d_]{1,5})['\u2019](?=[A-Z\u00c0-\u00de])")
_BEFORE = re.compile(r"(?:(?<![\w'\u2019])([^\W\d_]+)[ \t]+)?([^\W\d_]{1,5})['\u2019]$")


def _elided(word: str, lang: str) -> str | None:
    """The preposition an elided ``word`` stands for ("" for an article), else ``None``. Only
    lower-case forms and sentence-initial "L'": "D'Angelo", "O'Brien" are surnames."""
    if not word.islower() and word != "L":
        return None
    return _ELIDED.get(lang, {}).get(word.lower())


def name_offset(tok: str, lang: str) -> int:
    """Where the name inside ``tok`` starts: after an elided article or preposition
    ("l'Italie" -> 2, "dell'Europa" -> 5), else 0."""
    m = _PREFIX.match(tok)
    if lang not in ELIDING_LANGUAGES or m is None or _elided(m.group(1), lang) is None:
        return 0
    return m.end()


def elided_preposition(text: str, pos: int, lang: str) -> str | None:
    """The preposition before the name at ``pos`` when it is elided onto it ("d'Italie" ->
    "de"; "de l'Italie" -> "de", the word before the article), else ``None``."""
    if lang not in ELIDING_LANGUAGES:
        return None
    m = _BEFORE.search(text, max(0, pos - 30), pos)
    if m is None:
        return None
    prep = _elided(m.group(2), lang)
    if prep == "":  # an article: the preposition is the word before it, if any
        return (m.group(1) or "").lower() or None
    return prep


def after_article(text: str, pos: int, lang: str) -> bool:
    """An elided article before the word at ``pos`` ("l'Hermine", "l'Argonne"): French and
    Italian put no article before a person's name, so the word is a thing or a place."""
    if lang not in ELIDING_LANGUAGES:
        return False
    m = _BEFORE.search(text, max(0, pos - 30), pos)
    return m is not None and _elided(m.group(2), lang) == ""
