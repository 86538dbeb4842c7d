"""Chinese prose, session 35 (``pii.han_ner``): names LAC reads alone as one common word stay
persons, transliterated foreign places LAC calls persons become places (GeoNames' Chinese city
names, translated generic terms, localisers, a country's name), peoples and nationalities before
人 / 籍 are dropped, and Latin-script names LAC tags PER are persons."""

from __future__ import annotations

import pytest

from transforms.privacy.pii import han_places
from transforms.privacy.pii.han_latin import latin_person
from transforms.privacy.pii.han_ner import sentence_entities


def _entities(text: str) -> set[tuple[str, str]]:
    return {(text[s:e], t) for s, e, t in sentence_entities(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name LAC reads alone as one common noun (科米 Comey, 班农 Bannon) stays a person
        ("特朗普解雇了联邦调查局局长科米。", {("特朗普", "PERSON"), ("科米", "PERSON")}),
        ("白宫首席战略师班农离职。", {("白宫", "LOCATION"), ("班农", "PERSON")}),
        # a verb of saying after a name keeps it a person
        ("高明说他明天来北京。", {("高明", "PERSON"), ("北京", "LOCATION")}),
        # GeoNames' Chinese name of a foreign city, not a person (Warsaw, Tortosa, Nuuk)
        ("波兰军队在华沙集结。", {("波兰", "LOCATION"), ("华沙", "LOCATION")}),
        ("托尔托萨是一座古城。", {("托尔托萨", "LOCATION")}),
        ("努克的经济以渔业为主。", {("努克", "LOCATION")}),
        # a city named like a person in Latin script stays a person (George, Hamilton)
        ("乔治是我的朋友。", {("乔治", "PERSON")}),
        ("汉密尔顿是美国开国元勋之一。", {("汉密尔顿", "PERSON"), ("美国", "LOCATION")}),
        # a translated generic term makes one place, generic included
        ("史旺森山脉位于南极洲。", {("史旺森山脉", "LOCATION"), ("南极洲", "LOCATION")}),
        ("帖木儿帝国在十五世纪衰落。", {("帖木儿帝国", "LOCATION")}),
        # persons LAC read inside a country's name
        ("特立尼达和多巴哥的官方语言是英语。", {("特立尼达和多巴哥", "LOCATION")}),
        # a people before 人; a short name LAC cut before 人 stays a person
        ("塞尔柱人在亚美尼亚发动进攻。", {("亚美尼亚", "LOCATION")}),
        ("周化人归国辅佐汪精卫。", {("周化", "PERSON"), ("汪精卫", "PERSON")}),
        # a nationality is no place; "人气" (popularity) after a place is another word
        ("发起人是一个法国人。", set()),
        ("这位法国人叫做皮埃尔。", {("皮埃尔", "PERSON")}),
        ("香港人气博客受邀参加。", {("香港", "LOCATION")}),
        # Latin-script names LAC tags PER; products and big cities are not persons
        ("Katherine昨天去了上海。", {("Katherine", "PERSON"), ("上海", "LOCATION")}),
        ("这个角色由演员Randy Quaid配音。", {("Randy Quaid", "PERSON")}),
        ("我用Docker部署了服务。", set()),
        ("我们在Paris见面。", set()),
        # traditional script, same rules on the same offsets
        ("波蘭軍隊在華沙集結。", {("波蘭", "LOCATION"), ("華沙", "LOCATION")}),
    ],
)
def test_sentence_entities(text: str, expected: set[tuple[str, str]]) -> None:
    assert _entities(text) == expected


def test_locative_after_a_name_says_place() -> None:
    assert han_places.locative_after("华沙附近", 2)
    assert han_places.locative_after("桑德斯山东南面", 4)
    assert not han_places.locative_after("张伟说", 2)


def test_foreign_city_names_leave_han_script_towns_and_person_names() -> None:
    assert han_places.foreign_city("华沙")
    assert not han_places.foreign_city("松本")  # a Japanese town's kanji, also a surname
    assert not han_places.foreign_city("乔治")  # George (South Africa), a given name
    assert not han_places.foreign_city("张伟")


def test_latin_person_needs_census_evidence() -> None:
    text = "他是Gamal al-Banna的哥哥，Youth Unit不是人。"
    start = text.index("Gamal")
    assert latin_person(text, start, start + 5) is None  # no census name in the run
    text = "由演员Riff Regan饰演"
    start = text.index("Regan")
    assert latin_person(text, start, start + 5) == (text.index("Riff"), start + 5)
    assert latin_person("我们在Paris见面", 3, 8) is None
