"""A PERSON in a list of places becomes a place (``transforms.privacy.pii.place_lists``).

Sentences written anew in the style of the re3d dev split.
"""

from __future__ import annotations

from transforms.privacy.pii.place_lists import places_in_lists
from transforms.privacy.spans import Span


def _spans(text: str, *members: tuple[str, str]) -> list[Span]:
    return [Span(text.index(v), text.index(v) + len(v), t, 0.85, "spacy_ner") for v, t in members]


def _types(text: str, spans: list[Span]) -> dict[str, str]:
    return {text[s.start : s.end]: s.type for s in spans}


def test_person_beside_place_in_list_is_place() -> None:
    text = "Talks covered the efforts for Mosul and Raqqah this spring."
    spans = _spans(text, ("Mosul", "LOCATION"), ("Raqqah", "PERSON"))
    assert _types(text, places_in_lists(text, spans))["Raqqah"] == "LOCATION"


def test_longer_list() -> None:
    text = "Strikes hit Aleppo, Daraya and Karabilah overnight."
    spans = _spans(text, ("Aleppo", "LOCATION"), ("Daraya", "PERSON"), ("Karabilah", "PERSON"))
    assert set(_types(text, places_in_lists(text, spans)).values()) == {"LOCATION"}


def test_people_stay() -> None:
    # a listed given name or surname keeps the person; so does any list holding one
    text = "She toured Paris and Nicole came along."
    spans = _spans(text, ("Paris", "LOCATION"), ("Nicole", "PERSON"))
    assert _types(text, places_in_lists(text, spans))["Nicole"] == "PERSON"
    text = "They met in London, Raqqah and John Smith."
    spans = _spans(text, ("London", "LOCATION"), ("Raqqah", "PERSON"), ("John Smith", "PERSON"))
    assert _types(text, places_in_lists(text, spans))["Raqqah"] == "PERSON"


def test_comma_alone_is_no_list() -> None:
    text = "In Turkey, Special Advisor Thames will speak."
    spans = _spans(text, ("Turkey", "LOCATION"), ("Special Advisor Thames", "PERSON"))
    assert _types(text, places_in_lists(text, spans))["Special Advisor Thames"] == "PERSON"


def test_clause_after_and_keeps_person() -> None:
    # "and" joins two clauses: the last member is the subject of a singular verb
    text = "He brought the player to Leicester and Tunchev hopes to keep him."
    spans = _spans(text, ("Leicester", "LOCATION"), ("Tunchev", "PERSON"))
    assert _types(text, places_in_lists(text, spans))["Tunchev"] == "PERSON"
