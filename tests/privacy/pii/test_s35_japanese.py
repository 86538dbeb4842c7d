"""SudachiDict's part of speech completes GiNZA's NER on Japanese prose (``pii.ja_lexicon``):
a surname + given name, a whole address and a foreign city GiNZA leaves untagged are found, a
place of GiNZA's the dictionary reads as a person name becomes that person, while a dictionary
place inside a longer company or facility name and common nouns stay unflagged."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.ja_lexicon import retyped, token_type


def _found(text: str) -> set[tuple[str, str]]:
    return {
        (text[s.start : s.end], s.type) for s in detect(text) if s.type in ("PERSON", "LOCATION")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # surname + given name GiNZA's NER leaves alone
        (
            "清春の友人である木崎純は底抜けの馬鹿と称される性格で、戦いの際には毒を扱う。",
            ("木崎純", "PERSON"),
        ),
        # a surname alone that GiNZA labels a vocation
        (
            "鳥山は当初、則巻千兵衛を主役にしようと考えていたが、鳥嶋のアドバイスで変えた。",
            ("鳥嶋", "PERSON"),
        ),
        # a whole address SudachiDict holds as one place word (GiNZA: no entity)
        ("彌生書房は、東京都新宿区中町に所在する日本の出版社。", ("東京都新宿区中町", "LOCATION")),
        # a state and a city, adjacent place words, one place (GiNZA: a "Character")
        (
            "2010年8月1日、カリフォルニア州サンディエゴのスタジアムで開かれた。",
            ("カリフォルニア州サンディエゴ", "LOCATION"),
        ),
    ],
)
def test_dictionary_names_and_places(text, expected):
    assert expected in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # dictionary places inside company names are no location
        "東京電力と大阪ガスの決算が発表された。",
        # ordinary chat about code, no proper nouns
        "このエラーはメモリ不足が原因だと思います。設定を見直してください。",
        "テストが失敗したので、ログを確認してから再実行しました。",
    ],
)
def test_no_person_or_place(text):
    assert _found(text) == set()


def test_sudachi_tags():
    assert token_type("名詞-固有名詞-人名-姓") == "PERSON"
    assert token_type("名詞-固有名詞-地名-国") == "LOCATION"
    assert token_type("名詞-普通名詞-一般") is None


def test_place_read_as_person_name_only_that_way():
    runs = [(0, 3, "PERSON"), (5, 7, "LOCATION")]
    # GiNZA's place inside a person run: the person
    assert retyped(0, 2, "LOCATION", runs) == (0, 3, "PERSON")
    # GiNZA's person on a place word ("岡田" is both): GiNZA's reading stays
    assert retyped(5, 7, "PERSON", runs) == (5, 7, "PERSON")
