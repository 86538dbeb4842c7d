"""Session 31 precision rules for edited English prose: a lower-case everyday word is no name
(``pii.edited_prose``), a listed given name spaCy tags as a place after a cue of where one is
(``pii.gazetteer_places``), capitalised contract terms ("Loan Payment"), "Attn", river names, a
bare "X's name" cue before a verb, nationality words in place lists
(``pii.news_places``).

Sentences written anew in the style of the dev splits (re3d, sec_filings, gum_train, wikigold);
the ``detect`` cases need the spaCy model, like the other NER tests.
"""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.edited_prose import edited_sentence, everyday_lowercase_entity
from transforms.privacy.pii.gazetteer_places import travel_place


def typed(text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start : s.end]) for s in detect(text) if s.type != "SECRET"}


@pytest.mark.parametrize(
    ("sentence", "edited"),
    [
        ("Winning this campaign will take time and patience, the minister said.", True),
        ("The remaining walls are in dire need of repair.", True),
        ("i saw kevin at the mall and he said hi", False),  # chat: lower-case "i"
        ("Watching the game with sarah tonight", False),  # no end mark
        ("Great day with @sarah at the beach.", False),  # handle
        ("Short one.", False),  # too short to tell
    ],
)
def test_edited_sentence(sentence: str, edited: bool) -> None:
    assert edited_sentence(sentence) is edited


def test_everyday_word_needs_edited_prose_and_frequency() -> None:
    edited = "Winning this campaign will take time and patience, the minister said."
    assert everyday_lowercase_entity("patience", edited)
    # a given name social posts write in lower case is rarer than an everyday word
    assert not everyday_lowercase_entity("michael", "We watched the montage of michael again.")
    assert not everyday_lowercase_entity("patience", "take time and patience lol")
    assert not everyday_lowercase_entity("Patience", edited)  # capitalised: spaCy decides
    assert not everyday_lowercase_entity("al", edited)  # particles are too short


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Defeating the militants will take time and patience but it is a fight we must win.",
            "patience",
        ),
        ("The remaining parts of the structure are in dire need of conservation.", "dire"),
        ("The hymn was sung at my first church service as governor.", "sung"),
        ("The city's name reflects its history as a town reborn from the ashes.", "reflects"),
    ],
)
def test_everyday_words_unflagged(text: str, word: str) -> None:
    assert not any(v == word for _, v in typed(text))


def test_lower_case_names_in_chat_kept() -> None:
    assert ("PERSON", "tomáš prokeš") in typed("it's under my partner's name tomáš prokeš")
    assert ("PERSON", "jaroslav zakharov") in typed("my name is jaroslav zakharov")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Born in Peace River country in Alberta, she studied law.", "Alberta"),
        ("Digby is an electoral district in Nova Scotia, Canada.", "Nova Scotia"),
        ("The Cagots were known as Caquins in Brittany.", "Brittany"),
    ],
)
def test_given_name_place_after_cue(text: str, place: str) -> None:
    found = typed(text)
    assert ("PERSON", place) not in found
    assert ("LOCATION", place) in found


def test_travel_place_not_a_possessive_name() -> None:
    text = "Lukaku scored again, this time from Eden Hazard's assist."
    start = text.index("Eden")
    assert not travel_place(text, start, start + len("Eden Hazard"), ["Eden", "Hazard"])
    text = "She moved from Alberta last year."
    start = text.index("Alberta")
    assert travel_place(text, start, start + len("Alberta"), ["Alberta"])
    assert ("PERSON", "Eden Hazard") in typed(
        "Lukaku scored a third goal, this time from Eden Hazard's assist."
    )


def test_given_names_without_cue_stay_people() -> None:
    assert ("PERSON", "Heather") in typed("I had lunch with Heather in Paris.")


@pytest.mark.parametrize(
    "text",
    [
        "2 EXHIBIT B Loan Payment / Term Loan Advance Request Form",
        "an amount equal to the initial Loan Factor for each Equipment Advance",
        "China Attn: Legal Department Phone: +86 10 6250 1658",
    ],
)
def test_contract_terms_are_no_people(text: str) -> None:
    assert not any(t == "PERSON" for t, _ in typed(text))


def test_listed_surnames_after_ambiguous_given_names_stay() -> None:
    assert ("PERSON", "Buddy Rich") in typed("I love Buddy Rich and his band.")
    assert ("PERSON", "May Allah") in typed("Happy birthday! May Allah bless you always.")


def test_river_is_a_place() -> None:
    found = typed("The facility is on the east bank of the James River in Newport News.")
    assert ("LOCATION", "James River") in found
    assert ("PERSON", "James River") not in found


def test_nationality_words_are_no_places() -> None:
    found = typed("Hammond welcomes agreement between Iraqi and Kurdistan Regional governments.")
    assert not any(v == "Iraqi" for _, v in found)
    assert ("LOCATION", "US") in typed("The US-Mexico border is long.")


def test_code_look_alike_untouched() -> None:
    # identifiers in code are never read by NER, whatever the sentence shape
    text = "Run this:\n```python\npatience = time.sleep(5)\nsung = True\n```\nIt works."
    assert not typed(text)
