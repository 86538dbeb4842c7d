"""Chinese prose, session 36 (``pii.han_ner``): a function word LAC ran into a person's name is
cut off (``han_entity_checks.person_end``), and touching places (an address named division by
division) are one place."""

from __future__ import annotations

import pytest

from transforms.privacy.pii.han_entity_checks import person_end
from transforms.privacy.pii.han_ner import sentence_entities


def _entities(text: str) -> set[tuple[str, str]]:
    return {(text[s:e], t) for s, e, t in sentence_entities(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an adverb of two characters (先后 one after the other) after the name
        ("亚历山大先后在格拉尼库斯河和伊苏斯击败波斯军队。", "亚历山大"),
        # 亦 (also) before 曾 (once)
        ("他的哥哥洛马纳·卢阿卢阿亦曾效力纽卡素。", "洛马纳·卢阿卢阿"),
        # 之 (of) before a kinship term
        ("将军呼延瑜击杀了陈安之弟陈集。", "陈安"),
    ],
)
def test_function_word_cut_from_person(text: str, name: str) -> None:
    persons = {value for value, t in _entities(text) if t == "PERSON"}
    assert name in persons
    assert not any(value.startswith(name) and value != name for value in persons)


@pytest.mark.parametrize("name", ["汉密尔顿", "毛泽东", "奥古斯都", "张伟"])
def test_person_end_keeps_names_ending_in_word_characters(name: str) -> None:
    simple = f"{name}在当时被视为英雄。"
    assert person_end(simple, 0, len(name)) == len(name)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("同义镇是中国黑龙江省齐齐哈尔市讷河市下辖的一个镇。", "中国黑龙江省齐齐哈尔市讷河市"),
        ("双井站位于北京市朝阳区，是一座地铁站。", "北京市朝阳区"),
        ("北京站是当时中国大陆规模最大的车站。", "中国大陆"),
    ],
)
def test_touching_places_are_one_place(text: str, place: str) -> None:
    places = {value for value, t in _entities(text) if t == "LOCATION"}
    assert place in places
    assert not any(value in place and value != place for value in places)


def test_places_apart_stay_apart() -> None:
    places = {v for v, t in _entities("他从上海和北京出发。") if t == "LOCATION"}
    assert places == {"上海", "北京"}


def test_a_country_after_a_place_starts_another() -> None:
    places = {v for v, t in _entities("拿破仑所率领的法国意大利方面军被打败。") if t == "LOCATION"}
    assert places == {"法国", "意大利"}
