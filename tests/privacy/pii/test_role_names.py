"""Names after a former role ("ex-Beatle Paul") or a courtesy title ("Mr. Greece")."""

from __future__ import annotations

from transforms.privacy.pii.role_names import role_names
from transforms.privacy.spans import Span


def _found(text: str, spans: list[Span]) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in role_names(text, spans)]


def test_role_word_is_trimmed_off_a_name() -> None:
    text = "This song by ex-Zombie Simon is a classic"
    glued = Span(16, 28, "PERSON", 0.85, "spacy_ner")  # "Zombie Simon"
    assert _found(text, [glued]) == [("Simon", "PERSON")]


def test_unlisted_name_after_a_former_role_is_added() -> None:
    assert _found("a song by ex-Zombie Egede", []) == [("Egede", "PERSON")]
    assert _found("ex-Beatle Paul sang", []) == [("Paul", "PERSON")]
    assert _found("her ex-Husband Steve", []) == [("Steve", "PERSON")]


def test_words_after_ex_are_no_names() -> None:
    assert _found("the ex-Soviet Union collapsed", []) == []
    assert _found("an ex-Google Engineer joined", []) == []
    assert _found("flex-Box Egede", []) == []  # "ex-" inside a word


def test_place_after_a_title_is_a_person() -> None:
    text = "Mr. Greece is a 46 year old man"
    place = Span(4, 10, "LOCATION", 0.85, "spacy_ner")
    assert _found(text, [place]) == [("Greece", "PERSON")]
    text = "Mrs Chester"
    assert _found(text, [Span(4, 11, "LOCATION", 0.85, "spacy_ner")]) == [("Chester", "PERSON")]
    text = "Ms. Paris Hilton"  # a name follows: another detector's span is left alone
    place = Span(4, 9, "LOCATION", 0.85, "spacy_ner")
    assert _found(text, [place]) == [("Paris", "LOCATION")]
    text = "Mdr. Greece"  # no courtesy title
    place = Span(5, 11, "LOCATION", 0.85, "spacy_ner")
    assert _found(text, [place]) == [("Greece", "LOCATION")]
