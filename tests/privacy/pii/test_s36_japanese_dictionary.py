"""Japanese entities read against SudachiDict (``pii.ja_lexicon``, ``ja_ner``, session 36): a
GiNZA name that the dictionary holds only as a common noun is dropped, a person that is only a
place becomes a place, katakana names before an administrative word are places and before a
person's title persons. Sentences written for these tests."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii import ja_lexicon


def _found(text: str) -> set[tuple[str, str]]:
    return {
        (text[s.start : s.end], s.type) for s in detect(text) if s.type in ("PERSON", "LOCATION")
    }


@pytest.mark.parametrize(
    ("word", "etype", "expected"),
    [
        ("ヘッドコーチ", "PERSON", None),  # a common noun only
        ("衛視", "PERSON", None),
        ("山麓", "LOCATION", None),
        ("マドリード", "PERSON", "LOCATION"),  # a place reading, no person reading
        ("松本", "PERSON", "PERSON"),  # a surname that is a place too
        ("チュブコフ", "PERSON", "PERSON"),  # no dictionary word: GiNZA's reading stands
    ],
)
def test_dictionary_type(word, etype, expected):
    assert ja_lexicon.dictionary_type(word, etype) == expected


def test_place_prefix_and_surname():
    assert ja_lexicon.place_prefix("日本国内") == "日本"
    assert ja_lexicon.place_prefix("山麓") == ""
    text = "会議では副市長の王金華が挨拶した。"
    start = text.index("金華")
    assert ja_lexicon.surname_start(text, start) == start - 1
    # a kanji before the surname: inside a longer word, no name start
    assert ja_lexicon.surname_start("大黄金華", 2) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("来月はマドリードで会議がある。", ("マドリード", "LOCATION")),
        ("友人はトピカ市に住んでいる。", ("トピカ市", "LOCATION")),
        ("彼はジェレディ博士を訪ねた。", ("ジェレディ", "PERSON")),
        ("その報告書はパスケル兄弟が書いた。", ("パスケル", "PERSON")),
    ],
)
def test_found(text, expected):
    assert expected in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "彼は来季からチームのヘッドコーチに就任する。",
        "議事堂の入口には衛視が立っている。",
        "山麓には小さな村が点在している。",
        "彼女はアニメーション監督として知られる。",
    ],
)
def test_common_nouns_not_flagged(text):
    assert not _found(text)


def test_country_before_title_is_no_person():
    assert not any(t == "PERSON" for _v, t in _found("ロシア大統領が声明を出した。"))
