"""Which of LAC's persons and places in a Chinese sentence stand, and as what (:mod:`.han_ner`).

LAC tags words of context as names: a language ("博杰普尔语"), a part of a work's title, a
nationality ("法国人"), a people after a count ("1000名哈瑞迪"), common words it names only in
context ("联邦"), and a transliterated place as a person ("生于威斯特伐里亚普勒腾贝格").
:func:`judged` drops or retypes one entity on that evidence (the place evidence itself:
:mod:`~transforms.privacy.pii.han_places`).
"""

from __future__ import annotations

import re

from transforms.privacy.pii import han_lac, han_lexicon, han_places

MIN_ENTITY_CHARS = 2
MAX_ENTITY_CHARS = 20
NAME_DOTS = frozenset("·•‧・")
_ENTITY = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+(?:[·•‧・][\u3400-\u4dbf\u4e00-\u9fff]+)*")

# The end of a language's name ("博杰普尔语" Bhojpuri, "日語"): a language, not a person or place.
LANGUAGE_ENDS = frozenset("语語")
# Feature-type characters ending a place's name: river, mountain, lake, island, hall, pavilion,
# temple ("卡斯科奎姆河", "桑德斯山"). On a four-or-more-character PERSON the name is a
# transliterated place (a Chinese person's name is two or three characters: "孫中山").
PLACE_ENDS = frozenset("河山湖島岛堂亭寺")
MIN_PLACE_END_CHARS = 4
# The -ia of a region's name is written 亚 ("特兰西瓦尼亚" Transylvania, "摩尔达维亚" Moldavia).
# Five or more characters ending in it, with no name dot, are a region: a foreign person's name
# that long is a given and a family name, written with a dot between them ("玛丽亚·凯莉").
REGION_ENDS = frozenset("亚亞")
MIN_REGION_CHARS = 5
# a work's title between book-title marks (《我們是馬歇爾》 "We Are Marshall")
_WORK_TITLE = re.compile(r"《[^《》]*》")

# A count of people before a PERSON ("1000名哈瑞迪", "許多哈瑞迪男孩"): a kind of people (Haredim),
# not one person; a possessive after it names one ("三名张伟的同事").
_NUMERAL = "0-9〇一二三四五六七八九十百千万萬两兩几幾数數"
_COUNTED = re.compile(rf"(?:[{_NUMERAL}][名位个個]|[许許]多|很多|不少)$")
# Verbs of going or being born somewhere: what follows is a place ("生于威斯特伐里亚普勒腾贝格",
# "到达瑞芳"), a transliterated or small town LAC read as a person. Not 在 / 于 / 接近 alone
# ("在罗斯福的身体", "接近张三" take persons).
_PLACE_VERB = re.compile(r"(?:生[于於]|[到抵][达達]|前往|途[经經])$")
# LAC's word after a place that makes it a nationality or people ("法国|人", "中国|籍"); a
# longer word is something else ("香港|人气" popular in Hong Kong, "中国|人口" its population)
DEMONYM_WORDS = frozenset({"人", "籍"})
# A verb of saying right after a PERSON: a person, even when LAC reads the name alone as common
# words ("高明说", Gao Ming said) or a count precedes it.
_SAYS = re.compile(r"(?:说|說|表示|指出|认为|認為|称|稱|强调|強調|透露|告诉|告訴|回忆|回憶)")
# after "name + 人", words saying how that person is ("人呢" where is he, "人很好" he is kind)
_PERSON_HERE = frozenset("呢很不还還也都")
# a people's name before 人 ("塞尔柱人"); a Chinese name LAC cut short is shorter ("周化|人")
MIN_PEOPLE_CHARS = 3
# LAC's part-of-speech tags for common words (https://github.com/baidu/lac, its tag table):
# noun, verb, adjective, verbal / adjectival noun, adverb, locative word. An entity that LAC, read
# alone, splits into nothing but these ("联邦" n, "直立" v, "右龙" f+n) is a common phrase
# it named only in context; a lone locative ("间", f) or preposition is too short to judge.
COMMON_TAGS = frozenset({"n", "v", "a", "vn", "an", "ad", "d", "f"})
# common words a PERSON must split into to be a phrase ("右|龙" f+n), not a name that is a word
MIN_COMMON_NAME_WORDS = 2
# administrative and facility ends that LAC tags ``n`` alone ("北站", "碑记镇", "尾道市", "车城乡")
# LAC's tags of function words (adverb, particle, preposition, conjunction), which end no name
FUNCTION_TAGS = frozenset({"d", "u", "p", "c"})
# text after a PERSON's end read with its last characters by :func:`person_end`
TAIL_CHARS = 4
# one-character function words LAC runs into a name before them: of, once, also, then
SWALLOWED = frozenset("之曾亦乃")
ADMIN_ENDS = frozenset("站镇鎮市乡鄉县縣区區村省州岛島")


def work_titles(sentence: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the works' titles between book-title marks in ``sentence``."""
    return [m.span() for m in _WORK_TITLE.finditer(sentence)]


def judged(
    sentence: str,
    simple: str,
    entity: tuple[int, int, str],
    word_at: dict[int, str],
    titles: list[tuple[int, int]],
) -> tuple[int, int, str] | None:
    """``entity`` (``(start, end, type)`` in ``sentence``; ``simple`` is the sentence in
    simplified script, ``word_at`` LAC's words by start, ``titles`` :func:`work_titles`) as it
    stands, retyped or widened, or ``None`` when it is no person or place."""
    s, e, t = entity
    if t == "PERSON":
        e = person_end(simple, s, e)
    value = sentence[s:e]
    if not name_like(value) or value[-1] in LANGUAGE_ENDS:
        return None
    if any(a < s and e < b for a, b in titles):
        return None  # part of a work's title, not a person or place
    if han_lexicon.not_entity(simple[s:e], t):
        return None  # a dynasty or number word as a place, an organisation as a person
    if t == "LOCATION" and word_at.get(e) in DEMONYM_WORDS:
        return None  # "法国|人" a Frenchman, "中国|籍": a nationality (not "香港|人气")
    said = t == "PERSON" and bool(_SAYS.match(sentence, e))
    if t == "PERSON" and not said and _not_one_person(sentence, s, e):
        return None
    if not said and value[-1] not in ADMIN_ENDS and _common_phrase(simple[s:e], t):
        return None
    if t == "PERSON" and not said:
        return _person_or_place(sentence, simple, s, e)
    if t == "LOCATION":
        return s, han_places.generic_term_end(sentence, e), t  # "帖木儿" + "帝国": one place
    return s, e, t


def person_end(simple: str, start: int, end: int) -> int:
    """End of a PERSON LAC tagged at ``start:end`` of ``simple`` without the adverb it
    swallowed: a two-character word LAC, reading on past the name, tags as an adverb,
    particle, preposition or conjunction ("亚历山大先后|在"), or one of :data:`SWALLOWED`
    so tagged ("吴曾|任" Wu once served, "洛马纳·卢阿卢阿亦|曾", "陈安之|弟")."""
    for k in (2, 1):
        if end - start - k < MIN_ENTITY_CHARS:
            continue
        word, tag = next(iter(han_lac.models()[0].run(simple[end - k : end + TAIL_CHARS])))
        if len(word) == k and tag in FUNCTION_TAGS and (k == 2 or word in SWALLOWED):
            return end - k
    return end


def _not_one_person(sentence: str, start: int, end: int) -> bool:
    """A PERSON after a count of people ("1000名哈瑞迪"; not "三名张伟的同事", three of Zhang Wei's
    colleagues), or a transliteration of three or more characters before 人 ("塞尔柱人" the
    Seljuks; not "周化人", a name LAC cut short, nor "阿卜杜拉人呢"): a people's name."""
    after = sentence[end : end + 1]
    if _COUNTED.search(sentence[:start]) and after != "的":
        return True
    return (
        after == "人"
        and end - start >= MIN_PEOPLE_CHARS
        and sentence[end + 1 : end + 2] not in _PERSON_HERE
    )


def _person_or_place(sentence: str, simple: str, start: int, end: int) -> tuple[int, int, str]:
    """``(start, end, type)`` of a PERSON LAC tagged, retyped LOCATION (its generic term
    included) on a place's evidence: a feature character ending four or more characters, a verb
    of going before it, or :mod:`~transforms.privacy.pii.han_places`' foreign city names,
    translated generic terms and localisers after it."""
    value = sentence[start:end]
    generic_end = han_places.generic_term_end(sentence, end)
    if (
        generic_end > end
        or (len(value) >= MIN_PLACE_END_CHARS and value[-1] in PLACE_ENDS)
        or (len(value) >= MIN_REGION_CHARS and value[-1] in REGION_ENDS and name_undotted(value))
        or _PLACE_VERB.search(sentence[:start])
        or han_places.locative_after(sentence, end)
        or han_places.foreign_city(simple[start:end])
    ):
        return start, generic_end, "LOCATION"
    return start, end, "PERSON"


def _common_phrase(simple: str, etype: str) -> bool:
    """LAC, reading ``simple`` alone, tags it as common words only (:data:`COMMON_TAGS`), at
    least two of them or one that is not a locative. A PERSON must split into two or more: a
    name that is one word alone is still a name where LAC reads a person ("局长科米", Comey;
    "战略师班农", Bannon: 科米 and 班农 alone are ``n``)."""
    tags = han_lac.tags(simple)
    if etype == "PERSON" and len(tags) < MIN_COMMON_NAME_WORDS:
        return False
    return set(tags) <= COMMON_TAGS and tags != ["f"]


def name_undotted(value: str) -> bool:
    """No name dot (``·``) between parts of ``value``."""
    return not NAME_DOTS.intersection(value)


def name_like(value: str) -> bool:
    """Two to :data:`MAX_ENTITY_CHARS` Han characters (``·`` between parts allowed)."""
    return MIN_ENTITY_CHARS <= len(value) <= MAX_ENTITY_CHARS and bool(_ENTITY.fullmatch(value))
