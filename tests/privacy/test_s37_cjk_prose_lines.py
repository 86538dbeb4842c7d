"""Session 37 (``segments``): a Chinese sentence with a decimal number has no spaces and a dot,
yet it is prose, not a dotted token, when it holds CJK sentence punctuation."""

from __future__ import annotations

import pytest

from transforms.privacy.pii.han_ner import han_sentences
from transforms.privacy.segments import code_regions


@pytest.mark.parametrize(
    "text",
    [
        "中國境內流域面積3354.7平方公里。",
        "2011年，哈爾濱實現地區生產總值4243.4億元。",
        "面积约为1.69平方千米，属于青藏高原。",
    ],
)
def test_chinese_sentence_with_decimal_is_prose(text: str) -> None:
    assert code_regions(text) == []
    assert han_sentences(text)


@pytest.mark.parametrize(
    "text",
    [
        # no CJK punctuation: a path or a dotted name with Han characters stays code
        "/home/用户/文档/报告.docx",
        "config.数据库.host=localhost",
    ],
)
def test_dotted_tokens_with_han_stay_code(text: str) -> None:
    assert code_regions(text) == [(0, len(text))]
