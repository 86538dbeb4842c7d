"""Japanese foreign names and nationality words (``pii.ja_lexicon.joined_names``, ``ja_ner``):
a ``・``-joined katakana name whose first word is a dictionary person name is a PERSON whatever
GiNZA labelled it, the country inside a nationality word is a LOCATION, while languages,
nationalities of no country, katakana compounds and code stay unflagged."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect


def _found(text: str) -> set[tuple[str, str]]:
    return {
        (text[s.start : s.end], s.type) for s in detect(text) if s.type in ("PERSON", "LOCATION")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # GiNZA: Organization_Other; "グルントヴィ" is no dictionary word
        ("ニコライ・グルントヴィはデンマークの牧師である。", ("ニコライ・グルントヴィ", "PERSON")),
        # GiNZA: Show_Organization; both words person names
        ("指揮はロリン・マゼールが務めた。", ("ロリン・マゼール", "PERSON")),
        # three words, the middle one a person name
        ("カール・アブラハム・ピルが設計した。", ("カール・アブラハム・ピル", "PERSON")),
        # the country of a nationality word, not the whole word
        ("彼はイタリア人の建築家である。", ("イタリア", "LOCATION")),
        ("ポルトガル人の航海者が到達した。", ("ポルトガル", "LOCATION")),
        ("日本人として初めて優勝した。", ("日本", "LOCATION")),
    ],
)
def test_names_and_countries_found(text, expected):
    assert expected in _found(text)


def test_nationality_word_itself_is_not_the_span():
    assert ("イタリア人", "LOCATION") not in _found("彼はイタリア人の建築家である。")


@pytest.mark.parametrize(
    "text",
    [
        # a language, and a people that is no country
        "友達とイタリア語やドイツ語を勉強している。",
        "ユダヤ人の歴史について調べた。",
        # katakana compounds of plain nouns
        "ワールド・ソーラー・バイシクル・レースに出場した。",
        "スタンダップ・コメディアンとして活動している。",
        # katakana identifiers in code stay code
        "`ジョン・スミス` は変数名です。",
    ],
)
def test_no_name_or_place(text):
    assert not _found(text)
