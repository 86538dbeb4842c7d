"""PERSON and LOCATION in Japanese prose, read by GiNZA's spaCy pipeline (issue 14).

Neither the English spaCy model nor LAC (``han_ner``, which leaves any sentence with kana alone)
reads Japanese. Here a prose sentence with kana (:func:`japanese_sentence`) goes to GiNZA
(https://github.com/megagonlabs/ginza; PyPI ``ja-ginza`` 5.3.0, MIT, the model in the wheel),
a spaCy pipeline on the SudachiPy tokenizer with the SudachiDict core dictionary (Apache-2.0, in
the ``sudachidict-core`` wheel); only its ``tok2vec`` and ``ner`` components run. Its NER labels
follow Sekine's extended named-entity hierarchy (``Person``, ``City``, ``Country``, ...):
:data:`PERSON_LABELS` become PERSON and :data:`PLACE_LABELS` LOCATION; organisations, products,
facilities, dates and the rest are not in our vocabulary and are dropped.
Its tokens carry SudachiDict's part of speech: person-name and place-name words GiNZA's NER
leaves untagged are added, a place of GiNZA's the dictionary reads as a person name becomes
that person, and an entity the dictionary holds only as a common noun is dropped
(:mod:`~transforms.privacy.pii.ja_lexicon`).

- Only prose reaches it: sentences come from :func:`~transforms.privacy.segments.prose_pieces`
  (code, inline code, URLs and paths masked out), cut further at Japanese sentence ends
  (``。！？``). A sentence needs :data:`MIN_KANA` kana and a :data:`MIN_JA_SHARE` of its letters
  in Japanese script (kana or kanji): a kana word in an English line is no Japanese sentence.
- A text with no kana costs one regex search: spaCy's ``ja_ginza`` (~3 s, ~290 MB on disk with
  the dictionary) is loaded lazily, once per process, on the first Japanese sentence.
- All Japanese sentences of a batch go through one ``nlp.pipe``; a sentence longer than
  :data:`MAX_CHARS` is cut into windows (Sudachi refuses very long input).
- :func:`presidio_recognizer` gives the same detection as a Presidio ``EntityRecognizer``
  (language ``ja``); the engine calls :func:`ja_spans` on whole batches.
- ``IW_JA_NER=0`` (``Settings.ja_ner``) switches the pass off.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
from collections.abc import Sequence
from typing import Any

from transforms.privacy.pii.ja_lexicon import (
    PEERAGE,
    dictionary_type,
    joined_names,
    lexicon_entities,
    place_part,
    place_prefix,
    retyped,
    runs,
    suffixed_places,
    surname_start,
    titled_names,
)
from transforms.privacy.pii.ja_unknown_names import subject_names
from transforms.privacy.spans import Span

log = logging.getLogger(__name__)

# hiragana and katakana letters (not the prolonged-sound mark or the middle dot alone)
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u31f0-\u31ff]")
_JAPANESE = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff]")
_LETTER = re.compile(r"[^\W\d_]")
# a Japanese sentence ends at a full-width stop, exclamation or question mark
_CLAUSE = re.compile(r"[^。！？!?]+[。！？!?]*")
MIN_KANA = 1
MIN_JA_SHARE = 0.3
MAX_CHARS = 1000
SCORE = 0.85
MIN_ENTITY_CHARS = 2
MAX_ENTITY_CHARS = 40
PERSON_LABELS = frozenset({"Person"})
# a nationality word ("イタリア人"): its country is a place, as ner_wikipedia_ja's gold marks it
NATIONALITY_SUFFIX = "人"
# Sekine's hierarchy: GPE and geographic locations (not facilities, stations or roads)
PLACE_LABELS = frozenset(
    {
        "Country",
        "Province",
        "County",
        "City",
        "GPE_Other",
        "Domestic_Region",
        "Continental_Region",
        "Region_Other",
        "Geological_Region_Other",
        "Island",
        "Mountain",
        "River",
        "Lake",
        "Sea",
        "Bay",
    }
)
# a katakana word (foreign names are written in katakana, their parts joined by "・")
_KATAKANA_WORD = "[\u30a1-\u30fa\u30fc]+"
_NAME_BEFORE = re.compile(f"(?:{_KATAKANA_WORD}[・=＝])+$")
_NAME_AFTER = re.compile(f"(?:[・=＝]{_KATAKANA_WORD})+")
_ALL_KATAKANA = re.compile(f"{_KATAKANA_WORD}(?:[・=＝]{_KATAKANA_WORD})*")
_ALL_KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
# the components GiNZA's NER does not need (its ``ner`` listens to ``tok2vec`` only)
_EXCLUDE = [
    "parser",
    "attribute_ruler",
    "morphologizer",
    "compound_splitter",
    "bunsetu_recognizer",
]

_lock = threading.Lock()
_nlp: Any = None


def enabled() -> bool:
    """Whether the pass runs (``IW_JA_NER``, read once per process)."""
    from transforms.config import detection_switch

    return detection_switch("ja_ner")


def model() -> Any:
    """GiNZA's spaCy pipeline (``tok2vec`` + ``ner``), loaded once per process on first use."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                import spacy

                _nlp = spacy.load("ja_ginza", exclude=_EXCLUDE)
                log.info("Japanese NER model: GiNZA (ja_ginza)")
    return _nlp


def japanese_sentence(sentence: str) -> bool:
    """At least :data:`MIN_KANA` kana, and a :data:`MIN_JA_SHARE` of letters Japanese."""
    if len(_KANA.findall(sentence)) < MIN_KANA:
        return False
    return len(_JAPANESE.findall(sentence)) >= MIN_JA_SHARE * len(_LETTER.findall(sentence))


def ja_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the Japanese prose sentences of ``text`` (windows of at most
    :data:`MAX_CHARS`)."""
    from transforms.privacy.pii.script_recognizers import script_clauses

    return [
        (w, min(w + MAX_CHARS, e))
        for s, e in script_clauses(text, _KANA, _CLAUSE, japanese_sentence)
        for w in range(s, e, MAX_CHARS)
    ]


@functools.cache
def _countries() -> re.Pattern[str]:
    """Country and territory names in Japanese from CLDR (babel's ``ja`` locale; a bracketed
    qualifier dropped), longest first: a katakana name needs three characters ("マリ" is a
    given name too), a kanji name two ("日本", "中国")."""
    from babel import Locale

    names = set()
    for code, name in Locale.parse("ja").territories.items():
        name = re.sub(r"\(.*?\)", "", name)
        if code.isalpha() and (len(name) >= 3 or (len(name) == 2 and _ALL_KANJI.fullmatch(name))):
            names.add(name)
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # not a nationality, a language or a style ("ドイツ人", "中国語", "日系", "米国製")
    return re.compile(f"(?:{alternatives})(?![人語系製籍])")


def _joined_name(sentence: str, start: int, end: int) -> tuple[int, int]:
    """A katakana person name widened over the parts ``・`` joins to it ("ロリック・" + "カナ")."""
    if not _ALL_KATAKANA.fullmatch(sentence, start, end):
        return start, end
    before = _NAME_BEFORE.search(sentence, 0, start)
    after = _NAME_AFTER.match(sentence, end)
    return (before.start() if before else start), (after.end() if after else end)


def _nationality_countries(doc: Any, countries: re.Pattern[str]) -> list[tuple[int, int, str]]:
    """The countries of the nationality words of ``doc`` (SudachiDict holds "イタリア人" as one
    word, GiNZA labels it ``Nationality``, ``Country`` or part of a ``Position_Vocation``) as
    LOCATION; none for a nationality that is no CLDR country name ("ユダヤ人")."""
    out: list[tuple[int, int, str]] = []
    for tok in doc:
        country = tok.text.removesuffix(NATIONALITY_SUFFIX)
        if country != tok.text and countries.fullmatch(country):
            out.append((tok.idx, tok.idx + len(country), "LOCATION"))
    return out


def _dictionary_reading(
    sentence: str, start: int, end: int, etype: str
) -> tuple[int, int, str | None]:
    """A GiNZA entity as SudachiDict reads it (:func:`~transforms.privacy.pii.ja_lexicon.
    dictionary_type`): a person widened over a lone kanji surname before it, a common noun dropped
    (``None``) unless it is built on a place ("日本国内": "日本"), a person that is only a place
    a LOCATION."""
    if etype == "PERSON" and sentence.startswith(PEERAGE, end):
        return start, end, etype  # a peer named after a place: "ハリファックス" + "伯爵"
    if etype == "PERSON":
        start = surname_start(sentence, start)
    word = sentence[start:end]
    dtype = dictionary_type(word, etype)
    if dtype is None and etype == "LOCATION" and (head := place_prefix(word)):
        return start, start + len(head), etype
    return start, end, dtype


def sentence_entities(sentence: str, doc: Any) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` of the persons and places in one Japanese sentence: GiNZA's
    entities (:func:`entity_type`; a katakana person widened over its ``・`` parts, a person that
    is a country name a place, the country of a nationality word), ``・``-joined foreign names
    and dictionary names (:mod:`~transforms.privacy.pii.ja_lexicon`), plus CLDR country names it
    left untagged that are whole tokens of its segmentation (not inside a longer word)."""
    countries = _countries()
    found: list[tuple[int, int, str]] = []
    lexicon = runs(doc)
    nationalities = _nationality_countries(doc, countries)
    for ent in doc.ents:
        etype = entity_type(ent.label_, ent.text)
        if etype is None:
            continue
        start, end, etype = _dictionary_reading(sentence, ent.start_char, ent.end_char, etype)
        if etype is None:
            continue
        start, end, etype = retyped(start, end, etype, lexicon)
        if etype == "PERSON" and countries.fullmatch(ent.text):
            etype = "LOCATION"
        elif etype == "PERSON" and start == ent.start_char and (place := place_part(ent)):
            (start, end), etype = place, "LOCATION"
        elif etype == "PERSON":
            start, end = _joined_name(sentence, start, end)
        found.append((start, end, etype))
    ours = PERSON_LABELS | PLACE_LABELS
    for start, end, etype in joined_names(doc) + titled_names(doc) + subject_names(doc, ours):
        if not any(s < end and start < e for s, e, _ in found):
            found.append((start, end, etype))
    for start, end, etype in lexicon_entities(doc, lexicon, found, ours):
        if etype == "PERSON":
            start, end = _joined_name(sentence, start, end)
        found.append((start, end, etype))
    for start, end, etype in suffixed_places(doc):
        if all(start <= s and e <= end for s, e, _ in found if s < end and start < e):
            found = [f for f in found if not (f[0] < end and start < f[1])]
            found.append((start, end, etype))
    # the country, not the whole word, when GiNZA took "ポルトガル人" for a place
    found = [f for f in found if not any(s < f[1] and f[0] < e for s, e, _ in nationalities)]
    found += nationalities
    starts = {t.idx for t in doc}
    ends = {t.idx + len(t) for t in doc}
    for m in countries.finditer(sentence):
        if m.start() not in starts or m.end() not in ends:
            continue
        if not any(s < m.end() and m.start() < e for s, e, _ in found):
            found.append((m.start(), m.end(), "LOCATION"))
    return sorted(found)


def entity_type(label: str, value: str) -> str | None:
    """PERSON / LOCATION for GiNZA's ``label`` on ``value``, or ``None`` (not ours, too short or
    too long to be a name, or no letter at all)."""
    etype = "PERSON" if label in PERSON_LABELS else "LOCATION" if label in PLACE_LABELS else None
    if etype is None or not MIN_ENTITY_CHARS <= len(value) <= MAX_ENTITY_CHARS:
        return None
    return etype if _LETTER.search(value) else None


def ja_spans(texts: Sequence[str]) -> list[list[Span]]:
    """PERSON/LOCATION spans GiNZA finds in the Japanese prose of each text."""
    out: list[list[Span]] = [[] for _ in texts]
    if not enabled():
        return out
    pieces = [(i, a, b) for i, text in enumerate(texts) for a, b in ja_sentences(text)]
    if not pieces:
        return out
    docs = model().pipe(texts[i][a:b] for i, a, b in pieces)
    for (i, a, b), doc in zip(pieces, docs, strict=True):
        for s, e, etype in sentence_entities(texts[i][a:b], doc):
            out[i].append(Span(a + s, a + e, etype, SCORE, "ja_ner"))
    return out


def presidio_recognizer() -> Any:
    """This pass as a Presidio ``EntityRecognizer`` for language ``ja`` (PERSON, LOCATION)."""
    from transforms.privacy.pii.script_recognizers import span_recognizer

    return span_recognizer(
        "JaNerRecognizer",
        "ja",
        ja_spans,
        "GiNZA persons and places in Japanese prose (:mod:`ja_ner`).",
    )
