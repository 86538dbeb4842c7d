"""Cheap tests that stand in front of expensive ones never skip a case the expensive one finds."""

from __future__ import annotations

import json

from transforms.privacy.evaluation.external import DATA_DIR
from transforms.privacy.pii import name_cues, phones

CUE_TEXTS = [
    "Thanks, \nAlice Moreau will call",
    "Thanks,\tBob",
    "\u00a9Carla Diaz 2024",
    "\u00a9 \nDora",
    "my name is Ravi Hassan",
    "We're based in Lisbon and ship to Porto.",
    "customer:\n Eve",
    "(Frank) and `Grace`",
    "hi\nHelen",
]


def _corpus_texts() -> list[str]:
    texts = list(CUE_TEXTS)
    for path in [DATA_DIR / "presidio_synth" / "presidio_synth_dev.jsonl"]:
        with path.open(encoding="utf-8") as f:
            texts.extend(json.loads(line)["text"] for line in f)
    return texts


def test_cue_prefilter_holds_wherever_a_cue_pattern_matches():
    matched = 0
    for text in _corpus_texts():
        for end in range(1, len(text) + 1):
            start = max(0, end - 40)
            hit = name_cues._PERSON_CUE.search(text, start, end) or name_cues._PLACE_PHRASE.search(
                text, start, end
            )
            if hit:
                matched += 1
                assert name_cues._cue_may_end(text, start, end), (text, end)
    assert matched > 100  # the corpora exercise the cues


def test_cue_prefilter_rejects_windows_without_trailing_space():
    assert not name_cues._cue_may_end("hello(", 0, 6)
    assert not name_cues._cue_may_end("my name is", 0, 10)
    assert name_cues._cue_may_end("my name is ", 0, 11)
    assert name_cues._cue_may_end("my name is \n", 0, 12)


def test_digit_gate_counts_every_unicode_digit():
    for text in [
        "",
        "call 555 0100",
        "+44 20 7946 0958",
        "\u0663\u0664\u0665\u0666\u0667\u0668\u0669 \u0660\u0661",  # Arabic-Indic digits
        "x\u00b2 + y\u00b2 = 12345",
        "caf\u00e9 123",
        "caf\u00e9 1234567",
    ]:
        expected = sum(c.isdigit() for c in text) >= phones.MIN_DIGITS
        assert phones.has_digits(text, phones.MIN_DIGITS) is expected, text
        for n in (0, 1, 2, 9, 12):
            assert phones.has_digits(text, n) is (sum(c.isdigit() for c in text) >= n), text
