"""Session 34: countries, provinces and named sites a name list or spaCy calls a person."""

from __future__ import annotations

from transforms.privacy.pii.region_people import regions_not_people
from transforms.privacy.spans import Span


def _retype(text: str, value: str, others: tuple[tuple[str, str], ...] = ()) -> str:
    start = text.index(value)
    spans = [Span(start, start + len(value), "PERSON", 0.8, "gazetteer")]
    for typ, other in others:
        o = text.index(other)
        spans.append(Span(o, o + len(other), typ, 0.8, "spacy_ner"))
    out = regions_not_people(text, sorted(spans, key=lambda s: s.start))
    return next(s.type for s in out if s.start == start)


def test_country_and_listed_region_become_places() -> None:
    assert _retype("Digital India was promoted even more in India; later", "India") == "LOCATION"


def test_given_name_region_needs_a_place_cue() -> None:
    assert _retype("Edmonton is the only part of Alberta where they won.", "Alberta") == "LOCATION"
    assert _retype("Like rural Alberta, Calgary was a clean sweep.", "Alberta") == "LOCATION"
    assert _retype("the United Conservative Party of Alberta.", "Alberta") == "LOCATION"
    assert _retype("concerts in Ennis, County Clare in 2004", "Clare") == "LOCATION"


def test_given_name_region_without_cue_stays_a_person() -> None:
    assert _retype("Alberta said she would come.", "Alberta") == "PERSON"
    assert _retype("I met Clare yesterday at lunch.", "Clare") == "PERSON"
    assert _retype("She came in with Alberta Smith today.", "Alberta") == "PERSON"


def test_titles_keep_people() -> None:
    assert _retype("We spoke to Dr Clare about it.", "Clare") == "PERSON"


def test_named_sites_become_places() -> None:
    assert _retype("He sang at Westminster Abbey in June.", "Westminster Abbey") == "LOCATION"
    assert _retype("a concert at the Sydney Opera House", "Sydney Opera House") == "LOCATION"
    assert _retype("a show at the Royal Festival Hall", "Royal Festival Hall") == "LOCATION"
    assert _retype("walks to Mount Edgcumbe Country Park", "Mount Edgcumbe Country Park") == (
        "LOCATION"
    )


def test_people_named_like_sites_stay_people() -> None:
    assert _retype("Edward Abbey wrote the book.", "Edward Abbey") == "PERSON"
    assert _retype("Stuart Hall reviewed it.", "Stuart Hall") == "PERSON"
    assert _retype("a film by Michael Bay", "Michael Bay") == "PERSON"


def test_code_look_alikes_untouched() -> None:
    # a lower-case identifier is never a site name
    assert _retype("call Stadium_config() then Ground", "Stadium_config") == "PERSON"


def test_nobility_and_surname_keep_people() -> None:
    assert _retype("John FitzGibbon, 2nd Earl of Clare", "Clare") == "PERSON"
    assert _retype("(Virginia Hey as the Delvian Priestess)", "Virginia") == "PERSON"


def test_polity_names_are_places() -> None:
    from transforms.privacy.pii.region_people import polity_names

    text = "the Kingdom of Judah rebelled; Crown Colony of Sarawak joined"
    j = text.index("Judah")
    out = polity_names(text, [Span(j, j + 5, "PERSON", 0.8, "spacy_ner")])
    assert [(text[s.start : s.end], s.type) for s in out] == [
        ("Kingdom of Judah", "LOCATION"),
        ("Crown Colony of Sarawak", "LOCATION"),
    ]
    assert polity_names("the united kingdom of code", []) == []


def test_polity_name_stops_before_a_closing_quote() -> None:
    from transforms.privacy.pii.region_people import polity_names

    text = "considered 'Dominion of Canada' champion"
    assert [text[s.start : s.end] for s in polity_names(text, [])] == ["Dominion of Canada"]


def test_region_that_is_a_surname_needs_a_cue() -> None:
    # "Amara" is an Ethiopian regional state and a surname
    assert _retype("Thanks, Amara, for the update.", "Amara") == "PERSON"
    assert _retype("They settled in Amara in May.", "Amara") == "LOCATION"


def test_recipient_and_longer_names_stay() -> None:
    assert _retype("I sent this to Mary last week.", "Mary") == "PERSON"
    assert _retype("how China Delight won number 1", "China") == "PERSON"
