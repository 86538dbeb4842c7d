"""@-replies, credits and sign-off names in developer prose; time zones and colours no places."""

from __future__ import annotations

import pytest

from transforms.privacy.pii.forum_names import forum_names
from transforms.privacy.pii.zone_colour_words import (
    css_colour_names,
    drop_zone_colour_places,
    zone_abbreviations,
)
from transforms.privacy.spans import Span


def _names(text: str, spans: list[Span] | None = None) -> list[str]:
    return [text[s.start : s.end] for s in forum_names(text, spans or []) if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("@dmitry can you modify your code and add a functionality?", "@dmitry"),
        ("Not that @driis wasn't on target but this is more powershelly", "@driis"),
        ("Thanks to @christopher for the above answer.", "@christopher"),
        ("Here is the result:\nThanks @jeremycg!", "@jeremycg"),
        ("SQL Server 2005.\nEDIT 1 @Martin", "@Martin"),
        ("@anna, that fixed it.", "@anna"),
        ("I should give credit to ladenedge and Marc Gravell who answered.", "ladenedge"),
        ("As mentioned in the comments by VKP, you cannot pull from the CASE.", "VKP"),
        ("As per Brenden's comment, MailGun are discontinuing POP3 support.", "Brenden"),
        ("linked in Tim J's answer.", "Tim J"),
        ("How do I fix this?\nThanks in advance,\nPradeep", "Pradeep"),
        ("I would be really happy :)\nmaxi", "maxi"),
        ("Any help is welcome.\nCheers,\nOwain.", "Owain"),
    ],
)
def test_forum_user_names_are_found(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Add @Override to the method.",
        "Use @Override(value) here.",
        "@param name the name of the user",
        "@deprecated use the new API instead",
        "@media screen and (max-width: 600px) hides it",
        "@keyframes spin rotates the icon",
        "npm install @types/node --save-dev",
        "@app.route('/') registers the view",
        "Decorate it with @staticmethod and call it.",
        "The value of parameter @resultado is never declared.",
        "Use the @SpringBootApplication annotation.",
        "Send it to bob@example.com today.",
        "credit to the docs for this one",
        "Thanks to Docker for the images.",
        "Does it work?\nThanks,\nproceed",
        "Run it again.\nThanks!\nOK",
        "@xyzzyq no prob",
        "@dmitry-pavliv/utils is the package",
    ],
)
def test_code_and_tool_look_alikes_stay(text: str) -> None:
    assert _names(text) == []


def test_handle_replaces_the_place_inside_it() -> None:
    text = "EDIT 1 @Martin"
    spans = forum_names(text, [Span(8, 14, "LOCATION", 0.85, "spacy_ner")])
    assert [(s.start, s.end, s.type) for s in spans] == [(7, 14, "PERSON")]


def test_handle_in_code_block_stays() -> None:
    text = "Try this:\n```\n@driis can you\n```\n"
    assert _names(text) == []


def test_zone_abbreviations_come_from_the_tz_database() -> None:
    zones = zone_abbreviations()
    assert {"CDT", "PST", "CEST", "JST", "UTC"} <= zones
    assert not {"US", "UK", "NYC", "AZ"} & zones


def test_css_colours_come_from_the_w3c_list() -> None:
    assert {"magenta", "teal", "navy", "rebeccapurple"} <= css_colour_names()


@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        ('How to convert "Thu Jun 5 10:59:10 CDT 2014" into datetime?', "CDT", False),
        ("I expected the points to be plotted in magenta here.", "magenta", False),
        ("We met in Magenta near Milan.", "Magenta", True),
        ("She moved to Phoenix, AZ last year.", "AZ", True),
        ("phones distributed in the US.", "US", True),
    ],
)
def test_time_zones_and_colours_are_no_places(text: str, value: str, kept: bool) -> None:
    start = text.index(value)
    span = Span(start, start + len(value), "LOCATION", 0.85, "spacy_ner")
    assert (drop_zone_colour_places(text, [span]) == [span]) is kept


def test_zone_colour_step_keeps_people() -> None:
    text = "Ask Magenta about it"
    span = Span(4, 11, "PERSON", 0.85, "spacy_ner")
    assert drop_zone_colour_places(text, [span]) == [span]
