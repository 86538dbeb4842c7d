"""The shared list-run helper of ``coordinated_names`` and ``place_lists`` (``pii.list_joins``)."""

from __future__ import annotations

from transforms.privacy.pii.list_joins import joined, list_joiner, list_runs
from transforms.privacy.spans import Span


def spans_of(text: str, *values: str) -> list[Span]:
    out, pos = [], 0
    for v in values:
        start = text.index(v, pos)
        out.append(Span(start, start + len(v), "LOCATION", 0.8, "test"))
        pos = start + len(v)
    return out


def test_runs_with_commas_and_conjunctions() -> None:
    text = "strikes near Mosul, Tikrit and Raqqah; later Homs"
    spans = spans_of(text, "Mosul", "Tikrit", "Raqqah", "Homs")
    assert list_runs(list_joiner(("and", "or", "&")), text, spans) == [[0, 1, 2]]


def test_separator_set_decides() -> None:
    text = "Pinnick , Tabor und Gaskill"
    spans = spans_of(text, "Pinnick", "Tabor", "Gaskill")
    english = list_joiner(("and", "or", "&"))
    german = list_joiner(("and", "&", "und"))
    assert list_runs(english, text, spans) == [[0, 1]]
    assert list_runs(german, text, spans) == [[0, 1, 2]]


def test_words_between_are_no_list() -> None:
    text = "Mosul was retaken before Tikrit, and then Raqqah"
    a, b, c = spans_of(text, "Mosul", "Tikrit", "Raqqah")
    joiner = list_joiner(("and", "or", "&"))
    assert not joined(joiner, text, a, b)
    assert not joined(joiner, text, b, c)  # ", and then" is more than a separator
    assert not joined(joiner, text, b, a)  # overlapping or reversed spans never join
