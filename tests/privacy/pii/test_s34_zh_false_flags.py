"""Chinese prose false flags (``pii.han_ner``, session 34): language names, work titles, counted
kinds of people and entities LAC alone reads as common words are dropped; transliterated feature
names are places; real persons and places around them are kept."""

from __future__ import annotations

import pytest

from transforms.privacy.pii import han_lac
from transforms.privacy.pii.han_ner import sentence_entities


def _entities(text: str) -> set[tuple[str, str]]:
    return {(text[s:e], t) for s, e, t in sentence_entities(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a language name LAC calls a person
        ("他会说博杰普尔语和印地语。", set()),
        # a name inside a work's title marks is the work, outside it the person
        ("我昨天看了《我们是马歇尔》这部电影。", set()),
        ("马歇尔昨天来到北京。", {("马歇尔", "PERSON"), ("北京", "LOCATION")}),
        # a transliterated river is a place; a three-character Chinese name ending in 山 a person
        (
            "卡斯科奎姆河流经阿拉斯加西南部。",
            {("卡斯科奎姆河", "LOCATION"), ("阿拉斯加", "LOCATION")},
        ),
        (
            "孙中山生于广东香山。",
            {("孙中山", "PERSON"), ("广东香山", "LOCATION")},  # touching places join (session 36)
        ),
        # a counted kind of people (Haredim), not a person; one named person kept
        ("有500名哈瑞迪参加了游行，许多哈瑞迪男孩也来了。", set()),
        ("张伟参加了游行。", {("张伟", "PERSON")}),
        ("三名张伟的同事来了。", {("张伟", "PERSON")}),
        # traditional script, same rules on the same offsets
        ("有500名哈瑞迪參加了遊行，張偉也來了。", {("張偉", "PERSON")}),
    ],
)
def test_chinese_false_flags(text, expected):
    assert _entities(text) == expected


def test_common_words_tagged_as_entities_are_dropped(monkeypatch):
    # LAC's in-context words stubbed: a common noun and a verb called places, a real place, and
    # an administrative name LAC reads alone as a plain noun
    text = "联邦直立杭州碑记镇"
    words = [(0, 2, "联邦", "LOC"), (2, 4, "直立", "LOC"), (4, 6, "杭州", "LOC")]
    words.append((6, 9, "碑记镇", "LOC"))
    monkeypatch.setattr(han_lac, "words", lambda simple: iter(words))
    assert _entities(text) == {("杭州碑记镇", "LOCATION")}  # touching places join (session 36)


def test_persons_after_verbs_of_going_are_places(monkeypatch):
    # LAC's words stubbed: a town read as a person after "到达", a person after "在" stays one
    text = "到达瑞芳在罗斯福"
    words = [(0, 2, "到达", "v"), (2, 4, "瑞芳", "PER"), (4, 5, "在", "p")]
    words.append((5, 8, "罗斯福", "PER"))
    monkeypatch.setattr(han_lac, "words", lambda simple: iter(words))
    assert _entities(text) == {("瑞芳", "LOCATION"), ("罗斯福", "PERSON")}
