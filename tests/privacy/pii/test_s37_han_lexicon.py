"""Chinese prose, session 37 (``pii.han_lexicon``): a LAC place that jieba's dictionary lists as
a time word or numeral (a dynasty, "three gates"), or a LAC person it lists as an organisation,
is no entity; places, stations and names around them stay."""

from __future__ import annotations

import pytest

from transforms.privacy.pii import han_lexicon
from transforms.privacy.pii.han_ner import sentence_entities


def _entities(text: str) -> set[tuple[str, str]]:
    return {(text[s:e], t) for s, e, t in sentence_entities(text)}


def test_dictionary_is_installed_and_small() -> None:
    tags = han_lexicon.word_tags()
    assert 10_000 < len(tags) < 40_000
    assert set(tags.values()) <= {"t", "m", "nt"}


@pytest.mark.parametrize(
    ("text", "dropped", "kept"),
    [
        # dynasties LAC reads as places; the capital and the founder stay
        (
            "公元265年司马炎创立西晋，定都洛阳。",
            "西晋",
            {("司马炎", "PERSON"), ("洛阳", "LOCATION")},
        ),
        ("北宋的都城是开封，后来迁到杭州。", "北宋", {("开封", "LOCATION"), ("杭州", "LOCATION")}),
        # traditional script is judged in simplified characters
        ("西晉建都洛陽。", "西晉", {("洛陽", "LOCATION")}),
        # a numeral (three gates) LAC tags LOC
        ("城墙南面有三门，东西各一门，通往西安。", "三门", {("西安", "LOCATION")}),
        # an army (organisation) LAC tags PER; the person before it stays
        ("在斯大林的观点中，苏联红军是最优秀的军队。", "苏联红军", {("斯大林", "PERSON")}),
    ],
)
def test_dictionary_words_are_no_entities(
    text: str, dropped: str, kept: set[tuple[str, str]]
) -> None:
    found = _entities(text)
    assert not any(value == dropped for value, _t in found)
    assert kept <= found


def test_station_and_person_stay() -> None:
    # 北京站 is an organisation in jieba's dictionary, yet a place where LAC tags LOC
    assert {("北京站", "LOCATION"), ("张伟", "PERSON")} <= _entities("1998年他在北京站遇见了张伟。")


@pytest.mark.parametrize(
    ("word", "etype", "expected"),
    [
        ("西晋", "LOCATION", True),
        ("三门", "LOCATION", True),
        ("苏联红军", "PERSON", True),
        # look-alikes that must stand
        ("北京", "LOCATION", False),
        ("张伟", "PERSON", False),
        ("联合国", "LOCATION", False),  # an organisation, but only persons are judged on nt
        ("西晋", "PERSON", False),  # time words are judged for places only
        ("拿破仑", "PERSON", False),  # jieba tags it n: that tag is too loose to judge with
    ],
)
def test_not_entity(word: str, etype: str, expected: bool) -> None:
    assert han_lexicon.not_entity(word, etype) is expected
