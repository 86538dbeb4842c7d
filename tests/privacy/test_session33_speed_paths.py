"""Session 33 speed rewrites give exactly what the code they replace gave.

Each rewrite (a memo, a pattern that opens with a literal instead of a lookbehind, a cheap
substring test before the searches) is checked against the former form on texts that hit and
miss it, including the edges the rewrite moves (start of text, the character before the match).
"""

from __future__ import annotations

import re

import pytest

from transforms.privacy import segments
from transforms.privacy.pii import address_blocks, citations
from transforms.privacy.pii.address_parts import CONT_UNIT_RE
from transforms.privacy.pii.unit_line_streets import QUOTE_MARKS

SENTENCE_TEXTS = [
    "",
    "one",
    "Hi Anna. See Dr. Smith at 5 p.m.! Then go?\n\nNext line\n  indented. Mr. Brown left",
    "Ft. Worth is far... really?! yes",
    "```py\nx = 1\n```\nDone. Bye",
    "a.b.c is a module. Fine",
]


@pytest.mark.parametrize("text", SENTENCE_TEXTS)
def test_sentences_memo_gives_the_split_every_time(text):
    want = list(segments._split_sentences(text, 0, len(text)))
    assert list(segments.sentences(text, 0, len(text))) == want
    assert list(segments.sentences(text, 0, len(text))) == want  # from the memo
    if len(text) > 4:
        part = list(segments._split_sentences(text, 2, len(text) - 2))
        assert list(segments.sentences(text, 2, len(text) - 2)) == part


def test_sentences_memo_is_bounded(monkeypatch):
    monkeypatch.setattr(segments, "SENTENCE_CACHE_TEXTS", 3)
    monkeypatch.setattr(segments, "_sentence_cache", {})
    for k in range(10):
        text = f"Sentence {k}. Another one."
        assert list(segments.sentences(text, 0, len(text))) == [(0, 11), (12, 24)]
    assert len(segments._sentence_cache) == 3


# the forms these patterns had before session 33
OLD_UNIT_LINE_START = re.compile(
    r"(?<=\n)[" + QUOTE_MARKS + r"]*(?P<unit>(?:" + CONT_UNIT_RE + r"))(?![\w])[ \t]*(?=\n)"
)
OLD_GROUP = re.compile(r"(?<![\w.])\(([^()\n]{4,400})\)")

UNIT_TEXTS = [
    "Ship to\n apt. 472\n natal\n brazil 12436",
    "apt. 472\nnatal\nbrazil 12436",  # no line break before the unit: no block
    "x\nSuite 5\n\nUnit 7 \nfoo\n> apt 3\n",
    "\n\nflat 2\n",
    "Apartment 12 is nice\nroom 4\n",
]


@pytest.mark.parametrize("text", UNIT_TEXTS)
def test_unit_line_pattern_finds_what_the_lookbehind_form_found(text):
    old = [(m.start("unit"), m.end()) for m in OLD_UNIT_LINE_START.finditer(text)]
    new = [(m.start("unit"), m.end()) for m in address_blocks._UNIT_LINE_START.finditer(text)]
    assert new == old


def test_unit_block_still_found():
    text = "Send it here:\n apt. 472\n natal\n brazil 12436"
    spans = address_blocks.unit_blocks(text, [])
    assert [text[s.start : s.end] for s in spans] == ["apt. 472\n natal\n brazil 12436"]
    assert address_blocks.unit_blocks("apt. 472 natal brazil 12436", []) == []


GROUP_TEXTS = [
    "(Smith, 2010) opened the text",
    "as shown (Dye & Bavelier, 2010).",
    "call f(Smith, 2010) in code",  # a call, not a citation
    "a.(Smith, 2010) after a dot",
    "((Smith, 2010))",
    "(abc) (Quilis 1964; Brieber 2014)",
]


@pytest.mark.parametrize("text", GROUP_TEXTS)
def test_group_pattern_finds_what_the_lookbehind_form_found(text):
    old = [m.span(1) for m in OLD_GROUP.finditer(text)]
    assert [m.span(1) for m in citations._GROUP.finditer(text)] == old


def test_citations_without_bracket_or_et_al_are_skipped_but_found_otherwise():
    assert citations.citation_name_spans("Smith 2010 said so, as did Jones") == []
    text = "Image: Daily et al. and more"
    assert [text[a:b] for a, b in citations.citation_name_spans(text)] == ["Daily"]
    text = "as shown before (Dye & Bavelier, 2010)."
    assert [text[a:b] for a, b in citations.citation_name_spans(text)] == ["Dye", "Bavelier"]
    # code look-alike: a call with a year argument is no citation
    assert citations.citation_name_spans("value = compute(Smith, 2010)") == []
