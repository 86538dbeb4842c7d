"""Four or more countries listed as parties are no places (``pii.country_lists``).

Sentences written anew in the style of the re3d dev split.
"""

from __future__ import annotations

from transforms.privacy.engine import detect
from transforms.privacy.pii.country_lists import drop_country_lists
from transforms.privacy.spans import Span


def _places(text: str, *names: str) -> list[Span]:
    return [
        Span(text.index(n), text.index(n) + len(n), "LOCATION", 0.85, "spacy_ner") for n in names
    ]


def _kept(text: str, spans: list[Span]) -> set[str]:
    return {text[s.start : s.end] for s in drop_country_lists(text, spans)}


def test_member_list_after_verb_dropped() -> None:
    text = "States that flew sorties in Libya include Norway, Italy, the Netherlands and Spain."
    spans = _places(text, "Libya", "Norway", "Italy", "Netherlands", "Spain")
    # the list goes; the place the sorties were flown in stays
    assert _kept(text, spans) == {"Libya"}


def test_list_opening_sentence_dropped() -> None:
    text = "Norway, Italy, Portugal and Spain signed the accord."
    assert _kept(text, _places(text, "Norway", "Italy", "Portugal", "Spain")) == set()


def test_three_countries_kept() -> None:
    text = "Partners include Norway, Italy and Spain."
    assert _kept(text, _places(text, "Norway", "Italy", "Spain")) == {"Norway", "Italy", "Spain"}


def test_speaker_trail_kept() -> None:
    text = "Before this job I visited Norway, Italy, Portugal and Spain."
    names = ("Norway", "Italy", "Portugal", "Spain")
    assert _kept(text, _places(text, *names)) == set(names)


def test_after_preposition_or_bracket_kept() -> None:
    text = "The clubs came from Norway, Italy, Portugal and Spain."
    names = ("Norway", "Italy", "Portugal", "Spain")
    assert _kept(text, _places(text, *names)) == set(names)
    text = "Four members (Norway, Italy, Portugal and Spain) voted."
    assert _kept(text, _places(text, *names)) == set(names)
    text = "Approved markets: Norway, Italy, Portugal and Spain."
    assert _kept(text, _places(text, *names)) == set(names)


def test_states_and_towns_never_count() -> None:
    text = "Offices include Ohio, Texas, Utah and Iowa."
    names = ("Ohio", "Texas", "Utah", "Iowa")
    assert _kept(text, _places(text, *names)) == set(names)


def test_end_to_end() -> None:
    text = (
        "Coalition nations which have conducted strikes in Iraq include Australia, Belgium, "
        "Canada, Denmark, France, the Netherlands, and the United States."
    )
    assert {text[s.start : s.end] for s in detect(text)} <= {"Iraq"}


def test_code_look_alike_untouched() -> None:
    text = "countries = ['Norway', 'Italy', 'Portugal', 'Spain']"
    spans = _places(text, "Norway", "Italy", "Portugal", "Spain")
    assert _kept(text, spans) == {"Norway", "Italy", "Portugal", "Spain"}
