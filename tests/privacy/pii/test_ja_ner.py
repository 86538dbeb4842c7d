"""GiNZA NER on Japanese prose (``pii.ja_ner``): names and places in Japanese chat are found,
text without kana never loads the model (Chinese stays with LAC), code and placeholders give no
names, CLDR country names and ``・``-joined katakana names are completed, the pass is a Presidio
recognizer, switchable, and runs offline."""

from __future__ import annotations

import pytest

from transforms.config import detection_switch
from transforms.privacy.engine import detect
from transforms.privacy.pii import ja_ner
from transforms.privacy.pii.ja_ner import (
    _countries,
    _joined_name,
    entity_type,
    ja_sentences,
    ja_spans,
    japanese_sentence,
    presidio_recognizer,
)
from transforms.privacy.segments import code_regions


def _found(text: str) -> set[tuple[str, str]]:
    return {
        (text[s.start : s.end], s.type) for s in detect(text) if s.type in ("PERSON", "LOCATION")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "私の名前は田中太郎です。大阪に住んでいます。",
            {("田中太郎", "PERSON"), ("大阪", "LOCATION")},
        ),
        ("昨日、山田花子さんと京都で会いました。", {("山田花子", "PERSON"), ("京都", "LOCATION")}),
        # a foreign name in katakana, its parts joined by a middle dot, is one name
        (
            "ジョン・スミスはロンドンに住んでいる。",
            {("ジョン・スミス", "PERSON"), ("ロンドン", "LOCATION")},
        ),
        # an English sentence around a Japanese one
        ("Thanks! 佐藤さんに結果を送ってください。", {("佐藤", "PERSON")}),
    ],
)
def test_japanese_names_and_places(text, expected):
    assert expected <= _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a fenced block with Japanese comments and strings
        "コードは以下です：\n```python\n# ユーザー名を取得 田中太郎 東京\n"
        'name = "山田花子"\n```\n動きません。',
        # inline code and a path in a Japanese sentence
        "関数 `getUserName` が None を返します。/home/tanaka/project/main.py を見てください。",
        # placeholders and code look-alikes
        "<NAME> と {{city}} を実際の値に置き換えてください。",
        "user_id と getUserName() を呼んだ後にエラーになりました。",
        # languages are no places (a nationality's country is: test_s35_japanese_names)
        "友達とイタリア語を勉強している。",
    ],
)
def test_code_placeholders_and_nationalities_give_no_names(text):
    assert not _found(text)


def test_text_without_kana_never_loads_the_model(monkeypatch):
    def refuse():
        raise AssertionError("GiNZA loaded for text without kana")

    monkeypatch.setattr(ja_ner, "model", refuse)
    assert ("Maria Garcia", "PERSON") in _found("I'm Maria Garcia and I live in Berlin.")
    # Chinese (no kana) is LAC's, not GiNZA's
    assert ja_spans(["The build failed on Windows.", "", "我叫王小明，住在杭州。"]) == [[], [], []]
    # one kana word in an English line is no Japanese sentence
    assert ja_spans(["I said ありがとう to Maria in Berlin and we left."]) == [[]]


def test_sentences_split_at_japanese_stops_and_skip_latin():
    text = "Run the tests first. 東京に住んでいます。元気ですか？ok"
    assert [text[a:b] for a, b in ja_sentences(text)] == ["東京に住んでいます。", "元気ですか？"]


def test_japanese_sentence():
    assert japanese_sentence("専門は商法。")  # one kana is enough with Japanese letters
    assert japanese_sentence("Dockerでデプロイした")
    assert not japanese_sentence("右投右打。")  # no kana: may be Chinese
    assert not japanese_sentence("Please install the package and run it with ok の")


def test_spaceless_japanese_with_dots_is_prose_not_code():
    text = "合計2.6テラバイトに及ぶ内容は、ワシントンD.C.にある連合にも送られた。"
    assert code_regions(text) == []
    assert code_regions("config.yaml") != []  # a spaceless dotted token without kana stays code


@pytest.mark.parametrize(
    ("label", "value", "expected"),
    [
        ("Person", "田中太郎", "PERSON"),
        ("City", "大阪", "LOCATION"),
        ("Country", "ドイツ", "LOCATION"),
        ("Province", "北海道", "LOCATION"),
        ("Company", "トヨタ自動車", None),  # organisations are not in the vocabulary
        ("Station", "東京駅", None),  # nor facilities
        ("Date", "4月24日", None),
        ("Person", "C", None),  # one character
        ("Person", "12", None),  # no letter
    ],
)
def test_entity_type(label, value, expected):
    assert entity_type(label, value) == expected


def test_country_names():
    countries = _countries()
    assert countries.fullmatch("ドイツ")
    assert countries.fullmatch("日本")  # two kanji
    assert not countries.fullmatch("マリ")  # two katakana: a given name too
    assert not countries.match("ドイツ人")  # a nationality
    assert not countries.match("中国語")  # a language


def test_joined_katakana_name():
    text = "ロリック・カナが来日した。"
    assert _joined_name(text, 5, 7) == (0, 7)
    text = "山田・カナ"  # the part before is no katakana word: unchanged
    assert _joined_name(text, 3, 5) == (3, 5)
    assert _joined_name("田中太郎です", 0, 4) == (0, 4)  # kanji names are not widened


def test_switched_off(monkeypatch):
    detection_switch.cache_clear()
    monkeypatch.setenv("IW_JA_NER", "0")
    assert ja_spans(["田中太郎は大阪に住んでいます。"]) == [[]]
    detection_switch.cache_clear()  # re-read by the next test


def test_presidio_recognizer(analyze_alone):
    recognizer = presidio_recognizer()
    assert recognizer.supported_language == "ja"
    text = "私の名前は田中太郎です。大阪に住んでいます。"
    assert {("田中太郎", "PERSON"), ("大阪", "LOCATION")} <= analyze_alone(recognizer, "ja", text)


def test_offline(monkeypatch, no_network):
    monkeypatch.setattr(ja_ner, "_nlp", None)  # load the pipeline again, offline
    assert ja_spans(["田中太郎は大阪に住んでいます。"])[0]
