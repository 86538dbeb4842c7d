"""LAC NER on mostly-Han prose (``pii.han_ner``): names and places in Chinese chat are found in
either script, English never loads the model, Japanese and code with Chinese comments give no
names, the pass works as a Presidio recognizer, and it runs offline."""

from __future__ import annotations

import pytest

from transforms.config import detection_switch
from transforms.privacy.engine import detect
from transforms.privacy.pii import han_lac
from transforms.privacy.pii.han_entity_checks import name_like
from transforms.privacy.pii.han_ner import (
    _countries,
    han_sentences,
    han_spans,
    mostly_han,
    presidio_recognizer,
    sentence_entities,
)


def _found(text: str) -> set[tuple[str, str]]:
    return {
        (text[s.start : s.end], s.type) for s in detect(text) if s.type in ("PERSON", "LOCATION")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我叫王小明，住在杭州。", {("王小明", "PERSON"), ("杭州", "LOCATION")}),
        # traditional script: read through the t2s mapping, offsets unchanged
        ("我叫王小明，住在臺北。", {("王小明", "PERSON"), ("臺北", "LOCATION")}),
        # a transliterated foreign name split by a middle dot is one name
        ("奥巴马的助理科瑞·舒尔曼在周一写道。", {("科瑞·舒尔曼", "PERSON")}),
        # an English sentence around a Chinese one
        ("Thanks for the fix! 然后把结果发给张伟。", {("张伟", "PERSON")}),
    ],
)
def test_chinese_names_and_places(text, expected):
    assert expected <= _found(text)


def test_country_names_are_places_when_whole_words(monkeypatch):
    # LAC's words stubbed: a country called a person, one left a plain noun, a name holding one
    words = [(0, 2, "波兰", "PER"), (2, 5, "加拿大", "nz"), (5, 8, "卡达尔", "PER")]
    monkeypatch.setattr(han_lac, "words", lambda simple: iter(words))
    text = "波兰加拿大卡达尔"
    assert [(text[s:e], t) for s, e, t in sentence_entities(text)] == [
        ("波兰", "LOCATION"),
        ("加拿大", "LOCATION"),
        ("卡达尔", "PERSON"),  # 卡达 (Qatar, Taiwan name) inside it is not a place
    ]
    assert _countries().fullmatch("澳洲")  # a Taiwan name, in simplified script
    assert not _countries().match("美国人")  # a nationality


def test_english_text_never_loads_the_model(monkeypatch):
    def refuse():
        raise AssertionError("LAC loaded for text without Han characters")

    monkeypatch.setattr(han_lac, "models", refuse)
    assert ("Maria Garcia", "PERSON") in _found("I'm Maria Garcia and I live in Berlin.")
    assert han_spans(["The build failed on Windows.", "", "Вчера в Москве"]) == [[], [], []]


def test_japanese_is_left_alone():
    assert han_sentences("東京駅で田中さんに会いました。") == []
    assert han_spans(["東京駅で田中さんに会いました。"]) == [[]]


def test_switched_off(monkeypatch):
    detection_switch.cache_clear()
    monkeypatch.setenv("IW_HAN_NER", "0")
    assert han_spans(["我叫王小明，住在杭州。"]) == [[]]
    detection_switch.cache_clear()  # re-read by the next test


@pytest.mark.parametrize(
    "text",
    [
        # a fenced block with Chinese comments and strings
        "代码如下：\n```python\n# 获取用户 张伟 北京\nname = '王小明'\n```\n运行不了。",
        # inline code and a path in a Chinese sentence
        "函数 `getUserName` 返回 None，见 /home/zhang/project/main.py",
        # placeholders and code look-alikes
        "请把 <NAME> 和 {{city}} 替换成真实的值。",
        "调用 user_id 和 getUserName() 之后报错了。",
    ],
)
def test_code_and_placeholders_give_no_names(text):
    assert not _found(text)


def test_sentences_split_at_chinese_stops_and_skip_latin():
    text = "Run the tests first. 我在北京。你呢？ok"
    assert [text[a:b] for a, b in han_sentences(text)] == ["我在北京。", "你呢？"]


def test_mostly_han():
    assert mostly_han("我在北京")
    assert mostly_han("我用 Docker 部署")
    assert not mostly_han("北")  # one character
    assert not mostly_han("Please install the package and run it 好")
    assert not mostly_han("東京駅で会いました")  # kana: Japanese


@pytest.mark.parametrize("value", ["北京", "王小明", "科瑞·舒爾曼"])
def test_name_like(value):
    assert name_like(value)


@pytest.mark.parametrize("value", ["王", "张伟2", "user", "北京市" * 8])
def test_not_name_like(value):
    assert not name_like(value)


def test_presidio_recognizer(analyze_alone):
    recognizer = presidio_recognizer()
    assert recognizer.supported_language == "zh"
    text = "我叫王小明，住在杭州。"
    assert {("王小明", "PERSON"), ("杭州", "LOCATION")} <= analyze_alone(recognizer, "zh", text)


def test_offline(monkeypatch, no_network):
    monkeypatch.setattr(han_lac, "_models", None)  # load the model and OpenCC again, offline
    assert han_spans(["王小明住在杭州。"])[0]
