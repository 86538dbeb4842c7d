"""Japanese prose, session 37 (``pii.ja_unknown_names``): a katakana surname SudachiDict lacks,
opening a clause before は / が / も, is a PERSON; compounds of dictionary words, dictionary
words and words in mid-clause are not."""

from __future__ import annotations

import pytest

from transforms.privacy.pii import ja_ner


def _entities(text: str) -> set[tuple[str, str]]:
    return {(text[s.start : s.end], s.type) for s in ja_ner.ja_spans([text])[0]}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("スクルートンは2002年までに、多くの著書を出版した。", "スクルートン"),
        ("インタビューで、シャマランはその可能性を否定した。", "シャマラン"),
        ("ダーヴラ・カーワンはアイルランドの政治家である。", "ダーヴラ・カーワン"),
    ],
)
def test_unknown_katakana_subject_is_a_person(text: str, name: str) -> None:
    assert (name, "PERSON") in _entities(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # compounds of dictionary words: two tokens with entries each
        ("イージスシステムが単なるシステムではないことを示した。", "イージスシステム"),
        ("コテージガーデンは、非整形な庭園の様式である。", "コテージガーデン"),
        # dictionary words before the particle
        ("アリが仲間と間違えることがある。", "アリ"),
        ("チームは開幕から連敗した。", "チーム"),
    ],
)
def test_dictionary_words_and_compounds_are_no_persons(text: str, word: str) -> None:
    assert not any(value == word for value, _t in _entities(text))


def test_unknown_word_in_mid_clause_is_left_alone() -> None:
    # not at a clause's start: "新型" comes before it, so it is no subject name of its own
    text = "新型スクルートンは2002年に発売された。"
    assert ("スクルートン", "PERSON") not in _entities(text)
