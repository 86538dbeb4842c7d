"""Persons and places GiNZA's NER leaves untagged, read from SudachiDict's part of speech.

GiNZA's tokenizer is SudachiPy with the SudachiDict core dictionary, so each token of the doc
``ja_ner`` already has carries Sudachi's part of speech in ``tag_`` (no second pipeline):
proper nouns are ``名詞-固有名詞-人名-{姓,名,一般}`` (surname, given name, other person name) and
``名詞-固有名詞-地名-{一般,国}`` (place, country), SudachiDict's UniDic-style part-of-speech
system (https://github.com/WorksApplications/SudachiDict, https://clrd.ninjal.ac.jp/unidic/).
GiNZA's statistical NER misses many of them (a surname alone, a full address the dictionary holds
as one word, a foreign city) or gives them a label we drop (an address read as ``Date``). Here:

- a run of adjacent person-name tokens ("木崎" + "純") is a PERSON, widened like GiNZA's katakana
  persons over the ``・`` parts joined to it;
- a run of adjacent place-name tokens ("カリフォルニア州" + "サンディエゴ") is a LOCATION;
- a foreign name of ``・``-joined katakana words ("ニコライ" + "グルントヴィ") whose first word is
  a dictionary person name and whose other words are person names or plain nouns (a name the
  dictionary lacks is read as one) is a PERSON, whatever GiNZA called it ("ロリン・マゼール",
  ``Show_Organization``): given names come first in these names, and an organisation or product
  named after a person ends in a word of another kind ("ウルグ・ベク・マドラサ" still passes, a
  ``Company`` "カーチス・エアロプレーン" does not: プレーン is an adjectival noun);
- unless the run overlaps a person or place already found, or lies inside a longer entity GiNZA
  labelled otherwise (a company "東京電力", a facility "東京駅", a team): there the dictionary word
  names something that is not a person or place.

GiNZA's own entities are checked against every reading the dictionary holds for the word
(``Dictionary.lookup``, not only the one its tokenizer chose, :func:`readings`): a word with
readings but no proper-noun one is a common noun ("ヘッドコーチ", "山麓"), a person with a place
reading and no person reading is a place ("マドリード"). Katakana words before an administrative
word are a place ("トピカ" + "市"), before a person's title a person ("ジェレディ" + "博士").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

PERSON_TAG = "名詞-固有名詞-人名"
PLACE_TAG = "名詞-固有名詞-地名"
PLAIN_NOUN_TAG = "名詞-普通名詞-一般"
PROPER_TAG = "名詞-固有名詞"
SURNAME_TAG = "名詞-固有名詞-人名-姓"
NAME_JOINER = "・"
MIN_CHARS = 2
# ranks of nobility after a title's place name (earl, duke, marquess, viscount, baron, lord)
PEERAGE = ("伯爵", "公爵", "侯爵", "子爵", "男爵", "卿")
# words after a person's name: doctor, brothers, president, prime minister, Mr/Ms, player,
# director, professor, Mrs, general, king, emperor, member of parliament, chairman, admiral
PERSON_TITLES = frozenset(
    {
        "博士",
        "兄弟",
        "姉妹",
        "大統領",
        "首相",
        "氏",
        "選手",
        "監督",
        "教授",
        "夫人",
        "将軍",
        "国王",
        "皇帝",
        "議員",
        "会長",
        "提督",
        "元帥",
        "少将",
        "中将",
        "大将",
        "司令官",
    }
)
# administrative words after a place's name (city, town, village, state, prefecture, district,
# ward, region), read as separate words by Sudachi
ADMIN_SUFFIXES = frozenset({"市", "町", "村", "州", "県", "郡", "区", "地区", "地方"})
_KATAKANA = re.compile("[\u30a1-\u30fa\u30fc]+")
_KANJI = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")


def token_type(tag: str) -> str | None:
    """PERSON / LOCATION for a Sudachi part of speech, else ``None``."""
    if tag.startswith(PERSON_TAG):
        return "PERSON"
    if tag.startswith(PLACE_TAG):
        return "LOCATION"
    return None


@functools.cache
def _dictionary() -> Any:
    """SudachiDict core, the dictionary GiNZA's tokenizer reads (memory-mapped, opened once)."""
    from sudachipy import Dictionary

    return Dictionary(dict="core")


@functools.cache
def readings(word: str) -> frozenset[str]:
    """The parts of speech SudachiDict holds for ``word`` as one entry ("-"-joined, ``*``
    dropped), empty when it is no dictionary word (a name it lacks, a compound)."""
    return frozenset(
        "-".join(p for p in m.part_of_speech() if p != "*") for m in _dictionary().lookup(word)
    )


def common_word(word: str) -> bool:
    """A dictionary word with no proper-noun reading ("衛視", "アニメーション")."""
    tags = readings(word)
    return bool(tags) and not any(t.startswith(PROPER_TAG) for t in tags)


def dictionary_type(word: str, etype: str) -> str | None:
    """What the dictionary says of an entity GiNZA labelled ``etype``: ``None`` for a dictionary
    word with no proper-noun reading ("衛視" a guard, "ヘッドコーチ", "山麓" a mountain foot: a
    common noun GiNZA took for a name), LOCATION for a PERSON with a place reading and no person
    reading ("マドリード", "石鎚山"; surnames that are places, "松本", keep their 人名 reading),
    else ``etype``."""
    tags = readings(word)
    if common_word(word):
        return None
    place = any(t.startswith(PLACE_TAG) for t in tags)
    if etype == "PERSON" and place and not any(t.startswith(PERSON_TAG) for t in tags):
        return "LOCATION"
    return etype


def place_prefix(word: str) -> str:
    """The longest head of ``word`` (two characters or more) the dictionary holds as a place:
    "日本" of "日本国内", "関東" of "関東圏" (common nouns built on a place); "" when none."""
    for end in range(len(word) - 1, MIN_CHARS - 1, -1):
        if any(t.startswith(PLACE_TAG) for t in readings(word[:end])):
            return word[:end]
    return ""


def surname_start(sentence: str, start: int) -> int:
    """``start - 1`` when a lone kanji surname stands right before ``start`` ("の" + "王" + "金華":
    a Chinese name whose one-character surname GiNZA left out), else ``start``."""
    if start < 1 or not _KANJI.fullmatch(sentence[start - 1]):
        return start
    if start >= 2 and _KANJI.fullmatch(sentence[start - 2]):
        return start
    return start - 1 if SURNAME_TAG in readings(sentence[start - 1]) else start


def retyped(
    start: int, end: int, etype: str, runs: list[tuple[int, int, str]]
) -> tuple[int, int, str]:
    """A place of GiNZA's that the dictionary reads as a person name ("荒尾" + "岳", a surname and
    a given name; "トムソン"): the person run that holds it, else the entity as it is. Not the
    other way: most Japanese surnames are place names too ("岡田", "福井"), and there GiNZA's
    reading of the context beats the dictionary's place reading."""
    if etype == "LOCATION":
        for s, e, rtype in runs:
            if s <= start and end <= e and rtype == "PERSON":
                return s, e, rtype
    return start, end, etype


def runs(doc: Any) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` of the runs of adjacent same-type proper-noun tokens."""
    runs: list[tuple[int, int, str]] = []
    for tok in doc:
        etype = token_type(tok.tag_)
        if etype is None:
            continue
        start, end = tok.idx, tok.idx + len(tok)
        if runs and runs[-1][1] == start and runs[-1][2] == etype:
            runs[-1] = (runs[-1][0], end, etype)
        else:
            runs.append((start, end, etype))
    return runs


def _katakana(tok: Any) -> bool:
    return tok is not None and bool(_KATAKANA.fullmatch(tok.text))


def _person_name(words: list[Any], after: Any) -> bool:
    """Whether ``・``-joined ``words`` are a name: two or more, the first a dictionary person
    name, the others person names or plain nouns, and no katakana word right ``after`` the last
    (that continues a compound: "エアロ" + "プレーン")."""
    if len(words) < 2 or token_type(words[0].tag_) != "PERSON":
        return False
    if _katakana(after) and after.i == words[-1].i + 1:
        return False
    return all(token_type(w.tag_) == "PERSON" or w.tag_ == PLAIN_NOUN_TAG for w in words[1:])


def _joined(doc: Any, last: Any, tok: Any) -> bool:
    """Whether ``tok`` follows the word ``last`` across one ``・``."""
    return last.i == tok.i - 2 and doc[tok.i - 1].text == NAME_JOINER


def _katakana_runs(doc: Any) -> Iterator[tuple[list[Any], Any]]:
    """``(words, after)`` for each run of ``・``-joined katakana words of ``doc``, ``after`` the
    token that ends the run (``None`` at the end of the doc; not always right after the last word:
    a trailing ``・`` may lie between)."""
    words: list[Any] = []
    for tok in [*doc, None]:
        if tok is not None and tok.text == NAME_JOINER and words and words[-1].i == tok.i - 1:
            continue
        if _katakana(tok) and (not words or _joined(doc, words[-1], tok)):
            words.append(tok)
            continue
        if words:
            yield words, tok
        words = [tok] if _katakana(tok) else []


def _next_to(words: list[Any], after: Any) -> bool:
    return after is not None and after.i == words[-1].i + 1


def joined_names(doc: Any) -> list[tuple[int, int, str]]:
    """``(start, end, "PERSON")`` of the ``・``-joined katakana names of ``doc``
    (:func:`_person_name`)."""
    return [
        (words[0].idx, words[-1].idx + len(words[-1]), "PERSON")
        for words, after in _katakana_runs(doc)
        if _person_name(words, after)
    ]


def titled_names(doc: Any) -> list[tuple[int, int, str]]:
    """``(start, end, "PERSON")`` of katakana names right before a person's title ("ジェレディ" +
    "博士", "ビル・クリントン" + "大統領", "パスケル" + "兄弟"): a name the dictionary may lack
    entirely; none whose words have a place reading ("ロシア" + "大統領") or are common words
    ("アニメーション" + "監督")."""
    return [
        (words[0].idx, words[-1].idx + len(words[-1]), "PERSON")
        for words, after in _katakana_runs(doc)
        if _next_to(words, after)
        and after.text in PERSON_TITLES
        and not any(PLACE_TAG in r for w in words for r in readings(w.text))
        and not any(common_word(w.text) for w in words)
        and token_type(words[0].tag_) != "LOCATION"
    ]


def place_part(ent: Any) -> tuple[int, int] | None:
    """``(start, end)`` of the place words of a GiNZA PERSON ``ent`` that holds place-name tokens
    and no word with a person-name reading ("アルゼンチン" of "アルゼンチン最南端", "ワシントン" of
    "ワシントンD.C."), else ``None``."""
    types = [token_type(t.tag_) for t in ent]
    if "PERSON" in types or "LOCATION" not in types:
        return None
    # a surname or given name that is a place too ("岡田", "ワシントン", "ヘンリー") stays a person
    if any(PERSON_TAG in r for t in ent for r in readings(t.text)):
        return None
    # a peer named after a place ("ハリファックス伯爵") is a person
    if any(t.text in PEERAGE for t in ent.doc[ent.start : ent.end + 1]):
        return None
    places = [t for t, typ in zip(ent, types, strict=True) if typ == "LOCATION"]
    return places[0].idx, places[-1].idx + len(places[-1])


def suffixed_places(doc: Any) -> list[tuple[int, int, str]]:
    """``(start, end, "LOCATION")`` of ``・``-joined katakana words followed by an administrative
    suffix word ("トピカ" + "市", "トゥエンテ" + "地方", "ノヴィ・サド" + "市"): a foreign town or
    region whatever GiNZA called it (a sports team, a person, nothing)."""
    return [
        (words[0].idx, after.idx + len(after), "LOCATION")
        for words, after in _katakana_runs(doc)
        if _next_to(words, after) and after.text in ADMIN_SUFFIXES
    ]


def lexicon_entities(
    doc: Any, lexicon: list[tuple[int, int, str]], found: list[tuple[int, int, str]], ours: set[str]
) -> list[tuple[int, int, str]]:
    """The runs (``lexicon``, from :func:`runs`) of ``doc`` that no span of ``found`` overlaps and
    no longer GiNZA entity with a label outside ``ours`` contains."""
    others = [(e.start_char, e.end_char) for e in doc.ents if e.label_ not in ours]
    out: list[tuple[int, int, str]] = []
    for start, end, etype in lexicon:
        if end - start < MIN_CHARS:
            continue
        if any(s < end and start < e for s, e, _ in found):
            continue
        if any(s <= start and end <= e and e - s > end - start for s, e in others):
            continue
        out.append((start, end, etype))
    return out
