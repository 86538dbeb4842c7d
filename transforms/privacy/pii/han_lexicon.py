"""Chinese words that are no person or place by jieba's dictionary (:mod:`.han_entity_checks`).

LAC tags some words as places or persons only from their context: a dynasty read as a place
("西晋", "北宋": LAC's ``LOC``), a number word ("三门", three gates), an organisation read as a
person ("苏联红军", the Red Army). jieba's dictionary (``dict.txt`` in PyPI ``jieba`` 0.42.1, MIT
licence; ~349,000 words, each with a frequency and a part-of-speech tag) lists such words with
the tag of their ordinary use: ``t`` time word, ``m`` numeral, ``nt`` organisation name.

Only those tags are kept (~20,000 words, read once per process on the first entity judged,
~0.4 s, 4 MB); jieba itself is never imported (its tokenizer is not used). The dictionary's other
tags are too loose to judge an entity with: it tags 城市 (city) ``ns`` and 文明 (civilisation)
``nr``, and 拿破仑 (Napoleon) ``n``.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path

# jieba's tags of words that no person or place is: time word, numeral
NOT_PLACE_TAGS = frozenset({"t", "m"})
# ... and organisation name, for a person
NOT_PERSON_TAGS = frozenset({"nt"})
_KEPT_TAGS = NOT_PLACE_TAGS | NOT_PERSON_TAGS
# one dictionary line, "word frequency tag", of a kept tag and two or more characters ("三门";
# a lone "三" is too short to be an entity anyway)
_ENTRY = re.compile(r"^(\S{2,}) \d+ (t|m|nt)$", re.MULTILINE)


def _dictionary_path() -> Path | None:
    """Where the installed ``jieba`` package's ``dict.txt`` is (its package is not imported)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "dict.txt"
    return path if path.is_file() else None


@functools.cache
def word_tags() -> dict[str, str]:
    """jieba's dictionary words (simplified script) whose tag is one of :data:`_KEPT_TAGS`."""
    path = _dictionary_path()
    if path is None:
        return {}
    text = path.read_text(encoding="utf-8")
    return {word: tag for word, tag in _ENTRY.findall(text)}


def not_entity(simple: str, etype: str) -> bool:
    """Whether jieba's dictionary lists ``simple`` (a whole entity, simplified script) as a word
    that no entity of ``etype`` is: a time word or numeral for a LOCATION ("西晋", "三门"), an
    organisation for a PERSON ("苏联红军")."""
    tag = word_tags().get(simple)
    if tag is None:
        return False
    return tag in (NOT_PLACE_TAGS if etype == "LOCATION" else NOT_PERSON_TAGS)
