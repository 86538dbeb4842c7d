"""Display names their own mail address spells ('"McGilloway, Vangie" <Vangie.McGilloway@...>')."""

from __future__ import annotations

from transforms.privacy.engine import POST_STEPS
from transforms.privacy.pii.mailbox_names import mailbox_names
from transforms.privacy.spans import Span


def _found(text: str, spans: list[Span] | None = None) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in mailbox_names(text, spans or [])]


def test_quoted_surname_given_display_name_is_a_person() -> None:
    text = '"McGilloway, Vangie" <Vangie.McGilloway@powersrc.com> wrote:'
    assert _found(text) == [("McGilloway, Vangie", "PERSON")]


def test_bare_display_name_and_middle_initial() -> None:
    assert _found("cc: Mary J. Smith <mary.smith@example.org>") == [("Mary J. Smith", "PERSON")]
    text = "Contact Dana Kirsch <dana_kirsch@example.org> today"
    assert _found(text) == [("Dana Kirsch", "PERSON")]  # "Contact" is not in the address


def test_partial_ner_spans_are_replaced_by_the_whole_name() -> None:
    text = '"Okafor, Chidi" <chidi.okafor@example.com>'
    part = Span(1, 7, "PERSON", 0.85, "spacy_ner")  # "Okafor"
    assert _found(text, [part]) == [("Okafor, Chidi", "PERSON")]


def test_other_detectors_span_is_left_alone() -> None:
    text = '"Paris, Texas" <paris.texas@example.com>'
    place = Span(1, 6, "LOCATION", 0.85, "spacy_ner")
    assert _found(text, [place]) == [("Paris", "LOCATION")]


def test_names_the_address_does_not_spell_are_left_alone() -> None:
    assert _found('Email: "TJO"<ded69@hotmail.com>') == []
    assert _found('"Vangie McGilloway" <vmcg@powersrc.com>') == []
    assert _found('"Kirsch, Dana" wrote') == []  # no address at all


def test_role_and_placeholder_mailboxes_are_no_people() -> None:
    assert _found('"Support Team" <support.team@example.com>') == []
    assert _found("Team Lead <team.lead@example.com>") == []
    assert _found('"Sales Support" <sales-support@example.com>') == []
    assert _found("Foo Bar <foo.bar@example.com>") == []  # RFC 3092 placeholders


def test_code_look_alikes_are_left_alone() -> None:
    assert _found('git log --author="<dev@example.com>"') == []
    assert _found("List<String> names = new ArrayList<>(); // a@b.c") == []
    assert _found('"author": "Jane <jane@example.com>"') == []  # one word only
    assert _found("template <typename T> T get(); // see docs@example.com") == []


def test_mailbox_names_runs_as_a_post_step() -> None:
    assert mailbox_names in POST_STEPS
