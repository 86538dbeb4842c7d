"""Session 36 refactors (issue 14): the chat droppers' shared public API, the Slovak country
line on words already split, and Chinese foreign city names kept in the list cache."""

from __future__ import annotations

import pytest

from transforms.privacy.pii import han_places
from transforms.privacy.pii.chat_vocabulary import code_chat, drop_chat_words, line_label
from transforms.privacy.pii.slavic_language import _WORD, country_line, country_words
from transforms.privacy.spans import Span


def _span(text: str, value: str, etype: str = "PERSON") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), etype, 0.85, "test")


def test_code_chat_and_line_label():
    assert code_chat("Run `make` first")
    assert code_chat("## Plano\nok")
    assert not code_chat("Perfeito! Vou apenas garantir.")
    text = "Perfeito! Vou apenas garantir."
    assert line_label(text, 0, len("Perfeito"))
    assert not line_label(text, text.index("Vou"), text.index("Vou") + 3)


def test_drop_chat_words_drops_only_names_in_chat():
    text = "Comando: npm start with Maria, call 555-0100"  # no file name: plain chat
    spans = [_span(text, "Comando"), _span(text, "Maria"), _span(text, "555-0100", "PHONE")]
    kept = drop_chat_words(text, spans, lambda s: True)  # every word "is vocabulary"
    # the line label goes; Maria is in running prose of a plain line; a phone is never judged
    assert [text[s.start : s.end] for s in kept] == ["Maria", "555-0100"]
    markdown = "**Plano** " + text  # markdown chat: every name is judged
    spans = [_span(markdown, "Plano"), _span(markdown, "Maria")]
    assert drop_chat_words(markdown, spans, lambda s: markdown[s.start : s.end] == "Plano") == [
        spans[1]
    ]
    other_line = drop_chat_words(text, [_span(text, "Maria")], lambda s: True, lambda *a: True)
    assert other_line == []  # a caller's own line check replaces the line label


@pytest.mark.parametrize(
    "line",
    ["Dánsko, Nórsko, Švédsko", "Španielsko a Portugalsko", "France, Germany", "Dánsko", "x = 1"],
)
def test_country_words_answer_as_country_line(line):
    assert country_words(line, _WORD.findall(line)) == country_line(line)
    assert country_words(line, _WORD.findall(line)) == (line[0] in "DŠ" and " " in line)


def test_foreign_city_names_read_back_from_the_list_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("IW_LIST_CACHE", str(tmp_path))
    han_places._foreign_city_names.cache_clear()
    try:
        built = han_places._foreign_city_names()  # a miss: built, then written
        (cached,) = tmp_path.glob("han_foreign_cities-*.json")
        han_places._foreign_city_names.cache_clear()
        assert han_places._foreign_city_names() == built
        assert "华沙" in built and "松本" not in built
        assert list(tmp_path.iterdir()) == [cached]
    finally:
        han_places._foreign_city_names.cache_clear()
