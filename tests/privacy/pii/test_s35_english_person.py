"""English PERSON in social and e-mail text: tokenised lists of names, given names that spaCy
reads as towns after a verb whose object is a person, owners of a life (resume, biography), names
after a title of rank (session 35)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect_batch
from transforms.privacy.pii.coordinated_names import people_in_lists
from transforms.privacy.pii.kin_names import kin_names
from transforms.privacy.pii.name_context import _COORDINATION, names_from_context
from transforms.privacy.pii.role_names import role_names
from transforms.privacy.spans import Span


def _values(text: str, kind: str = "PERSON") -> set[str]:
    return {text[s.start : s.end] for s in detect_batch([text])[0] if s.type == kind}


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # tokenised social text: a space before every comma (WNUT 2017, Broad Twitter Corpus)
        ("Vin , Dwayne , Ty , Luda , Jason & Michelle", ("Vin", "Michelle")),
        ("Coach Germano , Albin , Haines and Burrow each", ("Coach Germano", "Burrow")),
        ("Anna, Bea and Carl", ("Anna", "Carl")),  # the edited form is kept
    ],
)
def test_a_list_with_spaces_before_commas_is_one_coordination(text, members):
    m = _COORDINATION.search(text)
    assert m is not None
    assert (m.group(1), m.group(3)) == members


def test_an_unlisted_member_of_a_tokenised_list_of_names_is_a_person():
    text = "If you keep Vin , Dwayne , Ty , Luda , Jason & Michelle I will watch"
    spans = [
        Span(text.index(w), text.index(w) + len(w), "PERSON", 0.8, "spacy_ner")
        for w in ("Vin", "Dwayne", "Jason", "Michelle")
    ]
    out = names_from_context(text, spans)
    found = {text[s.start : s.end] for s in out if s.type == "PERSON"}
    assert "Luda" in found
    assert "Ty" not in found  # two letters: too short to take on company alone


def test_a_tokenised_list_of_things_adds_no_person():
    text = "Anna loves pizza , pasta , salad and Bea"
    spans = [
        Span(0, 4, "PERSON", 0.8, "spacy_ner"),
        Span(text.index("Bea"), len(text), "PERSON", 0.8, "spacy_ner"),
    ]
    out = names_from_context(text, spans)
    assert {text[s.start : s.end] for s in out if s.type == "PERSON"} == {"Anna", "Bea"}


def _place(text: str, word: str) -> list[Span]:
    start = text.index(word)
    return [Span(start, start + len(word), "LOCATION", 0.8, "spacy_ner")]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Go ahead and forward to Brant if you are ready.", "Brant"),  # a town and a given name
        ("Please send it to Elmira by Friday.", "Elmira"),
        ("follow up with chad tomorrow", "chad"),  # the lower-case rule it extends
    ],
)
def test_a_given_name_after_a_verb_whose_object_is_a_person_is_that_person(text, word):
    out = people_in_lists(text, _place(text, word))
    assert [s.type for s in out] == ["PERSON"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We flew to Jordan last week.", "Jordan"),  # a country, and no person verb
        ("Please forward it to Jordan by Friday.", "Jordan"),  # a country stays a place
        ("Forward to Houston for processing.", "Houston"),  # a big city, listed among cities
        ("I moved to Brant last year.", "Brant"),  # no verb whose object is a person
    ],
)
def test_places_after_other_words_or_countries_stay_places(text, word):
    out = people_in_lists(text, _place(text, word))
    assert [s.type for s in out] == ["LOCATION"]


def test_the_engine_finds_the_forwarded_to_person():
    assert "Brant" in _values("Go ahead and forward to Brant if you are ready.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ask him to get Sungjoo 's resume and start a file on him.", "Sungjoo"),
        ("A recurrent theme in Ferouzi's fiction.", "Ferouzi"),
        ("We went to Tamsin's funeral on Monday.", "Tamsin"),
    ],
)
def test_a_rare_word_before_a_persons_possession_is_a_person(text, name):
    start = text.index(name)
    out = kin_names(text, [])
    assert [(s.start, s.end, s.type) for s in out] == [(start, start + len(name), "PERSON")]


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Murph Archibald is Red Blount 's nephew by marriage.", "Red Blount", "PERSON"),
        ("after Paris's daughter was born", "Paris", "PERSON"),  # one person's relative
        ("London's death toll rose again.", "London", "LOCATION"),  # a big city's own
        ("Germany's career politicians", "Germany", "LOCATION"),  # a country stays
        ("Chester's biography section", "Chester", "PERSON"),
    ],
)
def test_a_spacy_place_before_a_persons_possession(text, word, kind):
    out = kin_names(text, _place(text, word))
    assert [s.type for s in out] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Siri's voice sounds odd today",  # assistants and devices have voices and faces
        "the Company's career page lists it",  # an everyday word
        "Today's birthday cake",
    ],
)
def test_everyday_owners_of_a_possession_stay_unflagged(text):
    assert kin_names(text, []) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Reading a quote from Lord Diplock and Browning:", "Diplock"),
        ("The protégé of Pope Damasus I, who died in 384", "Damasus"),
        ("The lesson was donated by the teacher Adz.", "Adz"),
        ("Making jokes about Lord Hanuman ? How could they ?", "Hanuman"),
    ],
)
def test_a_rare_name_after_a_title_of_rank_is_a_person(text, name):
    start = text.index(name)
    assert [(s.start, s.end, s.type) for s in role_names(text, [])] == [
        (start, start + len(name), "PERSON")
    ]


def test_an_unlisted_spacy_place_after_a_judge_is_the_judge():
    text = "Welcome our substitute justices, Judge Shanlyn Park and Judge Jim Kawashima."
    out = role_names(text, _place(text, "Shanlyn Park"))
    found = {text[s.start : s.end]: s.type for s in out}
    assert found == {"Shanlyn Park": "PERSON", "Jim Kawashima": "PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        "the biggest ship is the Queen Mary 2",  # a number after it: a ship
        'rename the bridge "The Emperor Norton Bridge".',  # a further capitalised word
        "President Emery Financial Group",  # a firm
        "Captain America was on tv",  # a listed country
        "Welcome to St. Thomas",  # "St." opens places and is no title here
    ],
)
def test_titles_before_things_and_places_add_no_person(text):
    assert [s for s in role_names(text, []) if s.type == "PERSON"] == []


def test_a_listed_town_after_a_title_of_rank_stays_a_place():
    text = "Prince George is a city in British Columbia."
    out = role_names(text, _place(text, "George"))
    assert [s.type for s in out] == ["LOCATION"]
